package io.newswire.streams;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newswire.schema.MeetingEvent;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small read-only HTTP API over this instance's stores (JSON). Single-instance: it answers
 * from local state only.
 *
 * <pre>
 * GET /api/meetings/per-region?from=YYYY-MM-DD&amp;to=YYYY-MM-DD
 * GET /api/meetings/per-country?from=..&amp;to=..
 * GET /api/topics/per-region?from=..&amp;to=..
 * GET /api/topics/per-country?from=..&amp;to=..
 * GET /api/meetings             every meeting
 * GET /api/meetings/{meetingId}
 * GET /health/live, /health/ready
 * </pre>
 */
public final class QueryServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(QueryServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final StreamsRunner runner;

    private QueryServer(HttpServer server, StreamsRunner runner) {
        this.server = server;
        this.runner = runner;
    }

    public static QueryServer start(StreamsRunner runner, String host, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 50);
        QueryServer api = new QueryServer(server, runner);
        server.createContext("/", api::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return api;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, Map.of("error", "read-only API: only GET is allowed"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            try {
                route(exchange, path, query);
            } catch (BadRequest e) {
                send(exchange, 400, Map.of("error", e.getMessage()));
            } catch (InvalidStateStoreException e) {
                send(exchange, 503, Map.of("error", "stores not available yet (state " + runner.streams().state() + "), retry shortly"));
            } catch (RuntimeException e) {
                log.warn("Query {} failed", path, e);
                send(exchange, 500, Map.of("error", "internal error"));
            }
        }
    }

    private void route(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        switch (path) {
            case "/health/live" -> {
                KafkaStreams.State s = runner.streams().state();
                boolean live = s != KafkaStreams.State.ERROR && s != KafkaStreams.State.NOT_RUNNING;
                send(exchange, live ? 200 : 503, Map.of("state", s.name()));
            }
            case "/health/ready" -> {
                KafkaStreams.State s = runner.streams().state();
                send(exchange, s == KafkaStreams.State.RUNNING ? 200 : 503, Map.of("state", s.name()));
            }
            case "/api/meetings/per-region" -> send(exchange, 200,
                    Aggregates.meetingsPerRegion(runner, day(query, "from"), day(query, "to")));
            case "/api/meetings/per-country" -> send(exchange, 200,
                    Aggregates.meetingsPerCountry(runner, day(query, "from"), day(query, "to")));
            case "/api/topics/per-region" -> send(exchange, 200,
                    Aggregates.topicsPerRegion(runner, day(query, "from"), day(query, "to")));
            case "/api/topics/per-country" -> send(exchange, 200,
                    Aggregates.topicsPerCountry(runner, day(query, "from"), day(query, "to")));
            case "/api/meetings" -> send(exchange, 200, Aggregates.meetings(runner));
            default -> {
                if (path.startsWith("/api/meetings/") && path.length() > "/api/meetings/".length()) {
                    String id = path.substring("/api/meetings/".length());
                    MeetingEvent m = runner.<MeetingEvent>store(StoreNames.MEETINGS).get(id);
                    if (m == null) {
                        send(exchange, 404, Map.of("error", "no meeting with id " + id));
                    } else {
                        send(exchange, 200, EventJson.meeting(m));
                    }
                } else {
                    send(exchange, 404, Map.of("error", "no such endpoint: " + path, "endpoints", List.of(
                            "/api/meetings/per-region", "/api/meetings/per-country", "/api/topics/per-region",
                            "/api/topics/per-country", "/api/meetings", "/api/meetings/{meetingId}", "/health/live", "/health/ready")));
                }
            }
        }
    }

    private static LocalDate day(Map<String, String> query, String name) {
        String v = query.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest("'" + name + "' must be a day YYYY-MM-DD, got '" + v + "'");
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.length() > 2048) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
