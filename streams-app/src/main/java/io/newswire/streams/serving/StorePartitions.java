package io.newswire.streams.serving;

import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.newswire.streams.runtime.PipelineTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Which topics feed each state store, and so how many partitions the store has: a store
 * lives in one sub-topology, one task (one store partition) per partition of its source
 * topics. Knowing the total is what lets an answer say that a partition is missing.
 */
final class StorePartitions implements AutoCloseable {
    private final Topology topology;
    private final String applicationId;
    private final Properties clientProps;
    private final Map<String, Set<String>> sources = new ConcurrentHashMap<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private Admin admin;

    StorePartitions(Topology topology, String applicationId, Properties clientProps) {
        this.topology = topology;
        this.applicationId = applicationId;
        this.clientProps = clientProps;
    }

    /** The full names of the topics read by the sub-topology that holds {@code store}. */
    Set<String> sourceTopics(String store) {
        return sources.computeIfAbsent(store, this::findSources);
    }

    private Set<String> findSources(String store) {
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            boolean holds = sub.nodes().stream().anyMatch(n ->
                    n instanceof TopologyDescription.Processor p && p.stores().contains(store));
            if (!holds) {
                continue;
            }
            Set<String> topics = new HashSet<>();
            for (TopologyDescription.Node n : sub.nodes()) {
                if (n instanceof TopologyDescription.Source s && s.topicSet() != null) {
                    for (String t : s.topicSet()) {
                        // Internal topics appear without the application id the broker knows them by.
                        topics.add(t.endsWith("-repartition") ? applicationId + "-" + t : t);
                    }
                }
            }
            return Set.copyOf(topics);
        }
        throw new IllegalArgumentException("no store named " + store + " in the topology");
    }

    /** How many partitions {@code store} has (the most partitions of its source topics). */
    int count(String store) {
        Integer known = counts.get(store);
        if (known != null) {
            return known;
        }
        try {
            Map<String, TopicDescription> described = admin().describeTopics(sourceTopics(store)).allTopicNames()
                    .get(10, TimeUnit.SECONDS);
            int n = described.values().stream().mapToInt(d -> d.partitions().size()).max().orElse(0);
            if (n == 0) {
                throw ApiException.unavailable("the topics of store " + store + " do not exist yet");
            }
            counts.put(store, n);
            return n;
        } catch (ExecutionException | TimeoutException e) {
            throw ApiException.unavailable("cannot read the partitions of store " + store + " from Kafka; retry shortly");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted");
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(PipelineTopics.adminProps(clientProps));
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
