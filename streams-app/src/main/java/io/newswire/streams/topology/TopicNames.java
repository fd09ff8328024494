package io.newswire.streams.topology;

/**
 * The topics the pipeline reads and writes. Names are configurable so that several
 * pipelines can share a cluster.
 *
 * @param rawArticles input: key article id, value RawArticle
 * @param meetings    output: key meeting id, value MeetingEvent (compacted)
 * @param topics      output: key 'articleId|kind|code', value TopicEvent (compacted)
 * @param deadLetters records that could not be read or enriched, original bytes plus error headers
 */
public record TopicNames(String rawArticles, String meetings, String topics, String deadLetters) {
    public static final TopicNames DEFAULTS =
            new TopicNames("news.articles.raw", "news.meetings", "news.topics", "news.articles.dlq");

    /** Properties that rename the topics (a properties file or -X key=value). */
    public static final String RAW = "newswire.topic.raw";
    public static final String MEETINGS = "newswire.topic.meetings";
    public static final String TOPICS = "newswire.topic.topics";
    public static final String DEAD_LETTERS = "newswire.topic.dlq";

    /** The defaults, renamed by whichever of the newswire.topic.* properties are set. */
    public static TopicNames from(java.util.Map<?, ?> props) {
        return new TopicNames(get(props, RAW, DEFAULTS.rawArticles), get(props, MEETINGS, DEFAULTS.meetings),
                get(props, TOPICS, DEFAULTS.topics), get(props, DEAD_LETTERS, DEFAULTS.deadLetters));
    }

    private static String get(java.util.Map<?, ?> props, String key, String fallback) {
        Object v = props.get(key);
        return v == null || v.toString().isBlank() ? fallback : v.toString();
    }
}
