package io.newswire.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;

/**
 * Schema Registry client over HTTP ({@link HttpClient}), with caches so that after the first call
 * for a subject/schema or id no further request is made.
 *
 * <p>Several URLs may be given: a request goes to the first one that answers (connection failures
 * and timeouts move on to the next). Basic auth ({@code basic.auth.credentials.source} USER_INFO or
 * URL) and TLS ({@code schema.registry.ssl.truststore.*}, {@code schema.registry.ssl.keystore.*})
 * are configured with Confluent's keys, see {@link AvroSerdeConfig}. Credentials are never logged
 * nor put in exception messages.
 */
public class CachedSchemaRegistryClient implements SchemaRegistryClient {

  /** Content type of the Schema Registry REST API. */
  public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Endpoint> endpoints;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final long latestTtlNanos;

  private final Map<String, Map<Schema, Integer>> idBySubjectAndSchema = new ConcurrentHashMap<>();
  private final Map<String, Map<Schema, SchemaMetadata>> lookupBySubjectAndSchema = new ConcurrentHashMap<>();
  private final Map<Integer, Schema> schemaById = new ConcurrentHashMap<>();
  private final Map<String, Latest> latestBySubject = new ConcurrentHashMap<>();

  private record Endpoint(URI base, String authorization) {}

  private record Latest(SchemaMetadata metadata, long fetchedAtNanos) {}

