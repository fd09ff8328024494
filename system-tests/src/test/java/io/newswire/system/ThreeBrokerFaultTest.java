package io.newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.newswire.embedded.registry.SchemaRegistryServer;
import io.newswire.extract.Extractors;
import io.newswire.registry.KafkaAvroDeserializer;
import io.newswire.registry.KafkaAvroSerializer;
import io.newswire.schema.DailyCounts;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.RawArticle;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.runtime.StreamsSettings;
import io.newswire.streams.topology.StoreNames;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three KRaft brokers as child JVMs (replication factor 3, min.insync.replicas 2 for every topic, the internal
 * ones included), two {@code streams} instances as child JVMs, a backfill being published while (a) the leader
 * of the input partitions is SIGKILLed, (b) the active controller is SIGKILLed, (c) every broker is restarted
 * in turn. After each: the input topic holds exactly what was published, and every store (read from its
 * changelog topic) and news.meetings equal the truth computed from the extractor's output on what was
 * published so far. At the end the stores are also rebuilt by a fresh instance and compared once more.
 */
@Tag("reliability")
class ThreeBrokerFaultTest {
    static final int ARTICLES = Integer.getInteger("reliability.threeBrokers.articles", 500);
    static final String APP_ID = "three-brokers";
    static final Duration LONG = Duration.ofMinutes(3);

    @TempDir
    Path work;

    private long started;
    private final List<String> figures = new ArrayList<>();

