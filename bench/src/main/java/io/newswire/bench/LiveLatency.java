package io.newswire.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.newswire.embedded.LocalCluster;
import io.newswire.extract.Extractors;
import io.newswire.ingest.ArticlePublisher;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.runtime.StreamsRunner;
import io.newswire.streams.topology.StoreNames;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Publish-to-aggregate latency at a steady publish rate: each update of the
 * meetings-per-region-per-day store carries the timestamp of the article that caused it
 * (Kafka Streams propagates record timestamps through repartitions and aggregations), so
 * reading the store's changelog with read_committed, the time it becomes visible minus that
 * timestamp is the latency an aggregate reader sees.
 */
final class LiveLatency {
    record Result(double rate, int samples, double p50Ms, double p99Ms, double maxMs) {}

    private LiveLatency() {}

    static Result run(LocalCluster cluster, Corpus corpus, int rate, Duration duration, int firstIndex, Path work)
            throws InterruptedException {
        String prefix = "live" + rate;
        TopicNames topics = new TopicNames(prefix + ".raw", prefix + ".meetings", prefix + ".topics", prefix + ".dlq");
        String appId = "bench-" + prefix;
        Properties props = Backfill.props(cluster, topics, appId, work.resolve(prefix), 1);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        try (StreamsRunner runner = StreamsRunner.start(props, topics, Extractors.standard())) {
            runner.awaitRunning(Duration.ofMinutes(2));
            // Articles published in the first seconds warm the JIT up and are not measured.
            long warmUpMillis = Math.min(5_000, duration.toMillis() / 4);
            long measureFrom = System.currentTimeMillis() + warmUpMillis;
            java.util.concurrent.CountDownLatch readerReady = new java.util.concurrent.CountDownLatch(1);
            Thread reader = new Thread(() -> readChangelog(cluster, appId + "-" + StoreNames.MEETINGS_PER_REGION + "-changelog",
                    duration.plusSeconds(10), measureFrom, readerReady, latencies), "latency-reader");
            reader.start();
            // The reader must be reading before the first article goes out, or its own start-up is measured.
            if (!readerReady.await(2, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("the changelog reader did not start");
            }
            Properties producer = ArticlePublisher.producerProperties(cluster.bootstrapServers(), cluster.registryUrl(),
                    Map.of("linger.ms", "0"));
            try (ArticlePublisher publisher = ArticlePublisher.create(producer, topics.rawArticles())) {
                long intervalNanos = 1_000_000_000L / rate;
                long start = System.nanoTime();
                int total = (int) (rate * duration.toSeconds());
                for (int i = 0; i < total; i++) {
                    long due = start + i * intervalNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    publisher.publish(corpus.article(firstIndex + i));
                }
                publisher.flush();
            }
            CaughtUp.await(props, topics, Duration.ofMinutes(5));
            reader.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return new Result(rate, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Result(rate, sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    private static void readChangelog(LocalCluster cluster, String topic, Duration duration, long measureFrom,
                                      java.util.concurrent.CountDownLatch ready, List<Long> latencies) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            // Assigned, not subscribed: no group to join, so nothing waits on a rebalance.
            List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofMinutes(1)).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            partitions.forEach(consumer::position);
            ready.countDown();
            long deadline = System.currentTimeMillis() + duration.toMillis();
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                    if (r.timestamp() >= measureFrom) {
                        latencies.add(System.currentTimeMillis() - r.timestamp());
                    }
                }
            }
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
