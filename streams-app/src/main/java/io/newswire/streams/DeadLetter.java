package io.newswire.streams;

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

    /** What failed: reading the record, or enriching the article it holds. */
    public enum Stage { DESERIALIZE, ENRICH }

    private DeadLetter() {}

    static void describe(Headers headers, Stage stage, Exception error, RecordMetadata source) {
        put(headers, STAGE, stage.name().toLowerCase());
        put(headers, EXCEPTION, error.getClass().getName());
        put(headers, MESSAGE, String.valueOf(error.getMessage()));
        if (source != null) {
            put(headers, TOPIC, source.topic());
            put(headers, PARTITION, Integer.toString(source.partition()));
            put(headers, OFFSET, Long.toString(source.offset()));
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
