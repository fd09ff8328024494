package io.newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.newswire.embedded.EmbeddedKafka;
import io.newswire.embedded.registry.SchemaRegistryServer;
import io.newswire.extract.Extractors;
import io.newswire.ingest.ArticleGenerator;
import io.newswire.ingest.GenerateCommand;
import io.newswire.registry.KafkaAvroDeserializer;
import io.newswire.schema.RawArticle;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.runtime.StreamsSettings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broker restart: {@code ingest --follow} (watching a folder) and {@code streams} run as child processes;
 * files keep arriving while the broker is stopped and started again on the same data folder and port. Nobody
 * restarts ingest or streams, yet every article reaches the input topic once and every aggregate equals the
 * truth computed with the extractor from the articles on the input topic.
 */
@Tag("reliability")
class BrokerRestartTest {
    static final int BATCHES = 12;
    static final int PER_BATCH = Integer.getInteger("reliability.brokerRestart.perBatch", 40);

    @TempDir
    Path work;

    @Test
    void ingestAndStreamsRecoverFromABrokerRestartWithoutHelpAndTheResultIsExact() throws Exception {
        long started = System.nanoTime();
        Path kafkaDir = work.resolve("kafka");
        EmbeddedKafka kafka = EmbeddedKafka.start(kafkaDir, 0);
        int port = Integer.parseInt(kafka.bootstrapServers().substring(kafka.bootstrapServers().lastIndexOf(':') + 1));
        String bootstrap = kafka.bootstrapServers();
        SchemaRegistryServer registry = SchemaRegistryServer.start(kafka.clientProperties(), "127.0.0.1", 0);
        String appId = "broker-restart";
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path logs = work.resolve("logs");
        ArticleGenerator generator = new ArticleGenerator(77);
        Set<String> expectedIds = new TreeSet<>();
        int restarts = 0;
        try {
            PipelineTopics.ensure(StreamsSettings.of(bootstrap, registry.url(), work.resolve("unused"), Pipeline.TOPICS, Map.of()),
                    Pipeline.TOPICS);
            writeBatch(inbox, generator, 0, expectedIds);
            try (StreamsProcess ingest = StreamsProcess.command("ingest", logs, List.of("ingest", "--bootstrap-server", bootstrap,
                         "--schema-registry", registry.url(), "--follow", "--scan-interval", "300ms", "--timeout", "180s", "--quiet",
                         inbox.toString()));
                 StreamsProcess streams = StreamsProcess.start("streams", bootstrap, registry.url(), appId, work.resolve("state"),
                         logs, CrashRestartTest.FAST_FAILOVER)) {
                streams.awaitRunning(Duration.ofMinutes(2));
                CrashRestartTest.log(started, "ingest and streams running");
                for (int batch = 1; batch < BATCHES; batch++) {
                    writeBatch(inbox, generator, batch, expectedIds);
                    Thread.sleep(1500);
                    if (batch == 4) {
                        kafka.close();
                        CrashRestartTest.log(started, "broker stopped");
                        writeBatch(inbox, generator, ++batch, expectedIds); // files arriving while Kafka is away
                        Thread.sleep(4000);
                        kafka = EmbeddedKafka.start(kafkaDir, port);
                        restarts++;
                        CrashRestartTest.log(started, "broker started again on the same port and data");
                    }
                }
                awaitKeys(bootstrap, expectedIds.size(), Duration.ofMinutes(4));
                CrashRestartTest.log(started, "every article on the input topic");
                Pipeline.awaitSettled(bootstrap, StreamsSettings.of(bootstrap, registry.url(), work.resolve("state"), Pipeline.TOPICS,
                        Map.of("application.id", appId)));
                CrashRestartTest.log(started, "streams caught up");
                assertTrue(ingest.isAlive(), "ingest --follow is still running:\n" + ingest.tail());
                assertTrue(streams.isAlive(), "streams is still running:\n" + streams.tail());
            }
            Map<String, RawArticle> published = readInput(bootstrap, registry.url());
            assertEquals(expectedIds, new TreeSet<>(published.keySet()), "every article ingested, none lost");
            Truth truth = Truth.of(published, Extractors.standard());
            Pipeline.Observed observed = Pipeline.observe(bootstrap, registry.url(), appId, work.resolve("reader-state"),
                    CrashRestartTest.FAST_FAILOVER);
            // Which reports are one meeting is identity resolution's decision (see CrashRestartTest.assertExact).
            List<Map<String, Map<String, Long>>> countsOfMeetings = Truth.countsOf(observed.meetingEvents().values());
            CrashRestartTest.assertSame(Truth.reportsPerArticle(truth.meetings()), Truth.reportsPerArticle(observed.meetingsTopic()),
                    "news.meetings: every article's reports");
            CrashRestartTest.assertSame(observed.meetingsTopic(), observed.meetingsStore(), "meetings store");
            CrashRestartTest.assertSame(countsOfMeetings.get(0), observed.meetingsPerRegion(), "meetings per region per day");
            CrashRestartTest.assertSame(countsOfMeetings.get(1), observed.meetingsPerCountry(), "meetings per country per day");
            CrashRestartTest.assertSame(countsOfMeetings.get(2), observed.meetingsPerBody(), "meetings per body per day");
            CrashRestartTest.assertSame(truth.topicsPerRegion(), observed.topicsPerRegion(), "topics per region per day");
            CrashRestartTest.assertSame(truth.topicsPerCountry(), observed.topicsPerCountry(), "topics per country per day");
            assertEquals(0, observed.deadLetters(), "no dead letters");
            System.out.printf("BrokerRestartTest: %d broker restart(s); %d articles in %d files; compared %d values (%d meetings); %d s%n",
                    restarts, expectedIds.size(), BATCHES, truth.size(), truth.meetings().size(), (System.nanoTime() - started) / 1_000_000_000);
        } finally {
            registry.close();
            kafka.close();
        }
    }

