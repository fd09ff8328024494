package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.embedded.EmbeddedKafka;
import io.newswire.schema.RawArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 16 items 2 and 6 on a real in-process broker: {@code retract} sends tombstones with ingest's producer
 * settings; a file's id is its path, so an edited file is a correction; {@code ingest --follow} remembers what it
 * published and reads retractions from the topic across restarts; {@code --max-bytes} raises the request size up to
 * the topic's limit; {@code --timeout} bounds the whole connection check.
 */
class RetractAndFollowTest {
    private static final String REGISTRY = "mock://retract-it";

    @TempDir
    static Path kafkaDir;

    static EmbeddedKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafka.start(kafkaDir, 0);
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private String newTopic(Map<String, String> configs) {
        String topic = "raw-" + UUID.randomUUID();
        kafka.createTopic(topic, 2, configs);
        return topic;
    }

    private String[] cluster(String topic, String... more) {
        List<String> a = new ArrayList<>(List.of("--bootstrap-server", kafka.bootstrapServers(), "--schema-registry", REGISTRY,
                "--topic", topic));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void anEditedFileIsACorrectionAndRetractSendsTombstones() throws Exception {
        String topic = newTopic(Map.of("cleanup.policy", "compact"));
        Path wire = dir.resolve("wire");
        Fixtures.write(wire, "a.txt", Fixtures.TASS);
        Fixtures.write(wire, "sub/b.txt", Fixtures.XINHUA);
        IngestCommandTest.Run first = IngestCommandTest.run(cluster(topic, wire.toString()));
        assertEquals(ExitCodes.OK, first.exit(), first.err());
        Fixtures.write(wire, "a.txt", Fixtures.TASS.replace("Varnakov", "Varnakov and his deputy"));
        IngestCommandTest.Run second = IngestCommandTest.run(cluster(topic, wire.resolve("a.txt").toString()));
        assertEquals(ExitCodes.OK, second.exit(), second.err());

        Path ids = Fixtures.write(dir, "ids.txt", "# retracted by the desk\n\nwire/sub/b.txt\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RetractCommand.run(cluster(topic, "wire/a.txt", "--from-file", ids.toString()), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ExitCodes.OK, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("2 tombstone(s) sent to " + topic), err.toString(StandardCharsets.UTF_8));

        List<ConsumerRecord<String, RawArticle>> records = readAll(topic, 5);
        List<String> a = records.stream().filter(r -> r.key().equals("wire/a.txt"))
                .map(r -> r.value() == null ? "tombstone" : r.value().getBody().contains("his deputy") ? "corrected" : "original").toList();
        assertEquals(List.of("original", "corrected", "tombstone"), a, "one id for the file, whatever path it was given by");
        List<String> b = records.stream().filter(r -> r.key().equals("wire/sub/b.txt"))
                .map(r -> r.value() == null ? "tombstone" : "article").toList();
        assertEquals(List.of("article", "tombstone"), b);
        assertEquals(5, records.size(), records.stream().map(ConsumerRecord::key).toList().toString());

        IngestCommandTest.Run byContent = IngestCommandTest.run(cluster(topic, "--dry-run", "--id-from", "content", wire.toString()));
        assertTrue(byContent.out().contains("\"key\":\"" + ArticleIds.forText(Fixtures.XINHUA) + "\""), byContent.out());
    }

    @Test
    void retractWithoutIdsIsAUsageErrorAndKafkaDownIsFatal() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RetractCommand.run(new String[] {}, new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ExitCodes.USAGE, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no id to retract"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void followRemembersWhatItPublishedAndWhatWasRetractedAcrossRestarts() throws Exception {
        String topic = newTopic(Map.of("cleanup.policy", "compact"));
        Path state = dir.resolve("state.json");
        Path inbox = dir.resolve("inbox");
        Fixtures.write(inbox, "a.txt", Fixtures.TASS);
        try (FeedServer feed = new FeedServer()) {
            feed.set("/rss", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(
                    FeedServer.rssItem("wire-1", "One", "Lavrov met Wang in Beijing.", "Fri, 01 Mar 2024 09:30:00 GMT"),
                    FeedServer.rssItem("wire-2", "Two", "Blinken met Kuleba in Kyiv.", "Fri, 01 Mar 2024 10:30:00 GMT")), "\"v1\"", null));

            Following run1 = Following.start(cluster(topic, "--follow", "--interval", "200ms", "--scan-interval", "100ms",
                    "--state", state.toString(), feed.url("/rss"), inbox.toString()));
            IngestCommandTest.waitFor(() -> run1.err().contains("following 1 folder(s) and 1 feed(s)"), "the first pass");
            assertEquals(0, run1.stop(), run1.err());
            assertTrue(run1.err().contains("read 3, published 3"), run1.err());
            assertTrue(Files.exists(state), "the state is saved");

            // Retracted while ingest is stopped, as from another machine: only the topic is shared.
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(ExitCodes.OK, RetractCommand.run(cluster(topic, "wire-2"), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString());
            // The feed changes its ETag (as many do on every request) but not its items.
            feed.set("/rss", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(
                    FeedServer.rssItem("wire-1", "One", "Lavrov met Wang in Beijing.", "Fri, 01 Mar 2024 09:30:00 GMT"),
                    FeedServer.rssItem("wire-2", "Two", "Blinken met Kuleba in Kyiv.", "Fri, 01 Mar 2024 10:30:00 GMT")), "\"v2\"", null));

            Following run2 = Following.start(cluster(topic, "--follow", "--interval", "200ms", "--scan-interval", "100ms",
                    "--state", state.toString(), feed.url("/rss"), inbox.toString()));
            IngestCommandTest.waitFor(() -> run2.err().contains("following 1 folder(s) and 1 feed(s)"), "the second first pass");
            assertTrue(run2.err().contains("1 retraction(s): wire-2"), run2.err());
            assertEquals("\"v1\"", feed.requests.get(feed.requests.size() - 1).ifNoneMatch(), "the ETag survived the restart");
            // Now the source changes the retracted item: it comes back, as a correction.
            feed.set("/rss", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(
                    FeedServer.rssItem("wire-1", "One", "Lavrov met Wang in Beijing.", "Fri, 01 Mar 2024 09:30:00 GMT"),
                    FeedServer.rssItem("wire-2", "Two", "Blinken met Kuleba in Lviv, not Kyiv.", "Fri, 01 Mar 2024 10:30:00 GMT")),
                    "\"v3\"", null));
            IngestCommandTest.waitFor(() -> run2.err().contains("1 new or changed"), "the changed item");
            assertEquals(0, run2.stop(), run2.err());
            String summary = run2.err();
            assertTrue(summary.contains("published 1,"), summary);
            assertTrue(summary.contains("unchanged since an earlier run, 1 retracted and unchanged since"), summary);
        }
        List<ConsumerRecord<String, RawArticle>> records = readAll(topic, 5);
        List<String> events = records.stream().map(r -> r.key() + (r.value() == null ? " tombstone" : " " + r.value().getBody().length()))
                .toList();
        assertEquals(5, records.size(), "3 articles, 1 tombstone, 1 correction; nothing sent twice: " + events);
        ConsumerRecord<String, RawArticle> last = records.stream().filter(r -> r.key().equals("wire-2")).reduce((x, y) -> y).orElseThrow();
        assertTrue(last.value().getBody().contains("Lviv"), "the changed item came back: " + events);
    }

