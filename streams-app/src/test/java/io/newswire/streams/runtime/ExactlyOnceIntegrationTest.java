package io.newswire.streams.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;

import io.newswire.embedded.LocalCluster;
import io.newswire.extract.Article;
import io.newswire.extract.Enrichment;
import io.newswire.extract.Extractor;
import io.newswire.registry.KafkaAvroDeserializer;
import io.newswire.registry.KafkaAvroSerializer;
import io.newswire.schema.DailyCounts;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.RawArticle;
import io.newswire.streams.topology.MeetingIdentity;
import io.newswire.streams.topology.ScriptedExtractor;
import io.newswire.streams.topology.StoreNames;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology on a real broker with exactly-once: a few hundred articles, some of them
 * reported twice by different wires, some corrected and some retracted; the aggregates in
 * the stores and the meetings on the output topic must equal what is computed directly
 * from the extractor's output.
 */
class ExactlyOnceIntegrationTest {
    private static final String[] CITIES = {
            "New York,US,Americas,Northern America", "Moscow,RU,Europe,Eastern Europe",
            "Beijing,CN,Asia,Eastern Asia", "Addis Ababa,ET,Africa,Sub-Saharan Africa", "-"};
    private static final String[] PEOPLE = {"Ann Abbot,US", "Boris Borin,RU", "Chen Wei,CN", "Dawit Alemu,ET",
            "Eva Ek,SE", "Femi Ade,NG", "Gil Gal,IL", "Hana Kim,KR"};

    @TempDir
    Path work;

    @Test
    void aggregatesEqualTheCountsComputedFromTheExtractorsOutput() throws Exception {
        Random random = new Random(42);
        Map<String, String> finalText = new LinkedHashMap<>();   // article id -> text still published
        List<KeyValue<String, String>> sends = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String id = "article-" + i;
            String text = randomArticle(random);
            sends.add(KeyValue.pair(id, text));
            finalText.put(id, text);
            if (i % 10 == 3) { // another wire reports the same meetings
                sends.add(KeyValue.pair(id + "-copy", text));
                finalText.put(id + "-copy", text);
            }
            if (i % 17 == 5) { // a correction: same id, new text
                String corrected = randomArticle(random);
                sends.add(KeyValue.pair(id, corrected));
                finalText.put(id, corrected);
            }
            if (i % 23 == 7) { // a retraction
                sends.add(KeyValue.pair(id, null));
                finalText.remove(id);
            }
        }

