package io.newswire.cli;

import io.newswire.embedded.registry.RegistryCredentials;
import picocli.CommandLine.Option;

/** The options of the commands that start the embedded Kafka and Schema Registry ({@code broker}, {@code demo}): a picocli {@code @Mixin}. */
final class LocalClusterOptions {
    static final int DEFAULT_KAFKA_PORT = 9092;
    static final int DEFAULT_REGISTRY_PORT = 8081;

    // No picocli default: demo --once picks free ports when none is given.
    @Option(names = "--kafka-port", paramLabel = "PORT", description = "Kafka port on 127.0.0.1 (default: 9092; with demo --once a free port).")
    Integer kafkaPort;

    @Option(names = "--registry-port", paramLabel = "PORT", description = "Schema Registry port on 127.0.0.1 (default: 8081; with demo --once a free port).")
    Integer registryPort;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of the pipeline's topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--registry-auth", paramLabel = "USER:PASSWORD_FILE",
            description = "Require HTTP basic authentication on the Schema Registry: this user, and the password held in"
                    + " PASSWORD_FILE (or USER:password in it). Clients then need basic.auth.credentials.source=USER_INFO and"
                    + " basic.auth.user.info (see docs/serde.md); the demo's own clients get them. Default: no authentication"
                    + " (see README, Security).")
    String registryAuth;

    /** The Kafka port: the one given, else a free one ({@code freeByDefault}) or 9092. */
    int kafkaPort(boolean freeByDefault) {
        return kafkaPort != null ? kafkaPort : freeByDefault ? 0 : DEFAULT_KAFKA_PORT;
    }

    int registryPort(boolean freeByDefault) {
        return registryPort != null ? registryPort : freeByDefault ? 0 : DEFAULT_REGISTRY_PORT;
    }

    /** @throws IllegalArgumentException naming {@code --registry-auth} for a bad value or an unreadable file; null for none */
    RegistryCredentials credentials() {
        return registryAuth == null ? null : RegistryCredentials.fromOption("--registry-auth", registryAuth);
    }
}
