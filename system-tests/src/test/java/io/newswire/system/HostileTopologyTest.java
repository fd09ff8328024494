package io.newswire.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;

import io.newswire.extract.Extractors;
import io.newswire.ingest.ArticleGenerator;
import io.newswire.ingest.ArticleReader;
import io.newswire.ingest.GenerateCommand;
import io.newswire.registry.KafkaAvroSerializer;
import io.newswire.registry.MockSchemaRegistry;
import io.newswire.schema.DailyCounts;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.RawArticle;
import io.newswire.streams.runtime.StreamsSettings;
import io.newswire.streams.topology.AvroSerdes;
import io.newswire.streams.topology.DeadLetter;
import io.newswire.streams.topology.NewswireTopology;
import io.newswire.streams.topology.StoreNames;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole topology (real extractor, the production Streams settings) fed a fuzz corpus of hostile records
 * between generated articles: random bytes, wire-format headers with unknown schema ids, length prefixes that
 * claim a gigabyte, truncated records, articles of 10 MB, of thousands of names in one sentence, of random
 * code points. Every bad record is dead-lettered once with its original bytes and a reason, every article
 * around it is processed, and the aggregates equal the truth computed from the good articles alone.
 */
class HostileTopologyTest {
    static final String SCOPE = "hostile-topology";
    static final int ARTICLES = 150;

    @TempDir
    Path state;

