package io.newswire.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.newswire.embedded.LocalCluster;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.topology.TopicNames;

/**
 * The `streams` command as users run it (its own JVM, -Xmx given), over a pre-loaded raw
 * topic: processing throughput and peak RSS; and how long a fresh instance takes to restore
 * its stores from the changelogs.
 */
final class Scale {
    record Result(int articles, int threads, double perSecond, double peakRssMib) {}

    static final String HEAP = "-Xmx512m";

    private Scale() {}

    static Result run(LocalCluster cluster, TopicNames topics, int articles, int threads, String appId, Path stateDir, Path log)
            throws IOException, InterruptedException {
        Properties props = Backfill.props(cluster, topics, appId, stateDir, threads);
        PipelineTopics.ensure(props, topics);
        int port = freePort();
        try (Child child = Child.start(List.of(HEAP), "io.newswire.cli.Newswire",
                streamsArgs(cluster, topics, appId, stateDir, threads, port), log)) {
            // From RUNNING (JVM start-up and the first rebalance excluded) to caught up.
            long running = awaitReady(port, log);
            long end = CaughtUp.await(props, topics, Duration.ofHours(3));
            double rss = child.peakRssMib();
            return new Result(articles, threads, articles / ((end - running) / 1e9), rss);
        }
    }

    /** Waits for the child's /health/ready (Kafka Streams RUNNING); returns System.nanoTime() then. */
    private static long awaitReady(int port, Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException notYet) {
                // the HTTP API starts with the streams client
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the streams process never became ready; see " + log);
    }

    /** Seconds for a new instance (empty state folder) of {@code appId} to restore its stores and be ready. */
    static double restoreSeconds(LocalCluster cluster, TopicNames topics, String appId, Path emptyStateDir, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        long start = System.nanoTime();
        try (Child child = Child.start(List.of(HEAP), "io.newswire.cli.Newswire",
                streamsArgs(cluster, topics, appId, emptyStateDir, 1, port), log)) {
            return (awaitReady(port, log) - start) / 1e9;
        }
    }

    static List<String> streamsArgs(LocalCluster cluster, TopicNames topics, String appId, Path stateDir, int threads, int httpPort) {
        List<String> args = new ArrayList<>(List.of("streams", "--bootstrap-server", cluster.bootstrapServers(),
                "--schema-registry", cluster.registryUrl(), "--application-id", appId, "--state-dir", stateDir.toString(),
                "--threads", Integer.toString(threads), "--http-port", Integer.toString(httpPort)));
        Backfill.OVERRIDES.forEach((k, v) -> args.addAll(List.of("-X", k + "=" + v)));
        args.addAll(List.of("-X", TopicNames.RAW + "=" + topics.rawArticles(), "-X", TopicNames.MEETINGS + "=" + topics.meetings(),
                "-X", TopicNames.TOPICS + "=" + topics.topics(), "-X", TopicNames.DEAD_LETTERS + "=" + topics.deadLetters()));
        return args;
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
