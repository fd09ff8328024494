package io.newswire.streams.topology;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Headers of a dead-letter record. The names are those of Kafka Streams' own dead-letter
 * queue (KIP-1034), plus the pipeline stage that failed.
 */
public final class DeadLetter {
    public static final String EXCEPTION = "__streams.errors.exception";
    public static final String MESSAGE = "__streams.errors.message";
    public static final String TOPIC = "__streams.errors.topic";
    public static final String PARTITION = "__streams.errors.partition";
    public static final String OFFSET = "__streams.errors.offset";
    public static final String STAGE = "newswire.errors.stage";
    /**
     * Present when the dead letter is a reference, not the record: its value is null and this header says why
     * (the payload would pass {@link Limits#MAX_RECORD_BYTES}); topic, partition and offset say where the
     * input is.
     */
    public static final String PAYLOAD = "newswire.errors.payload";
    /** Longest error message kept in {@link #MESSAGE}. */
    public static final int MAX_MESSAGE_CHARS = 1_000;

    /**
     * What failed: reading the record, enriching the article it holds, or sending a record the topology made
     * from it (over {@link Limits#MAX_RECORD_BYTES}: the dead letter is a reference).
     */
    public enum Stage { DESERIALIZE, ENRICH, PRODUCE }

    private DeadLetter() {}

    static void describe(Headers headers, Stage stage, Exception error, RecordMetadata source) {
        put(headers, STAGE, stage.name().toLowerCase());
        put(headers, EXCEPTION, error.getClass().getName());
        put(headers, MESSAGE, Limits.cut(String.valueOf(error.getMessage()), MAX_MESSAGE_CHARS));
        if (source != null) {
            put(headers, TOPIC, source.topic());
            put(headers, PARTITION, Integer.toString(source.partition()));
            put(headers, OFFSET, Long.toString(source.offset()));
        }
    }

    /** Marks a dead letter whose payload is left out ({@link #PAYLOAD}). */
    static void omitPayload(Headers headers, String why) {
        put(headers, PAYLOAD, why);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
