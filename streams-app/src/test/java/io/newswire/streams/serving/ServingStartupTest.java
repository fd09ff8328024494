package io.newswire.streams.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * The server starts before Kafka Streams (its port goes into application.server): until
 * the streams instance is attached it is live, not ready, and the API asks to retry.
 */
class ServingStartupTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void beforeKafkaStreamsIsAttachedTheApiAnswers503AndHealthSaysNotReady() throws Exception {
        try (ServingMetrics metrics = new ServingMetrics(); ServingServer server = ServingServer.start("127.0.0.1", 0, metrics)) {
            HttpResponse<String> api = get(server, "/api/meetings/per-region?from=2024-01-01");
            assertEquals(503, api.statusCode());
            assertTrue(api.body().contains("retry"), api.body());
            assertEquals("application/json", api.headers().firstValue("Content-Type").orElse(""));

            assertEquals(200, get(server, "/health/live").statusCode());
            HttpResponse<String> ready = get(server, "/health/ready");
            assertEquals(503, ready.statusCode());
            assertTrue(ready.body().contains("STARTING"), ready.body());

            HttpResponse<String> prometheus = get(server, "/metrics");
            assertEquals(200, prometheus.statusCode());
            assertTrue(prometheus.body().contains("newswire_articles_processed_total"), "counters exist from the start");

            assertEquals(400, get(server, "/api/meetings/per-region?from=nope").statusCode(), "parameters are checked first");
        }
    }

    @Test
    void itBindsTheLoopbackAddressItIsGiven() throws Exception {
        try (ServingServer server = ServingServer.start("127.0.0.1", 0, null)) {
            assertTrue(server.port() > 0);
            assertEquals(404, get(server, "/metrics").statusCode(), "no metrics registry, no metrics");
        }
    }

    private HttpResponse<String> get(ServingServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
