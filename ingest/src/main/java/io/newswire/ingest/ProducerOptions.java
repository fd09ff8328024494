package io.newswire.ingest;

import io.newswire.clients.ClusterOptions;
import io.newswire.clients.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The producer options of every command that writes to {@code news.articles.raw} ({@code ingest},
 * {@code retract}): one set of settings, so a tombstone goes out exactly as an article would (same
 * cluster, security settings from {@code --config}/{@code -X}, idempotence, timeouts).
 */
public final class ProducerOptions {
    /** -b, -r, --config, -X: the same options, defaults and loader as every command that connects to a cluster. */
    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = {"-t", "--topic"}, defaultValue = ArticlePublisher.DEFAULT_TOPIC,
            description = "Topic (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--compression", defaultValue = "zstd", description = "Producer compression: zstd, lz4, gzip, snappy or none (default: ${DEFAULT-VALUE}).")
    String compression;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "20s", converter = Durations.Converter.class,
            description = "Give up on an unreachable Kafka after this: the connection check, max.block.ms and delivery.timeout.ms"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--show-config", description = "Print the effective producer settings on stderr first (secrets masked).")
    boolean showConfig;

    public String topic() {
        return topic;
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /**
     * The producer settings, in order of precedence: defaults &lt; {@code --compression}/{@code --timeout}
     * (and {@code extraDefaults}) &lt; {@code --config} &lt; {@code -X}.
     *
     * @throws IllegalArgumentException naming the option, for a missing or unreadable {@code --config} or a bad {@code -X}
     */
    public Properties producerProperties(Map<String, String> extraDefaults) {
        Properties props = ArticlePublisher.producerProperties(cluster.bootstrapServers(), cluster.schemaRegistry(), Map.of());
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
        ArticlePublisher.applyTimeout(props, timeout);
        props.putAll(extraDefaults);
        cluster.applyTo(props);
        return props;
    }

    private static final java.util.regex.Pattern SECRET_KEY = java.util.regex.Pattern.compile(
            "(?i).*(password|secret|jaas|user\\.info|token|credential|key$|\\.key\\b|keystore\\.key|private).*");

    /** {@code key=value} lines, sorted, with the values of secret-looking keys (and URL user info) masked. */
    public static List<String> maskedConfig(Properties props) {
        List<String> out = new ArrayList<>();
        for (String k : new java.util.TreeSet<>(props.stringPropertyNames())) {
            String v = props.getProperty(k);
            boolean secret = SECRET_KEY.matcher(k).matches() && !k.endsWith(".serializer")
                    && !k.equals("ssl.key.password.type");
            out.add(k + "=" + (secret ? "[hidden]" : ArticlePublisher.withoutUserInfo(v)));
        }
        return out;
    }
}