    @Test
    void leaderKillControllerKillAndRollingRestartLoseNothingAndDoubleNothing() throws Exception {
        started = System.nanoTime();
        Corpus corpus = Corpus.generate(ARTICLES, 19);
        List<Corpus.Send> sends = corpus.sends();
        int n = sends.size();
        // 10 % before the faults; 25 % during (a) and (b) each; the rest in three parts, one per broker of (c).
        int[] cut = {0, n / 10, n / 10 + n / 4, n / 10 + n / 2, n / 10 + n / 2 + (n - n / 10 - n / 2) / 3,
                n / 10 + n / 2 + 2 * (n - n / 10 - n / 2) / 3, n};
        CrashRestartTest.log(started, "corpus: " + corpus.describe() + "; parts " + Arrays.toString(cut));
        Path logs = CrashRestartTest.logDir("three-brokers");
        try (KafkaCluster cluster = KafkaCluster.start(work.resolve("kafka"), logs, 3, LONG)) {
            String bootstrap = cluster.bootstrapServers();
            CrashRestartTest.log(started, "three brokers up: " + bootstrap);
            try (Admin admin = cluster.admin()) {
                // The registry's topic, created here so that it is replicated like everything else.
                admin.createTopics(List.of(new NewTopic(SchemaRegistryServer.SCHEMAS_TOPIC, 1, (short) 3)
                        .configs(Map.of("cleanup.policy", "compact", "min.insync.replicas", "2")))).all().get();
            }
            SchemaRegistryServer registry = SchemaRegistryServer.start(cluster.clientProperties(), KafkaCluster.HOST, 0);
            Map<String, String> extra = new HashMap<>(CrashRestartTest.FAST_FAILOVER);
            extra.put("replication.factor", "3");
            extra.put(StreamsSettings.REPLICATION, "3");
            Properties props = StreamsSettings.of(bootstrap, registry.url(), work.resolve("unused"), Pipeline.TOPICS, extra);
            PipelineTopics.ensure(props, Pipeline.TOPICS);
            Map<String, String> settleOverrides = new HashMap<>(extra);
            settleOverrides.put("application.id", APP_ID);
            Properties settle = StreamsSettings.of(bootstrap, registry.url(), work.resolve("unused"), Pipeline.TOPICS, settleOverrides);
            try (Admin admin = cluster.admin()) {
                assertReplicated(admin, List.of(Pipeline.TOPICS.rawArticles(), Pipeline.TOPICS.meetings(), SchemaRegistryServer.SCHEMAS_TOPIC));
                Publisher first = Publisher.start(bootstrap, registry.url(), sends.subList(cut[0], cut[1]), 0);
                first.join(LONG);
                try (StreamsProcess a = StreamsProcess.start("streams-a", bootstrap, registry.url(), APP_ID, work.resolve("state-a"), logs, extra);
                     StreamsProcess b = StreamsProcess.start("streams-b", bootstrap, registry.url(), APP_ID, work.resolve("state-b"), logs, extra)) {
                    a.awaitRunning(LONG);
                    b.awaitRunning(LONG);
                    CrashRestartTest.log(started, "streams a and b RUNNING");
                    CrashRestartTest.awaitProgress(admin, APP_ID, LONG);
                    cluster.awaitHealthy(LONG); // the internal topics Streams created are fully replicated too
                    assertReplicated(admin, List.of("__consumer_offsets", "__transaction_state",
                            APP_ID + "-" + StoreNames.MEETINGS + "-changelog"));

                    // (a) SIGKILL of the broker leading the input partitions.
                    int victim = cluster.leaders(admin, Pipeline.TOPICS.rawArticles()).get(0);
                    // Leadership is spread over the nodes; make one node the leader of every input partition first.
                    cluster.moveLeadership(admin, Pipeline.TOPICS.rawArticles(), victim, LONG);
                    Publisher pa = Publisher.start(bootstrap, registry.url(), sends.subList(cut[1], cut[2]), 120);
                    awaitInFlight(admin, pa);
                    Map<Integer, Integer> leaders = cluster.leaders(admin, Pipeline.TOPICS.rawArticles());
                    assertTrue(leaders.values().stream().allMatch(l -> l == victim), "node " + victim + " leads every input partition: " + leaders);
                    fault("(a) SIGKILL of node " + victim + ", leader of input partitions " + partitionsLedBy(leaders, victim)
                            + " of " + leaders, admin, pa, () -> cluster.kill(victim));
                    long killedAt = System.nanoTime();
                    awaitLeadersOtherThan(cluster, admin, victim);
                    long newLeadersAt = System.nanoTime();
                    figures.add("(a) every input partition had a new leader " + (newLeadersAt - killedAt) / 1_000_000 + " ms after the SIGKILL");
                    pa.join(LONG);
                    figures.add("(a) records sent before the SIGKILL and acknowledged after it: " + pa.acknowledgedAfterMark()
                            + "; sent while the input partitions had no live leader: " + pa.sentAfterMarkUntil(newLeadersAt));
                    Map<Integer, Integer> after = cluster.leaders(admin, Pipeline.TOPICS.rawArticles());
                    assertTrue(after.values().stream().noneMatch(l -> l == victim), "the input partitions have new leaders: " + after);
                    cluster.restart(victim, LONG);
                    cluster.awaitHealthy(LONG);
                    CrashRestartTest.log(started, "node " + victim + " back, every partition fully in sync; leaders were " + after);
                    verify("after (a)", bootstrap, registry.url(), settle, sends.subList(0, cut[2]));

                    // (b) SIGKILL of the active controller.
                    Publisher pb = Publisher.start(bootstrap, registry.url(), sends.subList(cut[2], cut[3]), 120);
                    awaitInFlight(admin, pb);
                    int controller = cluster.activeController(admin);
                    Map<Integer, Integer> leadersB = cluster.leaders(admin, Pipeline.TOPICS.rawArticles());
                    fault("(b) SIGKILL of node " + controller + ", the active controller (and leader of input partitions "
                            + partitionsLedBy(leadersB, controller) + " of " + leadersB + ")", admin, pb, () -> cluster.kill(controller));
                    long controllerKilledAt = System.nanoTime();
                    int newController = awaitNewController(cluster, admin, controller);
                    figures.add("(b) node " + newController + " was the active controller " + (System.nanoTime() - controllerKilledAt) / 1_000_000
                            + " ms after the SIGKILL");
                    pb.join(LONG);
                    figures.add("(b) records sent before the SIGKILL and acknowledged after it: " + pb.acknowledgedAfterMark());
                    cluster.restart(controller, LONG);
                    cluster.awaitHealthy(LONG);
                    CrashRestartTest.log(started, "node " + controller + " back; node " + newController + " took over as controller");
                    verify("after (b)", bootstrap, registry.url(), settle, sends.subList(0, cut[3]));

                    // (c) Rolling restart: each node in turn stopped (SIGTERM, controlled shutdown) and started again,
                    // the next one only once every partition is back in sync.
                    for (int id = 1; id <= 3; id++) {
                        int node = id;
                        Publisher pc = Publisher.start(bootstrap, registry.url(), sends.subList(cut[2 + id], cut[3 + id]), 120);
                        awaitInFlight(admin, pc);
                        long[] stopMs = new long[1];
                        fault("(c) rolling restart, node " + node + " stopped", admin, pc,
                                () -> stopMs[0] = cluster.stop(node, Duration.ofMinutes(2)));
                        cluster.restart(node, LONG);
                        cluster.awaitHealthy(LONG);
                        pc.join(LONG);
                        figures.add("(c) node " + node + ": records sent before the SIGTERM and acknowledged after it: " + pc.acknowledgedAfterMark());
                        CrashRestartTest.log(started, "node " + node + " restarted (controlled shutdown took " + stopMs[0] + " ms), all in sync");
                    }
                    verify("after (c)", bootstrap, registry.url(), settle, sends);
                    assertTrue(a.isAlive(), "streams a survived every broker fault without a restart:\n" + a.tail());
                    assertTrue(b.isAlive(), "streams b survived every broker fault without a restart:\n" + b.tail());
                    figures.add("streams ERROR log lines: a " + a.errorLines() + ", b " + b.errorLines());
                }
                // The stores themselves, not only their changelogs: a fresh instance rebuilds them and they are compared.
                Truth truth = Truth.of(corpus.finalArticles(), Extractors.standard());
                Pipeline.Observed observed = Pipeline.observe(bootstrap, registry.url(), APP_ID, work.resolve("reader-state"), extra);
                CrashRestartTest.assertExact(truth, corpus, observed);
                figures.add("final, stores rebuilt by a fresh instance: " + truth.size() + " values compared ("
                        + truth.meetings().size() + " meetings, " + truth.reports() + " reports)");
            } finally {
                registry.close();
            }
        } finally {
            figures.forEach(f -> System.out.println("ThreeBrokerFaultTest: " + f));
        }
        System.out.printf("ThreeBrokerFaultTest: %s; passed in %d s%n", corpus.describe(), (System.nanoTime() - started) / 1_000_000_000);
    }