    @Test
    void hostileRecordsAreDeadLetteredAndTheArticlesAroundThemCountExactly() {
        Map<String, String> serdeConfig = Map.of("schema.registry.url", "mock://" + SCOPE);
        Properties props = StreamsSettings.of("unused:9092", "mock://" + SCOPE, state, Pipeline.TOPICS,
                Map.of("application.id", "hostile-topology"));
        KafkaAvroSerializer avro = new KafkaAvroSerializer();
        avro.configure(serdeConfig, false);
        ArticleReader reader = new ArticleReader(ArticleReader.Options.defaults()
                .withClock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC)));
        ArticleGenerator generator = new ArticleGenerator(99);
        Random random = new Random(99);
        Map<String, RawArticle> good = new LinkedHashMap<>();
        List<TestRecord<String, byte[]>> records = new ArrayList<>();
        Map<String, byte[]> bad = new LinkedHashMap<>();
        byte[] template = avro.serialize(Pipeline.TOPICS.rawArticles(), reader.fromJsonLine("gen", GenerateCommand.jsonLine(generator.article(0))));
        int hostileArticles = 0;
        for (int i = 0; i < ARTICLES; i++) {
            RawArticle a = reader.fromJsonLine("gen", GenerateCommand.jsonLine(generator.article(i)));
            good.put(a.getId(), a);
            records.add(new TestRecord<>(a.getId(), avro.serialize(Pipeline.TOPICS.rawArticles(), a)));
            String key = "bad-" + i;
            byte[] value = switch (i % 6) {
                case 0 -> randomBytes(random, 1 + random.nextInt(500));
                case 1 -> { // magic byte, unknown schema id
                    byte[] b = randomBytes(random, 40);
                    b[0] = 0;
                    ByteBuffer.wrap(b).putInt(1, 100_000 + i);
                    yield b;
                }
                case 2 -> { // a known schema id, then a string length claiming ~1 GB
                    byte[] b = template.clone();
                    b[5] = (byte) 0xFE;
                    byte[] out = new byte[b.length + 4];
                    System.arraycopy(b, 0, out, 0, 6);
                    out[6] = (byte) 0xFF;
                    out[7] = (byte) 0xFF;
                    out[8] = (byte) 0xFF;
                    out[9] = 0x07;
                    System.arraycopy(b, 6, out, 10, b.length - 6);
                    yield out;
                }
                case 3 -> java.util.Arrays.copyOf(template, 5 + random.nextInt(template.length - 6)); // truncated
                case 4 -> "{\"id\":\"json, not Avro\",\"body_text\":\"Lavrov met Wang.\"}".getBytes(StandardCharsets.UTF_8);
                default -> null;
            };
            if (value != null) {
                bad.put(key, value);
                records.add(new TestRecord<>(key, value));
            } else { // a hostile but valid article: it is processed like any other
                RawArticle hostile = hostileArticle(a, i, random);
                good.put(hostile.getId(), hostile);
                records.add(new TestRecord<>(hostile.getId(), avro.serialize(Pipeline.TOPICS.rawArticles(), hostile)));
                hostileArticles++;
            }
        }
        Truth truth = Truth.of(good, Extractors.standard());
        try (TopologyTestDriver driver = new TopologyTestDriver(
                NewswireTopology.build(Pipeline.TOPICS, Extractors.standard(), new AvroSerdes(serdeConfig)), props)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Pipeline.TOPICS.rawArticles(), new StringSerializer(), new ByteArraySerializer());
            TestOutputTopic<String, byte[]> dlq = driver.createOutputTopic(Pipeline.TOPICS.deadLetters(), new StringDeserializer(), new ByteArrayDeserializer());
            assertTimeoutPreemptively(Duration.ofMinutes(4), () -> in.pipeRecordList(records));
            Map<String, TestRecord<String, byte[]>> deadLetters = new TreeMap<>();
            for (TestRecord<String, byte[]> r : dlq.readRecordsToList()) {
                assertFalse(deadLetters.containsKey(r.key()), "dead-lettered once: " + r.key());
                deadLetters.put(r.key(), r);
            }
            assertEquals(new TreeMap<>(bad).keySet(), deadLetters.keySet(), "every bad record, and only those, dead-lettered");
            for (Map.Entry<String, byte[]> e : bad.entrySet()) {
                TestRecord<String, byte[]> r = deadLetters.get(e.getKey());
                assertArrayEquals(e.getValue(), r.value(), "the original bytes");
                assertHeader(r, DeadLetter.STAGE);
                assertHeader(r, DeadLetter.MESSAGE);
                assertHeader(r, DeadLetter.EXCEPTION);
            }
            assertEquals(truth.meetings(), meetings(driver.getKeyValueStore(StoreNames.MEETINGS)), "meetings of the good articles");
            assertEquals(truth.meetingsPerRegion(), counts(driver.getKeyValueStore(StoreNames.MEETINGS_PER_REGION)));
            assertEquals(truth.meetingsPerCountry(), counts(driver.getKeyValueStore(StoreNames.MEETINGS_PER_COUNTRY)));
            assertFalse(truth.meetingsPerBody().isEmpty(), "the generated wire has officials of international bodies");
            assertEquals(truth.meetingsPerBody(), counts(driver.getKeyValueStore(StoreNames.MEETINGS_PER_BODY)));
            assertEquals(truth.topicsPerCountry(), counts(driver.getKeyValueStore(StoreNames.TOPICS_PER_COUNTRY)));
            System.out.printf("HostileTopologyTest: %d records (%d good articles of which %d hostile, %d undecodable); %d dead letters;"
                    + " %d values compared%n", records.size(), good.size(), hostileArticles, bad.size(), deadLetters.size(), truth.size());
        } finally {
            MockSchemaRegistry.dropScope(SCOPE);
        }
    }

    static RawArticle hostileArticle(RawArticle a, int i, Random random) {
        String body = switch ((i / 6) % 4) {
            case 0 -> a.getBody().repeat(Math.max(1, (2 * 1024 * 1024) / a.getBody().length())); // ~2 MB
            case 1 -> "Foreign Minister Sergey Lavrov met " + "Wang Yi, Antony Blinken, Ali Bagheri, ".repeat(2000) + "in Geneva.";
            case 2 -> {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < 5000; k++) {
                    sb.appendCodePoint(random.nextInt(5) == 0 ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x3000));
                }
                yield sb.toString();
            }
            default -> "(".repeat(100_000) + a.getBody();
        };
        return RawArticle.newBuilder(a).setId(a.getId() + "#hostile").setBody(body).build();
    }

    static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    static void assertHeader(TestRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        assertNotNull(h, name + " on " + r.key());
        assertTrue(h.value() != null && h.value().length > 0, name + " has a value");
    }

    static Map<String, List<String>> meetings(KeyValueStore<String, MeetingEvent> store) {
        Map<String, List<String>> out = new TreeMap<>();
        try (KeyValueIterator<String, MeetingEvent> it = store.all()) {
            it.forEachRemaining(kv -> out.put(kv.key, new ArrayList<>(kv.value.getArticleIds())));
        }
        return out;
    }

    static Map<String, Map<String, Long>> counts(KeyValueStore<String, DailyCounts> store) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        try (KeyValueIterator<String, DailyCounts> it = store.all()) {
            it.forEachRemaining(kv -> out.put(kv.key, new TreeMap<>(kv.value.getCounts())));
        }
        return out;
    }
}
