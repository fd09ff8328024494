package io.newswire.streams.runtime;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/**
 * Kafka Streams configuration with the pipeline's defaults: exactly-once (v2), dead letters
 * for anything the topology itself cannot catch, a state folder that is kept across starts.
 * Any property given by the user (a properties file, -X key=value) wins over a default.
 */
public final class StreamsSettings {
    public static final String DEFAULT_APPLICATION_ID = "newswire";
    /** Partitions of the topics the pipeline creates when they are missing. */
    public static final String PARTITIONS = "newswire.topic.partitions";
    /** Replication factor of the topics the pipeline creates when they are missing. */
    public static final String REPLICATION = "newswire.topic.replication.factor";
    /**
     * Meetings whose extractor confidence is below this (0 to 1; default 0, keep all) are dropped when the article
     * is enriched: never published on the meetings topic nor counted.
     */
    public static final String MIN_CONFIDENCE = "newswire.meetings.min.confidence";

    /** The extractor profile, read by {@code streams}: {@code rules} (default) or {@code nlp} (docs/extractor.md). */
    public static final String EXTRACTOR = "newswire.extractor";

    private StreamsSettings() {}

    /**
     * @param bootstrapServers Kafka, host:port[,host:port]
     * @param registryUrl      schema registry URL (http://..., or mock://scope in tests)
     * @param stateDir         where the stores live; never wiped on start
     * @param overrides        user properties: Kafka client and Streams configs, SASL/SSL,
     *                         basic.auth.* for the registry, newswire.* settings
     */
    public static Properties of(String bootstrapServers, String registryUrl, Path stateDir, TopicNames topics,
                                Map<String, String> overrides) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put("schema.registry.url", registryUrl);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Publish-to-aggregate latency is bounded by the commit interval under exactly-once.
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "200");
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, "0");
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1");
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE);
        // The topology routes undecodable values itself; these catch the rest (e.g. a bad key)
        // and send it to the same dead-letter topic instead of stopping.
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        // Kafka Streams' partition assignor re-reads the Streams config from the main consumer's
        // config, which leaves this setting out, and warned on every start that it was not set.
        p.put(StreamsConfig.mainConsumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG), "true");
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetters());
        // A dead letter that cannot be written is logged with its offset and skipped; a refused record becomes a reference.
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class.getName());
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // One bounded memory budget for all RocksDB stores instead of ~100 MB per store and partition.
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class.getName());
        p.put(PARTITIONS, "3");
        p.put(REPLICATION, "1");
        p.putAll(overrides);
        return p;
    }

    /** {@link #MIN_CONFIDENCE}: 0 when unset; a clear error naming the key for anything but a number from 0 to 1. */
    public static double minConfidence(Properties props) {
        String v = props.getProperty(MIN_CONFIDENCE);
        if (v == null || v.isBlank()) return 0.0;
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!(d >= 0 && d <= 1)) {
            throw new IllegalArgumentException(MIN_CONFIDENCE + " must be a number from 0 to 1, not '" + v + "'");
        }
        return d;
    }

    /** The subset of the properties the Avro serdes read (registry URL, auth, strategies). */
    public static Map<String, Object> serdeConfig(Properties props) {
        Map<String, Object> out = new HashMap<>();
        for (String name : props.stringPropertyNames()) {
            if (name.startsWith("schema.registry.") || name.startsWith("basic.auth.") || name.endsWith(".subject.name.strategy")
                    || name.equals("auto.register.schemas") || name.equals("use.latest.version")) {
                out.put(name, props.getProperty(name));
            }
        }
        return out;
    }
}
