package io.newswire.streams.serving;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.streams.query.StoreQueries;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another instance of the application (its {@code application.server}) for the
 * partitions it hosts, over the peer endpoints under {@code /internal/}. Peer endpoints
 * answer from local state only and never forward, so a request cannot loop.
 */
final class PeerClient {
    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json;
    private final Duration timeout;

    PeerClient(ObjectMapper json, Duration timeout) {
        this.json = json;
        this.timeout = timeout;
    }

    Partial<StoreQueries.DayCount> counts(HostInfo host, String store, Map<String, String> params, Set<Integer> partitions)
            throws IOException, InterruptedException {
        JsonNode body = get(host, "/internal/counts/" + store, params, partitions);
        List<StoreQueries.DayCount> rows = new ArrayList<>();
        for (JsonNode r : body.path("rows")) {
            rows.add(new StoreQueries.DayCount(r.path("day").asText(), r.path("bucket").asText(), r.path("count").asLong()));
        }
        return new Partial<>(rows, body.path("total").asLong(), unavailable(body));
    }

    Partial<Map<String, Object>> meetings(HostInfo host, Map<String, String> params, Set<Integer> partitions)
            throws IOException, InterruptedException {
        JsonNode body = get(host, "/internal/meetings", params, partitions);
        List<Map<String, Object>> rows = json.convertValue(body.path("rows"), ROWS);
        return new Partial<>(rows, body.path("total").asLong(), unavailable(body));
    }

    /** The meeting from the instance that hosts its partition; empty when it has none. */
    Optional<Map<String, Object>> meeting(HostInfo host, String id, int partition) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(host, "/internal/meetings/" + encode(id), Map.of("partition", Integer.toString(partition)));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("instance " + host + " answered " + response.statusCode());
        }
        return Optional.of(json.readValue(response.body(), OBJECT));
    }

    private JsonNode get(HostInfo host, String path, Map<String, String> params, Set<Integer> partitions)
            throws IOException, InterruptedException {
        Map<String, String> all = new java.util.LinkedHashMap<>(params);
        all.put("partitions", partitions.stream().map(String::valueOf).collect(Collectors.joining(",")));
        HttpResponse<byte[]> response = send(host, path, all);
        if (response.statusCode() != 200) {
            throw new IOException("instance " + host + " answered " + response.statusCode() + " to " + path);
        }
        return json.readTree(response.body());
    }

    private HttpResponse<byte[]> send(HostInfo host, String path, Map<String, String> params) throws IOException, InterruptedException {
        String query = params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + path + (query.isEmpty() ? "" : "?" + query));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static TreeSet<Integer> unavailable(JsonNode body) {
        TreeSet<Integer> out = new TreeSet<>();
        body.path("unavailable").forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
