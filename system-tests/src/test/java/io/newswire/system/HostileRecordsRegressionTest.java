package io.newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.embedded.LocalCluster;
import io.newswire.extract.Extractors;
import io.newswire.ingest.IngestCommand;
import io.newswire.registry.KafkaAvroDeserializer;
import io.newswire.registry.KafkaAvroSerializer;
import io.newswire.schema.RawArticle;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.runtime.StreamsRunner;
import io.newswire.streams.runtime.StreamsSettings;
import io.newswire.streams.serving.ServingMetrics;
import io.newswire.streams.serving.ServingServer;
import io.newswire.streams.topology.DeadLetter;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, ways 1 and 2, on a real broker and registry with exactly-once, as the probe did them:
 * <ol>
 * <li>an ordinary 800 KB text file repeating one meeting sentence 9,000 times, published with {@code ingest}
 *     (before: a 1.3 MB internal record the producer refused, the thread dying on it forever);</li>
 * <li>a writer schema registered with an extra {@code array<null>} field and records whose 3-byte blocks each
 *     claim 1,000,000 items, 60 KB and 2 MiB (before: 80 s and about 40 minutes of decoding, then a valid
 *     article);</li>
 * </ol>
 * then ordinary articles. Everything after is processed, the pipeline stays RUNNING with no thread death and
 * ready, the hostile records are dead letters (the 2 MiB one a reference), and the stores, rebuilt from their
 * changelogs, equal the truth computed from the extractor's output on every decodable article.
 */
