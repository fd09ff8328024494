package io.newswire.streams.serving;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.newswire.streams.query.EventJson;
import io.newswire.streams.query.StoreQueries;
import io.newswire.streams.runtime.PipelineHealth;
import io.newswire.streams.runtime.StreamsRunner;
import io.newswire.streams.topology.StoreNames;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of one instance: the read-only JSON API over the stores of every instance
 * (forwarding key lookups, gathering ranges), the dashboard at {@code /}, Prometheus
 * metrics and health checks. Javalin on Jetty; binds 127.0.0.1 unless told otherwise.
 *
 * <p>Start it before Kafka Streams (its port goes into {@code application.server}), then
 * {@link #attach} the running instance; until then the API answers 503.
 */
public final class ServingServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ServingServer.class);
    /** Longest accepted query string; longer gets 414. */
    static final int MAX_QUERY_LENGTH = 1024;
    /** Longest accepted request line plus headers, bytes; longer gets 431 from Jetty. */
    static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final Pattern THEME = Pattern.compile("[\\p{L}\\p{N} -]{1,64}");
    private static final Pattern MEETING_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Set<String> RANGE = Set.of("from", "to");
    private static final Set<String> MEETING_LIST = Set.of("day", "from", "to", "country", "body", "region", "person", "status", "kind", "min_confidence", "limit");
    static final List<String> ENDPOINTS = List.of(
            "GET /api/meetings/per-region?from=YYYY-MM-DD&to=YYYY-MM-DD[&region=]",
            "GET /api/meetings/per-country?from=&to=[&country=]",
            "GET /api/meetings/per-body?from=&to=[&body=]",
            "GET /api/meetings/per-venue-country?from=&to=[&country=]",
            "GET /api/topics/per-region?from=&to=[&region=]",
            "GET /api/topics/per-country?from=&to=[&country=]",
            "GET /api/topics/per-theme?from=&to=[&theme=]",
            "GET /api/meetings?[day=|from=&to=][&country=][&body=][&region=][&person=][&status=][&kind=][&limit=]",
            "GET /api/meetings/{meetingId}",
            "GET /api/countries",
            "GET /api/events (server-sent events)",
            "GET /health/live", "GET /health/ready", "GET /metrics", "GET / (dashboard)");

    /** Code, name, region and subregion of every country the extractor codes: names for the codes in the answers. */
    private static final List<Map<String, Object>> COUNTRIES = io.newswire.extract.Countries.all().stream()
            .map(c -> {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("code", c.code());
                row.put("name", c.name());
                row.put("region", c.region());
                row.put("subregion", c.subregion());
                return row;
            }).toList();

    private final Javalin app;
    private final ObjectMapper json = new ObjectMapper();
    private final ServingMetrics metrics;
    private volatile StreamsRunner runner;
    private volatile ClusterQueries queries;
    private volatile LiveEvents events;

    private ServingServer(ServingMetrics metrics) {
        this.metrics = metrics;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = 0;
            config.http.generateEtags = false;
            config.router.ignoreTrailingSlashes = true;
            QueuedThreadPool threads = new QueuedThreadPool(16, 2, 60_000);
            threads.setName("newswire-http");
            config.jetty.threadPool = threads;
            // What Jetty refuses before any route (a %zz in the path, huge headers) is JSON too.
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(json)));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler(json)));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = securityHeaders();
            });
            config.staticFiles.enableWebjars();
        });
        routes();
    }

    /**
     * Binds the HTTP port. {@code metrics} may be null (no {@code /metrics}); port 0 picks a
     * free one, see {@link #port()}.
     */
    public static ServingServer start(String host, int port, ServingMetrics metrics) {
        ServingServer server = new ServingServer(metrics);
        server.app.start(host, port);
        return server;
    }

    public int port() {
        return app.port();
    }

    /**
     * Serves the stores of {@code runner}, whose {@code application.server} must be the
     * address other instances reach this server at.
     */
    public void attach(StreamsRunner runner) {
        String advertised = runner.properties().getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG);
        if (advertised == null || advertised.isBlank()) {
            throw new IllegalArgumentException(StreamsConfig.APPLICATION_SERVER_CONFIG + " must be set to host:port of this server");
        }
        this.queries = new ClusterQueries(runner, HostInfo.buildFromEndpoint(advertised),
                new PeerClient(json, Duration.ofSeconds(10)));
        this.events = LiveEvents.start(runner.properties(), runner.topics().meetings());
        this.runner = runner;
    }

    private void routes() {
        app.before(this::guard);

        // See PipelineHealth: thread deaths and the progress of the committed offsets, not only the state.
        app.get("/health/live", ctx -> {
            StreamsRunner r = runner;
            health(ctx, r == null ? null : r.health().live(r.streams().state()), true);
        });
        app.get("/health/ready", ctx -> {
            StreamsRunner r = runner;
            health(ctx, r == null ? null : r.health().ready(r.streams().state()), false);
        });
        app.get("/metrics", ctx -> {
            Params.of(ctx, Set.of());
            if (metrics == null) {
                throw ApiException.notFound("metrics are not enabled on this instance");
            }
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
        });

        Function<Params, String> region = p -> p.code("region", Vocabulary.REGIONS);
        Function<Params, String> country = p -> p.code("country", Vocabulary.COUNTRIES_NOT_BODIES);
        app.get("/api/meetings/per-region", ctx -> counts(ctx, StoreNames.MEETINGS_PER_REGION, "region", region, "meetings"));
        app.get("/api/meetings/per-country", ctx -> counts(ctx, StoreNames.MEETINGS_PER_COUNTRY, "country", country, "meetings"));
        app.get("/api/meetings/per-body", ctx -> counts(ctx, StoreNames.MEETINGS_PER_BODY, "body", MeetingFilter::body, "meetings"));
        app.get("/api/meetings/per-venue-country", ctx -> counts(ctx, StoreNames.MEETINGS_PER_VENUE_COUNTRY, "country", country, "meetings"));
        app.get("/api/topics/per-region", ctx -> counts(ctx, StoreNames.TOPICS_PER_REGION, "region", region, "mentions"));
        app.get("/api/topics/per-country", ctx -> counts(ctx, StoreNames.TOPICS_PER_COUNTRY, "country", country, "mentions"));
        app.get("/api/topics/per-theme", ctx -> counts(ctx, StoreNames.THEMES_PER_DAY, "theme", ServingServer::theme, "mentions"));
        app.get("/api/meetings", this::meetings);
        app.get("/api/meetings/{meetingId}", this::meeting);
        app.before("/api/events", ctx -> {
            Params.of(ctx, Set.of());
            if (!"text/event-stream".equals(ctx.header("Accept"))) {
                // Javalin streams only to this exact Accept (what EventSource sends); say so rather than answer empty.
                throw new ApiException(406, "a stream of server-sent events: send 'Accept: text/event-stream' "
                        + "(curl -N -H 'Accept: text/event-stream' ...)");
            }
            LiveEvents live = events;
            if (live == null) {
                throw ApiException.unavailable("live events are not available on this instance yet; poll the API");
            }
            if (live.clients() >= LiveEvents.MAX_CLIENTS) {
                throw ApiException.unavailable("too many live clients on this instance (" + LiveEvents.MAX_CLIENTS + "); poll the API");
            }
        });
        app.sse("/api/events", client -> {
            LiveEvents live = events;
            if (live == null || !live.subscribe(client)) {
                client.close();
            }
        });
        app.get("/api/countries", ctx -> {
            Params.of(ctx, Set.of());
            send(ctx, 200, Map.of("countries", COUNTRIES));
        });

        // Peer endpoints: what this instance hosts, for the instance gathering an answer.
        app.get("/internal/counts/{store}", this::localCounts);
        app.get("/internal/meetings", this::localMeetings);
        app.get("/internal/meetings/{meetingId}", this::localMeeting);

        app.exception(ApiException.class, (e, ctx) -> send(ctx, e.status, Map.of("error", e.getMessage())));
        app.exception(InvalidStateStoreException.class, (e, ctx) -> send(ctx, 503,
                Map.of("error", "the stores are not available right now (rebalancing or restoring); retry shortly")));
        app.exception(Exception.class, (e, ctx) -> {
            log.warn("{} {} failed", ctx.method(), ctx.path(), e);
            send(ctx, 500, Map.of("error", "internal error"));
        });
        app.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) { // Javalin's own 404, not one of ours
                send(ctx, 404, Map.of("error", "no such endpoint: " + Params.abbreviate(ctx.path()), "endpoints", ENDPOINTS));
            }
        });
        app.error(405, ctx -> send(ctx, 405, Map.of("error", "read-only API: only GET is allowed")));
    }

    private void health(Context ctx, PipelineHealth.Status status, boolean liveness) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (status == null) { // not attached yet: starting, alive but not ready
            body.put("status", liveness ? "UP" : "DOWN");
            body.put("state", "STARTING");
            send(ctx, liveness ? 200 : 503, body);
            return;
        }
        body.put("status", status.up() ? "UP" : "DOWN");
        body.put("reason", status.reason());
        body.putAll(status.details());
        send(ctx, status.up() ? 200 : 503, body);
    }

    /** Read-only, small requests only. */
    private void guard(Context ctx) {
        HandlerType method = ctx.method();
        if (method != HandlerType.GET && method != HandlerType.HEAD) {
            throw new ApiException(405, "read-only API: only GET is allowed");
        }
        if (ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null) {
            throw new ApiException(413, "requests have no body here");
        }
        String query = ctx.queryString();
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw new ApiException(414, "query string longer than " + MAX_QUERY_LENGTH + " characters");
        }
        if (query != null && BAD_ESCAPE.matcher(query).find()) {
            throw ApiException.badRequest("malformed query string: '%' must start an escape like %20");
        }
        securityHeaders().forEach(ctx::header);
    }

    private ClusterQueries queries() {
        ClusterQueries q = queries;
        if (q == null) {
            throw ApiException.unavailable("Kafka Streams is starting; retry shortly");
        }
        return q;
    }

    // ---- public API --------------------------------------------------------------------------

    /**
     * One aggregate store's rows in the {@code from}/{@code to} range, {@code {filterName: bucket, "day", countName: n}}
     * (regions split into region and subregion), narrowed to the bucket the {@code filterName} parameter names; every
     * count endpoint is this with its store and its way of checking the parameter.
     */
    private void counts(Context ctx, String store, String filterName, Function<Params, String> filterOf, String countName) {
        Params params = Params.of(ctx, Set.of("from", "to", filterName));
        var range = params.dayRange();
        String filter = filterOf.apply(params);
        boolean byRegion = filterName.equals("region");
        ClusterQueries.Gathered<StoreQueries.DayCount> answer = queries().counts(store, range[0], range[1]);
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (StoreQueries.DayCount c : answer.rows()) {
            Map<String, Object> row = byRegion ? EventJson.regionRow(c, countName) : EventJson.row(c, filterName, countName);
            if (filter == null || (byRegion ? filter.equalsIgnoreCase((String) row.get("region"))
                    || filter.equalsIgnoreCase((String) row.get("subregion")) : filter.equalsIgnoreCase(c.bucket()))) {
                rows.add(row);
            }
        }
        Map<String, Object> body = envelope(answer);
        body.put("from", range[0] == null ? null : range[0].toString());
        body.put("to", range[1] == null ? null : range[1].toString());
        body.put("rows", rows);
        send(ctx, 200, body);
    }

    /** The {@code theme} parameter: one of the extractor's themes ('trade', 'covid-19', ...), any case. */
    private static String theme(Params params) {
        String theme = params.text("theme");
        if (theme != null && !THEME.matcher(theme).matches()) {
            throw ApiException.badRequest("'theme' must be a theme like 'trade' or 'covid-19' (letters, digits, spaces, "
                    + "hyphens; at most 64), got '" + Params.abbreviate(theme) + "'");
        }
        return theme;
    }

    private void meetings(Context ctx) {
        Params params = Params.of(ctx, MEETING_LIST);
        MeetingFilter filter = MeetingFilter.from(params);
        int limit = params.integer("limit", 100, 1, 1000);
        ClusterQueries.Gathered<Map<String, Object>> answer = queries().meetings(filter, limit);
        Map<String, Object> body = envelope(answer);
        body.put("total", answer.total());
        body.put("meetings", answer.rows());
        send(ctx, 200, body);
    }

    private void meeting(Context ctx) {
        Params.of(ctx, Set.of());
        String id = meetingId(ctx);
        Optional<Map<String, Object>> found = queries().meeting(id);
        if (found.isEmpty()) {
            throw ApiException.notFound("no meeting with id " + id);
        }
        send(ctx, 200, found.get());
    }

    private static Map<String, Object> envelope(ClusterQueries.Gathered<?> answer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("complete", answer.complete());
        body.put("partitions", answer.partitions());
        body.put("unavailablePartitions", answer.unavailable());
        if (!answer.complete()) {
            body.put("warning", "partitions " + answer.unavailable() + " are not available (rebalancing or restoring): "
                    + "this answer is incomplete; retry shortly");
        }
        return body;
    }

    // ---- peer endpoints -----------------------------------------------------------------------

    private void localCounts(Context ctx) {
        Params params = Params.of(ctx, Set.of("from", "to", "partitions"));
        String store = ctx.pathParam("store");
        if (!Set.of(StoreNames.MEETINGS_PER_REGION, StoreNames.MEETINGS_PER_COUNTRY, StoreNames.MEETINGS_PER_BODY,
                StoreNames.MEETINGS_PER_VENUE_COUNTRY, StoreNames.TOPICS_PER_REGION, StoreNames.TOPICS_PER_COUNTRY,
                StoreNames.THEMES_PER_DAY).contains(store)) {
            throw ApiException.notFound("no aggregate store " + Params.abbreviate(store));
        }
        var range = params.dayRange();
        Partial<StoreQueries.DayCount> part = queries().localCounts(store, range[0], range[1], params.partitions("partitions"));
        send(ctx, 200, Map.of("rows", part.rows(), "total", part.total(), "unavailable", part.unavailable()));
    }

    private void localMeetings(Context ctx) {
        Params params = Params.of(ctx, Set.of("day", "from", "to", "country", "body", "region", "person", "status", "kind", "limit", "partitions"));
        Partial<Map<String, Object>> part = queries().localMeetings(MeetingFilter.from(params),
                params.integer("limit", 100, 1, 1000), params.partitions("partitions"));
        send(ctx, 200, Map.of("rows", part.rows(), "total", part.total(), "unavailable", part.unavailable()));
    }

    private void localMeeting(Context ctx) {
        Params params = Params.of(ctx, Set.of("partition"));
        String id = meetingId(ctx);
        int partition = params.integer("partition", 0, 0, 100_000);
        Optional<Map<String, Object>> found = queries().localMeeting(id, partition);
        if (found.isEmpty()) {
            throw ApiException.notFound("no meeting with id " + id);
        }
        send(ctx, 200, found.get());
    }

    private static String meetingId(Context ctx) {
        String id = ctx.pathParam("meetingId");
        if (!MEETING_ID.matcher(id).matches()) {
            throw ApiException.badRequest("a meeting id is 1 to 128 letters, digits or . _ : -, got '" + Params.abbreviate(id) + "'");
        }
        return id;
    }

    private void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> securityHeaders() {
        return Map.of("X-Content-Type-Options", "nosniff",
                "X-Frame-Options", "DENY",
                "Referrer-Policy", "no-referrer",
                "Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                        + "frame-ancestors 'none'");
    }

    @Override
    public void close() {
        app.stop();
        LiveEvents live = events;
        if (live != null) {
            live.close();
        }
        ClusterQueries q = queries;
        if (q != null) {
            q.close();
        }
    }
}
