package io.newswire.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.newswire.clients.ClientProperties;
import io.newswire.embedded.LocalCluster;
import io.newswire.streams.topology.TopicNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `newswire bench`: every figure of the performance table in one run, on one embedded broker,
 * with the comparisons (ProducerPerformance, a pass-through topology) measured side by side.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the pipeline against Kafka itself on this machine: extractor, ingest vs ProducerPerformance,",
                "backfill vs a pass-through topology, live latency, scale (throughput and RSS), restore time,",
                "restart to complete answers.",
                "Prints a Markdown table on stdout; progress on stderr."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Small sizes, for a run under 5 minutes.")
    boolean quick;

    @Option(names = "--articles", description = "Backfill size (default: 100000; --quick: 5000).")
    Integer articles;

    @Option(names = "--scale", split = ",", description = "Article counts of the scale runs (default: 10000,100000; --quick: 2000,5000). Add 1000000 for the full figure.")
    List<Integer> scale;

    @Option(names = "--rates", split = ",", defaultValue = "50,500", description = "Publish rates of the latency runs, articles/s (default: ${DEFAULT-VALUE}).")
    List<Integer> rates;

    @Option(names = "--latency-seconds", description = "Length of each latency run (default: 60; --quick: 15).")
    Integer latencySeconds;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--restarts", description = "Restarts timed per variant in the restart section (default: 3; --quick: 2).")
    Integer restarts;

    @Option(names = "--only", split = ",", description = "Run only these sections: extractor, ingest, backfill, latency, scale, restart (default: all).")
    java.util.Set<String> only;

    @Option(names = "-X", paramLabel = "KEY=VALUE", description = "A Kafka Streams setting for every topology the bench runs (e.g. commit.interval.ms=1000), repeatable.")
    List<String> streamsOverrides = new ArrayList<>();

    @Option(names = "--work-dir", description = "Folder for the broker's data and the state stores (default: a temporary folder, deleted at the end).")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        int backfill = articles != null ? articles : quick ? 5_000 : 100_000;
        List<Integer> scales = scale != null ? scale : quick ? List.of(2_000, 5_000) : List.of(10_000, 100_000);
        int latency = latencySeconds != null ? latencySeconds : quick ? 15 : 60;
        int warmUp = quick ? 3_000 : 10_000;
        try { // the one -X parser, so every command reads and refuses KEY=VALUE alike
            Backfill.OVERRIDES.putAll(ClientProperties.pairs(streamsOverrides));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean temporary = workDir == null;
        Path work = temporary ? Files.createTempDirectory("newswire-bench-") : Files.createDirectories(workDir);
        List<Measurement> table = new ArrayList<>();
        Corpus corpus = new Corpus(seed);
        long started = System.nanoTime();
        try {
            if (runs("extractor")) {
                progress("extractor: one thread, generated articles");
                List<String> texts = corpus.texts(500);
                double seedSized = ExtractorBench.articlesPerSecond(texts, 1, quick ? 3 : 10);
                double tenTimes = ExtractorBench.articlesPerSecond(texts.subList(0, 100), 10, quick ? 3 : 10);
                table.add(new Measurement("extractor", "seed-sized articles, 1 thread", seedSized, "articles/s", "target ≥ 5,000"));
                table.add(new Measurement("extractor", "10x longer articles, 1 thread", tenTimes, "articles/s", ""));
            }

            try (LocalCluster cluster = LocalCluster.start(work.resolve("cluster"), 0, 0)) {
                if (runs("ingest")) {
                    // At least 20,000: below that both tools' connection set-up (about a second) is most of what is timed.
                    int ingestCount = Math.min(Math.max(backfill, 20_000), 100_000);
                    progress("ingest vs ProducerPerformance: " + ingestCount + " articles");
                    IngestBench.Result ingest = IngestBench.run(cluster, corpus, ingestCount, Files.createDirectories(work.resolve("ingest")));
                    table.add(new Measurement("ingest", "ingest of " + ingest.records() + " articles, one JSON-lines file", ingest.jsonLinesPerSecond(),
                            "articles/s", ratio(ingest.jsonLinesPerSecond(), ingest.producerPerfPerSecond()) + " of ProducerPerformance; target ≥ 80%"));
                    table.add(new Measurement("ingest", "ingest of " + ingest.records() + " articles, one file each", ingest.filesPerSecond(),
                            "articles/s", ratio(ingest.filesPerSecond(), ingest.producerPerfPerSecond()) + " of ProducerPerformance"));
                    table.add(new Measurement("ingest", "ProducerPerformance, same payloads (" + Math.round(ingest.averageBytes()) + " B avg)",
                            ingest.producerPerfPerSecond(), "records/s", "Kafka's own producer tool, same settings"));
                }

                if (runs("backfill")) {
                    // Warm-up first, for both topologies, on their own topics: on 2 cores the JIT compiler otherwise takes
                    // a core for the first 20 s or so, which would be measured as the pipeline's cost.
                    progress("backfill warm-up: " + warmUp + " articles through both topologies");
                    TopicNames warmUpTopics = new TopicNames("warmup.raw", "warmup.meetings", "warmup.topics", "warmup.dlq");
                    Backfill.preload(cluster, warmUpTopics, corpus, backfill, backfill + warmUp);
                    Backfill.passThrough(cluster, warmUpTopics, warmUp, "warmup-pass", work.resolve("warmup-pass"));
                    Backfill.full(cluster, warmUpTopics, warmUp, "warmup-full", work.resolve("warmup-full"));
                    progress("backfill: " + backfill + " articles, exactly-once");
                    TopicNames backfillTopics = new TopicNames("bench.raw", "bench.meetings", "bench.topics", "bench.dlq");
                    Backfill.preload(cluster, backfillTopics, corpus, backfill);
                    Backfill.Result pass = Backfill.passThrough(cluster, backfillTopics, backfill, "bench-pass", work.resolve("state-pass"));
                    Backfill.Result full = Backfill.full(cluster, backfillTopics, backfill, "bench-full", work.resolve("state-full"));
                    table.add(new Measurement("backfill", "full topology, " + backfill + " articles", full.perSecond(), "articles/s",
                            ratio(full.perSecond(), pass.perSecond()) + " of pass-through; target ≥ 50%"));
                    table.add(new Measurement("backfill", "pass-through topology, same data", pass.perSecond(), "articles/s", "same serdes, exactly_once_v2"));
                }

                int next = backfill + (runs("backfill") ? warmUp : 0);
                for (int rate : runs("latency") ? rates : List.<Integer>of()) {
                    progress("live latency at " + rate + " articles/s for " + latency + " s");
                    LiveLatency.Result r = LiveLatency.run(cluster, corpus, rate, Duration.ofSeconds(latency), next, work);
                    next += rate * latency;
                    String note = r.samples() + " store updates; p99 " + Measurement.format(r.p99Ms()) + " ms, max "
                            + Measurement.format(r.maxMs()) + " ms" + (rate == 50 ? "; target p99 < 1,000 ms" : "");
                    table.add(new Measurement("latency", "publish to aggregate p50 at " + rate + "/s", r.p50Ms(), "ms", note));
                }

                int loaded = 0;
                String lastApp = null;
                List<Integer> sizes = runs("scale") ? scales : List.<Integer>of();
                // 1 versus 2 threads on the second size (100k by default), not on the largest: a 1M run takes long enough once.
                int twoThreadsAt = sizes.isEmpty() ? -1 : sizes.get(Math.min(1, sizes.size() - 1));
                TopicNames scaleTopics = new TopicNames("scale.raw", "scale.meetings", "scale.topics", "scale.dlq");
                for (int n : sizes) {
                    progress("scale: " + n + " articles, `streams` in its own JVM (" + Scale.HEAP + ")");
                    Backfill.preload(cluster, scaleTopics, corpus, loaded, n);
                    loaded = n;
                    lastApp = "bench-scale-" + n;
                    Scale.Result r = Scale.run(cluster, scaleTopics, n, 1, lastApp, work.resolve(lastApp), work.resolve(lastApp + ".log"));
                    table.add(new Measurement("scale", n + " articles, 1 thread", r.perSecond(), "articles/s",
                            "peak RSS " + Measurement.format(r.peakRssMib()) + " MiB"));
                    if (n == twoThreadsAt) {
                        progress("scale: " + n + " articles with 2 stream threads");
                        Scale.Result two = Scale.run(cluster, scaleTopics, n, 2, "bench-scale-2t", work.resolve("bench-scale-2t"),
                                work.resolve("bench-scale-2t.log"));
                        table.add(new Measurement("scale", n + " articles, 2 threads", two.perSecond(), "articles/s",
                                "peak RSS " + Measurement.format(two.peakRssMib()) + " MiB"));
                    }
                }
                if (lastApp != null) {
                    progress("restore: a fresh instance of " + lastApp + " rebuilding its stores");
                    double restore = Scale.restoreSeconds(cluster, scaleTopics, lastApp, work.resolve("restore"), work.resolve("restore.log"));
                    table.add(new Measurement("restore", "fresh instance after " + loaded + " articles", restore, "s", "empty state folder, from changelogs"));
                }

                if (runs("restart")) {
                    int restartArticles = quick ? 500 : 1_000;
                    int times = restarts != null ? restarts : quick ? 2 : 3;
                    TopicNames restartTopics = new TopicNames("restart.raw", "restart.meetings", "restart.topics", "restart.dlq");
                    Backfill.preload(cluster, restartTopics, corpus, restartArticles);
                    int n = 0;
                    for (Restart.Variant v : RESTART_VARIANTS) {
                        progress("restart: " + v.label() + ", " + times + " times");
                        Restart.Result r = Restart.run(cluster, restartTopics, "bench-restart-" + n++, v, times, work);
                        table.add(new Measurement("restart", v.label(), r.median(), "s", "median of " + times + ", max "
                                + Measurement.format(r.max()) + " s; " + Measurement.format(r.medianGap()) + " s from the stop signal"));
                    }
                }
            }
        } finally {
            if (temporary) {
                deleteRecursively(work);
            }
        }
        print(table, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** From the process start to complete answers; static membership and staying in the group are the defaults. */
    static final List<Restart.Variant> RESTART_VARIANTS = List.of(
            new Restart.Variant("SIGTERM, static member (default)", List.of(), false),
            new Restart.Variant("SIGKILL, static member (default)", List.of(), true),
            new Restart.Variant("SIGTERM, static member leaving the group on close",
                    List.of("-X", "newswire.leave.group.on.close=true"), false),
            new Restart.Variant("SIGTERM, dynamic member leaving the group on close",
                    List.of("-X", "newswire.static.membership=false", "-X", "newswire.leave.group.on.close=true"), false),
            new Restart.Variant("SIGTERM, dynamic member staying in the group (before)", List.of("-X", "newswire.static.membership=false"), false),
            new Restart.Variant("SIGKILL, dynamic member (before)", List.of("-X", "newswire.static.membership=false"), true));

    private boolean runs(String section) {
        return only == null || only.isEmpty() || only.contains(section);
    }

    private void print(List<Measurement> table, double seconds) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "newswire bench%s: %d cores, %s, Java %s, %.0f s%n%n", quick ? " --quick" : "",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"), seconds);
        out.println("| section | measurement | value | notes |");
        out.println("|---|---|---|---|");
        table.forEach(m -> out.println(m.row()));
        out.flush();
    }

    private static String ratio(double ours, double reference) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * ours / reference);
    }

    private static void progress(String what) {
        System.err.println("bench: " + what);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
