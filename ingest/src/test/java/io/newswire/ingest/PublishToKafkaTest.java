package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.embedded.EmbeddedKafka;
import io.newswire.schema.RawArticle;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder published to a real in-process broker through the registry serde, read back with a consumer. */
class PublishToKafkaTest {
    private static final String REGISTRY = "mock://ingest-it";

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

    @Test
    void aFolderIsPublishedKeyedByIdAndReIngestingItAddsNoNewKeys() {
        String topic = "raw-" + UUID.randomUUID();
        kafka.createTopic(topic, 3, Map.of());
        List<ArticleGenerator.Generated> generated = new ArticleGenerator(11).generate(20);
        for (ArticleGenerator.Generated g : generated) {
            Fixtures.write(dir, "wire/" + g.fileName(), g.text());
        }
        Fixtures.write(dir, "wire/seed.txt", Fixtures.TASS);
        Fixtures.write(dir, "wire/copy-of-seed.txt", Fixtures.TASS);
        Fixtures.write(dir, "wire/junk.bin", new byte[] {0, 1, 2, 3});
        Set<String> expectedIds = new HashSet<>();
        generated.forEach(g -> expectedIds.add(ArticleIds.forText(g.text())));
        expectedIds.add(ArticleIds.forText(Fixtures.TASS));

        String[] args = {"-q", "--bootstrap-server", kafka.bootstrapServers(), "--schema-registry", REGISTRY,
            "--topic", topic, "--id-from", "content", dir.resolve("wire").toString()};
        IngestCommandTest.Run first = IngestCommandTest.run(new ByteArrayInputStream(new byte[0]), args);
        assertEquals(ExitCodes.SOME_REJECTED, first.exit(), first.err());
        assertTrue(first.err().contains("read 22, published 21, 1 duplicate skipped, 1 rejected"), first.err());
        assertTrue(first.err().contains("junk.bin: binary data"), first.err());

        List<ConsumerRecord<String, RawArticle>> records = readAll(topic, 21);
        assertEquals(21, records.size());
        Map<String, RawArticle> byKey = new HashMap<>();
        for (ConsumerRecord<String, RawArticle> r : records) {
            assertEquals(r.key(), r.value().getId(), "the key is the article id");
            byKey.put(r.key(), r.value());
        }
        assertEquals(expectedIds, byKey.keySet(), "one record per distinct article");
        RawArticle seed = byKey.get(ArticleIds.forText(Fixtures.TASS));
        assertEquals(LocalDate.of(2021, 9, 22), seed.getPublished());
        assertEquals("TASS", seed.getProvider());
        assertEquals(Fixtures.TASS, seed.getBody());

        IngestCommandTest.Run again = IngestCommandTest.run(new ByteArrayInputStream(new byte[0]), args);
        assertEquals(ExitCodes.SOME_REJECTED, again.exit(), again.err());
        List<ConsumerRecord<String, RawArticle>> all = readAll(topic, 42);
        assertEquals(42, all.size());
        Map<String, List<RawArticle>> versions = new HashMap<>();
        all.forEach(r -> versions.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));
        assertEquals(expectedIds, versions.keySet(), "re-ingesting the same folder adds no new id");
        versions.forEach((id, v) -> {
            assertEquals(2, v.size());
            assertEquals(v.get(0).getBody(), v.get(1).getBody(), "same id, same content");
        });
    }

    @Test
    void theProgrammaticApiPublishesAReadResult() {
        String topic = "raw-" + UUID.randomUUID();
        kafka.createTopic(topic, 1, Map.of());
        Fixtures.write(dir, "a.txt", Fixtures.TASS);
        Fixtures.write(dir, "b.txt", Fixtures.XINHUA);
        Fixtures.write(dir, "empty.txt", "");
        Properties props = ArticlePublisher.producerProperties(kafka.bootstrapServers(), REGISTRY, Map.of());
        PublishSummary summary;
        try (ArticlePublisher publisher = ArticlePublisher.create(props, topic)) {
            publisher.checkConnection();
            summary = publisher.publish(ArticleSources.read(dir));
        }
        assertEquals(2, summary.published());
        assertEquals(List.of(new Rejection(dir.resolve("empty.txt").toString(), "empty file")), summary.rejections());
        assertEquals(0, summary.inFlight());
        assertEquals(Set.of(ArticleIds.forText(Fixtures.TASS), ArticleIds.forText(Fixtures.XINHUA)),
                new HashSet<>(readAll(topic, 2).stream().map(ConsumerRecord::key).toList()));
    }

    @Test
    void aMissingTopicWithoutAutoCreationIsAClearFatalError() {
        Properties props = ArticlePublisher.producerProperties(kafka.bootstrapServers(), REGISTRY, Map.of());
        ArticlePublisher.applyTimeout(props, Duration.ofSeconds(3));
        try (ArticlePublisher publisher = ArticlePublisher.create(props, "no-such-topic-" + UUID.randomUUID())) {
            IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, publisher::checkConnection);
            assertEquals(ExitCodes.FATAL, e.exitCode());
            assertTrue(e.getMessage().contains("not available") || e.getMessage().contains("unreachable"), e.getMessage());
        }
    }

    @Test
    void aGeneratedLoadOfJsonLinesOnStdinArrivesComplete() {
        String topic = "raw-" + UUID.randomUUID();
        kafka.createTopic(topic, 3, Map.of());
        int n = 3000;
        StringBuilder jsonl = new StringBuilder();
        new ArticleGenerator(99).generate(n).forEach(g -> jsonl.append(GenerateCommand.jsonLine(g)).append('\n'));
        IngestCommandTest.Run r = IngestCommandTest.run(
                new ByteArrayInputStream(jsonl.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "-q", "--bootstrap-server", kafka.bootstrapServers(), "--schema-registry", REGISTRY, "--topic", topic,
                "--compression", "lz4", "-");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.err().contains("read " + n + ", published " + n + ", 0 duplicates skipped, 0 rejected"), r.err());
        List<ConsumerRecord<String, RawArticle>> records = readAll(topic, n);
        assertEquals(n, records.size());
        assertEquals(n, records.stream().map(ConsumerRecord::key).distinct().count());
    }

    @Test
    void aRecordTheBrokerRefusesIsRejectedAndItsNeighboursArePublished() {
        String topic = "raw-" + UUID.randomUUID();
        kafka.createTopic(topic, 1, Map.of("max.message.bytes", "4000"));
        Fixtures.write(dir, "1-small.txt", Fixtures.TASS);
        Fixtures.write(dir, "2-large.txt", "GENEVA (AP) — " + "Ministers met again and again. ".repeat(600));
        Fixtures.write(dir, "3-small.txt", Fixtures.XINHUA);
        // The producer's limits follow the topic's max.message.bytes, so the large article is refused
        // before it joins a batch with its neighbours (when the broker refused the whole batch, the
        // idempotent producer's split and resequencing delayed them for up to the whole timeout).
        IngestCommandTest.Run r = IngestCommandTest.run("-q", "--bootstrap-server", kafka.bootstrapServers(),
                "--schema-registry", REGISTRY, "--topic", topic, "--compression", "none", "--timeout", "90s", dir.toString());
        assertEquals(ExitCodes.SOME_REJECTED, r.exit(), r.err());
        assertTrue(r.err().contains("rejected " + dir.resolve("2-large.txt") + ": not accepted by Kafka"), r.err());
        assertTrue(r.err().contains("read 3, published 2, 0 duplicates skipped, 1 rejected"), r.err());
        String folder = dir.getFileName().toString();
        assertEquals(Set.of(folder + "/1-small.txt", folder + "/3-small.txt"),
                new HashSet<>(readAll(topic, 2).stream().map(ConsumerRecord::key).toList()));
    }

    @Test
    void anUnreachableSchemaRegistryIsFatalAndItsCredentialsAreNotShown() throws java.io.IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String topic = "raw-" + UUID.randomUUID();
        kafka.createTopic(topic, 1, Map.of());
        Fixtures.write(dir, "a.txt", Fixtures.TASS);
        IngestCommandTest.Run r = IngestCommandTest.run("-q", "--bootstrap-server", kafka.bootstrapServers(),
                "--schema-registry", "http://ingest:s3cret-pw@127.0.0.1:" + port, "--topic", topic, dir.toString());
        assertEquals(ExitCodes.FATAL, r.exit(), r.err());
        assertTrue(r.err().contains("schema registry at http://***@127.0.0.1:" + port), r.err());
        assertTrue(!r.err().contains("s3cret-pw"), r.err());
    }

    private static List<ConsumerRecord<String, RawArticle>> readAll(String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "check-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, "io.newswire.registry.KafkaAvroDeserializer");
        p.put("schema.registry.url", REGISTRY);
        p.put("specific.avro.reader", "true");
        List<ConsumerRecord<String, RawArticle>> out = new ArrayList<>();
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
            // a little longer, to catch records beyond the expected count
            consumer.poll(Duration.ofMillis(500)).forEach(out::add);
        }
        return out;
    }
}