@Tag("reliability")
class HostileRecordsRegressionTest {
    static final String SENTENCE = "Sergey Lavrov met Wang Yi in Beijing on Tuesday to discuss the situation in Afghanistan. ";
    static final String[] ORDINARY = {
            "Russian Deputy Foreign Minister Sergey Vershinin met UN Under-Secretary-General Rosemary DiCarlo in New York on Monday.",
            "Foreign Minister Antony Blinken held talks with Foreign Minister Jaishankar in Washington on Wednesday.",
            "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Thursday to discuss Ukraine.",
            "Secretary-General Antonio Guterres spoke by phone with President Cyril Ramaphosa on Friday.",
            "Prime Minister Narendra Modi met President Xi Jinping in Kazan on Tuesday.",
            "Foreign Minister Wang Yi met Foreign Minister Hakan Fidan in Ankara on Saturday."};
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void theProbesArticleAndRecordsLeaveThePipelineRunningAndTheNextArticlesCounted() throws Exception {
        long started = System.nanoTime();
        try (LocalCluster cluster = LocalCluster.start(work.resolve("cluster"), 0, 0)) {
            String bootstrap = cluster.bootstrapServers();
            String registry = cluster.registryUrl();
            Path files = Files.createDirectories(work.resolve("files"));
            Map<String, String> overrides = new HashMap<>();
            overrides.put(StreamsConfig.APPLICATION_ID_CONFIG, "hostile-records");
            // The topics as `newswire broker` creates them (the raw topic takes records up to 2 MiB).
            PipelineTopics.ensure(StreamsSettings.of(bootstrap, registry, work.resolve("state"), Pipeline.TOPICS, overrides), Pipeline.TOPICS);
            // Way 1: the probe's article, through ingest as a user publishes it, then ordinary ones.
            Path probe = files.resolve("probe.txt");
            Files.writeString(probe, "Lavrov and Wang meet in Beijing\n\n" + SENTENCE.repeat(9_000));
            assertTrue(Files.size(probe) > 800_000 && Files.size(probe) < 1024 * 1024, "under ingest's 1 MiB limit: " + Files.size(probe));
            ingest(bootstrap, registry, probe);
            ingest(bootstrap, registry, write(files, 0, 3));
            // Way 2: records of a writer schema with an extra array<null> field, 60 KB and 2 MiB.
            Map<String, byte[]> hostile = new LinkedHashMap<>();
            hostile.put("null-blocks-60k", nullBlocks(registry, 20_000));
            hostile.put("null-blocks-2m", nullBlocks(registry, (2 * 1024 * 1024 - 1_000) / 3));
            produceRaw(bootstrap, hostile);
            ingest(bootstrap, registry, write(files, 3, ORDINARY.length));

            try (ServingMetrics metrics = new ServingMetrics();
                 ServingServer server = ServingServer.start("127.0.0.1", 0, metrics)) {
                overrides.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:" + server.port());
                Properties props = StreamsSettings.of(bootstrap, registry, work.resolve("state"), Pipeline.TOPICS, overrides);
                long processing;
                try (StreamsRunner runner = StreamsRunner.start(props, Pipeline.TOPICS, Extractors.standard(), metrics)) {
                    metrics.bind(runner.streams());
                    server.attach(runner);
                    runner.awaitRunning(Duration.ofMinutes(2));
                    long from = System.nanoTime();
                    CaughtUp.await(props, Pipeline.TOPICS, Duration.ofMinutes(5));
                    processing = (System.nanoTime() - from) / 1_000_000;
                    assertEquals(KafkaStreams.State.RUNNING, runner.streams().state());
                    JsonNode ready = health(server, "/health/ready");
                    assertEquals("UP", ready.get("status").asText(), ready.toString());
                    assertTrue(ready.has("threadDeaths") && ready.get("threadDeaths").asInt() == 0, "no stream thread died: " + ready);
                    String scrape = metrics.scrape();
                    assertTrue(scrape.contains("newswire_dead_letters_total{stage=\"deserialize\"} 2.0"), "two dead letters counted");
                }

                // The dead letters: both hostile records, at stage deserialize; the 2 MiB one as a reference.
                Map<String, ConsumerRecord<String, byte[]>> dead = new TreeMap<>();
                try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
                    for (ConsumerRecord<String, byte[]> r : Pipeline.readToEnd(consumer, Pipeline.TOPICS.deadLetters())) {
                        dead.put(r.key(), r);
                    }
                }
                assertEquals(new TreeMap<>(hostile).keySet(), dead.keySet(), "the hostile records, and only those, are dead letters");
                for (ConsumerRecord<String, byte[]> r : dead.values()) {
                    assertEquals("deserialize", header(r, DeadLetter.STAGE));
                    assertTrue(header(r, DeadLetter.MESSAGE).contains("blocks, items and nulls"), header(r, DeadLetter.MESSAGE));
                }
                assertEquals(hostile.get("null-blocks-60k").length, dead.get("null-blocks-60k").value().length, "small enough: the bytes");
                assertNull(dead.get("null-blocks-2m").value(), "2 MiB: a reference");
                assertTrue(header(dead.get("null-blocks-2m"), DeadLetter.PAYLOAD).startsWith("omitted: "));

                // Everything else equals the truth, the stores rebuilt from their changelogs by a fresh instance.
                Map<String, RawArticle> articles = decodableArticles(bootstrap, registry);
                assertEquals(1 + ORDINARY.length, articles.size());
                Truth truth = Truth.of(articles, Extractors.standard());
                for (RawArticle a : articles.values()) {
                    assertTrue(truth.meetings().values().stream().anyMatch(ids -> ids.contains(a.getId())),
                            "the test's premise: every article reports a meeting: " + a.getBody().substring(0, 80));
                }
                Pipeline.Observed seen = Pipeline.observe(bootstrap, registry, "hostile-records", work.resolve("state-check"), overrides);
                // Which reports are one meeting is identity resolution's decision (see CrashRestartTest.assertExact).
                assertEquals(Truth.reportsPerArticle(truth.meetings()), Truth.reportsPerArticle(seen.meetingsStore()),
                        "meetings store: every article counted, the probe's too");
                assertEquals(seen.meetingsStore(), seen.meetingsTopic(), "news.meetings");
                List<Map<String, Map<String, Long>>> countsOfMeetings = Truth.countsOf(seen.meetingEvents().values());
                assertEquals(countsOfMeetings.get(0), seen.meetingsPerRegion());
                assertEquals(countsOfMeetings.get(1), seen.meetingsPerCountry());
                assertEquals(countsOfMeetings.get(2), seen.meetingsPerBody());
                assertEquals(truth.topicsPerCountry(), seen.topicsPerCountry());
                System.out.printf("HostileRecordsRegressionTest: %d articles (probe %d bytes) and hostile records of %d and %d bytes"
                                + " processed in %d ms after start; %d meetings compared; %d s in all%n",
                        articles.size(), Files.size(probe), hostile.get("null-blocks-60k").length, hostile.get("null-blocks-2m").length,
                        processing, truth.meetings().size(), (System.nanoTime() - started) / 1_000_000_000);
            }
        }
    }

    static Path[] write(Path dir, int from, int to) throws Exception {
        List<Path> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(Files.writeString(dir.resolve("ordinary-" + i + ".txt"), "Talks\n\n" + ORDINARY[i] + "\n"));
        }
        return out.toArray(Path[]::new);
    }

    static void ingest(String bootstrap, String registry, Path... sources) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-server", bootstrap, "--schema-registry", registry, "--quiet"));
        for (Path p : sources) {
            args.add(p.toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = IngestCommand.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, "ingest " + args + ": " + err.toString(StandardCharsets.UTF_8));
    }

    /** A RawArticle under a writer schema with an extra array<null> field, whose blocks each claim 1,000,000 nulls. */
    static byte[] nullBlocks(String registry, int blocks) {
        Schema raw = RawArticle.getClassSchema();
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : raw.getFields()) {
            fields.add(new Schema.Field(f, f.schema()));
        }
        fields.add(new Schema.Field("padding", Schema.createArray(Schema.create(Schema.Type.NULL)), null, Collections.emptyList()));
        Schema writer = Schema.createRecord(raw.getName(), raw.getDoc(), raw.getNamespace(), false, fields);
        GenericRecord r = new GenericData.Record(writer);
        r.put("id", "null-blocks");
        r.put("body", "Lena Marsh met Tomas Brandt in Vienna on Monday.");
        r.put("receivedAt", 0L);
        r.put("padding", new GenericData.Array<>(0, writer.getField("padding").schema()));
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(Map.of("schema.registry.url", registry), false);
        byte[] honest = serializer.serialize(Pipeline.TOPICS.rawArticles(), r); // registered: the registry takes it, compatible
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(honest, 0, honest.length - 1); // without the empty array's terminator
        for (int i = 0; i < blocks; i++) {
            out.write(new byte[] {(byte) 0x80, (byte) 0x89, (byte) 0x7a}, 0, 3); // zigzag varint of 1,000,000
        }
        out.write(0);
        return out.toByteArray();
    }

    static void produceRaw(String bootstrap, Map<String, byte[]> records) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "2097152");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (Map.Entry<String, byte[]> e : records.entrySet()) {
                producer.send(new ProducerRecord<>(Pipeline.TOPICS.rawArticles(), e.getKey(), e.getValue())).get();
            }
        }
    }

    static Map<String, RawArticle> decodableArticles(String bootstrap, String registry) {
        KafkaAvroDeserializer avro = new KafkaAvroDeserializer();
        avro.configure(Map.of("schema.registry.url", registry, "specific.avro.reader", "true"), false);
        Map<String, RawArticle> out = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
            for (ConsumerRecord<String, byte[]> r : Pipeline.readToEnd(consumer, Pipeline.TOPICS.rawArticles())) {
                if (!r.key().startsWith("null-blocks")) {
                    out.put(r.key(), (RawArticle) avro.deserialize(r.topic(), r.value()));
                }
            }
        }
        return out;
    }

    static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "4194304");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    static JsonNode health(ServingServer server, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }
}
