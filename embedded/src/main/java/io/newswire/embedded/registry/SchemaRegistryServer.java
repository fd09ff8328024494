package io.newswire.embedded.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Schema Registry speaking the subset of Confluent's REST API the serializers and operators
 * use, for AVRO schemas:
 *
 * <ul>
 *   <li>{@code GET /subjects}, {@code GET /subjects/{s}/versions}, {@code GET /subjects/{s}/versions/{v|latest}},
 *       {@code GET /subjects/{s}/versions/{v}/schema}
 *   <li>{@code POST /subjects/{s}/versions} (register; the same schema gets the same id, in every subject),
 *       {@code POST /subjects/{s}} (look up)
 *   <li>{@code GET /schemas/ids/{id}}, {@code GET /schemas/types}
 *   <li>{@code GET/PUT /config}, {@code GET/PUT/DELETE /config/{s}}
 *   <li>{@code POST /compatibility/subjects/{s}/versions/{v|latest}} → {@code {"is_compatible":bool}}
 * </ul>
 *
 * Registrations are checked against the subject's compatibility level (BACKWARD by default);
 * errors are {@code {"error_code":..,"message":..}}: 404/40401 unknown subject, 404/40402 unknown
 * version, 404/40403 unknown schema, 409/409 incompatible schema, 422/42201 invalid schema,
 * 422/42202 invalid version, 422/42203 invalid compatibility level, 413 body over 1 MiB, 400 body
 * not JSON, 500/50001 store failure. Stack traces are logged, never sent.
 *
 * <p>State lives in a {@link SchemaStore}: {@link KafkaSchemaStore} (topic {@code _schemas}, ids
 * survive restarts) or {@link InMemorySchemaStore}.
 *
 * <p>HTTP is Jetty's non-blocking connector (the Jetty the serving API already uses): an idle or slow
 * connection holds no thread, and is closed after {@link #DEFAULT_IDLE_TIMEOUT} without a byte; requests run
 * on at most {@link #MAX_THREADS} threads; at most {@link #MAX_CONNECTIONS} connections are open at once;
 * a request body must arrive at {@link #MIN_BODY_BYTES_PER_SECOND} bytes a second or better. Every request
 * is checked, in this order, before it is routed:
 * <ol>
 *   <li>{@code Host}: when bound to a loopback address, only {@code 127.0.0.1}, {@code localhost},
 *       {@code [::1]}, the bind host and an advertised host are accepted (403/40301 otherwise: a DNS
 *       rebinding page sends its own host name);
 *   <li>basic authentication, when started with {@link #withCredentials} (401/40101 with
 *       {@code WWW-Authenticate} otherwise), for every endpoint;
 *   <li>{@code Origin}, on POST/PUT/DELETE: absent, or the registry's own origin (403/40302 otherwise, so
 *       a web page cannot change the registry with a cross-site request);
 *   <li>{@code Content-Type}, on POST/PUT: {@code application/vnd.schemaregistry.v1+json},
 *       {@code application/vnd.schemaregistry+json} or {@code application/json} (415 otherwise, which
 *       also stops a cross-site "simple" POST, whose type can only be text/plain or a form).
 * </ol>
 */
public final class SchemaRegistryServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SchemaRegistryServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Default bind address: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** Default Kafka topic of the {@link KafkaSchemaStore}. */
  public static final String SCHEMAS_TOPIC = "_schemas";
  /** Largest request body accepted. */
  public static final int MAX_BODY_BYTES = 1 << 20;
  /** Content type of every answer. */
  public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  /** A connection that sends nothing for this long is closed. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
  /** Threads serving requests (idle connections use none). */
  public static final int MAX_THREADS = 32;
  /** Connections open at once; past it new ones wait in the accept queue and idle ones are cut after 5 s. */
  public static final int MAX_CONNECTIONS = 512;
  /** A request body arriving slower than this is abandoned (408). */
  public static final int MIN_BODY_BYTES_PER_SECOND = 1024;
  private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  private final SchemaStore store;
  private final String host;
  private final int requestedPort;
  private final CompatibilityLevel defaultLevel;
  /** Guards {@link #state}; writers also hold {@link #writeLock}, so decide-store-apply is atomic. */
  private final Object stateLock = new Object();
  private RegistryState state;
  /** Set when a store write failed: it may still have landed, so memory is re-read before the next write. */
  private boolean stale;
  private final ReentrantLock writeLock = new ReentrantLock();
  private Server http;
  private ServerConnector connector;
  private RegistryCredentials credentials;
  private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
  private final Set<String> extraHosts = new LinkedHashSet<>();
  /** Null when bound to a non-loopback address: then any Host is accepted. */
  private Set<String> allowedHosts;

  /** A server over {@code store}, not started; {@code host} null means 127.0.0.1, {@code port} 0 an ephemeral port. */
  public SchemaRegistryServer(SchemaStore store, String host, int port) {
    this(store, host, port, CompatibilityLevel.BACKWARD);
  }

  /** As above, with the global compatibility level used until one is PUT to {@code /config}. */
  public SchemaRegistryServer(SchemaStore store, String host, int port, CompatibilityLevel defaultLevel) {
    this.store = store;
    this.host = host == null || host.isBlank() ? DEFAULT_HOST : host;
    this.requestedPort = port;
    this.defaultLevel = defaultLevel;
    this.state = new RegistryState(defaultLevel);
  }

  /**
   * Starts a server keeping its schemas in the Kafka topic {@code _schemas} of the cluster that
   * {@code kafkaClientProps} reach ({@code bootstrap.servers} plus any SASL/SSL settings).
   */
  public static SchemaRegistryServer start(Map<String, Object> kafkaClientProps, String host, int port) {
    return new SchemaRegistryServer(new KafkaSchemaStore(kafkaClientProps, SCHEMAS_TOPIC), host, port).start();
  }

  /** As {@link #start(Map, String, int)}, requiring basic authentication with {@code credentials} (null: none). */
  public static SchemaRegistryServer start(Map<String, Object> kafkaClientProps, String host, int port,
      RegistryCredentials credentials) {
    return new SchemaRegistryServer(new KafkaSchemaStore(kafkaClientProps, SCHEMAS_TOPIC), host, port)
        .withCredentials(credentials).start();
  }

  /** Requires basic authentication with these credentials on every request (null: none). Before {@link #start()}. */
  public synchronized SchemaRegistryServer withCredentials(RegistryCredentials credentials) {
    requireNotStarted();
    this.credentials = credentials;
    return this;
  }

  /** Also accepts this name in the {@code Host} header (the name clients are given). Before {@link #start()}. */
  public synchronized SchemaRegistryServer withAdvertisedHost(String name) {
    requireNotStarted();
    extraHosts.add(name.toLowerCase(Locale.ROOT));
    return this;
  }

  /** Closes connections idle this long (default {@link #DEFAULT_IDLE_TIMEOUT}). Before {@link #start()}. */
  public synchronized SchemaRegistryServer withIdleTimeout(Duration timeout) {
    requireNotStarted();
    this.idleTimeout = timeout;
    return this;
  }

  private void requireNotStarted() {
    if (http != null) {
      throw new IllegalStateException("already started");
    }
  }

  /** Starts a server whose schemas live in memory only. */
  public static SchemaRegistryServer inMemory(String host, int port) {
    return new SchemaRegistryServer(new InMemorySchemaStore(), host, port).start();
  }

  /**
   * Loads the store and starts serving.
   *
   * @throws UncheckedIOException if the store cannot be loaded, or the port cannot be bound (then
   *     its cause is the {@link java.net.BindException})
   */
  public synchronized SchemaRegistryServer start() {
    if (http != null) {
      return this;
    }
    List<SchemaStore.Entry> entries;
    try {
      entries = store.load();
    } catch (IOException e) {
      store.close();
      throw new UncheckedIOException(e.getMessage(), e);
    }
    rebuild(entries);
    allowedHosts = hostsFor(host, extraHosts);
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2, 60_000);
    threads.setName("schema-registry-http");
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration config = new HttpConfiguration();
    config.setSendServerVersion(false);
    config.setSendDateHeader(false);
    config.setRequestHeaderSize(16 * 1024);
    config.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
    // Subjects may hold an escaped '/' (%2F): route on the raw path, as Confluent's registry does.
    config.setUriCompliance(org.eclipse.jetty.http.UriCompliance.LEGACY);
    ServerConnector c = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
    c.setHost(host);
    c.setPort(requestedPort);
    c.setIdleTimeout(idleTimeout.toMillis());
    c.setAcceptQueueSize(128);
    server.addConnector(c);
    ConnectionLimit limit = new ConnectionLimit(MAX_CONNECTIONS, server);
    limit.setIdleTimeout(5_000);
    server.addBean(limit);
    ErrorHandler errors = new ErrorHandler();
    errors.setShowStacks(false);
    errors.setShowServlet(false);
    server.setErrorHandler(errors);
    server.setHandler(new AbstractHandler() {
      @Override
      public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
          throws IOException {
        base.setHandled(true);
        Call call = new Call(base, request, response);
        String method = call.method();
        if (method.equals("POST") || method.equals("PUT")) {
          try {
            check(call);
          } catch (RegistryException e) {
            // refused before its body is read; the connection is not reused
            call.setHeader("Connection", "close");
            send(call, error(e.status, e.errorCode, e.getMessage()));
            return;
          }
          new BodyReader(call).start();
        } else {
          SchemaRegistryServer.this.handle(call);
        }
      }
    });
    server.setStopTimeout(0);
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      store.close();
      java.net.BindException bind = e instanceof java.net.BindException b ? b
          : e.getCause() instanceof java.net.BindException b ? b : null;
      IOException cause = bind != null ? bind : e instanceof IOException io ? io : new IOException(e.getMessage(), e);
      throw new UncheckedIOException("cannot bind the schema registry to " + host + ":" + requestedPort + ": "
          + e.getMessage(), cause);
    }
    http = server;
    connector = c;
    log.info("Schema registry listening on {} ({} subject(s) loaded{})", url(), state.subjects().size(),
        credentials == null ? "" : ", basic authentication on");
    return this;
  }

  /** The Host names accepted when bound to {@code bindHost}, or null (any) when it is not a loopback address. */
  static Set<String> hostsFor(String bindHost, Set<String> extra) {
    boolean loopback;
    try {
      loopback = InetAddress.getByName(bindHost).isLoopbackAddress();
    } catch (UnknownHostException e) {
      loopback = false;
    }
    if (!loopback) {
      return null;
    }
    Set<String> names = new LinkedHashSet<>(LOOPBACK_NAMES);
    String h = bindHost.toLowerCase(Locale.ROOT);
    names.add(h);
    names.add(h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h);
    names.addAll(extra);
    return names;
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception ignored) {
      // already failing
    }
  }

  private void rebuild(List<SchemaStore.Entry> entries) {
    RegistryState fresh = new RegistryState(defaultLevel);
    for (SchemaStore.Entry e : entries) {
      try {
        fresh.apply(e);
      } catch (SchemaParseException bad) {
        log.warn("Skipping a stored schema that does not parse: {}", bad.getMessage());
      }
    }
    synchronized (stateLock) {
      state = fresh;
    }
  }

  /** Called with {@link #writeLock} held, before deciding a change: re-reads the store after a failed write. */
  private void resyncIfStale() throws RegistryException {
    if (!stale) {
      return;
    }
    try {
      rebuild(store.reload());
      stale = false;
      log.info("Re-read the schema store after a failed write");
    } catch (IOException | RuntimeException e) {
      log.error("Could not re-read the schema store", e);
      throw new RegistryException(500, 50001, "Error in the backend data store: it cannot be read");
    }
  }

  /** The bound port (after {@link #start()}). */
  public int port() {
    if (http == null) {
      throw new IllegalStateException("not started");
    }
    return connector.getLocalPort();
  }

  /** {@code http://host:port}, for {@code schema.registry.url}. */
  public String url() {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port();
  }

  @Override
  public synchronized void close() {
    if (http != null) {
      stopQuietly(http);
      http = null;
      connector = null;
    }
    store.close();
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP

  private record Answer(int status, Object body) {}

  /** One request and its response, as the routes see them. */
  private static final class Call {
    final Request base;
    final HttpServletRequest request;
    final HttpServletResponse response;

    Call(Request base, HttpServletRequest request, HttpServletResponse response) {
      this.base = base;
      this.request = request;
      this.response = response;
    }

    String method() {
      return request.getMethod().toUpperCase(Locale.ROOT);
    }

    String rawPath() {
      return base.getHttpURI().getPath();
    }

    String rawQuery() {
      return base.getHttpURI().getQuery();
    }

    String header(String name) {
      return request.getHeader(name);
    }

    /** The body, read without holding a thread before the request is routed ({@link BodyReader}). */
    byte[] bodyBytes = new byte[0];
    /** True when the body was over {@link #MAX_BODY_BYTES} (then {@link #bodyBytes} holds its start only). */
    boolean bodyTooLarge;

    InputStream body() {
      return new java.io.ByteArrayInputStream(bodyBytes);
    }

    void setHeader(String name, String value) {
      response.setHeader(name, value);
    }
  }

  /**
   * Reads a request body with non-blocking reads (a body trickled a byte at a time holds no thread), then
   * answers on a pool thread. A body over {@link #MAX_BODY_BYTES} is read on and dropped, up to 8 times that,
   * so that the client sees the 413 rather than a reset; a body not complete within the idle timeout gets 408.
   */
  private final class BodyReader implements jakarta.servlet.ReadListener, jakarta.servlet.AsyncListener {
    private final Call call;
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    private final byte[] chunk = new byte[16 * 1024];
    private final java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
    private jakarta.servlet.AsyncContext async;
    private jakarta.servlet.ServletInputStream in;
    private long dropped;

    BodyReader(Call call) {
      this.call = call;
    }

    void start() throws IOException {
      async = call.request.startAsync();
      async.setTimeout(idleTimeout.toMillis());
      async.addListener(this);
      in = call.request.getInputStream();
      in.setReadListener(this);
    }

    @Override
    public void onDataAvailable() throws IOException {
      while (!finished.get() && in.isReady()) {
        int n = in.read(chunk);
        if (n < 0) {
          return;
        }
        if (buffer.size() + n <= MAX_BODY_BYTES + 1) {
          buffer.write(chunk, 0, n);
        } else if ((dropped += n) > 8L * MAX_BODY_BYTES) {
          // too much to drain: answer now, and close the connection
          finish(null);
          return;
        }
      }
    }

    @Override
    public void onAllDataRead() {
      finish(null);
    }

    @Override
    public void onError(Throwable t) {
      log.debug("Could not read a request body: {}", t.toString());
      finish(new RegistryException(400, 400, "Could not read the request body"));
    }

    @Override
    public void onTimeout(jakarta.servlet.AsyncEvent event) {
      finish(new RegistryException(408, 408, "The request body did not arrive within " + idleTimeout.toSeconds() + " s"));
    }

    @Override
    public void onComplete(jakarta.servlet.AsyncEvent event) {
      // nothing to release
    }

    @Override
    public void onError(jakarta.servlet.AsyncEvent event) {
      finish(new RegistryException(400, 400, "Could not read the request body"));
    }

    @Override
    public void onStartAsync(jakarta.servlet.AsyncEvent event) {
      // not restarted
    }

    private void finish(RegistryException failure) {
      if (!finished.compareAndSet(false, true)) {
        return;
      }
      try {
        call.bodyBytes = buffer.toByteArray();
        call.bodyTooLarge = call.bodyBytes.length > MAX_BODY_BYTES || dropped > 0;
        if (failure != null) {
          call.setHeader("Connection", "close");
          send(call, error(failure.status, failure.errorCode, failure.getMessage()));
        } else {
          handle(call, false);
        }
      } catch (IOException | RuntimeException e) {
        log.debug("Could not answer: {}", e.toString());
      } finally {
        async.complete();
      }
    }
  }

  private void handle(Call ex) {
    handle(ex, true);
  }

  private void handle(Call ex, boolean checkFirst) {
    Answer answer;
    try {
      if (checkFirst) {
        check(ex);
      }
      answer = route(ex);
    } catch (RegistryException e) {
      answer = error(e.status, e.errorCode, e.getMessage());
    } catch (RuntimeException e) {
      log.error("Unexpected error serving {} {}", ex.method(), ex.rawPath(), e);
      answer = error(500, 50000, "Internal server error");
    }
    try {
      send(ex, answer);
    } catch (IOException e) {
      log.debug("Could not send the answer: {}", e.toString());
    }
  }

  /** The checks every request passes before it is routed (see the class comment). */
  private void check(Call ex) throws RegistryException {
    String hostHeader = ex.header("Host");
    if (allowedHosts != null && hostHeader != null && !allowedHosts.contains(hostName(hostHeader))) {
      throw new RegistryException(403, 40301, "Host '" + abbreviate(hostHeader) + "' is not this registry's:"
          + " bound to " + host + ", it answers to " + String.join(", ", allowedHosts));
    }
    if (credentials != null && !credentials.matches(ex.header("Authorization"))) {
      ex.setHeader("WWW-Authenticate", "Basic realm=\"newswire-schema-registry\", charset=\"UTF-8\"");
      throw new RegistryException(401, 40101, "Unauthorized: this registry requires basic authentication"
          + " (basic.auth.credentials.source=USER_INFO, basic.auth.user.info=USER:PASSWORD)");
    }
    String method = ex.method();
    boolean write = !(method.equals("GET") || method.equals("HEAD"));
    if (write) {
      String origin = ex.header("Origin");
      if (origin != null && (hostHeader == null || !(origin.equalsIgnoreCase("http://" + hostHeader)
          || origin.equalsIgnoreCase("https://" + hostHeader)))) {
        throw new RegistryException(403, 40302, "Cross-origin " + method + " refused (Origin '" + abbreviate(origin)
            + "' is not this registry)");
      }
    }
    if (method.equals("POST") || method.equals("PUT")) {
      String type = ex.header("Content-Type");
      String t = type == null ? "" : type.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
      if (!(t.equals("application/vnd.schemaregistry.v1+json") || t.equals("application/vnd.schemaregistry+json")
          || t.equals("application/json"))) {
        throw new RegistryException(415, 415, "HTTP 415 Unsupported Media Type: "
            + (type == null ? "no Content-Type" : "Content-Type '" + abbreviate(type) + "'")
            + "; send application/vnd.schemaregistry.v1+json");
      }
    }
  }

  /** The host name of a {@code Host} header, lower case, without its port ({@code [::1]} keeps its brackets). */
  static String hostName(String hostHeader) {
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close < 0 ? h : h.substring(0, close + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("[\\p{Cntrl}]", "?");
    return one.length() <= 100 ? one : one.substring(0, 100) + "…";
  }

  private static Answer error(int status, int code, String message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("error_code", code);
    body.put("message", message);
    return new Answer(status, body);
  }

  private static void send(Call ex, Answer answer) throws IOException {
    byte[] bytes = answer.body() instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
        : JSON.writeValueAsBytes(answer.body());
    ex.response.setStatus(answer.status());
    ex.response.setContentType(CONTENT_TYPE);
    if (ex.method().equals("HEAD")) {
      return;
    }
    ex.response.setContentLength(bytes.length);
    try (OutputStream out = ex.response.getOutputStream()) {
      out.write(bytes);
    }
  }

  private Answer route(Call ex) throws RegistryException {
    String method = ex.method();
    List<String> p = segments(ex.rawPath());
    Map<String, String> query = query(ex.rawQuery());
    int n = p.size();
    String first = n > 0 ? p.get(0) : "";

    if (n == 0) {
      return only(method, "GET", () -> new Answer(200, JSON.createObjectNode()));
    }
    switch (first) {
      case "subjects":
        if (n == 1) {
          return only(method, "GET", () -> new Answer(200, subjects()));
        }
        String subject = p.get(1);
        if (n == 2) {
          return only(method, "POST", () -> lookup(subject, schemaFrom(ex)));
        }
        if (!p.get(2).equals("versions")) {
          break;
        }
        if (n == 3) {
          if (method.equals("POST")) {
            return register(subject, schemaFrom(ex));
          }
          return only(method, "GET", () -> versions(subject));
        }
        if (n == 4) {
          return only(method, "GET", () -> version(subject, p.get(3), false));
        }
        if (n == 5 && p.get(4).equals("schema")) {
          return only(method, "GET", () -> version(subject, p.get(3), true));
        }
        break;
      case "schemas":
        if (n == 3 && p.get(1).equals("ids")) {
          return only(method, "GET", () -> schemaById(p.get(2)));
        }
        if (n == 2 && p.get(1).equals("types")) {
          return only(method, "GET", () -> new Answer(200, JSON.createArrayNode().add("AVRO")));
        }
        break;
      case "config":
        if (n == 1) {
          if (method.equals("PUT")) {
            return putConfig(null, ex);
          }
          return only(method, "GET", () -> getConfig(null, true));
        }
        if (n == 2) {
          String s = p.get(1);
          if (method.equals("PUT")) {
            return putConfig(s, ex);
          }
          if (method.equals("DELETE")) {
            return deleteConfig(s);
          }
          return only(method, "GET", () -> getConfig(s, Boolean.parseBoolean(query.get("defaultToGlobal"))));
        }
        break;
      case "compatibility":
        if ((n == 4 || n == 5) && p.get(1).equals("subjects") && p.get(3).equals("versions")) {
          String s = p.get(2);
          String v = n == 5 ? p.get(4) : null;
          return only(method, "POST", () -> compatibility(s, v, schemaFrom(ex),
              Boolean.parseBoolean(query.get("verbose"))));
        }
        break;
      default:
        break;
    }
    throw new RegistryException(404, 404, "HTTP 404 Not Found");
  }

  private interface Action {
    Answer run() throws RegistryException;
  }

  private static Answer only(String method, String allowed, Action action) throws RegistryException {
    if (!method.equals(allowed) && !(allowed.equals("GET") && method.equals("HEAD"))) {
      throw new RegistryException(405, 405, "HTTP 405 Method Not Allowed");
    }
    return action.run();
  }

  private static List<String> segments(String rawPath) {
    List<String> out = new ArrayList<>();
    if (rawPath == null) {
      return out;
    }
    for (String s : rawPath.split("/")) {
      if (!s.isEmpty()) {
        out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> out = new HashMap<>();
    if (rawQuery == null) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "true" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
    return out;
  }

  /** The request body as JSON, within {@link #MAX_BODY_BYTES}. */
  private static JsonNode body(Call ex) throws RegistryException {
    // The Content-Type was checked with the other request checks.
    String length = ex.header("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > MAX_BODY_BYTES) {
          throw tooLarge(ex);
        }
      } catch (NumberFormatException e) {
        throw new RegistryException(400, 400, "Invalid Content-Length");
      }
    }
    byte[] bytes = ex.bodyBytes;
    if (ex.bodyTooLarge || bytes.length > MAX_BODY_BYTES) {
      throw tooLarge(ex);
    }
    if (bytes.length == 0) {
      throw new RegistryException(400, 400, "The request needs a JSON body");
    }
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new RegistryException(400, 400, "The request body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new RegistryException(400, 400, "The request body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new RegistryException(400, 400, "The request body is not valid JSON");
    }
  }

  /** The body was read (and dropped past the limit) before routing: the client sees the 413, not a reset. */
  private static RegistryException tooLarge(Call ex) {
    ex.setHeader("Connection", "close");
    return new RegistryException(413, 413, "Request body larger than " + MAX_BODY_BYTES + " bytes");
  }

  /** The schema of a {@code {"schema": "...", "schemaType": "AVRO"}} request. */
  private static Schema schemaFrom(Call ex) throws RegistryException {
    JsonNode body = body(ex);
    String type = body.path("schemaType").asText("AVRO");
    if (!type.equalsIgnoreCase("AVRO")) {
      throw new RegistryException(422, 42201, "Invalid schema: schemaType " + type + " is not supported, only AVRO");
    }
    JsonNode refs = body.get("references");
    if (refs != null && refs.isArray() && refs.size() > 0) {
      throw new RegistryException(422, 42201, "Invalid schema: schema references are not supported");
    }
    JsonNode text = body.get("schema");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw RegistryException.invalidSchema("the request has no \"schema\" string");
    }
    try {
      return new Schema.Parser().parse(text.asText());
    } catch (SchemaParseException | org.apache.avro.AvroTypeException e) {
      throw RegistryException.invalidSchema(e.getMessage());
    } catch (RuntimeException e) {
      throw RegistryException.invalidSchema(e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Operations

  private ArrayNode subjects() {
    ArrayNode out = JSON.createArrayNode();
    synchronized (stateLock) {
      state.subjects().forEach(out::add);
    }
    return out;
  }

  private Answer versions(String subject) throws RegistryException {
    ArrayNode out = JSON.createArrayNode();
    synchronized (stateLock) {
      if (!state.hasSubject(subject)) {
        throw RegistryException.subjectNotFound(subject);
      }
      state.versions(subject).forEach(v -> out.add(v.version()));
    }
    return new Answer(200, out);
  }

  private static ObjectNode describe(RegistryState.Version v) {
    ObjectNode out = JSON.createObjectNode();
    out.put("subject", v.subject());
    out.put("version", v.version());
    out.put("id", v.id());
    out.put("schema", v.schemaText());
    return out;
  }

  /** {@code latest} or {@code -1}: the latest; else a positive version number. */
  private static Integer parseVersion(String version) throws RegistryException {
    if (version.equals("latest") || version.equals("-1")) {
      return null;
    }
    try {
      int v = Integer.parseInt(version);
      if (v >= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new RegistryException(422, 42202, "The specified version '" + version
        + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
  }

  private Answer version(String subject, String version, boolean schemaOnly) throws RegistryException {
    Integer v = parseVersion(version);
    RegistryState.Version found;
    synchronized (stateLock) {
      if (!state.hasSubject(subject)) {
        throw RegistryException.subjectNotFound(subject);
      }
      found = v == null ? state.latest(subject) : state.version(subject, v);
    }
    if (found == null) {
      throw RegistryException.versionNotFound(subject, version);
    }
    return new Answer(200, schemaOnly ? found.schemaText() : describe(found));
  }

  private Answer schemaById(String idText) throws RegistryException {
    int id;
    try {
      id = Integer.parseInt(idText);
    } catch (NumberFormatException e) {
      throw RegistryException.schemaNotFound("Schema " + idText + " not found");
    }
    String text;
    synchronized (stateLock) {
      text = state.schemaText(id);
    }
    if (text == null) {
      throw RegistryException.schemaNotFound("Schema " + id + " not found");
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("schema", text);
    return new Answer(200, out);
  }

  private Answer lookup(String subject, Schema schema) throws RegistryException {
    RegistryState.Version found;
    synchronized (stateLock) {
      if (!state.hasSubject(subject)) {
        throw RegistryException.subjectNotFound(subject);
      }
      found = state.find(subject, schema);
    }
    if (found == null) {
      throw RegistryException.schemaNotFound("Schema not found under subject '" + subject + "'");
    }
    return new Answer(200, describe(found));
  }

  private Answer register(String subject, Schema schema) throws RegistryException {
    writeLock.lock();
    try {
      resyncIfStale();
      SchemaStore.SchemaEntry entry;
      synchronized (stateLock) {
        RegistryState.Version existing = state.find(subject, schema);
        if (existing != null) {
          return idAnswer(existing.id());
        }
        CompatibilityLevel level = state.effectiveLevel(subject);
        List<CompatibilityLevel.Versioned> against = level.against(versioned(subject));
        List<String> problems = level.problems(schema, against);
        if (!problems.isEmpty()) {
          throw new RegistryException(409, 409, "Schema being registered is incompatible with an earlier schema for subject '"
              + subject + "' (compatibility " + level + "): " + String.join("; ", problems));
        }
        RegistryState.Version latest = state.latest(subject);
        int version = latest == null ? 1 : latest.version() + 1;
        entry = new SchemaStore.SchemaEntry(subject, version, state.idFor(schema), RegistryState.canonical(schema));
      }
      persist(entry);
      log.info("Registered schema id {} as version {} of subject {}", entry.id(), entry.version(), subject);
      return idAnswer(entry.id());
    } finally {
      writeLock.unlock();
    }
  }

  private List<CompatibilityLevel.Versioned> versioned(String subject) {
    return state.versions(subject).stream()
        .map(v -> new CompatibilityLevel.Versioned(v.version(), v.schema())).toList();
  }

  private static Answer idAnswer(int id) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", id);
    return new Answer(200, out);
  }

  /** Writes to the store, then (acknowledged) to memory. Call with {@link #writeLock} held. */
  private void persist(SchemaStore.Entry entry) throws RegistryException {
    try {
      store.append(entry);
    } catch (IOException | RuntimeException e) {
      stale = true;
      log.error("Could not store a registry change", e);
      throw new RegistryException(500, 50001, "Error in the backend data store: the change was not stored");
    }
    synchronized (stateLock) {
      state.apply(entry);
    }
  }

  private Answer compatibility(String subject, String version, Schema schema, boolean verbose) throws RegistryException {
    Integer v = version == null ? null : parseVersion(version);
    List<String> problems;
    synchronized (stateLock) {
      CompatibilityLevel level = state.effectiveLevel(subject);
      List<CompatibilityLevel.Versioned> all = versioned(subject);
      List<CompatibilityLevel.Versioned> against;
      if (v == null) {
        // latest (or no version): what a registration would be checked against; none yet is compatible.
        against = level.against(all);
      } else {
        if (!state.hasSubject(subject)) {
          throw RegistryException.subjectNotFound(subject);
        }
        RegistryState.Version found = state.version(subject, v);
        if (found == null) {
          throw RegistryException.versionNotFound(subject, version);
        }
        against = List.of(new CompatibilityLevel.Versioned(found.version(), found.schema()));
      }
      problems = level.problems(schema, against);
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("is_compatible", problems.isEmpty());
    if (verbose) {
      ArrayNode messages = out.putArray("messages");
      problems.forEach(messages::add);
    }
    return new Answer(200, out);
  }

  private Answer getConfig(String subject, boolean defaultToGlobal) throws RegistryException {
    CompatibilityLevel level;
    synchronized (stateLock) {
      level = subject == null ? state.globalLevel() : state.subjectLevel(subject);
      if (level == null && defaultToGlobal) {
        level = state.globalLevel();
      }
    }
    if (level == null) {
      throw new RegistryException(404, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured");
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("compatibilityLevel", level.name());
    return new Answer(200, out);
  }

  private Answer putConfig(String subject, Call ex) throws RegistryException {
    JsonNode body = body(ex);
    JsonNode given = body.has("compatibility") ? body.get("compatibility") : body.get("compatibilityLevel");
    CompatibilityLevel level = given == null ? null : CompatibilityLevel.parse(given.asText());
    if (level == null) {
      throw new RegistryException(422, 42203, "Invalid compatibility level. Valid values are none, backward, forward,"
          + " full, backward_transitive, forward_transitive, and full_transitive");
    }
    writeLock.lock();
    try {
      resyncIfStale();
      persist(new SchemaStore.ConfigEntry(subject, level));
    } finally {
      writeLock.unlock();
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("compatibility", level.name());
    return new Answer(200, out);
  }

  private Answer deleteConfig(String subject) throws RegistryException {
    writeLock.lock();
    try {
      resyncIfStale();
      CompatibilityLevel previous;
      synchronized (stateLock) {
        previous = state.subjectLevel(subject);
      }
      if (previous == null) {
        throw RegistryException.subjectNotFound(subject);
      }
      persist(new SchemaStore.ConfigEntry(subject, null));
      ObjectNode out = JSON.createObjectNode();
      out.put("compatibilityLevel", previous.name());
      return new Answer(200, out);
    } finally {
      writeLock.unlock();
    }
  }
}