    @Test
    void maxBytesRaisesTheRequestSizeUpToTheTopicsLimit() throws Exception {
        String topic = newTopic(Map.of("max.message.bytes", "2097152"));
        String big = "GENEVA (AP) — " + "Ministers met again and again, and said so at length. ".repeat(28_000);
        assertTrue(big.length() > 1_500_000 && big.length() < 1_600_000, "a 1.5 MB article: " + big.length());
        Fixtures.write(dir, "big.txt", big);
        IngestCommandTest.Run refused = IngestCommandTest.run(cluster(topic, "--compression", "none", dir.resolve("big.txt").toString()));
        assertEquals(ExitCodes.SOME_REJECTED, refused.exit(), refused.err());
        assertTrue(refused.err().contains("over --max-bytes 1048576"), refused.err());

        IngestCommandTest.Run accepted = IngestCommandTest.run(cluster(topic, "--compression", "none", "--max-bytes", "2000000",
                dir.resolve("big.txt").toString()));
        assertEquals(ExitCodes.OK, accepted.exit(), accepted.err());
        assertTrue(accepted.err().contains("read 1, published 1"), accepted.err());
        List<ConsumerRecord<String, RawArticle>> records = readAll(topic, 1);
        assertEquals(big, records.get(0).value().getBody());

        IngestCommandTest.Run overTopic = IngestCommandTest.run(cluster(topic, "--compression", "none", "--max-bytes", "3MiB",
                dir.resolve("big.txt").toString()));
        assertEquals(ExitCodes.OK, overTopic.exit(), overTopic.err());
        assertTrue(overTopic.err().contains("note: topic " + topic + " accepts records of at most 2097152 bytes (its max.message.bytes):"
                + " the topic, not --max-bytes, is the limit"), overTopic.err());
    }

    @Test
    void timeoutBoundsTheWholeConnectionCheck() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Fixtures.write(dir, "a.txt", Fixtures.TASS);
        for (String command : List.of("ingest", "retract")) {
            long t0 = System.nanoTime();
            String[] args = {"--bootstrap-server", "127.0.0.1:" + port, "--schema-registry", REGISTRY, "--timeout", "3s",
                command.equals("ingest") ? dir.toString() : "some-id"};
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
            int exit = command.equals("ingest")
                    ? IngestCommand.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()), e)
                    : RetractCommand.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()), e);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(ExitCodes.FATAL, exit, err.toString(StandardCharsets.UTF_8));
            assertTrue(seconds < 5.5, command + " --timeout 3s took " + seconds + " s (12.6 s before the fix)");
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("127.0.0.1:" + port + " is unreachable: no broker answered within 3000 ms"),
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    /** An {@code ingest --follow} running on its own thread. */
    record Following(IngestCommand cmd, Thread thread, ByteArrayOutputStream errBytes, int[] exit) {
        static Following start(String... args) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            IngestCommand cmd = new IngestCommand(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            int[] exit = {-1};
            Thread t = new Thread(() -> exit[0] = new CommandLine(cmd).execute(args));
            t.start();
            return new Following(cmd, t, err, exit);
        }

        String err() {
            return errBytes.toString(StandardCharsets.UTF_8);
        }

        int stop() throws InterruptedException {
            cmd.stop();
            thread.join(30_000);
            assertFalse(thread.isAlive(), "stopped");
            return exit[0];
        }
    }

    private static List<ConsumerRecord<String, RawArticle>> readAll(String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, "io.newswire.registry.KafkaAvroDeserializer");
        p.put("schema.registry.url", REGISTRY);
        p.put("specific.avro.reader", "true");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(4 << 20));
        List<ConsumerRecord<String, RawArticle>> out = new ArrayList<>();
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(out::add);
            }
            consumer.poll(Duration.ofMillis(500)).forEach(out::add);
        }
        // Per key, the order of the partition is the order of events; across keys, sort by key then offset.
        out.sort(java.util.Comparator.comparing((ConsumerRecord<String, RawArticle> r) -> r.partition()).thenComparing(ConsumerRecord::offset));
        return out;
    }

}
