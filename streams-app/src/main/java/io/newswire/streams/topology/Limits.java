package io.newswire.streams.topology;

/**
 * Every field of the topology's records that can grow, bounded (issue 12): no article, however long or
 * repetitive, and no number of articles reporting one meeting makes a record or a store value the producer or
 * the broker refuses. Under exactly-once a refused send aborts the whole transaction, so the task would replay
 * the same input and fail again, forever: the only safe record is one that is never too large. The caps sit
 * at the record boundary (the extractor's own output is untouched) and are far above what real articles give:
 * on the 83 development articles, the seeds and 3,000 generated ones, the largest values are 5 evidence
 * sentences per meeting, sentences of 1,424 characters, 8 participants, 112-character names or titles, 11
 * meetings and 12 topics per article. docs/reliability.md lists what happens beyond each.
 */
public final class Limits {
    /** Longest article id (the raw record's key and {@code RawArticle.id}); longer is a dead letter. */
    public static final int MAX_ID_CHARS = 512;
    /** Evidence sentences kept per article's report of a meeting (the first ones). */
    public static final int MAX_EVIDENCE_PER_REPORT = 10;
    /** Evidence sentences in a merged meeting (the oldest reports' first). */
    public static final int MAX_EVIDENCE_PER_MEETING = 20;
    /** Characters of one evidence sentence; longer is cut and ends with {@link #TRUNCATED}. */
    public static final int MAX_EVIDENCE_CHARS = 2_000;
    /** Participants of a meeting (the first named). */
    public static final int MAX_PARTICIPANTS = 24;
    /** Confidence cues of one meeting (the strongest first are kept), and characters of one cue. */
    public static final int MAX_CUES = 12, MAX_CUE_CHARS = 60;
    /** Characters of a name, title, organisation, country code or city; longer is cut, ending with {@link #TRUNCATED}. */
    public static final int MAX_FIELD_CHARS = 200;
    /** A source's URL. */
    public static final int MAX_URI_CHARS = 500;
    /** Meetings read from one article (the first ones). */
    public static final int MAX_MEETINGS_PER_ARTICLE = 100;
    /** Topics read from one article (the extractor's tables hold about 380, so only a different extractor reaches it). */
    public static final int MAX_TOPICS_PER_ARTICLE = 400;
    /**
     * Reports of one meeting kept in the {@code meeting-clusters} store, and so article ids listed in
     * {@code MeetingEvent.articleIds}: the first ones; a later article's report is not kept (the meeting still
     * counts once, as before).
     */
    public static final int MAX_REPORTS_PER_MEETING = 100;
    /** Meetings of one set of sides a report with no date at all is compared with: the latest by anchor day. */
    public static final int MAX_CLUSTERS_SCANNED = 200;
    /** Upper bound of the encoded size of one {@code meeting-clusters} value; a report that would pass it is not kept. */
    public static final int MAX_REPORTS_BYTES = 512 * 1024;
    /**
     * Upper bound of the encoded size of any record the topology sends: below the producer's
     * {@code max.request.size} and the broker's {@code message.max.bytes} defaults (1 MiB) with room for the
     * key, headers and batch overhead. A record over it is not sent: the dead-letter topic gets a reference.
     */
    public static final int MAX_RECORD_BYTES = 900_000;
    /** Marks a cut string. */
    public static final String TRUNCATED = "…";

    private Limits() {}

    /** {@code s} cut to {@code max} characters, the last being {@link #TRUNCATED}; never splits a surrogate pair. */
    public static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max - TRUNCATED.length();
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + TRUNCATED;
    }
}
