package io.newswire.streams.topology;

import io.newswire.schema.EnrichedArticle;

/**
 * What reading one raw record gave: an enriched article, a retraction (tombstone), or a
 * failure carrying the original bytes for the dead-letter topic. Never serialized: the
 * topology splits on it right away.
 */
record ReadResult(EnrichedArticle article, byte[] failedValue) {
    static final ReadResult RETRACTED = new ReadResult(null, null);
    /** The failed value of a dead letter that is a reference (payload left out): sent as a null value. */
    static final byte[] NO_PAYLOAD = new byte[0];

    static ReadResult enriched(EnrichedArticle article) {
        return new ReadResult(article, null);
    }

    static ReadResult failed(byte[] original) {
        return new ReadResult(null, original);
    }

    boolean isFailure() {
        return failedValue != null;
    }
}
