package io.newswire.streams.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.embedded.LocalCluster;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.topology.TopicNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/events} on a real broker: a client connected before articles arrive hears of every
 * meeting change the pipeline commits, ending in each meeting's final state (a retracted article's
 * meetings end deleted), and of the days whose counts moved.
 */
class LiveEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void aConnectedClientHearsEveryCommittedMeetingChange() throws Exception {
        Wire wire = Wire.generate(5, 15); // with copies, a correction and a retraction (article-7)
        try (LocalCluster cluster = LocalCluster.start(work, 0, 0); Instance api = new Instance(cluster, work.resolve("state"), 2)) {
            PipelineTopics.ensure(api.runner.properties(), TopicNames.DEFAULTS);
            api.runner.awaitRunning(Duration.ofMinutes(1));

            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            HttpClient http = HttpClient.newHttpClient();
            CompletableFuture<HttpResponse<Stream<String>>> stream = http.sendAsync(
                    HttpRequest.newBuilder(api.uri("/api/events")).header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
            HttpResponse<Stream<String>> response = stream.get(30, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"), response.headers().map().toString());
            Thread reader = new Thread(() -> response.body().forEach(lines::add));
            reader.setDaemon(true);
            reader.start();
            awaitEvent(lines, "hello", Duration.ofSeconds(60));
            Thread.sleep(1500); // the consumer has found the end of news.meetings: what follows is news

            wire.publishTo(cluster);

            Set<String> expected = wire.meetings().keySet();
            Map<String, JsonNode> last = new TreeMap<>();
            boolean countsHeard = false;
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!last.keySet().containsAll(expected) || !countsHeard) {
                assertTrue(System.nanoTime() < deadline, "heard " + last.keySet() + " of " + expected);
                String[] event = awaitEvent(lines, null, Duration.ofMinutes(2));
                if (event[0].equals("meeting")) {
                    JsonNode change = JSON.readTree(event[1]);
                    last.put(change.get("meetingId").asText(), change);
                } else if (event[0].equals("counts")) {
                    countsHeard = true;
                }
            }
            // Let the stream settle, then every meeting's last announced state is its final one.
            String[] more;
            while ((more = pollEvent(lines, Duration.ofSeconds(8))) != null) {
                if (more[0].equals("meeting")) {
                    JsonNode change = JSON.readTree(more[1]);
                    last.put(change.get("meetingId").asText(), change);
                }
            }
            for (String id : expected) {
                assertFalse(last.get(id).get("deleted").asBoolean(), id + " is reported: " + last.get(id));
                assertEquals(wire.meetings().get(id).status().name(), last.get(id).get("status").asText());
            }
            last.keySet().stream().filter(id -> !expected.contains(id)).forEach(id ->
                    assertTrue(last.get(id).get("deleted").asBoolean(), id + " is no longer reported: " + last.get(id)));
            stream.cancel(true);

            Instance.Answer plain = api.get("/api/events");
            assertEquals(406, plain.status(), "without Accept: text/event-stream, a message instead of an empty answer");
            assertTrue(plain.body().contains("text/event-stream"), plain.body());
        }
    }

    private static String[] awaitEvent(BlockingQueue<String> lines, String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String[] event = pollEvent(lines, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            assertTrue(event != null, "no " + (name == null ? "event" : "'" + name + "' event") + " within " + timeout);
            if (name == null || name.equals(event[0])) {
                return event;
            }
        }
    }

    /** The next event (name, data) of the stream, skipping comments; null when none comes within {@code timeout}. */
    private static String[] pollEvent(BlockingQueue<String> lines, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String name = null;
        StringBuilder data = new StringBuilder();
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                return null;
            }
            if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            } else if (line.isEmpty() && name != null) {
                return new String[] {name, data.toString()};
            }
        }
    }
}