    /** One JSON-lines file of generated articles, moved into the inbox whole (ingest skips hidden files). */
    private static void writeBatch(Path inbox, ArticleGenerator generator, int batch, Set<String> ids) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = batch * PER_BATCH; i < (batch + 1) * PER_BATCH; i++) {
            ArticleGenerator.Generated g = generator.article(i);
            lines.append(GenerateCommand.jsonLine(g)).append('\n');
            ids.add(g.uri());
        }
        Path tmp = inbox.resolve(".batch-" + batch + ".tmp");
        Files.writeString(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, inbox.resolve(String.format("batch-%03d.jsonl", batch)), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitKeys(String bootstrap, int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Set<String> keys = new TreeSet<>();
            try (KafkaConsumer<String, byte[]> c = consumer(bootstrap)) {
                Pipeline.readToEnd(c, Pipeline.TOPICS.rawArticles()).forEach(r -> keys.add(r.key()));
            }
            if (keys.size() >= expected) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + keys.size() + " of " + expected + " articles on the input topic");
            }
            Thread.sleep(1000);
        }
    }

    private static Map<String, RawArticle> readInput(String bootstrap, String registryUrl) {
        KafkaAvroDeserializer avro = new KafkaAvroDeserializer();
        avro.configure(Map.of("schema.registry.url", registryUrl, "specific.avro.reader", "true"), false);
        Map<String, RawArticle> out = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> c = consumer(bootstrap)) {
            for (ConsumerRecord<String, byte[]> r : Pipeline.readToEnd(c, Pipeline.TOPICS.rawArticles())) {
                out.put(r.key(), (RawArticle) avro.deserialize(r.topic(), r.value()));
            }
        }
        return out;
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrap);
        config.put("isolation.level", "read_committed");
        config.put("enable.auto.commit", "false");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
