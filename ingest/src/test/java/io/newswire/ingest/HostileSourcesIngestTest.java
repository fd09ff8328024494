package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.embedded.EmbeddedKafka;
import io.newswire.embedded.registry.SchemaRegistryServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, ways 3 and 4, as a user runs ingest: a slow feed and a deeply nested feed among good sources,
 * against a real in-process broker and registry. Each bad feed is reported by URL and skipped, the summary
 * is printed, and the good sources are published; under --follow the loop outlives them.
 */
class HostileSourcesIngestTest {
    @TempDir
    static Path kafkaDir;

    static EmbeddedKafka kafka;
    static SchemaRegistryServer registry;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start(kafkaDir, 0);
        registry = SchemaRegistryServer.inMemory("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void aSlowFeedAndANestedFeedAreReportedAndTheOtherSourcesPublished() throws Exception {
        String topic = "raw-" + UUID.randomUUID();
        kafka.createTopic(topic, 1, Map.of());
        Fixtures.write(dir, "a.txt", Fixtures.TASS);
        try (SlowServer slow = new SlowServer(); FeedServer feeds = new FeedServer()) {
            feeds.set("/nested", FeedServer.Response.feed("application/rss+xml", FeedLimitsTest.nestedRss(10_000), null, null));
            feeds.set("/good", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(
                    FeedServer.rssItem("good-1", "Lavrov met Wang", "Lavrov met Wang in Geneva.", "Mon, 02 Sep 2024 10:00:00 GMT")), null, null));
            long t0 = System.nanoTime();
            IngestCommandTest.Run r = IngestCommandTest.run("-q", "--bootstrap-server", kafka.bootstrapServers(),
                    "--schema-registry", registry.url(), "--topic", topic, "--feed-timeout", "3s",
                    slow.url("/slow"), feeds.url("/nested"), feeds.url("/good"), dir.toString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("ingest with a slow and a nested feed: " + ms + " ms");
            assertEquals(ExitCodes.SOME_REJECTED, r.exit(), r.err());
            assertTrue(r.err().contains("rejected " + slow.url("/slow") + ": the response did not arrive within the 3 s deadline"), r.err());
            assertTrue(r.err().contains("rejected " + feeds.url("/nested") + ": the feed nests elements more than 256 deep"), r.err());
            assertTrue(r.err().contains("read 2, published 2, 0 duplicates skipped, 2 rejected"), r.err());
            assertFalse(r.err().contains("StackOverflowError"), r.err());
            assertTrue(ms < 30_000, "took " + ms + " ms");
            assertEquals(Set.of("good-1", dir.getFileName() + "/a.txt"), keys(topic, 2));
        }
    }

