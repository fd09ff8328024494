package io.newswire.streams.runtime;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Tells when the application has processed everything published so far: its committed
 * offsets have reached the end of the input topic and of every repartition topic, and stay
 * there. Used by `demo --once`, benchmarks and tests; a live pipeline never needs it.
 */
public final class CaughtUp {
    private CaughtUp() {}

    /**
     * Blocks until nothing is left to process; returns {@link System#nanoTime()} of the
     * moment the lag reached zero for good (the checks that confirm it are not counted).
     */
    public static long await(Properties props, TopicNames topics, Duration timeout) throws InterruptedException {
        String appId = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietChecks = 0;
        long zeroSince = 0;
        try (Admin admin = Admin.create(PipelineTopics.adminProps(props))) {
            while (quietChecks < 3) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the pipeline did not catch up within " + timeout);
                }
                long now = System.nanoTime();
                if (lag(admin, appId, topics) == 0) {
                    zeroSince = quietChecks == 0 ? now : zeroSince;
                    quietChecks++;
                } else {
                    quietChecks = 0;
                }
                Thread.sleep(100);
            }
            return zeroSince;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the pipeline's offsets: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Records not yet processed, over the input and repartition topics. */
    public static long lag(Admin admin, String appId, TopicNames topics) throws ExecutionException, InterruptedException {
        return progress(admin, appId, topics).lag();
    }

    /** The application's committed offsets, summed, and its lag, over the input and repartition topics. */
    public record Progress(long committed, long lag) {}

    public static Progress progress(Admin admin, String appId, TopicNames topics) throws ExecutionException, InterruptedException {
        List<String> sources = admin.listTopics().names().get().stream()
                .filter(t -> t.equals(topics.rawArticles()) || (t.startsWith(appId + "-") && t.endsWith("-repartition")))
                .collect(Collectors.toList());
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        admin.describeTopics(sources).allTopicNames().get().forEach((name, d) ->
                d.partitions().forEach(p -> ends.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> end = new HashMap<>();
        admin.listOffsets(ends, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                .forEach((tp, info) -> end.put(tp, info.offset()));
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(appId).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        long sum = 0;
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            long position = c == null ? 0 : c.offset();
            lag += Math.max(0, e.getValue() - position);
            sum += position;
        }
        return new Progress(sum, lag);
    }
}
