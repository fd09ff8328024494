package io.newswire.streams.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import io.newswire.embedded.LocalCluster;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DeadLetterProductionHandler} on a real broker (at-least-once, where a handler can skip): a record the
 * producer refuses as too large is skipped and its reference goes to the dead-letter topic; when the dead-letter
 * topic refuses the reference too (here: a 100-byte topic limit), that is logged, counted and skipped. No thread
 * dies and the input's offsets are committed past both. 12 s. (Under exactly-once a refused send aborts the
 * transaction whatever the handler says; the topology's size guard keeps such records from being sent: see
 * docs/reliability.md.)
 */
class ProductionErrorsIntegrationTest {
    @TempDir
    Path work;

    @Test
    void aRefusedRecordIsSkippedWithAReferenceAndAFailedDeadLetterIsSkippedToo() throws Exception {
        try (LocalCluster cluster = LocalCluster.start(work, 0, 0);
             Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("in", 1, (short) 1), new NewTopic("out", 1, (short) 1),
                    new NewTopic("dlq", 1, (short) 1), new NewTopic("tiny-dlq", 1, (short) 1).configs(Map.of("max.message.bytes", "100"))))
                    .all().get();
            try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of("bootstrap.servers", cluster.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                for (String key : List.of("small-1", "big", "small-2")) {
                    p.send(new ProducerRecord<>("in", key, key)).get();
                }
            }
            long refused = DeadLetterProductionHandler.tooLarge();
            long lost = DeadLetterProductionHandler.deadLettersLost();
            assertEquals(0, run(cluster, "app-dlq", "dlq"), "no thread died");
            assertEquals(3, committed(admin, "app-dlq"), "committed past the refused record");
            assertEquals(2, count(cluster, "out"), "the records around it");
            assertEquals(1, count(cluster, "dlq"), "one reference");
            assertEquals(refused + 1, DeadLetterProductionHandler.tooLarge());

            assertEquals(0, run(cluster, "app-tiny-dlq", "tiny-dlq"), "no thread died when the dead letter is refused");
            assertEquals(3, committed(admin, "app-tiny-dlq"));
            assertEquals(0, count(cluster, "tiny-dlq"));
            assertTrue(DeadLetterProductionHandler.deadLettersLost() > lost, "the lost dead letter is counted");
        }
    }

    /** Runs a topology that turns "big" into a 1.2 MB record until the input is committed; returns the thread deaths. */
    int run(LocalCluster cluster, String appId, String deadLetters) throws Exception {
        StreamsBuilder b = new StreamsBuilder();
        b.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(v -> v.equals("big") ? new byte[1_200_000] : new byte[10])
                .to("out", Produced.with(Serdes.String(), Serdes.ByteArray()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, appId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        props.put(StreamsConfig.STATE_DIR_CONFIG, work.resolve(appId).toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "200");
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetters);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class.getName());
        AtomicInteger deaths = new AtomicInteger();
        try (KafkaStreams streams = new KafkaStreams(b.build(), props);
             Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            streams.setUncaughtExceptionHandler(e -> {
                deaths.incrementAndGet();
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            });
            streams.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (committed(admin, appId) < 3 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        }
        return deaths.get();
    }

    static long committed(Admin admin, String appId) throws Exception {
        OffsetAndMetadata o = admin.listConsumerGroupOffsets(appId).partitionsToOffsetAndMetadata().get().get(new TopicPartition("in", 0));
        return o == null ? 0 : o.offset();
    }

    static int count(LocalCluster cluster, String topic) {
        Map<String, Object> c = Map.of("bootstrap.servers", cluster.bootstrapServers(), "max.partition.fetch.bytes", "4000000");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            int n = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (consumer.position(tp) < end && System.nanoTime() < deadline) {
                n += consumer.poll(Duration.ofMillis(200)).count();
            }
            return n;
        }
    }
}