    @Test
    void underFollowTheLoopOutlivesBadFeedsAndKeepsPublishing() throws Exception {
        String topic = "raw-" + UUID.randomUUID();
        kafka.createTopic(topic, 1, Map.of());
        try (SlowServer slow = new SlowServer(); FeedServer feeds = new FeedServer()) {
            feeds.set("/nested", FeedServer.Response.feed("application/rss+xml", FeedLimitsTest.nestedAtomXhtml(10_000), null, null));
            String item1 = FeedServer.rssItem("f-1", "Talks", "Talks in Beijing.", "Mon, 02 Sep 2024 11:00:00 GMT");
            feeds.set("/good", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(item1), null, null));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
            IngestCommand cmd = new IngestCommand(new ByteArrayInputStream(new byte[0]), System.out, errStream);
            AtomicInteger exit = new AtomicInteger(-1);
            Thread t = new Thread(() -> exit.set(new picocli.CommandLine(cmd).execute("-q", "--follow", "--interval", "1s",
                    "--feed-timeout", "2s", "--bootstrap-server", kafka.bootstrapServers(), "--schema-registry", registry.url(),
                    "--topic", topic, slow.url("/slow"), feeds.url("/nested"), feeds.url("/good"))), "ingest-follow");
            t.start();
            try {
                waitFor(err, "failed 2 time(s) in a row", Duration.ofSeconds(40));
                // a new item on the good feed is still picked up after the bad feeds failed again
                feeds.set("/good", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(item1,
                        FeedServer.rssItem("f-2", "More talks", "More talks in Beijing.", "Mon, 02 Sep 2024 12:00:00 GMT")), null, null));
                assertEquals(Set.of("f-1", "f-2"), keys(topic, 2));
            } finally {
                cmd.stop();
                t.join(30_000);
            }
            String log = err.toString(StandardCharsets.UTF_8);
            assertFalse(t.isAlive(), "--follow did not stop");
            assertEquals(ExitCodes.SOME_REJECTED, exit.get(), log);
            assertTrue(log.contains("rejected " + feeds.url("/nested") + ": the feed nests elements more than 256 deep"), log);
            assertTrue(log.contains("rejected " + slow.url("/slow") + ": the response did not arrive within the 2 s deadline"), log);
            assertTrue(log.contains(feeds.url("/nested") + ": failed 2 time(s) in a row"), log);
            assertTrue(log.contains("published 2"), log);
        }
    }

    @Test
    void aFolderThatCannotBeListedIsReportedAndTheOtherSourcesRead() throws Exception {
        // A symbolic link back to its own folder: listing (links are followed) fails with a loop.
        Path looping = java.nio.file.Files.createDirectories(dir.resolve("looping"));
        Fixtures.write(looping, "a.txt", Fixtures.TASS);
        java.nio.file.Files.createSymbolicLink(looping.resolve("again"), looping);
        Path good = Fixtures.write(dir, "good/b.txt", Fixtures.XINHUA);
        IngestCommandTest.Run r = IngestCommandTest.run("--dry-run", "-q", looping.toString(), good.toString());
        assertEquals(ExitCodes.SOME_REJECTED, r.exit(), r.err());
        assertTrue(r.err().contains("rejected " + looping + ": cannot list folder"), r.err());
        assertTrue(r.err().contains("read 1, published 1"), r.err());
        assertTrue(r.out().contains("\"key\":\"good/b.txt\""), r.out());
    }

    @Test
    void aRegistryWithBasicAuthenticationNeedsTheCredentialsWhichAreNeverPrinted() throws Exception {
        String topic = "raw-" + UUID.randomUUID();
        kafka.createTopic(topic, 1, Map.of());
        Fixtures.write(dir, "in/a.txt", Fixtures.TASS);
        String password = "reg-Secret-77";
        try (SchemaRegistryServer secured = new SchemaRegistryServer(new io.newswire.embedded.registry.InMemorySchemaStore(), "127.0.0.1", 0)
                .withCredentials(io.newswire.embedded.registry.RegistryCredentials.of("newswire", password)).start()) {
            IngestCommandTest.Run anonymous = IngestCommandTest.run("-q", "--bootstrap-server", kafka.bootstrapServers(),
                    "--schema-registry", secured.url(), "--topic", topic, dir.resolve("in").toString());
            assertEquals(ExitCodes.FATAL, anonymous.exit(), anonymous.err());
            assertTrue(anonymous.err().contains("(the registry refused the credentials or needs some: see basic.auth.credentials.source")
                    && anonymous.err().contains("(HTTP 401)"), anonymous.err());
            System.out.println("ingest without registry credentials: " + anonymous.err().strip());

            Path config = Fixtures.write(dir, "client.properties",
                    "basic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=newswire:" + password + "\n");
            IngestCommandTest.Run r = IngestCommandTest.run("-q", "--show-config", "--bootstrap-server", kafka.bootstrapServers(),
                    "--schema-registry", secured.url(), "--topic", topic, "--config", config.toString(), dir.resolve("in").toString());
            assertEquals(ExitCodes.OK, r.exit(), r.err());
            assertTrue(r.err().contains("read 1, published 1"), r.err());
            assertFalse(r.err().contains(password) || r.out().contains(password), r.err());
            assertEquals(Set.of("in/a.txt"), keys(topic, 1));
        }
    }

    private static void waitFor(ByteArrayOutputStream err, String text, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!err.toString(StandardCharsets.UTF_8).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' within " + max + ": " + err.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
    }

    private static Set<String> keys(String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "check-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Set<String> out = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(rec -> out.add(rec.key()));
            }
        }
        return out;
    }
}