    interface Fault {
        void run() throws Exception;
    }

    /** Records what was in flight at the fault, then runs it. */
    private void fault(String what, Admin admin, Publisher publisher, Fault fault) throws Exception {
        long lag = Lag.input(admin, APP_ID, Pipeline.TOPICS);
        int unacked = publisher.unacknowledged();
        int acked = publisher.acknowledged();
        publisher.mark();
        fault.run();
        String line = what + ": " + unacked + " records sent and not yet acknowledged, " + lag
                + " input records published and not yet processed, publisher at " + acked + "/" + publisher.size();
        figures.add(line);
        CrashRestartTest.log(started, line);
    }

    /** Waits until the publisher is well into its part and the instances have input not yet processed. */
    private static void awaitInFlight(Admin admin, Publisher p) throws Exception {
        long deadline = System.nanoTime() + LONG.toNanos();
        while (p.acknowledged() < p.size() / 4 || Lag.input(admin, APP_ID, Pipeline.TOPICS) == 0) {
            if (System.nanoTime() > deadline || p.done()) {
                throw new IllegalStateException("no work in flight: publisher at " + p.acknowledged() + "/" + p.size()
                        + ", lag " + Lag.input(admin, APP_ID, Pipeline.TOPICS));
            }
            Thread.sleep(20);
        }
    }

    private static void awaitLeadersOtherThan(KafkaCluster cluster, Admin admin, int old) throws Exception {
        long deadline = System.nanoTime() + LONG.toNanos();
        while (true) {
            try {
                if (cluster.leaders(admin, Pipeline.TOPICS.rawArticles()).values().stream().allMatch(l -> l != old && l >= 0)) {
                    return;
                }
            } catch (Exception retry) {
                // metadata not answered yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("input partitions still led by node " + old + " after " + LONG);
            }
            Thread.sleep(100);
        }
    }

