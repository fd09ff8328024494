package io.newswire.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.newswire.embedded.LocalCluster;
import io.newswire.embedded.registry.RegistryCredentials;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.runtime.StreamsSettings;
import io.newswire.streams.topology.TopicNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `newswire broker`: the embedded Kafka and Schema Registry alone, for `ingest` and `streams` to use. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run the embedded single-node Kafka (KRaft) and Schema Registry on 127.0.0.1 until Ctrl-C, with the pipeline's topics created.")
public final class BrokerCommand implements Callable<Integer> {
    @Option(names = "--work-dir", defaultValue = "work", description = "Folder for Kafka's data (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Mixin
    LocalClusterOptions local = new LocalClusterOptions();

    @Override
    public Integer call() throws Exception {
        RegistryCredentials credentials;
        try {
            credentials = local.credentials();
        } catch (IllegalArgumentException e) {
            System.err.println("broker: " + e.getMessage());
            return 2;
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (LocalCluster cluster = LocalCluster.start(workDir, local.kafkaPort(false), local.registryPort(false), credentials)) {
            Map<String, String> settings = new java.util.HashMap<>(cluster.registryClientProperties());
            settings.put(StreamsSettings.PARTITIONS, Integer.toString(local.partitions));
            Properties props = StreamsSettings.of(cluster.bootstrapServers(), cluster.registryUrl(), workDir.resolve("streams-state"),
                    TopicNames.DEFAULTS, settings);
            PipelineTopics.ensure(props, TopicNames.DEFAULTS);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.countDown();
                try {
                    closed.await(30, TimeUnit.SECONDS); // let the broker shut down cleanly
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "newswire-broker-shutdown"));
            System.err.printf("broker: Kafka on %s, Schema Registry on %s%s, data in %s; Ctrl-C to stop%n",
                    cluster.bootstrapServers(), cluster.registryUrl(),
                    credentials == null ? "" : " (basic authentication, user " + credentials.user() + ")", workDir.toAbsolutePath());
            stop.await();
        } finally {
            closed.countDown();
        }
        return 0;
    }
}
