package io.newswire.streams.topology;

import java.util.HashMap;
import java.util.Map;

import io.newswire.registry.SpecificAvroSerde;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Value serdes for the Avro records, all configured from one map (schema.registry.url,
 * basic auth, subject strategies: Confluent's keys).
 */
public final class AvroSerdes {
    private final Map<String, Object> config;

    public AvroSerdes(Map<String, ?> config) {
        this.config = new HashMap<>(config);
    }

    public <T extends SpecificRecord> Serde<T> serde(Class<T> type) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(type);
        serde.configure(config, false);
        return serde;
    }
}
