package io.newswire.system;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/** How far an application's committed input offsets are from the end of the input topic. */
final class Lag {
    private Lag() {}

    /** Input records published but not yet committed as processed by {@code appId}. */
    static long input(Admin admin, String appId, TopicNames topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        admin.describeTopics(java.util.List.of(topics.rawArticles())).allTopicNames().get().get(topics.rawArticles()).partitions()
                .forEach(p -> ends.put(new TopicPartition(topics.rawArticles(), p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(appId).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (var e : admin.listOffsets(ends, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get().entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            lag += Math.max(0, e.getValue().offset() - (c == null ? 0 : c.offset()));
        }
        return lag;
    }
}
