package io.newswire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newswire.clients.Durations;
import io.newswire.embedded.LocalCluster;
import io.newswire.embedded.registry.RegistryCredentials;
import io.newswire.ingest.ArticlePublisher;
import io.newswire.ingest.ArticleReader;
import io.newswire.ingest.ArticleSources;
import io.newswire.ingest.PublishSummary;
import io.newswire.streams.query.Aggregates;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.runtime.StreamsRunner;
import io.newswire.streams.runtime.StreamsSettings;
import io.newswire.streams.serving.ServingMetrics;
import io.newswire.streams.serving.ServingServer;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `newswire demo`: the whole pipeline on one machine. Starts the embedded broker and
 * registry, publishes the articles of a folder, runs the topology and serves its stores.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline locally: embedded Kafka and Schema Registry, ingest of a folder, the topology, the HTTP API.",
                "With --once: process the folder, print the aggregates as JSON on stdout and exit."})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ExtractorOption extractor = new ExtractorOption();

    @Option(names = "--once", description = "Process the input, print the aggregates as JSON and exit.")
    boolean once;

    @Option(names = "--input", defaultValue = "seeds", description = "Folder (or file) of articles to publish (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--work-dir", description = "Folder for Kafka's data and the state stores (default: ./work; with --once a temporary folder, deleted on exit).")
    Path workDir;

    @Mixin
    LocalClusterOptions local = new LocalClusterOptions();

    @Option(names = "--http-port", defaultValue = "8080", description = "HTTP API port on 127.0.0.1 (default: ${DEFAULT-VALUE}; not started with --once).")
    int httpPort;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT5M", converter = Durations.Converter.class,
            description = "With --once: give up if processing takes longer (e.g. 10m or ISO-8601; default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        RegistryCredentials credentials;
        try {
            credentials = local.credentials();
        } catch (IllegalArgumentException e) {
            System.err.println("demo: " + e.getMessage());
            return 2;
        }
        if (!Files.exists(input)) {
            System.err.println("demo: no such input folder or file: " + input);
            return 2;
        }
        boolean temporary = once && workDir == null;
        Path work = temporary ? Files.createTempDirectory("newswire-demo-") : (workDir == null ? Path.of("work") : workDir);
        TopicNames topics = TopicNames.DEFAULTS;
        try (LocalCluster cluster = LocalCluster.start(work, local.kafkaPort(once), local.registryPort(once), credentials)) {
            Map<String, String> settings = new LinkedHashMap<>(cluster.registryClientProperties());
            settings.put(StreamsSettings.PARTITIONS, Integer.toString(local.partitions));
            Properties props = StreamsSettings.of(cluster.bootstrapServers(), cluster.registryUrl(), work.resolve("streams-state"),
                    topics, settings);
            PipelineTopics.ensure(props, topics);
            PublishSummary published = publish(cluster, topics);
            System.err.println("demo: ingest " + published.report());

            if (once) {
                try (StreamsRunner runner = StreamsRunner.start(props, topics, extractor.extractor("demo"))) {
                    runner.awaitRunning(Duration.ofMinutes(2));
                    CaughtUp.await(props, topics, timeout);
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("articles", Map.of("read", published.read(), "published", published.published(),
                            "duplicates", published.duplicates(), "rejected", published.rejected()));
                    out.putAll(Aggregates.summary(runner));
                    spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
                    spec.commandLine().getOut().flush();
                    System.err.printf("demo: done in %.1f s%n", (System.nanoTime() - started) / 1e9);
                    return published.rejected() > 0 ? 1 : 0;
                }
            }

            CountDownLatch cleanedUp = new CountDownLatch(1);
            try (ServingMetrics metrics = new ServingMetrics();
                 ServingServer api = ServingServer.start("127.0.0.1", httpPort, metrics)) {
                props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:" + api.port());
                try (StreamsRunner runner = StreamsRunner.start(props, topics, extractor.extractor("demo"), metrics)) {
                    metrics.bind(runner.streams());
                    api.attach(runner);
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        runner.close();
                        awaitQuietly(cleanedUp);
                    }, "newswire-demo-shutdown"));
                    System.err.printf("demo: Kafka %s, Schema Registry %s%s, dashboard http://127.0.0.1:%d/%n"
                            + "demo: running; publish more with ./newswire ingest --bootstrap-server %s --schema-registry %s%s FILE...; Ctrl-C to stop%n",
                            cluster.bootstrapServers(), cluster.registryUrl(),
                            credentials == null ? "" : " (basic authentication, user " + credentials.user() + ")", api.port(),
                            cluster.bootstrapServers(), cluster.registryUrl(),
                            credentials == null ? "" : " --config FILE (with basic.auth.credentials.source=USER_INFO, basic.auth.user.info)");
                    runner.awaitStopped();
                }
            } finally {
                cleanedUp.countDown();
            }
            return 0;
        } finally {
            if (temporary) {
                deleteRecursively(work);
            }
        }
    }

    private PublishSummary publish(LocalCluster cluster, TopicNames topics) {
        Properties producer = ArticlePublisher.producerProperties(cluster.bootstrapServers(), cluster.registryUrl(),
                cluster.registryClientProperties());
        try (ArticlePublisher publisher = ArticlePublisher.create(producer, topics.rawArticles())) {
            ArticleSources.read(input, new ArticleReader(), publisher);
            return publisher.flush();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
