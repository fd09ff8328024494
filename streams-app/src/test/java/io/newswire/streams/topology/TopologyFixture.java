package io.newswire.streams.topology;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.newswire.extract.Extractor;
import io.newswire.registry.KafkaAvroSerializer;
import io.newswire.registry.MockSchemaRegistry;
import io.newswire.schema.ArticleFootprint;
import io.newswire.schema.CountChanges;
import io.newswire.schema.DailyCounts;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingReports;
import io.newswire.schema.RawArticle;
import io.newswire.schema.TopicEvent;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The whole topology in a {@link TopologyTestDriver}, spoken in the pipeline's terms: publish and retract
 * articles, read what went out on the public topics, read the stores by what they hold. Topic and internal
 * names stay here, so a test reads like the behaviour it checks.
 *
 * <p>Each fixture has its own mock:// registry scope (dropped on {@link #close()}), so tests do not share
 * schema ids. Output topics are read-once, as with {@link TestOutputTopic}: a read consumes what it returns.
 */
final class TopologyFixture implements AutoCloseable {
    private final String scope;
    private final Map<String, String> serdeConfig;
    private final AvroSerdes avro;
    private final TopologyTestDriver driver;
    private final KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    private final TestInputTopic<String, RawArticle> articles;
    private final TestInputTopic<String, byte[]> articleBytes;
    private final TestOutputTopic<String, MeetingEvent> meetings;
    private final TestOutputTopic<String, TopicEvent> topics;
    private final TestOutputTopic<String, byte[]> deadLetters;
    private final TestOutputTopic<String, CountChanges> countChanges;

    /** The topology of {@link TopicNames#DEFAULTS} with {@code extractor}; {@code scope} names the registry and the application. */
    TopologyFixture(String scope, Extractor extractor) {
        this(scope, extractor, 0.0);
    }

