package io.newswire.streams;

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
}