        Extractor extractor = new ScriptedExtractor();
        LocalDate published = LocalDate.of(2024, 5, 2);
        try (LocalCluster cluster = LocalCluster.start(work, 0, 0)) {
            Properties props = StreamsSettings.of(cluster.bootstrapServers(), cluster.registryUrl(), work.resolve("state"),
                    TopicNames.DEFAULTS, Map.of(StreamsSettings.PARTITIONS, "3"));
            PipelineTopics.ensure(props, TopicNames.DEFAULTS);
            publish(cluster, sends, published);
            try (StreamsRunner runner = StreamsRunner.start(props, TopicNames.DEFAULTS, extractor)) {
                runner.awaitRunning(Duration.ofMinutes(1));
                CaughtUp.await(props, TopicNames.DEFAULTS, Duration.ofMinutes(3));

                Expected expected = Expected.from(finalText, extractor, published);
                assertEquals(expected.perRegion, allCounts(runner.store(StoreNames.MEETINGS_PER_REGION)));
                assertEquals(expected.perCountry, allCounts(runner.store(StoreNames.MEETINGS_PER_COUNTRY)));
                assertEquals(expected.topicsPerCountry, allCounts(runner.store(StoreNames.TOPICS_PER_COUNTRY)));
                Map<String, MeetingEvent> onTopic = readMeetings(cluster);
                assertEquals(expected.mentions, mentionsOf(onTopic), "every meeting once, with every article reporting it");
                assertTrue(expected.mentions.size() >= 60, "the test exercises many meetings: " + expected.mentions.size());
                assertTrue(expected.mentions.values().stream().anyMatch(articles -> articles.size() >= 3),
                        "and meetings reported by several articles");
            }
        }
    }

    /** What the aggregates must hold, computed with plain maps from the extractor's output. */
    private record Expected(Map<String, Map<String, Long>> perRegion, Map<String, Map<String, Long>> perCountry,
                            Map<String, Map<String, Long>> topicsPerCountry, Map<String, List<String>> mentions) {
        static Expected from(Map<String, String> articles, Extractor extractor, LocalDate published) {
            Map<String, Enrichment.Meeting> meetings = new HashMap<>();
            Map<String, List<String>> mentions = new TreeMap<>();
            Map<String, Map<String, Long>> topics = new TreeMap<>();
            for (Map.Entry<String, String> a : articles.entrySet()) {
                Enrichment e = extractor.extract(new Article(a.getKey(), a.getValue(), published, null));
                for (Enrichment.Meeting m : e.meetings()) {
                    String id = idOf(m, published);
                    meetings.put(id, m);
                    List<String> ids = mentions.computeIfAbsent(id, k -> new ArrayList<>());
                    if (!ids.contains(a.getKey())) {
                        ids.add(a.getKey());
                    }
                }
                // A country discussed twice in one article is one topic event of that article.
                for (String code : e.topics().countries().stream().map(Enrichment.Country::code).distinct().toList()) {
                    topics.computeIfAbsent(published.toString(), d -> new TreeMap<>()).merge(code, 1L, Long::sum);
                }
            }
            mentions.values().forEach(l -> l.sort(null));
            Map<String, Map<String, Long>> perRegion = new TreeMap<>();
            Map<String, Map<String, Long>> perCountry = new TreeMap<>();
            for (Enrichment.Meeting m : meetings.values()) {
                if (m.status() != Enrichment.Status.HELD) {
                    continue;
                }
                String day = (m.date() != null ? m.date() : published).toString();
                String bucket = m.kind() != Enrichment.Kind.IN_PERSON ? "REMOTE"
                        : m.location() == null ? "UNKNOWN" : m.location().region() + "/" + m.location().subregion();
                perRegion.computeIfAbsent(day, d -> new TreeMap<>()).merge(bucket, 1L, Long::sum);
                m.participants().stream().map(Enrichment.Participant::country).filter(c -> c != null).distinct()
                        .forEach(c -> perCountry.computeIfAbsent(day, d -> new TreeMap<>()).merge(c, 1L, Long::sum));
            }
            return new Expected(perRegion, perCountry, topics, mentions);
        }

        private static String idOf(Enrichment.Meeting m, LocalDate published) {
            List<io.newswire.schema.Participant> ps = new ArrayList<>();
            m.participants().forEach(p -> ps.add(new io.newswire.schema.Participant(p.name(), p.title(), p.organization(), p.country(), p.body())));
            return MeetingIdentity.of(ps, m.date() != null ? m.date() : published, io.newswire.schema.MeetingKind.valueOf(m.kind().name()));
        }
    }

    /**
     * Articles report meetings from one pool of distinct real-world meetings, so a meeting's
     * status and venue do not depend on which article reports it.
     */
    private static final List<String> POOL = meetingPool(new Random(7), 120);

    private static List<String> meetingPool(Random random, int size) {
        Map<String, String> byIdentity = new LinkedHashMap<>();
        while (byIdentity.size() < size) {
            String status = random.nextInt(5) == 0 ? "PLANNED" : "HELD";
            String kind = random.nextInt(4) == 0 ? "CALL" : "IN_PERSON";
            // Distinct meetings in identity resolution's eyes too (issue 17): one pair of people meets at most once
            // in two days, and every meeting is dated (an undated report would fit the dated ones around it).
            String date = LocalDate.of(2024, 5, 1).minusDays(2L * random.nextInt(20)).toString();
            String city = kind.equals("CALL") ? "-" : CITIES[random.nextInt(CITIES.length)];
            int a = random.nextInt(PEOPLE.length);
            int b = (a + 1 + random.nextInt(PEOPLE.length - 1)) % PEOPLE.length;
            String identity = Math.min(a, b) + "-" + Math.max(a, b) + "-" + date;
            byIdentity.putIfAbsent(identity, "MEETING " + status + " " + kind + " " + date + " " + city
                    + " | " + PEOPLE[a] + " | " + PEOPLE[b] + "\n");
        }
        return new ArrayList<>(byIdentity.values());
    }

    private static String randomArticle(Random random) {
        StringBuilder text = new StringBuilder();
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
            text.append(POOL.get(random.nextInt(POOL.size())));
        }
        for (int t = random.nextInt(3); t > 0; t--) {
            text.append(random.nextBoolean() ? "TOPIC AF Afghanistan Asia,Southern Asia\n" : "TOPIC ML Mali Africa,Sub-Saharan Africa\n");
        }
        return text.toString();
    }

    private static void publish(LocalCluster cluster, List<KeyValue<String, String>> sends, LocalDate published) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", "schema.registry.url", cluster.registryUrl());
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(config, false);
        List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(config, new StringSerializer(), serializer)) {
            for (KeyValue<String, String> send : sends) {
                RawArticle value = send.value == null ? null : RawArticle.newBuilder().setId(send.key).setPublished(published)
                        .setReceivedAt(Instant.parse("2024-05-02T10:00:00Z")).setBody(send.value).build();
                acks.add(producer.send(new ProducerRecord<>(TopicNames.DEFAULTS.rawArticles(), send.key, value)));
            }
            producer.flush();
            for (java.util.concurrent.Future<?> ack : acks) {
                ack.get(); // the truth assumes every input was published: fail here, not in a count
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("publishing the test articles failed", e);
        }
    }

    private static Map<String, Map<String, Long>> allCounts(ReadOnlyKeyValueStore<String, DailyCounts> store) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        try (KeyValueIterator<String, DailyCounts> it = store.all()) {
            it.forEachRemaining(kv -> out.put(kv.key, new TreeMap<>(kv.value.getCounts())));
        }
        return out;
    }

    private static Map<String, MeetingEvent> readMeetings(LocalCluster cluster) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "meeting-reader", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                "schema.registry.url", cluster.registryUrl(), "specific.avro.reader", "true");
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(config, false);
        Map<String, MeetingEvent> latest = new HashMap<>();
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config, new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(TopicNames.DEFAULTS.meetings()));
            long quietSince = System.currentTimeMillis();
            while (System.currentTimeMillis() - quietSince < 3000) {
                for (ConsumerRecord<String, Object> r : consumer.poll(Duration.ofMillis(300))) {
                    latest.put(r.key(), (MeetingEvent) r.value());
                    quietSince = System.currentTimeMillis();
                }
            }
        }
        latest.values().removeIf(v -> v == null);
        return latest;
    }

    private static Map<String, List<String>> mentionsOf(Map<String, MeetingEvent> meetings) {
        Map<String, List<String>> out = new TreeMap<>();
        meetings.forEach((id, m) -> out.put(id, new ArrayList<>(m.getArticleIds())));
        return out;
    }
}