    private static int awaitNewController(KafkaCluster cluster, Admin admin, int old) throws Exception {
        long deadline = System.nanoTime() + LONG.toNanos();
        while (true) {
            try {
                int now = cluster.activeController(admin);
                if (now != old && now >= 0) {
                    return now;
                }
            } catch (Exception retry) {
                // no leader elected yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no new controller after " + LONG);
            }
            Thread.sleep(200);
        }
    }

    /**
     * Once the application has caught up: the input topic holds exactly what was published (every key's
     * records in publishing order, byte for byte or the same decoded article), news.meetings and the five
     * stores' changelogs equal the truth computed from {@code published}.
     */
    private void verify(String when, String bootstrap, String registryUrl, Properties settle, List<Corpus.Send> published)
            throws Exception {
        Pipeline.awaitSettled(bootstrap, settle);
        CrashRestartTest.log(started, when + ": caught up");
        Map<String, RawArticle> finalArticles = new LinkedHashMap<>();
        int garbage = 0;
        for (Corpus.Send s : published) {
            if (s.garbage() != null) {
                garbage++;
            } else if (s.article() == null) {
                finalArticles.remove(s.key());
            } else {
                finalArticles.put(s.key(), s.article());
            }
        }
        Truth truth = Truth.of(finalArticles, Extractors.standard());
        KafkaAvroDeserializer avro = new KafkaAvroDeserializer();
        avro.configure(Map.of("schema.registry.url", registryUrl, "specific.avro.reader", "true"), false);

        List<String> failures = new ArrayList<>();
        int inputRecords = compareInput(bootstrap, avro, published, failures);
        // Which reports are one meeting is identity resolution's decision (see CrashRestartTest.assertExact).
        Map<String, MeetingEvent> events = Pipeline.readMeetingEvents(bootstrap, registryUrl);
        Map<String, List<String>> meetings = Pipeline.readMeetings(bootstrap, registryUrl);
        List<Map<String, Map<String, Long>>> countsOfMeetings = Truth.countsOf(events.values());
        check(failures, () -> CrashRestartTest.assertSame(Truth.reportsPerArticle(truth.meetings()), Truth.reportsPerArticle(meetings), "news.meetings"));
        check(failures, () -> CrashRestartTest.assertSame(meetings, meetingsChangelog(bootstrap, avro), "the meetings store (changelog)"));
        check(failures, () -> CrashRestartTest.assertSame(countsOfMeetings.get(0), countsChangelog(bootstrap, avro, StoreNames.MEETINGS_PER_REGION), "meetings per region per day (changelog)"));
        check(failures, () -> CrashRestartTest.assertSame(countsOfMeetings.get(1), countsChangelog(bootstrap, avro, StoreNames.MEETINGS_PER_COUNTRY), "meetings per country per day (changelog)"));
        check(failures, () -> CrashRestartTest.assertSame(countsOfMeetings.get(2), countsChangelog(bootstrap, avro, StoreNames.MEETINGS_PER_BODY), "meetings per body per day (changelog)"));
        check(failures, () -> CrashRestartTest.assertSame(truth.topicsPerRegion(), countsChangelog(bootstrap, avro, StoreNames.TOPICS_PER_REGION), "topics per region per day (changelog)"));
        check(failures, () -> CrashRestartTest.assertSame(truth.topicsPerCountry(), countsChangelog(bootstrap, avro, StoreNames.TOPICS_PER_COUNTRY), "topics per country per day (changelog)"));
        int dlq = garbage;
        check(failures, () -> assertEquals(dlq, Pipeline.countRecords(bootstrap, Pipeline.TOPICS.deadLetters()), "dead letters"));
        if (!failures.isEmpty()) {
            throw new AssertionError(when + ": " + failures.size() + " comparisons failed:\n" + String.join("\n", failures));
        }
        assertTrue(truth.meetings().size() > 20, "the published part exercises meetings: " + truth.meetings().size());
        String line = when + ": equal to the truth, " + inputRecords + " input records, " + truth.size() + " values compared ("
                + truth.meetings().size() + " meetings, " + truth.reports() + " reports), " + dlq + " dead letters";
        figures.add(line);
        CrashRestartTest.log(started, line);
    }

