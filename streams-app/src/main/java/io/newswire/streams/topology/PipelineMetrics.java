package io.newswire.streams.topology;

/**
 * What the topology reports as it runs: a few counters and the enrichment latency. The
 * serving layer implements it with Micrometer; {@link #NONE} ignores everything. Under
 * exactly-once a record processed again after an aborted transaction is counted again.
 */
public interface PipelineMetrics {
    /** An article was read and enriched, in {@code nanos}. */
    void articleEnriched(long nanos);

    /** A tombstone retracted an article. */
    void articleRetracted();

    /** A record went to the dead-letter topic; {@code stage} is 'deserialize' or 'enrich'. */
    void deadLetter(String stage);

    /** A record was sent to the meetings topic (a tombstone when the meeting is gone). */
    void meetingEmitted(boolean tombstone);

    /** A record was sent to the topics topic (a tombstone when the topic is retracted). */
    void topicEmitted(boolean tombstone);

    /**
     * The extractor's meetings of one article below {@code newswire.meetings.min.confidence} were dropped before
     * becoming reports: neither published nor counted.
     */
    default void meetingsBelowConfidence(int count) {}

    /** A value was cut or left out at one of the {@link Limits}; {@code limit} names which. */
    default void limitApplied(String limit) {}

    /**
     * A record was not sent because it would pass {@link Limits#MAX_RECORD_BYTES}, or a write to the dead-letter
     * topic failed: it was logged with its input offset and skipped.
     */
    default void recordSkipped(String reason) {}

    PipelineMetrics NONE = new PipelineMetrics() {
        @Override public void articleEnriched(long nanos) {}
        @Override public void articleRetracted() {}
        @Override public void deadLetter(String stage) {}
        @Override public void meetingEmitted(boolean tombstone) {}
        @Override public void topicEmitted(boolean tombstone) {}
    };
}
