package io.newswire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.registry.KafkaAvroDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `newswire tail TOPIC`: the records of a topic as JSON lines, values decoded through the
 * Schema Registry. Reads committed records only, joins no consumer group, commits nothing.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Print the records of a topic (news.meetings, news.topics, news.articles.raw) as JSON lines:",
                "{\"topic\",\"partition\",\"offset\",\"timestamp\",\"key\",\"value\"}, the Avro value decoded through the Schema Registry;"
                        + " a tombstone has \"value\":null. Reads committed records only and joins no consumer group."})
public final class TailCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic, e.g. news.meetings.")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of the next new one.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Exit after N records.")
    Long max;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", description = "Exit when no record arrived for this long, e.g. 10s, 2m, PT30S (default: wait forever).")
    String idleTimeout;

    @Option(names = "--bootstrap-server", defaultValue = "127.0.0.1:9092", description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--schema-registry", defaultValue = "http://127.0.0.1:8081", description = "Schema Registry URL (default: ${DEFAULT-VALUE}).")
    String registryUrl;

    @Option(names = "--config", description = "Properties file: Kafka client (SASL/SSL) and registry (basic.auth.*) settings.")
    Path configFile;

    @Option(names = "-X", paramLabel = "KEY=VALUE", description = "One property, repeatable; wins over --config.")
    Map<String, String> extra = new HashMap<>();

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        if (max != null && max < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max must be at least 1");
        }
        Duration idle = idleTimeout == null ? null : duration(idleTimeout);
        Properties props = properties();
        Map<String, Object> serdeConfig = new HashMap<>();
        props.stringPropertyNames().forEach(k -> serdeConfig.put(k, props.getProperty(k)));
        KafkaAvroDeserializer values = new KafkaAvroDeserializer();
        values.configure(serdeConfig, false);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch done = new CountDownLatch(1);
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
            Thread hook = new Thread(() -> {
                consumer.wakeup();
                awaitQuietly(done);
            }, "newswire-tail-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos == null || infos.isEmpty()) {
                    System.err.println("tail: no topic " + topic + " on " + bootstrapServers);
                    return 1;
                }
                List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                if (fromBeginning) {
                    consumer.seekToBeginning(partitions);
                } else {
                    consumer.seekToEnd(partitions);
                }
                long printed = 0;
                long lastRecord = System.nanoTime();
                while (max == null || printed < max) {
                    ConsumerRecords<String, Object> records;
                    try {
                        records = consumer.poll(Duration.ofMillis(200));
                    } catch (RecordDeserializationException e) {
                        // Not Avro of the registry: say so, skip it and go on.
                        out.println(json.writeValueAsString(undecodable(e)));
                        out.flush();
                        consumer.seek(e.topicPartition(), e.offset() + 1);
                        printed++;
                        lastRecord = System.nanoTime();
                        continue;
                    }
                    for (ConsumerRecord<String, Object> r : records) {
                        out.println(json.writeValueAsString(line(r)));
                        printed++;
                        lastRecord = System.nanoTime();
                        if (max != null && printed >= max) {
                            break;
                        }
                    }
                    out.flush();
                    if (idle != null && System.nanoTime() - lastRecord > idle.toNanos()) {
                        break;
                    }
                }
                return 0;
            } catch (WakeupException e) {
                return 0; // Ctrl-C
            } finally {
                out.flush();
                done.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running
                }
            }
        }
    }

    private ObjectNode line(ConsumerRecord<String, Object> r) {
        ObjectNode line = json.createObjectNode();
        line.put("topic", r.topic());
        line.put("partition", r.partition());
        line.put("offset", r.offset());
        line.put("timestamp", java.time.Instant.ofEpochMilli(r.timestamp()).toString());
        line.put("key", r.key());
        line.set("value", AvroJson.of(r.value()));
        return line;
    }

    private ObjectNode undecodable(RecordDeserializationException e) {
        ObjectNode line = json.createObjectNode();
        line.put("topic", e.topicPartition().topic());
        line.put("partition", e.topicPartition().partition());
        line.put("offset", e.offset());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // The root cause says why (not Avro, unknown schema id, the registry refusing: HTTP 401 ...).
        line.put("error", "cannot decode: " + e.getMessage()
                + (root != e && root.getMessage() != null ? " Cause: " + root.getMessage() : ""));
        return line;
    }

    private Properties properties() throws IOException {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put("schema.registry.url", registryUrl);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-tail");
        p.put("specific.avro.reader", "false");
        if (configFile != null) {
            try (Reader r = Files.newBufferedReader(configFile)) {
                p.load(r);
            }
        }
        p.putAll(extra);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
    }

    private Duration duration(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            Duration d;
            if (t.startsWith("pt") || t.startsWith("p")) {
                d = Duration.parse(text.trim().toUpperCase(java.util.Locale.ROOT));
            } else if (t.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            } else if (t.endsWith("s")) {
                d = Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            } else if (t.endsWith("m")) {
                d = Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            } else {
                throw new NumberFormatException();
            }
            if (d.isNegative() || d.isZero()) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--idle-timeout must be a positive duration like 10s, 500ms, 2m or PT30S: '" + text + "'");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