  /** A client of one registry URL without auth or TLS settings. */
  public CachedSchemaRegistryClient(String url) {
    this(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url));
  }

  /** A client configured with Confluent's keys ({@code schema.registry.url}, basic auth, TLS, timeouts). */
  public CachedSchemaRegistryClient(Map<String, ?> configs) {
    this(new AvroSerdeConfig(configs));
  }

  public CachedSchemaRegistryClient(AvroSerdeConfig config) {
    List<String> urls = config.schemaRegistryUrls();
    this.endpoints = urls.stream().map(u -> endpoint(u, config)).toList();
    HttpClient.Builder builder = HttpClient.newBuilder()
        .connectTimeout(Duration.ofMillis(config.connectTimeoutMs()))
        .followRedirects(HttpClient.Redirect.NEVER);
    SSLContext ssl = sslContext(config);
    if (ssl != null) {
      builder.sslContext(ssl);
    }
    this.http = builder.build();
    this.requestTimeout = Duration.ofMillis(config.readTimeoutMs());
    long ttl = config.latestCacheTtlSec();
    this.latestTtlNanos = ttl < 0 ? Long.MAX_VALUE : Duration.ofSeconds(ttl).toNanos();
  }

  private static Endpoint endpoint(String url, AvroSerdeConfig config) {
    URI uri;
    try {
      uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "(hidden)", "not a valid URL");
    }
    if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
      throw new ConfigException(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "(hidden)", "expected http://, https:// or mock:// URLs");
    }
    String userInfo = config.basicAuthUserInfo(url);
    String auth = userInfo == null ? null
        : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    URI base;
    try {
      // Strip the user info: it must go in the Authorization header, never on the wire in the URL.
      base = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
    } catch (java.net.URISyntaxException e) {
      throw new ConfigException(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "(hidden)", "not a valid URL");
    }
    return new Endpoint(base, auth);
  }

  private static SSLContext sslContext(AvroSerdeConfig config) {
    String trustLocation = config.sslSetting(AvroSerdeConfig.SSL_TRUSTSTORE_LOCATION);
    String keyLocation = config.sslSetting(AvroSerdeConfig.SSL_KEYSTORE_LOCATION);
    if (trustLocation == null && keyLocation == null) {
      return null;
    }
    try {
      TrustManagerFactory tmf = null;
      if (trustLocation != null) {
        KeyStore ts = loadStore(trustLocation, config.sslSetting(AvroSerdeConfig.SSL_TRUSTSTORE_TYPE),
            config.sslSetting(AvroSerdeConfig.SSL_TRUSTSTORE_PASSWORD));
        tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ts);
      }
      KeyManagerFactory kmf = null;
      if (keyLocation != null) {
        String storePassword = config.sslSetting(AvroSerdeConfig.SSL_KEYSTORE_PASSWORD);
        KeyStore ks = loadStore(keyLocation, config.sslSetting(AvroSerdeConfig.SSL_KEYSTORE_TYPE), storePassword);
        String keyPassword = config.sslSetting(AvroSerdeConfig.SSL_KEY_PASSWORD);
        kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, chars(keyPassword != null ? keyPassword : storePassword));
      }
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
      return ctx;
    } catch (IOException | GeneralSecurityException e) {
      throw new ConfigException("cannot set up TLS for the schema registry client: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  private static KeyStore loadStore(String location, String type, String password) throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance(type == null ? "JKS" : type);
    try (InputStream in = new FileInputStream(location)) {
      ks.load(in, chars(password));
    }
    return ks;
  }

  private static char[] chars(String s) {
    return s == null ? null : s.toCharArray();
  }

  @Override
  public int register(String subject, Schema schema) throws IOException {
    Map<Schema, Integer> ids = idBySubjectAndSchema.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
    Integer cached = ids.get(schema);
    if (cached != null) {
      return cached;
    }
    JsonNode answer = request("POST", "/subjects/" + enc(subject) + "/versions", schemaBody(schema));
    int id = requiredInt(answer, "id");
    ids.put(schema, id);
    schemaById.putIfAbsent(id, schema);
    return id;
  }

  @Override
  public int getId(String subject, Schema schema) throws IOException {
    Integer cached = idBySubjectAndSchema.getOrDefault(subject, Map.of()).get(schema);
    if (cached != null) {
      return cached;
    }
    int id = lookup(subject, schema).id();
    idBySubjectAndSchema.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(schema, id);
    return id;
  }

  @Override
  public SchemaMetadata lookup(String subject, Schema schema) throws IOException {
    Map<Schema, SchemaMetadata> bySchema = lookupBySubjectAndSchema.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
    SchemaMetadata cached = bySchema.get(schema);
    if (cached != null) {
      return cached;
    }
    JsonNode answer = request("POST", "/subjects/" + enc(subject), schemaBody(schema));
    SchemaMetadata md = new SchemaMetadata(subject, requiredInt(answer, "id"), requiredInt(answer, "version"),
        answer.path("schema").asText(schema.toString()));
    bySchema.put(schema, md);
    schemaById.putIfAbsent(md.id(), schema);
    return md;
  }

  @Override
  public Schema getSchemaById(int id) throws IOException {
    Schema cached = schemaById.get(id);
    if (cached != null) {
      return cached;
    }
    JsonNode answer = request("GET", "/schemas/ids/" + id, null);
    Schema schema = parse(answer.path("schema").asText(null), "schema id " + id);
    Schema prev = schemaById.putIfAbsent(id, schema);
    return prev != null ? prev : schema;
  }

  @Override
  public SchemaMetadata getLatestSchemaMetadata(String subject) throws IOException {
    Latest cached = latestBySubject.get(subject);
    if (cached != null && System.nanoTime() - cached.fetchedAtNanos() < latestTtlNanos) {
      return cached.metadata();
    }
    JsonNode answer = request("GET", "/subjects/" + enc(subject) + "/versions/latest", null);
    SchemaMetadata md = new SchemaMetadata(answer.path("subject").asText(subject), requiredInt(answer, "id"),
        requiredInt(answer, "version"), answer.path("schema").asText(null));
    schemaById.computeIfAbsent(md.id(), i -> parse(md.schema(), "schema id " + i));
    latestBySubject.put(subject, new Latest(md, System.nanoTime()));
    return md;
  }

  private static Schema parse(String text, String what) {
    if (text == null) {
      throw new IllegalStateException("registry answer for " + what + " has no schema");
    }
    return new Schema.Parser().parse(text);
  }

  private static String schemaBody(Schema schema) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("schema", schema.toString());
    return JSON.writeValueAsString(body);
  }

  private static int requiredInt(JsonNode answer, String field) throws IOException {
    JsonNode n = answer.get(field);
    if (n == null || !n.canConvertToInt()) {
      throw new IOException("unexpected schema registry answer: no integer \"" + field + "\"");
    }
    return n.intValue();
  }

  private static String enc(String pathSegment) {
    return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonNode request(String method, String path, String body) throws IOException {
    IOException last = null;
    for (Endpoint ep : endpoints) {
      URI uri = URI.create(ep.base() + path);
      HttpRequest.Builder rb = HttpRequest.newBuilder(uri)
          .timeout(requestTimeout)
          .header("Accept", CONTENT_TYPE + ", application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (body != null) {
        rb.header("Content-Type", CONTENT_TYPE);
      }
      if (ep.authorization() != null) {
        rb.header("Authorization", ep.authorization());
      }
      HttpResponse<String> response;
      try {
        response = http.send(rb.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (ConnectException | HttpTimeoutException e) {
        last = new IOException("schema registry " + ep.base() + " unreachable for " + method + " " + path + ": " + e, e);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while calling the schema registry");
      }
      return answer(response, method, path);
    }
    throw last;
  }

  private static JsonNode answer(HttpResponse<String> response, String method, String path) throws IOException {
    int status = response.statusCode();
    JsonNode json = null;
    try {
      json = response.body() == null || response.body().isEmpty() ? null : JSON.readTree(response.body());
    } catch (IOException e) {
      // not JSON: handled below
    }
    if (status >= 200 && status < 300) {
      if (json == null) {
        throw new IOException("schema registry answered " + method + " " + path + " with a body that is not JSON");
      }
      return json;
    }
    if (json != null && json.has("error_code")) {
      throw new RestClientException(json.path("message").asText(""), status, json.path("error_code").asInt(status));
    }
    throw new RestClientException("schema registry answered " + method + " " + path + " with HTTP " + status, status, status);
  }

  @Override
  public String toString() {
    return "CachedSchemaRegistryClient" + endpoints.stream().map(e -> e.base().toString()).toList();
  }
}
