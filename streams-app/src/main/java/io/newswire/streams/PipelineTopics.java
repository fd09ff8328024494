package io.newswire.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the pipeline's topics, with explicit partitions and configs, when they are missing. */
public final class PipelineTopics {
    private PipelineTopics() {}

    public static List<NewTopic> definitions(TopicNames topics, int partitions, short replication) {
        Map<String, String> compacted = Map.of("cleanup.policy", "compact");
        return List.of(
                new NewTopic(topics.rawArticles(), partitions, replication)
                        .configs(Map.of("cleanup.policy", "compact", "max.message.bytes", "2097152")),
                new NewTopic(topics.meetings(), partitions, replication).configs(compacted),
                new NewTopic(topics.topics(), partitions, replication).configs(compacted),
                new NewTopic(topics.deadLetters(), 1, replication)
                        .configs(Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(30L * 24 * 3600 * 1000))));
    }

    /** Creates what is missing; existing topics are left as they are. */
    public static void ensure(Properties clientProps, TopicNames topics) {
        int partitions = Integer.parseInt(clientProps.getProperty(StreamsSettings.PARTITIONS, "3"));
        short replication = Short.parseShort(clientProps.getProperty(StreamsSettings.REPLICATION, "1"));
        try (Admin admin = Admin.create(adminProps(clientProps))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic t : definitions(topics, partitions, replication)) {
                if (!existing.contains(t.name())) {
                    missing.add(t);
                }
            }
            admin.createTopics(missing).all().get();
            awaitLeaders(admin, missing);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the pipeline's topics: " + e.getCause().getMessage(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /**
     * A new topic's partitions get their leader a moment after creation; a producer that sends
     * before may see NotLeaderOrFollower and retry into out-of-order sequences, so wait.
     */
    private static void awaitLeaders(Admin admin, List<NewTopic> created) throws ExecutionException, InterruptedException {
        if (created.isEmpty()) {
            return;
        }
        List<String> names = created.stream().map(NewTopic::name).toList();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                var described = admin.describeTopics(names).allTopicNames().get().values();
                boolean ready = described.stream()
                        .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
                if (ready) {
                    // The metadata names a leader before the leader's log is open; an offsets request is
                    // answered by the partition itself, so it succeeds only once produce requests would.
                    java.util.Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new java.util.HashMap<>();
                    described.forEach(d -> d.partitions().forEach(p -> latest.put(
                            new org.apache.kafka.common.TopicPartition(d.name(), p.partition()), org.apache.kafka.clients.admin.OffsetSpec.latest())));
                    admin.listOffsets(latest).all().get();
                    return;
                }
            } catch (ExecutionException notYetVisible) {
                // UnknownTopicOrPartition until the metadata has propagated
            }
            Thread.sleep(50);
        }
    }

    /** Client properties minus the Streams- and pipeline-only ones, so Admin does not warn about them. */
    public static Properties adminProps(Properties all) {
        Properties p = new Properties();
        for (String name : all.stringPropertyNames()) {
            if (name.equals("bootstrap.servers") || name.startsWith("security.") || name.startsWith("sasl.")
                    || name.startsWith("ssl.") || name.startsWith("client.dns") || name.startsWith("admin.")) {
                p.put(name.startsWith("admin.") ? name.substring(6) : name, all.getProperty(name));
            }
        }
        p.putIfAbsent("default.api.timeout.ms", "30000");
        return p;
    }
}
