package io.newswire.clients;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * The options of every command that connects to a running cluster ({@code ingest}, {@code retract},
 * {@code streams}, {@code tail}), as a picocli {@code @Mixin}: one set of names, defaults and help texts.
 */
public final class ClusterOptions {
    public static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";
    public static final String DEFAULT_REGISTRY = "http://127.0.0.1:8081";

    @Option(names = {"-b", "--bootstrap-server"}, paramLabel = "HOST:PORT", defaultValue = DEFAULT_BOOTSTRAP,
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = {"-r", "--schema-registry"}, paramLabel = "URL", defaultValue = DEFAULT_REGISTRY,
            description = "Schema Registry URL (default: ${DEFAULT-VALUE}; mock://SCOPE for an in-memory one).")
    String schemaRegistry;

    @Option(names = {"-X", "--property"}, paramLabel = "KEY=VALUE",
            description = "One client, Streams or serde property, repeatable (e.g. -X security.protocol=SASL_SSL); wins over --config.")
    List<String> properties = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with client settings: Kafka (SASL/SSL; for streams any Kafka Streams setting) and"
                    + " registry (basic.auth.*). Secret values are never printed.")
    Path configFile;

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String schemaRegistry() {
        return schemaRegistry;
    }

    public Path configFile() {
        return configFile;
    }

    /**
     * {@code --config} then {@code -X} on top of {@code into}.
     *
     * @throws IllegalArgumentException naming the option, for a missing or unreadable file or a bad {@code -X}
     */
    public Properties applyTo(Properties into) {
        return ClientProperties.apply(into, configFile, properties);
    }

    /** {@code --config} then {@code -X} as a map, for settings that are passed on as overrides. */
    public Map<String, String> overrides() {
        Properties p = applyTo(new Properties());
        Map<String, String> out = new java.util.LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }
}
