package io.newswire.streams.serving;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.embedded.LocalCluster;
import io.newswire.streams.runtime.StreamsRunner;
import io.newswire.streams.runtime.StreamsSettings;
import io.newswire.streams.topology.ScriptedExtractor;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.streams.StreamsConfig;

/** One instance of the application as `newswire streams` runs it: HTTP server, metrics, topology. */
final class Instance implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final ServingMetrics metrics = new ServingMetrics();
    final ServingServer server;
    final StreamsRunner runner;

    /** An answer: status and body. */
    record Answer(int status, String body, HttpResponse<String> response) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Instance(LocalCluster cluster, Path stateDir, int partitions) {
        server = ServingServer.start("127.0.0.1", 0, metrics);
        Map<String, String> overrides = new HashMap<>();
        overrides.put(StreamsSettings.PARTITIONS, Integer.toString(partitions));
        overrides.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:" + server.port());
        Properties props = StreamsSettings.of(cluster.bootstrapServers(), cluster.registryUrl(), stateDir,
                TopicNames.DEFAULTS, overrides);
        runner = StreamsRunner.start(props, TopicNames.DEFAULTS, new ScriptedExtractor(), metrics);
        metrics.bind(runner.streams());
        server.attach(runner);
    }

    Answer get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).GET());
    }

    Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r);
    }

    /** An answer to a request written by hand: status, Content-Type ("" if none) and body. */
    record Raw(int status, String contentType, String body) {}

    /** A request written by hand, for what java.net.http refuses to send (a malformed escape). */
    Raw raw(String pathAndQuery) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String[] response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n\r\n", 2);
            String[] head = response[0].split("\r\n");
            String contentType = "";
            for (String header : head) {
                if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                    contentType = header.substring("content-type:".length()).trim();
                }
            }
            return new Raw(Integer.parseInt(head[0].split(" ")[1]), contentType, response.length > 1 ? response[1] : "");
        }
    }

    JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    @Override
    public void close() {
        try {
            runner.close();
        } finally {
            server.close();
            metrics.close();
        }
    }
}
