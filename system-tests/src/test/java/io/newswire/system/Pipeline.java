package io.newswire.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.newswire.extract.Extractors;
import io.newswire.registry.KafkaAvroDeserializer;
import io.newswire.registry.KafkaAvroSerializer;
import io.newswire.schema.DailyCounts;
import io.newswire.schema.MeetingEvent;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.runtime.StreamsRunner;
import io.newswire.streams.runtime.StreamsSettings;
import io.newswire.streams.topology.StoreNames;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Publishing a corpus and reading back everything the pipeline produced. */
public final class Pipeline {
    public static final TopicNames TOPICS = TopicNames.DEFAULTS;

    private Pipeline() {}

    /** What the pipeline holds at the end: the stores (via a fresh instance), the meetings topic, the dead letters. */
    public record Observed(Map<String, Map<String, Long>> meetingsPerRegion, Map<String, Map<String, Long>> meetingsPerCountry,
                           Map<String, Map<String, Long>> meetingsPerBody, Map<String, Map<String, Long>> topicsPerRegion, Map<String, Map<String, Long>> topicsPerCountry,
                           Map<String, List<String>> meetingsStore, Map<String, List<String>> meetingsTopic, long deadLetters,
                           long inputRecords, Map<String, MeetingEvent> meetingEvents) {}

    /** Publishes {@code sends} in order (idempotent producer, acks=all), articles through the registry serializer. */
    public static void publish(String bootstrap, String registryUrl, List<Corpus.Send> sends) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
        config.put("schema.registry.url", registryUrl);
        KafkaAvroSerializer avro = new KafkaAvroSerializer();
        avro.configure(config, false);
        List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> acks = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (Corpus.Send s : sends) {
                byte[] value = s.isGarbage() ? s.garbage() : s.article() == null ? null : avro.serialize(TOPICS.rawArticles(), s.article());
                acks.add(producer.send(new ProducerRecord<>(TOPICS.rawArticles(), s.key(), value)));
            }
            producer.flush();
            // Every send is checked: a lost input record would otherwise look like a pipeline that lost an article.
            for (var ack : acks) {
                ack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the broker refused an input record: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Reads the results once the application {@code appId} has caught up: the stores through a new in-process
     * instance with an empty state folder (so the stores are rebuilt from their changelog topics), the
     * meetings topic and the dead-letter topic with read_committed consumers.
     */
    public static Observed observe(String bootstrap, String registryUrl, String appId, Path stateDir, Map<String, String> extra)
            throws InterruptedException {
        Map<String, String> overrides = new HashMap<>(extra);
        overrides.put("application.id", appId);
        Properties props = StreamsSettings.of(bootstrap, registryUrl, stateDir, TOPICS, overrides);
        try (StreamsRunner runner = StreamsRunner.start(props, TOPICS, Extractors.standard())) {
            runner.awaitRunning(Duration.ofMinutes(3));
            awaitSettled(bootstrap, props);
            Map<String, MeetingEvent> events = readMeetingEvents(bootstrap, registryUrl);
            Map<String, List<String>> topic = new TreeMap<>();
            events.forEach((id, m) -> topic.put(id, new ArrayList<>(m.getArticleIds())));
            long dlq = countRecords(bootstrap, TOPICS.deadLetters());
            long input = countRecords(bootstrap, TOPICS.rawArticles());
            return new Observed(counts(runner, StoreNames.MEETINGS_PER_REGION), counts(runner, StoreNames.MEETINGS_PER_COUNTRY),
                    counts(runner, StoreNames.MEETINGS_PER_BODY),
                    counts(runner, StoreNames.TOPICS_PER_REGION), counts(runner, StoreNames.TOPICS_PER_COUNTRY),
                    meetingsStore(runner), topic, dlq, input, events);
        }
    }

    /**
     * Waits until no transaction is open on the cluster, then until the application has caught up. A SIGKILLed
     * instance leaves its transaction open until the broker aborts it (transaction.timeout.ms, 10 s under
     * Streams' exactly-once); until then the last stable offset of the partitions it wrote is stuck, so
     * read_committed readers, and committed-offset lag, see only the records before it.
     */
    public static void awaitSettled(String bootstrap, Properties props) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            while (true) {
                List<TransactionListing> open = new ArrayList<>();
                try {
                    for (TransactionListing t : admin.listTransactions().all().get()) {
                        if (t.state() == TransactionState.ONGOING || t.state() == TransactionState.PREPARE_ABORT
                                || t.state() == TransactionState.PREPARE_COMMIT || t.state() == TransactionState.PREPARE_EPOCH_FENCE) {
                            open.add(t);
                        }
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
                if (open.isEmpty()) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("transactions still open: " + open);
                }
                Thread.sleep(250);
            }
        }
        CaughtUp.await(props, TOPICS, Duration.ofMinutes(5));
    }

    private static Map<String, Map<String, Long>> counts(StreamsRunner runner, String store) {
        ReadOnlyKeyValueStore<String, DailyCounts> s = runner.store(store);
        Map<String, Map<String, Long>> out = new TreeMap<>();
        try (KeyValueIterator<String, DailyCounts> it = s.all()) {
            it.forEachRemaining(kv -> out.put(kv.key, new TreeMap<>(kv.value.getCounts())));
        }
        return out;
    }

    private static Map<String, List<String>> meetingsStore(StreamsRunner runner) {
        ReadOnlyKeyValueStore<String, MeetingEvent> s = runner.store(StoreNames.MEETINGS);
        Map<String, List<String>> out = new TreeMap<>();
        try (KeyValueIterator<String, MeetingEvent> it = s.all()) {
            it.forEachRemaining(kv -> out.put(kv.key, new ArrayList<>(kv.value.getArticleIds())));
        }
        return out;
    }

    /** The latest value of every key of news.meetings (tombstones drop the key), read_committed, to the end. */
    public static Map<String, List<String>> readMeetings(String bootstrap, String registryUrl) {
        Map<String, List<String>> out = new TreeMap<>();
        readMeetingEvents(bootstrap, registryUrl).forEach((id, m) -> out.put(id, new ArrayList<>(m.getArticleIds())));
        return out;
    }

    /** The latest event of every meeting on news.meetings (tombstones drop the key), read_committed, to the end. */
    public static Map<String, MeetingEvent> readMeetingEvents(String bootstrap, String registryUrl) {
        Map<String, Object> config = consumerConfig(bootstrap);
        config.put("schema.registry.url", registryUrl);
        config.put("specific.avro.reader", "true");
        KafkaAvroDeserializer avro = new KafkaAvroDeserializer();
        avro.configure(config, false);
        Map<String, MeetingEvent> latest = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            for (ConsumerRecord<String, byte[]> r : readToEnd(consumer, TOPICS.meetings())) {
                if (r.value() == null) {
                    latest.remove(r.key());
                } else {
                    latest.put(r.key(), (MeetingEvent) avro.deserialize(r.topic(), r.value()));
                }
            }
        }
        return latest;
    }

    /** Committed records of a topic. */
    public static long countRecords(String bootstrap, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrap), new StringDeserializer(), new ByteArrayDeserializer())) {
            return readToEnd(consumer, topic).size();
        }
    }

    /** Every committed record of a topic, up to the end offsets read at the start. */
    public static List<ConsumerRecord<String, byte[]>> readToEnd(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions); // the last stable offset under read_committed
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + topic + " to its end " + end);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(out::add);
        }
        return out;
    }

    private static Map<String, Object> consumerConfig(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return config;
    }
}
