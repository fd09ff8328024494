package io.newswire.clients;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** Waits until newly created topics can take records. */
public final class TopicReadiness {
    private TopicReadiness() {
    }

    /**
     * A new topic's partitions get their leader a moment after creation; a producer that sends before may see
     * NotLeaderOrFollower and retry into out-of-order sequences, so wait (at most {@code timeout}; then return and
     * let the clients retry).
     */
    public static void awaitLeaders(Admin admin, Collection<String> topics, Duration timeout) throws InterruptedException {
        List<String> names = List.copyOf(topics);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!names.isEmpty() && System.nanoTime() < deadline) {
            try {
                var described = admin.describeTopics(names).allTopicNames().get().values();
                if (described.stream().allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()))) {
                    // The metadata names a leader before the leader's log is open; an offsets request is
                    // answered by the partition itself, so it succeeds only once produce requests would.
                    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                    described.forEach(d -> d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                    admin.listOffsets(latest).all().get();
                    return;
                }
            } catch (ExecutionException notYetVisible) {
                // UnknownTopicOrPartition until the metadata has propagated
            }
            Thread.sleep(50);
        }
    }
}
