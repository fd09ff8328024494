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

import io.newswire.embedded.LocalCluster;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.topology.TopicNames;

/**
 * Restart to complete answers: the `streams` command in its own JVM, stopped (SIGTERM, or
 * SIGKILL) and started again on the same state folder, as a deploy or a crash would; the
 * time from the new process's start until {@code /api/meetings/per-region} answers with
 * {@code "complete": true}, which is what a dashboard or an alert sees.
 */
final class Restart {
    /** One way of running the instance: a label and the options that make it so. */
    record Variant(String label, List<String> options, boolean kill) {}

    /** Seconds from each new process's start to its first complete answer, and from the stop signal. */
    record Result(Variant variant, List<Double> fromStart, List<Double> fromStop) {
        double median() {
            return Restart.median(fromStart);
        }

        double max() {
            return fromStart.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        double medianGap() {
            return Restart.median(fromStop);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Restart() {}

    /**
     * Starts the instance (application {@code appId}, over the articles already in
     * {@code topics}), waits until it has caught up and answers completely, then restarts
     * it {@code restarts} times and times each.
     */
    static Result run(LocalCluster cluster, TopicNames topics, String appId, Variant variant, int restarts, Path work)
            throws IOException, InterruptedException {
        Path stateDir = work.resolve(appId);
        List<Double> fromStart = new ArrayList<>();
        List<Double> fromStop = new ArrayList<>();
        int port = Scale.freePort();
        Child child = Child.start(List.of(Scale.HEAP), "io.newswire.cli.Newswire", args(cluster, topics, appId, stateDir, port, variant),
                work.resolve(appId + "-0.log"));
        try {
            awaitComplete(port, System.nanoTime(), Duration.ofMinutes(10), work.resolve(appId + "-0.log"));
            CaughtUp.await(Backfill.props(cluster, topics, appId, stateDir, 1), topics, Duration.ofMinutes(30));
            for (int i = 1; i <= restarts; i++) {
                long stop = System.nanoTime();
                if (variant.kill()) {
                    child.kill();
                } else {
                    child.close();
                }
                long start = System.nanoTime();
                Path log = work.resolve(appId + "-" + i + ".log");
                child = Child.start(List.of(Scale.HEAP), "io.newswire.cli.Newswire", args(cluster, topics, appId, stateDir, port, variant), log);
                long complete = awaitComplete(port, start, Duration.ofMinutes(5), log);
                fromStart.add((complete - start) / 1e9);
                fromStop.add((complete - stop) / 1e9);
                System.err.printf(java.util.Locale.ROOT, "bench: restart %d of %s: complete %.2f s after the start, %.2f s after the stop%n",
                        i, variant.label(), (complete - start) / 1e9, (complete - stop) / 1e9);
            }
        } finally {
            child.close();
        }
        return new Result(variant, fromStart, fromStop);
    }

    private static List<String> args(LocalCluster cluster, TopicNames topics, String appId, Path stateDir, int port, Variant variant) {
        List<String> args = new ArrayList<>(Scale.streamsArgs(cluster, topics, appId, stateDir, 1, port));
        args.addAll(variant.options());
        return args;
    }

    /** Polls a range query every 50 ms until it answers 200 with every partition; returns System.nanoTime() then. */
    private static long awaitComplete(int port, long since, Duration timeout, Path log) throws InterruptedException {
        HttpRequest range = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/meetings/per-region"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - since < timeout.toNanos()) {
            try {
                HttpResponse<String> r = HTTP.send(range, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"complete\":true")) {
                    return System.nanoTime();
                }
            } catch (IOException notYet) {
                // the process is starting: no HTTP server yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no complete answer within " + timeout + "; see " + log);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
