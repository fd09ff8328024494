package io.newswire.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.clients.ClusterOptions;
import io.newswire.clients.Durations;
import io.newswire.registry.KafkaAvroDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `newswire tail TOPIC`: the records of a topic as JSON lines, values decoded through the
 * Schema Registry. Reads committed records only, joins no consumer group, commits nothing.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Print the records of a topic (news.meetings, news.topics, news.articles.raw, news.articles.dlq) as JSON lines:",
                "{\"topic\",\"partition\",\"offset\",\"timestamp\",\"key\",\"headers\",\"value\"}, the Avro value decoded through the Schema"
                        + " Registry; a tombstone has \"value\":null. A value that is not Avro of the registry (a dead letter, say), or"
                        + " any value with --raw, is printed as \"value\" (UTF-8 text) or \"valueBase64\", with \"error\" saying why it"
                        + " was not decoded. Headers (__streams.errors.*, newswire.errors.*) are printed as text.",
                "Reads committed records only and joins no consumer group."})
public final class TailCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic, e.g. news.meetings.")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of the next new one.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Exit after N records.")
    Long max;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", converter = Durations.Converter.class,
            description = "Exit when no record arrived for this long, e.g. 10s, 2m, PT30S (default: wait forever).")
    Duration idleTimeout;

    @Option(names = "--raw", description = "Do not decode values: print each as UTF-8 text, or base64 when it is not text.")
    boolean raw;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = Durations.Converter.class,
            description = "How long to wait for Kafka to answer at start (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        if (max != null && max < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max must be at least 1");
        }
        Duration idle = idleTimeout;
        Duration wait = timeout;
        String bootstrapServers = cluster.bootstrapServers();
        Properties props;
        try {
            props = properties();
        } catch (IllegalArgumentException e) { // --config or -X: a usage error, explained
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Map<String, Object> serdeConfig = new HashMap<>();
        props.stringPropertyNames().forEach(k -> serdeConfig.put(k, props.getProperty(k)));
        KafkaAvroDeserializer values = new KafkaAvroDeserializer();
        values.configure(serdeConfig, false);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch done = new CountDownLatch(1);
        // Bytes in, decoded here: a record the registry cannot decode is still printed whole (key, headers, value).
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            Thread hook = new Thread(() -> {
                consumer.wakeup();
                awaitQuietly(done);
            }, "newswire-tail-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                List<PartitionInfo> infos;
                try {
                    infos = consumer.partitionsFor(topic, wait);
                } catch (org.apache.kafka.common.errors.TimeoutException e) {
                    System.err.println("tail: Kafka at " + bootstrapServers + " did not answer within " + wait.toSeconds() + " s: no broker"
                            + " could be reached there (is Kafka running? is " + bootstrapServers + " the right host:port, see"
                            + " --bootstrap-server? with SASL/SSL, pass the client settings with --config FILE or -X)");
                    return 1;
                }
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
                    ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                    for (ConsumerRecord<byte[], byte[]> r : records) {
                        out.println(json.writeValueAsString(line(r, values)));
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

    private ObjectNode line(ConsumerRecord<byte[], byte[]> r, KafkaAvroDeserializer values) {
        ObjectNode line = json.createObjectNode();
        line.put("topic", r.topic());
        line.put("partition", r.partition());
        line.put("offset", r.offset());
        line.put("timestamp", java.time.Instant.ofEpochMilli(r.timestamp()).toString());
        String key = RawBytes.text(r.key());
        if (r.key() != null && key == null) {
            line.put("keyBase64", java.util.Base64.getEncoder().encodeToString(r.key()));
        } else {
            line.put("key", key);
        }
        ObjectNode headers = line.putObject("headers");
        for (Header h : r.headers()) {
            String text = RawBytes.text(h.value());
            String shown = h.value() == null ? null : text != null ? text : "base64:" + java.util.Base64.getEncoder().encodeToString(h.value());
            if (headers.has(h.key())) { // a repeated header: all its values, in order
                JsonNode before = headers.get(h.key());
                ArrayNode all = before.isArray() ? (ArrayNode) before : json.createArrayNode().add(before);
                headers.set(h.key(), all.add(shown));
            } else {
                headers.put(h.key(), shown);
            }
        }
        if (r.value() == null) {
            line.putNull("value");
            return line;
        }
        if (!raw) {
            try {
                line.set("value", AvroJson.of(values.deserialize(r.topic(), r.headers(), r.value())));
                return line;
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                // The root cause says why (not Avro, unknown schema id, the registry refusing: HTTP 401 ...).
                line.put("error", "not decoded through the registry: " + e.getMessage()
                        + (root != e && root.getMessage() != null && !String.valueOf(e.getMessage()).contains(root.getMessage())
                                ? " Cause: " + root.getMessage() : ""));
            }
        }
        String text = RawBytes.text(r.value());
        if (text != null) {
            line.put("value", text);
        } else {
            line.put("valueBase64", java.util.Base64.getEncoder().encodeToString(r.value()));
        }
        line.put("valueBytes", r.value().length);
        return line;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        p.put("schema.registry.url", cluster.schemaRegistry());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-tail");
        p.put("specific.avro.reader", "false");
        cluster.applyTo(p);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
