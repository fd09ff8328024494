package io.newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import io.newswire.embedded.LocalCluster;
import io.newswire.extract.Extractors;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.runtime.StreamsSettings;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash and restart under exactly-once: the {@code streams} command runs in a child JVM over a backfill of
 * generated articles and is killed with SIGKILL at random points while it has work in flight, then
 * restarted on the same state folder; at the end every aggregate, the meetings store and the meetings topic
 * equal the truth computed directly from the extractor's output, and every undecodable record is in the
 * dead-letter topic exactly once.
 */
@Tag("reliability")
class CrashRestartTest {
    /** A killed member leaves the group after 6 s instead of 45 s, so a restart gets its tasks back quickly. */
    static final Map<String, String> FAST_FAILOVER = Map.of(
            "session.timeout.ms", "6000", "heartbeat.interval.ms", "1500");

    static final int ARTICLES = Integer.getInteger("reliability.articles", 2000);
    static final int KILLS = Integer.getInteger("reliability.kills", 6);

    @TempDir
    Path work;

    @Test
    void killedRepeatedlyDuringABackfillTheAggregatesStillEqualTheTruth() throws Exception {
        long started = System.nanoTime();
        Random random = new Random(Long.getLong("reliability.seed", 20261128L));
        Corpus corpus = Corpus.generate(ARTICLES, 5);
        Truth truth = Truth.of(corpus.finalArticles(), Extractors.standard());
        log(started, "corpus and truth ready: " + corpus.describe());
        String appId = "crash-single";
        try (LocalCluster cluster = LocalCluster.start(work, 0, 0)) {
            String bootstrap = cluster.bootstrapServers();
            Properties props = StreamsSettings.of(bootstrap, cluster.registryUrl(), work.resolve("unused"), Pipeline.TOPICS, Map.of());
            PipelineTopics.ensure(props, Pipeline.TOPICS);
            // The backfill arrives in chunks, ahead of the instance: every incarnation has work in flight when it is killed.
            Feed feed = new Feed(bootstrap, cluster.registryUrl(), corpus.sends(), 2 * KILLS + 4);
            feed.chunk();
            Path state = work.resolve("state");
            Path logs = logDir("crash-single");
            List<Long> lagAtKill = new ArrayList<>();
            try (Admin admin = cluster.kafka().admin()) {
                for (int run = 0; run < KILLS; run++) {
                    feed.chunk();
                    try (StreamsProcess p = StreamsProcess.start("streams-" + run, bootstrap, cluster.registryUrl(), appId, state,
                            logs, FAST_FAILOVER)) {
                        p.awaitRunning(Duration.ofMinutes(2));
                        log(started, "streams-" + run + " RUNNING");
                        awaitProgress(admin, appId, Duration.ofMinutes(3));
                        log(started, "streams-" + run + " committed progress");
                        long lag = killWithWorkInFlight(admin, appId, p, random, feed);
                        lagAtKill.add(lag);
                        log(started, "kill " + (run + 1) + ": SIGKILL with " + lag + " input records not yet committed");
                    }
                }
                feed.rest();
                try (StreamsProcess last = StreamsProcess.start("streams-final", bootstrap, cluster.registryUrl(), appId, state,
                        logs, FAST_FAILOVER)) {
                    last.awaitRunning(Duration.ofMinutes(2));
                    Pipeline.awaitSettled(bootstrap, StreamsSettings.of(bootstrap, cluster.registryUrl(), state, Pipeline.TOPICS,
                            Map.of("application.id", appId)));
                    log(started, "final instance caught up");
                }
            }
            Pipeline.Observed observed = Pipeline.observe(bootstrap, cluster.registryUrl(), appId, work.resolve("reader-state"), FAST_FAILOVER);
            log(started, "results read");
            assertExact(truth, corpus, observed);
            assertTrue(lagAtKill.stream().allMatch(l -> l > 0), "every kill hit an instance with work in flight: " + lagAtKill);
            System.out.printf("CrashRestartTest: %d SIGKILLs survived (lag at kill %s); %s; compared %d values (%d report ids, %d reports, %d meetings after identity resolution);"
                            + " %d dead letters; %d s%n", KILLS, lagAtKill, corpus.describe(), truth.size(), truth.meetings().size(),
                    truth.reports(), observed.meetingsTopic().size(), observed.deadLetters(), (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    /**
     * Two instances share the work; A is killed while B runs (its tasks move to B), A comes back (tasks move
     * back), then B is killed and A finishes alone. An earlier failure of this test (whole articles missing)
     * came from input records lost on a freshly created topic, not from the pipeline: topics now wait for
     * their leaders before anyone produces, every send is checked, and the input topic is compared too.
     */
    @Test
    void anInstanceKilledWhileASecondOneRunsHasItsTasksMovedOverAndNothingIsLostOrDoubled() throws Exception {
        long started = System.nanoTime();
        Random random = new Random(Long.getLong("reliability.seed", 20261128L) + 1);
        Corpus corpus = Corpus.generate(ARTICLES / 2, 6);
        Truth truth = Truth.of(corpus.finalArticles(), Extractors.standard());
        log(started, "corpus and truth ready: " + corpus.describe());
        String appId = "crash-pair";
        try (LocalCluster cluster = LocalCluster.start(work, 0, 0)) {
            String bootstrap = cluster.bootstrapServers();
            String registry = cluster.registryUrl();
            PipelineTopics.ensure(StreamsSettings.of(bootstrap, registry, work.resolve("unused"), Pipeline.TOPICS, Map.of()), Pipeline.TOPICS);
            Feed feed = new Feed(bootstrap, registry, corpus.sends(), 8);
            feed.chunk();
            feed.chunk();
            Path logs = logDir("crash-pair");
            List<Long> lagAtKill = new ArrayList<>();
            try (Admin admin = cluster.kafka().admin();
                 StreamsProcess a = StreamsProcess.start("a-0", bootstrap, registry, appId, work.resolve("state-a"), logs, FAST_FAILOVER);
                 StreamsProcess b = StreamsProcess.start("b-0", bootstrap, registry, appId, work.resolve("state-b"), logs, FAST_FAILOVER)) {
                a.awaitRunning(Duration.ofMinutes(2));
                b.awaitRunning(Duration.ofMinutes(2));
                log(started, "a and b RUNNING");
                awaitProgress(admin, appId, Duration.ofMinutes(3));
                lagAtKill.add(killWithWorkInFlight(admin, appId, a, random, feed));
                log(started, "a killed while b runs, lag " + lagAtKill.get(0));
                int tasks = awaitSoleMember(admin, appId, Duration.ofMinutes(2));
                log(started, "b alone in the group, with all " + tasks + " input and repartition partitions");
                feed.chunk();
                awaitProgress(admin, appId, Duration.ofMinutes(3)); // b carries on, with a's tasks
                try (StreamsProcess a1 = StreamsProcess.start("a-1", bootstrap, registry, appId, work.resolve("state-a"), logs, FAST_FAILOVER)) {
                    a1.awaitRunning(Duration.ofMinutes(2));
                    log(started, "a restarted; tasks move back");
                    feed.chunk();
                    awaitProgress(admin, appId, Duration.ofMinutes(3));
                    lagAtKill.add(killWithWorkInFlight(admin, appId, b, random, feed));
                    feed.rest();
                    log(started, "b killed while a runs, lag " + lagAtKill.get(1));
                    tasks = awaitSoleMember(admin, appId, Duration.ofMinutes(2));
                    log(started, "a alone in the group, with all " + tasks + " input and repartition partitions");
                    Pipeline.awaitSettled(bootstrap, StreamsSettings.of(bootstrap, registry, work.resolve("state-a"), Pipeline.TOPICS,
                            Map.of("application.id", appId)));
                    log(started, "a caught up alone");
                }
            }
            Pipeline.Observed observed = Pipeline.observe(bootstrap, registry, appId, work.resolve("reader-state"), FAST_FAILOVER);
            assertExact(truth, corpus, observed);
            assertTrue(lagAtKill.stream().allMatch(l -> l > 0), "both kills hit work in flight: " + lagAtKill);
            System.out.printf("CrashRestartTest (pair): 2 SIGKILLs with a survivor (lag at kill %s); %s; compared %d values (%d meetings);"
                    + " %d dead letters; %d s%n", lagAtKill, corpus.describe(), truth.size(), truth.meetings().size(),
                    observed.deadLetters(), (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    /** Publishes a corpus in chunks, on demand. */
    static final class Feed {
        private final String bootstrap;
        private final String registry;
        private final List<Corpus.Send> sends;
        private final int chunk;
        private int next;

        Feed(String bootstrap, String registry, List<Corpus.Send> sends, int chunks) {
            this.bootstrap = bootstrap;
            this.registry = registry;
            this.sends = sends;
            this.chunk = sends.size() / chunks + 1;
        }

        void chunk() {
            int to = Math.min(sends.size(), next + chunk);
            Pipeline.publish(bootstrap, registry, sends.subList(next, to));
            next = to;
        }

        void rest() {
            Pipeline.publish(bootstrap, registry, sends.subList(next, sends.size()));
            next = sends.size();
        }

        boolean more() {
            return next < sends.size();
        }
    }

    /**
     * SIGKILLs {@code p} 0.2 to 1.4 s from now, while it has input not yet committed: if it has caught up
     * by then, the next chunks of the backfill are published first. Returns the input lag at the kill.
     */
    static long killWithWorkInFlight(Admin admin, String appId, StreamsProcess p, Random random, Feed feed) throws Exception {
        Thread.sleep(200 + random.nextInt(1200));
        long lag = Lag.input(admin, appId, Pipeline.TOPICS);
        // A fast instance can finish a chunk before the next look: top up again until work is in flight.
        while (lag == 0 && feed.more()) {
            feed.chunk();
            Thread.sleep(random.nextInt(60));
            lag = Lag.input(admin, appId, Pipeline.TOPICS);
        }
        p.kill();
        return lag;
    }

    /**
     * Waits until the group has one member, stable, assigned every partition the application reads (the
     * input topic and the repartition topics): the killed instance's tasks have moved to the survivor.
     */
    static int awaitSoleMember(Admin admin, String appId, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var group = admin.describeConsumerGroups(List.of(appId)).describedGroups().get(appId).get();
            if (group.members().size() == 1 && group.groupState() == org.apache.kafka.common.GroupState.STABLE) {
                int assigned = group.members().iterator().next().assignment().topicPartitions().size();
                int all = 0;
                for (var d : admin.describeTopics(admin.listTopics().names().get().stream()
                        .filter(t -> t.equals(Pipeline.TOPICS.rawArticles()) || (t.startsWith(appId + "-") && t.endsWith("-repartition")))
                        .toList()).allTopicNames().get().values()) {
                    all += d.partitions().size();
                }
                if (assigned == all) {
                    return assigned;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the survivor did not take over every task: " + group);
            }
            Thread.sleep(250);
        }
    }

    /** Child logs are kept under target/reliability-logs for a post-mortem. */
    static Path logDir(String test) throws java.io.IOException {
        Path dir = Path.of("target", "reliability-logs", test);
        if (java.nio.file.Files.exists(dir)) {
            try (var files = java.nio.file.Files.list(dir)) {
                for (Path f : files.toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
        }
        return java.nio.file.Files.createDirectories(dir);
    }

    static void log(long started, String what) {
        System.out.printf("[%5.1f s] %s%n", (System.nanoTime() - started) / 1e9, what);
    }

    /** Waits until the instance has committed some work (so the next kill lands mid-run, not during start-up). */
    static void awaitProgress(Admin admin, String appId, Duration timeout) throws Exception {
        long before = Lag.input(admin, appId, Pipeline.TOPICS);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (Lag.input(admin, appId, Pipeline.TOPICS) >= before && before > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no progress within " + timeout);
            }
            Thread.sleep(200);
        }
    }

    static void assertExact(Truth truth, Corpus corpus, Pipeline.Observed observed) {
        // Every comparison is made, so that a failure says which of topic, stores and counts disagree.
        // Which reports are one meeting is identity resolution's decision (issue 17) and depends on arrival order,
        // which a crash can change; what must hold whatever it decided: no report lost or doubled, the store
        // equal to the topic, and every meeting count exactly that of the final meetings.
        List<String> failures = new ArrayList<>();
        List<Map<String, Map<String, Long>>> countsOfMeetings = Truth.countsOf(observed.meetingEvents().values());
        check(failures, () -> assertSame(Truth.reportsPerArticle(truth.meetings()), Truth.reportsPerArticle(observed.meetingsTopic()),
                "news.meetings: every article's reports, each in one meeting"));
        check(failures, () -> assertSame(observed.meetingsTopic(), observed.meetingsStore(), "the meetings store against news.meetings"));
        check(failures, () -> assertSame(countsOfMeetings.get(0), observed.meetingsPerRegion(), "meetings per region per day"));
        check(failures, () -> assertSame(countsOfMeetings.get(1), observed.meetingsPerCountry(), "meetings per country per day"));
        check(failures, () -> assertSame(countsOfMeetings.get(2), observed.meetingsPerBody(), "meetings per body per day"));
        check(failures, () -> assertSame(truth.topicsPerRegion(), observed.topicsPerRegion(), "topics per region per day"));
        check(failures, () -> assertSame(truth.topicsPerCountry(), observed.topicsPerCountry(), "topics per country per day"));
        check(failures, () -> assertEquals(corpus.garbageRecords(), observed.deadLetters(), "each undecodable record dead-lettered exactly once"));
        // Tells a lost input record from a pipeline that lost an article (the raw topic is compacted, but not this soon).
        check(failures, () -> assertEquals(corpus.sends().size(), observed.inputRecords(), "every published record is on the input topic"));
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of 9 comparisons failed:\n" + String.join("\n", failures));
        }
        assertTrue(truth.meetings().size() > 100, "the corpus exercises many meetings: " + truth.meetings().size());
        assertTrue(truth.meetings().values().stream().anyMatch(a -> a.size() >= 2), "and meetings reported by several articles");
        assertTrue(observed.meetingsTopic().size() < truth.meetings().size(), "and reports of one meeting under different ids merged: "
                + observed.meetingsTopic().size() + " meetings from " + truth.meetings().size() + " report ids");
    }

    private static void check(List<String> failures, Runnable assertion) {
        try {
            assertion.run();
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    /** Equality of two maps, reported as a short diff (missing, extra, different) instead of two huge maps. */
    static <V> void assertSame(Map<String, V> expected, Map<String, V> actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> different = new ArrayList<>();
        expected.forEach((k, v) -> {
            if (!actual.containsKey(k)) {
                missing.add(k + "=" + v);
            } else if (!actual.get(k).equals(v)) {
                different.add(k + ": expected " + v + " but was " + actual.get(k));
            }
        });
        actual.forEach((k, v) -> {
            if (!expected.containsKey(k)) {
                extra.add(k + "=" + v);
            }
        });
        throw new AssertionError(what + ": " + expected.size() + " expected, " + actual.size() + " observed; "
                + missing.size() + " missing " + head(missing) + "; " + extra.size() + " extra " + head(extra) + "; "
                + different.size() + " different " + head(different));
    }

    private static List<String> head(List<String> l) {
        return l.subList(0, Math.min(8, l.size()));
    }
}
