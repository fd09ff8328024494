package io.newswire.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import picocli.CommandLine.Option;

/**
 * The producer options of every command that writes to {@code news.articles.raw} ({@code ingest},
 * {@code retract}): one set of settings, so a tombstone goes out exactly as an article would (same
 * cluster, security settings from {@code --config}/{@code -X}, idempotence, timeouts).
 */
public final class ProducerOptions {
    @Option(names = {"-b", "--bootstrap-server"}, paramLabel = "HOST:PORT", defaultValue = ArticlePublisher.DEFAULT_BOOTSTRAP,
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = {"-r", "--schema-registry"}, paramLabel = "URL", defaultValue = ArticlePublisher.DEFAULT_REGISTRY,
            description = "Schema registry URL (default: ${DEFAULT-VALUE}; mock://SCOPE for an in-memory one).")
    String schemaRegistry;

    @Option(names = {"-t", "--topic"}, defaultValue = ArticlePublisher.DEFAULT_TOPIC,
            description = "Topic (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = {"-X", "--property"}, paramLabel = "KEY=VALUE",
            description = "Kafka producer or serializer property, repeatable (e.g. -X security.protocol=SASL_SSL). Wins over --config.")
    List<String> properties = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with Kafka client settings (SASL/SSL, registry basic.auth.*). Secret values are never printed.")
    Path configFile;

    @Option(names = "--compression", defaultValue = "zstd", description = "Producer compression: zstd, lz4, gzip, snappy or none (default: ${DEFAULT-VALUE}).")
    String compression;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "20s", converter = Conversions.DurationConverter.class,
            description = "Give up on an unreachable Kafka after this: the connection check, max.block.ms and delivery.timeout.ms"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--show-config", description = "Print the effective producer settings on stderr first (secrets masked).")
    boolean showConfig;

    public String topic() {
        return topic;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * The producer settings, in order of precedence: defaults &lt; {@code --compression}/{@code --timeout}
     * (and {@code extraDefaults}) &lt; {@code --config} &lt; {@code -X}.
     *
     * @throws IllegalArgumentException naming the option, for a missing or unreadable {@code --config} or a bad {@code -X}
     */
    public Properties producerProperties(Map<String, String> extraDefaults) {
        Properties props = ArticlePublisher.producerProperties(bootstrapServers, schemaRegistry, Map.of());
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
        ArticlePublisher.applyTimeout(props, timeout);
        props.putAll(extraDefaults);
        if (configFile != null) {
            if (!Files.isRegularFile(configFile)) {
                throw new IllegalArgumentException("--config " + configFile + ": no such file");
            }
            Properties file = new Properties();
            try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                file.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("--config " + configFile + ": cannot read: " + e.getMessage());
            }
            props.putAll(file);
        }
        for (String kv : properties) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                String key = eq < 0 ? kv : "";
                throw new IllegalArgumentException("-X expects KEY=VALUE" + (key.isEmpty() ? "" : " (got '" + key + "' without '=')"));
            }
            props.put(kv.substring(0, eq).strip(), kv.substring(eq + 1));
        }
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
