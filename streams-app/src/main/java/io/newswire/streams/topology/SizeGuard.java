package io.newswire.streams.topology;

import java.util.Locale;

import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step before a topic: a record whose encoded size could pass {@link Limits#MAX_RECORD_BYTES} is not
 * sent (the producer or the broker would refuse it, and under exactly-once a refused send aborts the
 * transaction, which replays the same input into the same refusal, forever). It becomes {@link #TOO_LARGE}
 * with dead-letter headers naming the input record, and the topology sends a reference (no payload) to the
 * dead-letter topic. The caps of {@link Limits} keep every record far below the limit, so this guard is the
 * safety net for a field nobody thought of.
 */
final class SizeGuard<V extends IndexedRecord> implements FixedKeyProcessor<String, V, Object> {
    /** Stands for a record that was not sent; its headers describe it. */
    static final Object TOO_LARGE = new Object() {
        @Override
        public String toString() {
            return "TOO_LARGE";
        }
    };
    private static final Logger log = LoggerFactory.getLogger(SizeGuard.class);

    private final String what;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, Object> context;

    SizeGuard(String what, PipelineMetrics metrics) {
        this.what = what;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Object> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        long size = AvroSize.upperBound(record.value()) + (record.key() == null ? 0 : 3L * record.key().length());
        if (size <= Limits.MAX_RECORD_BYTES) {
            context.forward(record);
            return;
        }
        String where = context.recordMetadata().map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("?");
        String reason = what + " of up to " + size + " bytes for key " + Limits.cut(record.key(), 100)
                + " is over the limit of " + Limits.MAX_RECORD_BYTES + " bytes";
        log.warn("Input record {}: {}; not sent, a reference goes to the dead-letter topic", where, reason);
        metrics.recordSkipped("too-large");
        metrics.deadLetter(DeadLetter.Stage.PRODUCE.name().toLowerCase(Locale.ROOT));
        // Its own headers: the input's are shared with the other records made from it.
        FixedKeyRecord<String, V> reference = record.withHeaders(new RecordHeaders(record.headers().toArray()));
        DeadLetter.describe(reference.headers(), DeadLetter.Stage.PRODUCE, new RecordTooLarge(reason), context.recordMetadata().orElse(null));
        DeadLetter.omitPayload(reference.headers(), "omitted: " + reason);
        context.forward(reference.withValue(TOO_LARGE));
    }

    /** The reason of a dead letter from this guard (never thrown). */
    static final class RecordTooLarge extends RuntimeException {
        RecordTooLarge(String message) {
            super(message, null, false, false);
        }
    }
}
