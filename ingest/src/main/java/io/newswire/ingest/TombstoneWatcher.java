package io.newswire.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the articles topic for tombstones, so that {@code ingest --follow} knows what was retracted, by
 * {@code newswire retract} on any machine or by any other producer, and does not send it again.
 *
 * <p>It reads every partition from where {@link FollowState} says it stopped (the beginning the first time),
 * joins no consumer group and commits nothing; values are not decoded, only told apart from tombstones.
 * A tombstone stays in a compacted topic for {@code delete.retention.ms} (24 h by default): a {@code --follow}
 * stopped for longer than that may miss a retraction made meanwhile (the article's key is then gone from
 * the topic altogether); raise {@code delete.retention.ms} on the topic if ingest is stopped for days.
 */
final class TombstoneWatcher implements AutoCloseable {
    private static final int MAX_REPORTED = 20;

    private final KafkaConsumer<String, byte[]> consumer;
    private final FollowState state;
    private final List<TopicPartition> partitions = new ArrayList<>();

    TombstoneWatcher(Properties producerProps, String topic, FollowState state, Duration timeout) {
        this.state = state;
        Properties p = new Properties();
        for (String name : producerProps.stringPropertyNames()) {
            if (ConsumerConfig.configNames().contains(name)) {
                p.put(name, producerProps.getProperty(name));
            }
        }
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-ingest-retractions");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        try {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            for (PartitionInfo info : infos == null ? List.<PartitionInfo>of() : infos) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            for (TopicPartition tp : partitions) {
                Long next = state.offset(tp.partition());
                if (next == null) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, next); // out of range (topic recreated, compacted away): earliest
                }
            }
        } catch (KafkaException e) {
            consumer.close(Duration.ZERO);
            throw new IngestException("cannot read topic " + topic + " for retractions: " + ArticlePublisher.rootMessage(e),
                    ExitCodes.FATAL, e);
        }
    }

    /**
     * Reads up to the end the topic had when called, bounded by {@code limit}: the retractions made while
     * ingest was stopped are known before anything is read again.
     *
     * @return the ids retracted meanwhile (at most {@value #MAX_REPORTED} named) and how many in all
     */
    Retractions catchUp(Duration limit) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, limit);
        Retractions seen = new Retractions();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && !reached(end)) {
            read(Duration.ofMillis(200), seen);
        }
        return seen;
    }

    /** What arrived since the last call, without waiting more than {@code wait}. */
    Retractions poll(Duration wait) {
        Retractions seen = new Retractions();
        read(wait, seen);
        return seen;
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        for (TopicPartition tp : partitions) {
            if (consumer.position(tp) < end.getOrDefault(tp, 0L)) {
                return false;
            }
        }
        return true;
    }

    private void read(Duration wait, Retractions seen) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(wait)) {
            if (r.key() == null) {
                continue;
            }
            if (r.value() == null) {
                state.tombstone(r.key());
                seen.add(r.key());
            } else {
                state.republished(r.key());
            }
        }
        for (TopicPartition tp : partitions) {
            state.offset(tp.partition(), consumer.position(tp));
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }

    /** Ids retracted in one read: the first few by name, and the count. */
    static final class Retractions {
        final List<String> named = new ArrayList<>();
        int count;

        void add(String id) {
            count++;
            if (named.size() < MAX_REPORTED) {
                named.add(id);
            }
        }

        String describe() {
            return count + " retraction(s): " + String.join(", ", named) + (count > named.size() ? ", …" : "");
        }
    }

}