    /** The same, dropping meetings below {@code minConfidence} ({@link StreamsSettings#MIN_CONFIDENCE}). */
    TopologyFixture(String scope, Extractor extractor, double minConfidence) {
        this.scope = scope;
        this.serdeConfig = Map.of("schema.registry.url", "mock://" + scope);
        this.avro = new AvroSerdes(serdeConfig);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, scope);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        // A folder of its own: two builds on one machine (or two fixtures of one scope) never share a store.
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir(scope));
        TopicNames names = TopicNames.DEFAULTS;
        driver = new TopologyTestDriver(NewswireTopology.build(names, extractor, avro, PipelineMetrics.NONE, minConfidence), props);
        serializer.configure(serdeConfig, false);
        articles = driver.createInputTopic(names.rawArticles(), new StringSerializer(), serializer::serialize);
        articleBytes = driver.createInputTopic(names.rawArticles(), new StringSerializer(), new ByteArraySerializer());
        meetings = driver.createOutputTopic(names.meetings(), new StringDeserializer(), avro.serde(MeetingEvent.class).deserializer());
        topics = driver.createOutputTopic(names.topics(), new StringDeserializer(), avro.serde(TopicEvent.class).deserializer());
        deadLetters = driver.createOutputTopic(names.deadLetters(), new StringDeserializer(), Serdes.ByteArray().deserializer());
        // Created up front: the driver keeps what goes to a topic from the start either way, this only names it once.
        countChanges = driver.createOutputTopic(scope + "-" + NewswireTopology.COUNT_CHANGES_BY_DAY + "-repartition",
                new StringDeserializer(), avro.serde(CountChanges.class).deserializer());
    }

    AvroSerdes avro() {
        return avro;
    }

    /** The bytes of {@code value} as a producer with this fixture's registry would send them (any Avro record). */
    byte[] encoded(SpecificRecord value) {
        return serializer.serialize(TopicNames.DEFAULTS.rawArticles(), value);
    }

    // ---- input ----

    /** A new article or a new version of it (same id): keyed by its id. */
    void publish(RawArticle article) {
        articles.pipeInput(article.getId().toString(), article);
    }

    /** The tombstone of article {@code id}. */
    void retract(String id) {
        articles.pipeInput(id, (RawArticle) null);
    }

    /** Any bytes as the value of {@code id} on the raw-article topic (garbage, another schema, ...). */
    void publishBytes(String id, byte[] value) {
        articleBytes.pipeInput(id, value);
    }

    // ---- output topics (each read consumes) ----

    /** Each meeting's last state on the meetings topic since the last read; a tombstoned meeting maps to null. */
    Map<String, MeetingEvent> latestMeetings() {
        Map<String, MeetingEvent> latest = new LinkedHashMap<>();
        meetings.readRecordsToList().forEach(r -> latest.put(r.key(), r.value()));
        return latest;
    }

    /** Every meeting record (state or tombstone) since the last read, in order. */
    List<TestRecord<String, MeetingEvent>> meetingChanges() {
        return meetings.readRecordsToList();
    }

    boolean noMeetingChanges() {
        return meetings.isEmpty();
    }

    /** Each topic event's last state on the topics topic since the last read; a withdrawn one maps to null. */
    Map<String, TopicEvent> latestTopics() {
        Map<String, TopicEvent> latest = new LinkedHashMap<>();
        topics.readRecordsToList().forEach(r -> latest.put(r.key(), r.value()));
        return latest;
    }

    boolean noTopicChanges() {
        return topics.isEmpty();
    }

    /** The dead letters since the last read, in order. */
    List<TestRecord<String, byte[]>> deadLetters() {
        return deadLetters.readRecordsToList();
    }

    boolean noDeadLetters() {
        return deadLetters.isEmpty();
    }

    /** The count changes sent to the by-day repartition since the last read, keyed by day. */
    List<TestRecord<String, CountChanges>> countChangesByDay() {
        return countChanges.readRecordsToList();
    }

    /** A header of a dead letter as text, null when absent. */
    static String header(TestRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    // ---- stores ----

    /** The counts of {@code day} in the daily-count store {@code store} ({@link StoreNames}); empty when none. */
    Map<String, Long> counts(String store, String day) {
        DailyCounts counts = dailyCounts(store, day);
        return counts == null ? Map.of() : Map.copyOf(counts.getCounts());
    }

    /** The stored value of {@code day} in {@code store} as is, null when the day has no entry. */
    DailyCounts dailyCounts(String store, String day) {
        return driver.<String, DailyCounts>getKeyValueStore(store).get(day);
    }

    /** The meeting {@code id} as the meetings store holds it, null when no article reports it. */
    MeetingEvent meeting(String id) {
        return driver.<String, MeetingEvent>getKeyValueStore(StoreNames.MEETINGS).get(id);
    }

    /** Every meeting in the meetings store, by id. */
    Map<String, MeetingEvent> storedMeetings() {
        Map<String, MeetingEvent> all = new LinkedHashMap<>();
        KeyValueStore<String, MeetingEvent> store = driver.getKeyValueStore(StoreNames.MEETINGS);
        try (KeyValueIterator<String, MeetingEvent> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, MeetingEvent> kv = it.next();
                all.put(kv.key, kv.value);
            }
        }
        return all;
    }

    /** What the topology keeps of article {@code id} to diff its next version, null when it holds nothing. */
    ArticleFootprint footprint(String articleId) {
        return driver.<String, ArticleFootprint>getKeyValueStore(ArticleReports.FOOTPRINTS_STORE).get(articleId);
    }

    /** The articles' reports kept for meeting {@code id}, null when none. */
    MeetingReports reportsOf(String meetingId) {
        KeyValueStore<String, MeetingReports> clusters = driver.getKeyValueStore(MeetingResolver.CLUSTERS_STORE);
        try (KeyValueIterator<String, MeetingReports> it = clusters.all()) {
            while (it.hasNext()) {
                MeetingReports cluster = it.next().value;
                if (cluster.getMeetingId().equals(meetingId)) {
                    return cluster;
                }
            }
        }
        return null;
    }

    private static String stateDir(String scope) {
        try {
            return java.nio.file.Files.createTempDirectory("topology-" + scope).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
        MockSchemaRegistry.dropScope(scope);
    }
}
