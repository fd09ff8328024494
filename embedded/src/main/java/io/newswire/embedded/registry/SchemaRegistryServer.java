package io.newswire.embedded.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
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
  private HttpServer http;
  private ExecutorService executor;

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
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, requestedPort), 64);
    } catch (IOException e) {
      store.close();
      throw new UncheckedIOException("cannot bind the schema registry to " + host + ":" + requestedPort + ": "
          + e.getMessage(), e);
    }
    AtomicInteger n = new AtomicInteger();
    executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "schema-registry-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    http = server;
    log.info("Schema registry listening on {} ({} subject(s) loaded)", url(), state.subjects().size());
    return this;
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
    return http.getAddress().getPort();
  }

  /** {@code http://host:port}, for {@code schema.registry.url}. */
  public String url() {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port();
  }

  @Override
  public synchronized void close() {
    if (http != null) {
      http.stop(0);
      executor.shutdownNow();
      try {
        executor.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      http = null;
    }
    store.close();
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP

  private record Answer(int status, Object body) {}

  private void handle(HttpExchange ex) {
    Answer answer;
    try {
      answer = route(ex);
    } catch (RegistryException e) {
      answer = error(e.status, e.errorCode, e.getMessage());
    } catch (RuntimeException e) {
      log.error("Unexpected error serving {} {}", ex.getRequestMethod(), ex.getRequestURI().getRawPath(), e);
      answer = error(500, 50000, "Internal server error");
    }
    try {
      send(ex, answer);
    } catch (IOException e) {
      log.debug("Could not send the answer: {}", e.toString());
    } finally {
      ex.close();
    }
  }

  private static Answer error(int status, int code, String message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("error_code", code);
    body.put("message", message);
    return new Answer(status, body);
  }

  private static void send(HttpExchange ex, Answer answer) throws IOException {
    byte[] bytes = answer.body() instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
        : JSON.writeValueAsBytes(answer.body());
    ex.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.sendResponseHeaders(answer.status(), -1);
      return;
    }
    ex.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private Answer route(HttpExchange ex) throws RegistryException {
    String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
    List<String> p = segments(ex.getRequestURI().getRawPath());
    Map<String, String> query = query(ex.getRequestURI().getRawQuery());
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
  private static JsonNode body(HttpExchange ex) throws RegistryException {
    String contentType = ex.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null) {
      String ct = contentType.toLowerCase(Locale.ROOT);
      if (!(ct.startsWith("application/vnd.schemaregistry") || ct.startsWith("application/json")
          || ct.startsWith("application/octet-stream") || ct.startsWith("*/*"))) {
        throw new RegistryException(415, 415, "HTTP 415 Unsupported Media Type: send application/vnd.schemaregistry.v1+json");
      }
    }
    String length = ex.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > MAX_BODY_BYTES) {
          throw tooLarge(ex);
        }
      } catch (NumberFormatException e) {
        throw new RegistryException(400, 400, "Invalid Content-Length");
      }
    }
    byte[] bytes;
    try (InputStream in = ex.getRequestBody()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException e) {
      throw new RegistryException(400, 400, "Could not read the request body");
    }
    if (bytes.length > MAX_BODY_BYTES) {
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

  /**
   * Reads and drops (a bounded amount of) the rest of the body first: closing a socket with
   * unread input resets the connection, and the client would see that instead of the 413.
   */
  private static RegistryException tooLarge(HttpExchange ex) {
    try (InputStream in = ex.getRequestBody()) {
      long dropped = 0;
      byte[] buf = new byte[64 * 1024];
      int n;
      while (dropped < 8L * MAX_BODY_BYTES && (n = in.read(buf)) > 0) {
        dropped += n;
      }
    } catch (IOException e) {
      // the answer may not reach the client; nothing else to do
    }
    ex.getResponseHeaders().set("Connection", "close");
    return new RegistryException(413, 413, "Request body larger than " + MAX_BODY_BYTES + " bytes");
  }

  /** The schema of a {@code {"schema": "...", "schemaType": "AVRO"}} request. */
  private static Schema schemaFrom(HttpExchange ex) throws RegistryException {
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

  private Answer putConfig(String subject, HttpExchange ex) throws RegistryException {
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
