package io.newswire.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import io.newswire.embedded.LocalCluster;
import io.newswire.extract.Extractors;
import io.newswire.ingest.ArticlePublisher;
import io.newswire.registry.SpecificAvroSerde;
import io.newswire.schema.RawArticle;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.runtime.StreamsRunner;
import io.newswire.streams.runtime.StreamsSettings;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Backfill: articles pre-loaded in the raw topic, then a topology run from the start until
 * it has caught up; the full pipeline against a pass-through (raw to a copy topic, same
 * serdes, same exactly-once guarantee) on the same data and broker.
 */
final class Backfill {
    record Result(int articles, double seconds, double perSecond) {}

    private Backfill() {}

    /** Publishes articles 0..count-1 of the corpus to the topics' raw topic. */
    static void preload(LocalCluster cluster, TopicNames topics, Corpus corpus, int count) {
        preload(cluster, topics, corpus, 0, count);
    }

    /** Publishes articles from..to-1 of the corpus, creating the topics first if missing. */
    static void preload(LocalCluster cluster, TopicNames topics, Corpus corpus, int from, int to) {
        cluster.kafka().createTopics(PipelineTopics.definitions(topics, 3, (short) 1));
        Properties producer = ArticlePublisher.producerProperties(cluster.bootstrapServers(), cluster.registryUrl(), Map.of());
        try (ArticlePublisher publisher = ArticlePublisher.create(producer, topics.rawArticles())) {
            for (int i = from; i < to; i++) {
                publisher.publish(corpus.article(i));
            }
            publisher.flush();
        }
    }

    /** Streams settings the user gave to `bench -X`, applied to every topology the bench runs. */
    static final Map<String, String> OVERRIDES = new java.util.HashMap<>();

    static Properties props(LocalCluster cluster, TopicNames topics, String applicationId, Path stateDir, int threads) {
        Map<String, String> settings = new java.util.HashMap<>(OVERRIDES);
        settings.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        settings.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(threads));
        return StreamsSettings.of(cluster.bootstrapServers(), cluster.registryUrl(), stateDir, topics, settings);
    }

    static Result full(LocalCluster cluster, TopicNames topics, int count, String applicationId, Path stateDir)
            throws InterruptedException {
        Properties props = props(cluster, topics, applicationId, stateDir, 1);
        PipelineTopics.ensure(props, topics);
        long start = System.nanoTime();
        long cpuBefore = processCpuNanos();
        Map<String, Long> threadsBefore = ThreadCpu.byName();
        try (StreamsRunner runner = StreamsRunner.start(props, topics, Extractors.standard())) {
            long end = CaughtUp.await(props, topics, Duration.ofHours(2));
            double seconds = (end - start) / 1e9;
            System.err.printf("full topology: %.1f s wall, process CPU %.1f s (broker included), stream threads CPU %.1f s%n",
                    seconds, (processCpuNanos() - cpuBefore) / 1e9, streamThreadCpuNanos(applicationId) / 1e9);
            reportThreadTime(runner.streams());
            System.err.println("CPU by thread: " + ThreadCpu.top(threadsBefore, ThreadCpu.byName(), 15));
            return new Result(count, seconds, count / seconds);
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long streamThreadCpuNanos(String applicationId) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(applicationId) && t.getName().contains("-StreamThread-") && !t.getName().contains("producer")) {
                total += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return total;
    }

    /** Where the stream threads' time went (Kafka Streams' thread metrics, over their last 60 s window), on stderr. */
    static void reportThreadTime(KafkaStreams streams) {
        StringBuilder line = new StringBuilder("stream thread time:");
        streams.metrics().forEach((name, metric) -> {
            if (name.group().equals("stream-thread-metrics")
                    && (name.name().endsWith("-ratio") || name.name().endsWith("-latency-avg") || name.name().endsWith("-total"))
                    && !name.name().startsWith("task-")) {
                line.append(' ').append(name.name()).append('=').append(metric.metricValue());
            }
        });
        System.err.println(line);
    }

    static Result passThrough(LocalCluster cluster, TopicNames topics, int count, String applicationId, Path stateDir)
            throws InterruptedException {
        Properties props = props(cluster, topics, applicationId, stateDir, 1);
        String copy = topics.rawArticles() + ".copy";
        cluster.kafka().createTopic(copy, 3, Map.of());
        SpecificAvroSerde<RawArticle> serde = new SpecificAvroSerde<>(RawArticle.class);
        serde.configure(StreamsSettings.serdeConfig(props), false);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.rawArticles(), Consumed.with(Serdes.String(), serde)).to(copy, Produced.with(Serdes.String(), serde));
        long start = System.nanoTime();
        try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
            streams.start();
            long end = CaughtUp.await(props, topics, Duration.ofHours(2));
            double seconds = (end - start) / 1e9;
            return new Result(count, seconds, count / seconds);
        }
    }
}
