package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.embedded.LocalCluster;
import io.newswire.extract.Extractors;
import io.newswire.ingest.ArticlePublisher;
import io.newswire.ingest.ArticleReader;
import io.newswire.ingest.ArticleSources;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.runtime.StreamsRunner;
import io.newswire.streams.runtime.StreamsSettings;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `newswire tail news.meetings` on the meetings the real pipeline makes of the seed article. */
class TailCommandTest {
    private static final Path SEED = Path.of("..", "seeds", "000_bbb0b054668ebffa.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void printsTheMeetingsAsJsonLinesAndARetractionAsTombstones() throws Exception {
        Files.createDirectories(work.resolve("in"));
        Files.copy(SEED, work.resolve("in/seed.txt"));
        try (LocalCluster cluster = LocalCluster.start(work, 0, 0)) {
            Properties props = StreamsSettings.of(cluster.bootstrapServers(), cluster.registryUrl(), work.resolve("state"),
                    TopicNames.DEFAULTS, Map.of());
            PipelineTopics.ensure(props, TopicNames.DEFAULTS);
            Properties producer = ArticlePublisher.producerProperties(cluster.bootstrapServers(), cluster.registryUrl(), Map.of());
            try (ArticlePublisher publisher = ArticlePublisher.create(producer, TopicNames.DEFAULTS.rawArticles())) {
                ArticleSources.read(work.resolve("in"), new ArticleReader(), publisher);
                publisher.flush();
            }
            try (StreamsRunner runner = StreamsRunner.start(props, TopicNames.DEFAULTS, Extractors.standard())) {
                runner.awaitRunning(Duration.ofMinutes(1));
                CaughtUp.await(props, TopicNames.DEFAULTS, Duration.ofMinutes(2));

                assertEquals(2, tail(cluster, "news.meetings", "--from-beginning", "--max", "2").size(), "--max stops the tail");

                List<JsonNode> meetings = tail(cluster, "news.meetings", "--from-beginning", "--idle-timeout", "3s");
                Set<String> articles = new HashSet<>();
                Set<String> keys = new HashSet<>();
                int heldOnThe21st = 0;
                for (JsonNode line : meetings) {
                    assertEquals("news.meetings", line.get("topic").asText());
                    assertTrue(line.get("partition").isInt() && line.get("offset").isIntegralNumber(), line.toString());
                    JsonNode value = line.get("value");
                    assertEquals(line.get("key").asText(), value.get("meetingId").asText());
                    assertTrue(value.get("day").asText().matches("\\d{4}-\\d{2}-\\d{2}"), "a date, not days since 1970: " + line);
                    assertTrue(value.get("participants").size() >= 1, line.toString());
                    assertTrue(value.get("kind").isTextual(), "an enum is its symbol: " + line);
                    if (value.get("status").asText().equals("HELD") && value.get("day").asText().equals("2021-09-21")) {
                        heldOnThe21st++;
                    }
                    value.get("articleIds").forEach(id -> articles.add(id.asText()));
                    keys.add(line.get("key").asText());
                }
                assertEquals(3, heldOnThe21st, "the three meetings held on 2021-09-21: " + meetings);
                assertEquals(1, articles.size(), "one article reports them");

                retract(cluster, articles.iterator().next());
                CaughtUp.await(props, TopicNames.DEFAULTS, Duration.ofMinutes(2));

                List<JsonNode> all = tail(cluster, "news.meetings", "--from-beginning", "--idle-timeout", "3s");
                List<JsonNode> tombstones = new ArrayList<>();
                all.forEach(line -> {
                    if (line.get("value").isNull()) {
                        tombstones.add(line);
                    }
                });
                assertEquals(keys.size(), tombstones.size(), "each meeting is gone once no article reports it: " + all);
                assertTrue(tombstones.get(0).has("value"), "a tombstone prints \"value\":null");
                assertFalse(tail(cluster, "news.topics", "--from-beginning", "--idle-timeout", "3s").isEmpty(), "topics too");
            }
        }
    }

    @Test
    void againstARegistryWithBasicAuthenticationTailDecodesWithTheCredentialsInConfig() throws Exception {
        Files.createDirectories(work.resolve("in"));
        Files.copy(SEED, work.resolve("in/seed.txt"));
        io.newswire.embedded.registry.RegistryCredentials credentials =
                io.newswire.embedded.registry.RegistryCredentials.of("newswire", "tail-Pw-5");
        try (LocalCluster cluster = LocalCluster.start(work, 0, 0, credentials)) {
            cluster.kafka().createTopic(TopicNames.DEFAULTS.rawArticles(), 1, Map.of());
            Properties producer = ArticlePublisher.producerProperties(cluster.bootstrapServers(), cluster.registryUrl(),
                    cluster.registryClientProperties());
            try (ArticlePublisher publisher = ArticlePublisher.create(producer, TopicNames.DEFAULTS.rawArticles())) {
                ArticleSources.read(work.resolve("in"), new ArticleReader(), publisher);
                assertEquals(1, publisher.flush().published());
            }
            List<JsonNode> anonymous = tail(cluster, TopicNames.DEFAULTS.rawArticles(), "--from-beginning", "--max", "1");
            assertTrue(anonymous.get(0).path("error").asText().contains("HTTP 401"), anonymous.toString());

            Path config = Files.writeString(work.resolve("registry.properties"),
                    "basic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=" + credentials.userInfo() + "\n");
            List<JsonNode> lines = tail(cluster, TopicNames.DEFAULTS.rawArticles(), "--from-beginning", "--max", "1",
                    "--config", config.toString());
            assertEquals(1, lines.size());
            assertEquals(lines.get(0).get("key").asText(), lines.get(0).get("value").get("id").asText(), lines.toString());
        }
    }

    @Test
    void anUnknownTopicIsAnError() throws Exception {
        try (LocalCluster cluster = LocalCluster.start(work, 0, 0)) {
            CommandLine cli = Newswire.commandLine();
            cli.setOut(new PrintWriter(new StringWriter()));
            int exit = cli.execute("tail", "no.such.topic", "--max", "1",
                    "--bootstrap-server", cluster.bootstrapServers(), "--schema-registry", cluster.registryUrl());
            assertEquals(1, exit);
        }
    }

    private static List<JsonNode> tail(LocalCluster cluster, String... args) throws Exception {
        StringWriter stdout = new StringWriter();
        CommandLine cli = Newswire.commandLine();
        cli.setOut(new PrintWriter(stdout));
        List<String> all = new ArrayList<>(List.of("tail"));
        all.addAll(List.of(args));
        all.addAll(List.of("--bootstrap-server", cluster.bootstrapServers(), "--schema-registry", cluster.registryUrl()));
        assertEquals(0, cli.execute(all.toArray(String[]::new)), "exit code");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static void retract(LocalCluster cluster, String articleId) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TopicNames.DEFAULTS.rawArticles(), articleId, null));
            producer.flush();
        }
    }
}
