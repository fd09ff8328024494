package io.newswire.embedded;

import java.nio.file.Path;
import java.util.Map;

import io.newswire.embedded.registry.RegistryCredentials;
import io.newswire.embedded.registry.SchemaRegistryServer;

/**
 * Local mode: the embedded Kafka broker and a Schema Registry that keeps its schemas in
 * that broker, both on 127.0.0.1. Closing stops the registry, then the broker.
 */
public final class LocalCluster implements AutoCloseable {
    private final EmbeddedKafka kafka;
    private final SchemaRegistryServer registry;
    private final RegistryCredentials credentials;

    private LocalCluster(EmbeddedKafka kafka, SchemaRegistryServer registry, RegistryCredentials credentials) {
        this.kafka = kafka;
        this.registry = registry;
        this.credentials = credentials;
    }

    /**
     * @param workDir      Kafka's data goes under {@code workDir/kafka}
     * @param kafkaPort    0 picks a free port
     * @param registryPort 0 picks a free port
     */
    public static LocalCluster start(Path workDir, int kafkaPort, int registryPort) {
        return start(workDir, kafkaPort, registryPort, null);
    }

    /**
     * As above; with {@code credentials} the registry requires basic authentication, and
     * {@link #registryClientProperties()} holds what in-process clients must add to their settings.
     */
    public static LocalCluster start(Path workDir, int kafkaPort, int registryPort, RegistryCredentials credentials) {
        EmbeddedKafka kafka = EmbeddedKafka.start(workDir.resolve("kafka"), kafkaPort);
        try {
            SchemaRegistryServer registry = SchemaRegistryServer.start(kafka.clientProperties(), "127.0.0.1", registryPort, credentials);
            return new LocalCluster(kafka, registry, credentials);
        } catch (RuntimeException e) {
            kafka.close();
            if (e.getCause() instanceof java.net.BindException) {
                throw new PortInUseException("The schema registry", registryPort, "--registry-port");
            }
            throw e;
        }
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String registryUrl() {
        return registry.url();
    }

    /** The registry client settings clients of this cluster need: basic-auth credentials, or nothing. */
    public Map<String, String> registryClientProperties() {
        return credentials == null ? Map.of() : credentials.clientProperties();
    }

    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            kafka.close();
        }
    }
}