    private static void check(List<String> failures, Runnable assertion) {
        try {
            assertion.run();
        } catch (AssertionError | RuntimeException e) {
            failures.add(e.getMessage());
        }
    }

    /** Compares the input topic with the published records, key by key in order; returns the number of records. */
    private static int compareInput(String bootstrap, KafkaAvroDeserializer avro, List<Corpus.Send> published, List<String> failures) {
        Map<String, List<Object>> expected = new TreeMap<>();
        for (Corpus.Send s : published) {
            expected.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s.garbage() != null ? Arrays.toString(s.garbage()) : s.article());
        }
        Map<String, List<Object>> actual = new TreeMap<>();
        List<ConsumerRecord<String, byte[]>> records;
        try (KafkaConsumer<String, byte[]> c = consumer(bootstrap)) {
            records = Pipeline.readToEnd(c, Pipeline.TOPICS.rawArticles());
        }
        for (ConsumerRecord<String, byte[]> r : records) {
            Object value;
            if (r.value() == null) {
                value = null;
            } else if (r.key().startsWith("garbage-")) {
                value = Arrays.toString(r.value());
            } else {
                value = avro.deserialize(r.topic(), r.value());
            }
            actual.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(value);
        }
        check(failures, () -> assertEquals(published.size(), records.size(), "records on the input topic"));
        check(failures, () -> CrashRestartTest.assertSame(expected, actual, "the input topic, key by key in publishing order"));
        return records.size();
    }

    private static Map<String, List<String>> meetingsChangelog(String bootstrap, KafkaAvroDeserializer avro) {
        Map<String, List<String>> out = new TreeMap<>();
        latest(bootstrap, APP_ID + "-" + StoreNames.MEETINGS + "-changelog", avro)
                .forEach((k, v) -> out.put(k, new ArrayList<>(((MeetingEvent) v).getArticleIds())));
        return out;
    }

    private static Map<String, Map<String, Long>> countsChangelog(String bootstrap, KafkaAvroDeserializer avro, String store) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        latest(bootstrap, APP_ID + "-" + store + "-changelog", avro)
                .forEach((k, v) -> out.put(k, new TreeMap<>(((DailyCounts) v).getCounts())));
        return out;
    }

    /** What a store holds: the latest committed value of every key of its changelog (a tombstone drops the key). */
    private static Map<String, Object> latest(String bootstrap, String changelog, KafkaAvroDeserializer avro) {
        Map<String, Object> out = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> c = consumer(bootstrap)) {
            for (ConsumerRecord<String, byte[]> r : Pipeline.readToEnd(c, changelog)) {
                if (r.value() == null) {
                    out.remove(r.key());
                } else {
                    out.put(r.key(), avro.deserialize(r.topic(), r.value()));
                }
            }
        }
        return out;
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrap);
        config.put("isolation.level", "read_committed");
        config.put("enable.auto.commit", "false");
        config.put("max.poll.records", "2000");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static void assertReplicated(Admin admin, List<String> topics) throws Exception {
        for (var d : admin.describeTopics(topics).allTopicNames().get().values()) {
            d.partitions().forEach(p -> assertEquals(3, p.replicas().size(), d.name() + "-" + p.partition() + " has 3 replicas"));
        }
        List<ConfigResource> resources = topics.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
        admin.describeConfigs(resources).all().get().forEach((r, config) ->
                assertEquals("2", config.get("min.insync.replicas").value(), r.name() + " min.insync.replicas"));
    }

    private static List<Integer> partitionsLedBy(Map<Integer, Integer> leaders, int node) {
        return leaders.entrySet().stream().filter(e -> e.getValue() == node).map(Map.Entry::getKey).toList();
    }

    /**
     * Publishes a part of the backfill from a background thread, one idempotent acks=all producer for the whole
     * part (its retries carry the records across a leader change), a few records at a time with a pause, so
     * that the part is still being published when a broker goes.
     */
    static final class Publisher {
        private final List<Corpus.Send> sends;
        private final ConcurrentLinkedQueue<Future<RecordMetadata>> pending = new ConcurrentLinkedQueue<>();
        private final AtomicInteger acked = new AtomicInteger();
        private final AtomicInteger sent = new AtomicInteger();
        private final long[] ackedAt;
        private final long[] sentAt;
        private volatile long markedAt;
        private volatile int sentAtMark;
        private final Thread thread;
        private volatile Throwable failure;

        private Publisher(String bootstrap, String registryUrl, List<Corpus.Send> sends, long pauseMs) {
            this.sends = sends;
            this.ackedAt = new long[sends.size()];
            this.sentAt = new long[sends.size()];
            this.thread = new Thread(() -> run(bootstrap, registryUrl, pauseMs), "publisher");
        }

        static Publisher start(String bootstrap, String registryUrl, List<Corpus.Send> sends, long pauseMs) {
            Publisher p = new Publisher(bootstrap, registryUrl, sends, pauseMs);
            p.thread.start();
            return p;
        }

        private void run(String bootstrap, String registryUrl, long pauseMs) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "150000");
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "120000");
            config.put("schema.registry.url", registryUrl);
            KafkaAvroSerializer avro = new KafkaAvroSerializer();
            avro.configure(config, false);
            List<Future<RecordMetadata>> all = new ArrayList<>();
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < sends.size(); i++) {
                    Corpus.Send s = sends.get(i);
                    byte[] value = s.garbage() != null ? s.garbage() : s.article() == null ? null
                            : avro.serialize(Pipeline.TOPICS.rawArticles(), s.article());
                    int index = i;
                    sentAt[i] = System.nanoTime();
                    Future<RecordMetadata> f = producer.send(new ProducerRecord<>(Pipeline.TOPICS.rawArticles(), s.key(), value),
                            (md, e) -> {
                                if (e == null) {
                                    ackedAt[index] = System.nanoTime();
                                    acked.incrementAndGet();
                                }
                            });
                    sent.incrementAndGet();
                    all.add(f);
                    pending.add(f);
                    if (pauseMs > 0 && i % 5 == 4) {
                        Thread.sleep(pauseMs);
                    }
                    pending.removeIf(Future::isDone);
                }
                producer.flush();
                for (Future<RecordMetadata> f : all) {
                    f.get(); // every send is checked: a lost input record would look like a pipeline that lost an article
                }
            } catch (Throwable e) {
                failure = e;
            }
        }

        int size() {
            return sends.size();
        }

        int acknowledged() {
            return acked.get();
        }

        /** Notes the moment of a fault, to count later the records sent before it and acknowledged after it. */
        void mark() {
            sentAtMark = sent.get();
            markedAt = System.nanoTime();
        }

        /** After {@link #join}: records handed to the producer before the fault whose acknowledgment came after it. */
        int acknowledgedAfterMark() {
            int n = 0;
            for (int i = 0; i < sentAtMark; i++) {
                if (ackedAt[i] - markedAt > 0) {
                    n++;
                }
            }
            return n;
        }

        /** After {@link #join}: records handed to the producer between the fault and {@code until} (nanoTime). */
        int sentAfterMarkUntil(long until) {
            int n = 0;
            for (long t : sentAt) {
                if (t - markedAt > 0 && until - t > 0) {
                    n++;
                }
            }
            return n;
        }

        int unacknowledged() {
            return (int) pending.stream().filter(f -> !f.isDone()).count();
        }

        boolean done() {
            return !thread.isAlive();
        }

        void join(Duration timeout) throws InterruptedException {
            thread.join(timeout.toMillis());
            if (thread.isAlive()) {
                throw new IllegalStateException("publisher still running after " + timeout + ": " + acked.get() + "/" + sends.size());
            }
            if (failure != null) {
                throw new IllegalStateException("the cluster refused an input record: " + failure, failure);
            }
            assertEquals(sends.size(), acked.get(), "every record of the part acknowledged");
        }
    }
}
