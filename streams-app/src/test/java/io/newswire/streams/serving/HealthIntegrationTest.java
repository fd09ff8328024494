package io.newswire.streams.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.embedded.LocalCluster;
import io.newswire.extract.Article;
import io.newswire.extract.Enrichment;
import io.newswire.extract.Extractor;
import io.newswire.registry.KafkaAvroSerializer;
import io.newswire.schema.RawArticle;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.runtime.PipelineHealth;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.runtime.StreamsRunner;
import io.newswire.streams.runtime.StreamsSettings;
import io.newswire.streams.topology.ScriptedExtractor;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 5, on a real broker: an article whose enrichment kills the stream thread (an Error the topology
 * cannot catch, as a StackOverflowError would) makes the replacement thread die on it again and again. Kafka
 * Streams stays RUNNING between deaths, which is what the old health checks reported; now readiness answers 503
 * once threads keep dying or the offsets stop moving with work waiting, and liveness once replacing threads has
 * not helped.
 */
@Tag("reliability")
class HealthIntegrationTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    /** The scripted extractor, except that a line POISON kills the thread. */
    static final class PoisonedExtractor implements Extractor {
        final ScriptedExtractor scripted = new ScriptedExtractor();

        @Override
        public Enrichment extract(Article article) {
            if (article.text().contains("POISON")) {
                throw new StackOverflowError("test: the poison article " + article.id());
            }
            return scripted.extract(article);
        }
    }

    @Test
    void threadsDyingOnOneRecordFailReadinessThenLiveness() throws Exception {
        long started = System.nanoTime();
        try (LocalCluster cluster = LocalCluster.start(work, 0, 0);
             ServingServer server = ServingServer.start("127.0.0.1", 0, null)) {
            Map<String, String> overrides = new HashMap<>();
            overrides.put(StreamsSettings.PARTITIONS, "1");
            overrides.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:" + server.port());
            overrides.put(PipelineHealth.CHECK_INTERVAL_MS, "500");
            overrides.put(PipelineHealth.STALL_MS, "8000");
            overrides.put(PipelineHealth.READY_MAX_THREAD_DEATHS, "2");
            overrides.put(PipelineHealth.LIVE_MAX_THREAD_DEATHS, "4");
            Properties props = StreamsSettings.of(cluster.bootstrapServers(), cluster.registryUrl(), work.resolve("state"),
                    TopicNames.DEFAULTS, overrides);
            PipelineTopics.ensure(props, TopicNames.DEFAULTS);
            publish(cluster, "ok-1", "ok-2", "ok-3");
            try (StreamsRunner runner = StreamsRunner.start(props, TopicNames.DEFAULTS, new PoisonedExtractor())) {
                server.attach(runner);
                runner.awaitRunning(Duration.ofMinutes(1));
                CaughtUp.await(props, TopicNames.DEFAULTS, Duration.ofMinutes(2));
                // The health check samples lag every 500 ms: wait for a sample taken after the catch-up.
                JsonNode ready = await(server, "/health/ready", a -> a.status == 200 && a.body.path("lag").asLong(-1) == 0,
                        Duration.ofSeconds(30));
                assertEquals("UP", ready.get("status").asText());
                assertEquals(0, ready.get("lag").asLong(), "sampled: nothing left to process");
                assertEquals(200, get(server, "/health/live").status);

                publish(cluster, "poison", "ok-4", "ok-5");
                JsonNode notReady = await(server, "/health/ready", a -> a.status == 503, Duration.ofMinutes(3));
                String reason = notReady.get("reason").asText();
                assertTrue(reason.contains("stream threads died") || reason.contains("no progress"), reason);
                System.out.printf("HealthIntegrationTest: not ready after %d s: %s (Kafka Streams %s)%n",
                        (System.nanoTime() - started) / 1_000_000_000, notReady, runner.streams().state());
                JsonNode notLive = await(server, "/health/live", a -> a.status == 503, Duration.ofMinutes(4));
                assertTrue(notLive.get("reason").asText().contains("replacing them does not help"), notLive.toString());
                assertTrue(notLive.get("threadDeaths").asInt() >= 4, notLive.toString());
                KafkaStreams.State state = runner.streams().state();
                assertTrue(state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING,
                        "Kafka Streams itself still says " + state + ": the old checks would have said UP");
                System.out.printf("HealthIntegrationTest: not live after %d s: %s%n", (System.nanoTime() - started) / 1_000_000_000, notLive);
            }
        }
    }

    record Answer(int status, JsonNode body) {}

    static Answer get(ServingServer server, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), JSON.readTree(r.body()));
    }

    static JsonNode await(ServingServer server, String path, Predicate<Answer> until, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            last = get(server, path);
            if (until.test(last)) {
                return last.body;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not change within " + timeout + "; last answer " + (last == null ? null : last.status + " " + last.body));
    }

    static void publish(LocalCluster cluster, String... ids) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", "schema.registry.url", cluster.registryUrl());
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(config, false);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(config, new StringSerializer(), serializer)) {
            for (String id : ids) {
                String text = id.equals("poison") ? "POISON\n"
                        : "MEETING HELD CALL 2024-05-02 - | " + id + " Alpha,RU | " + id + " Beta,body:UN\n";
                producer.send(new ProducerRecord<>(TopicNames.DEFAULTS.rawArticles(), id, RawArticle.newBuilder().setId(id)
                        .setPublished(LocalDate.of(2024, 5, 2)).setReceivedAt(Instant.parse("2024-05-02T10:00:00Z")).setBody(text).build())).get();
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("publishing the test articles failed", e);
        }
    }
}
