package io.newswire.streams.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import io.newswire.clients.TopicReadiness;
import io.newswire.streams.topology.TopicNames;
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
            TopicReadiness.awaitLeaders(admin, missing.stream().map(NewTopic::name).toList(), Duration.ofSeconds(30));
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the pipeline's topics: " + e.getCause().getMessage(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
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
