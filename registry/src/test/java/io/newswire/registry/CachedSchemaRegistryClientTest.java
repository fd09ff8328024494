package io.newswire.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP client against a tiny stand-in registry: what it sends, what it caches, how errors surface. */
class CachedSchemaRegistryClientTest {

  static final Schema TINY = new Schema.Parser().parse(
      "{\"type\":\"record\",\"name\":\"Tiny\",\"fields\":[{\"name\":\"n\",\"type\":\"int\"}]}");

  record Seen(String method, String path, String authorization, String contentType, String body) {}

  HttpServer server;
  final List<Seen> seen = new CopyOnWriteArrayList<>();
  String url;

  @BeforeEach
  void startStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = ex.getRequestURI().getRawPath();
    seen.add(new Seen(ex.getRequestMethod(), path, ex.getRequestHeaders().getFirst("Authorization"),
        ex.getRequestHeaders().getFirst("Content-Type"), body));
    String quotedTiny = "\"" + TINY.toString().replace("\"", "\\\"") + "\"";
    int status = 200;
    String answer;
    if (path.equals("/subjects/news.raw-value/versions") && ex.getRequestMethod().equals("POST")) {
      answer = "{\"id\":7}";
    } else if (path.equals("/subjects/news.raw-value") && ex.getRequestMethod().equals("POST")) {
      answer = "{\"subject\":\"news.raw-value\",\"id\":7,\"version\":3,\"schema\":" + quotedTiny + "}";
    } else if (path.equals("/schemas/ids/7")) {
      answer = "{\"schema\":" + quotedTiny + "}";
    } else if (path.equals("/subjects/news.raw-value/versions/latest")) {
      answer = "{\"subject\":\"news.raw-value\",\"id\":7,\"version\":3,\"schema\":" + quotedTiny + "}";
    } else if (path.equals("/subjects/a%20b%2Fc/versions")) {
      answer = "{\"id\":8}";
    } else if (path.startsWith("/schemas/ids/")) {
      status = 404;
      answer = "{\"error_code\":40403,\"message\":\"Schema " + path.substring(13) + " not found\"}";
    } else {
      status = 500;
      answer = "<html>oops</html>";
    }
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", CachedSchemaRegistryClient.CONTENT_TYPE);
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  static String basic(String userInfo) {
    return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void registersWithTheRegistryContentTypeAndCachesTheId() throws IOException {
    CachedSchemaRegistryClient client = new CachedSchemaRegistryClient(url);

    assertEquals(7, client.register("news.raw-value", TINY));
    assertEquals(7, client.register("news.raw-value", TINY));
    assertEquals(TINY, client.getSchemaById(7));

    assertEquals(1, seen.size(), "second register and the id lookup come from the cache: " + seen);
    Seen post = seen.get(0);
    assertEquals("POST", post.method());
    assertEquals(CachedSchemaRegistryClient.CONTENT_TYPE, post.contentType());
    assertEquals("{\"schema\":" + com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
        .writeValueAsString(TINY.toString()) + "}", post.body());
    assertNull(post.authorization());
  }

  @Test
  void fetchesSchemasByIdOnce() throws IOException {
    CachedSchemaRegistryClient client = new CachedSchemaRegistryClient(url);
    assertEquals(TINY, client.getSchemaById(7));
    assertEquals(TINY, client.getSchemaById(7));
    assertEquals(1, seen.size());
  }

  @Test
  void looksUpIdAndVersionAndLatest() throws IOException {
    CachedSchemaRegistryClient client = new CachedSchemaRegistryClient(url);
    assertEquals(new SchemaMetadata("news.raw-value", 7, 3, TINY.toString()), client.lookup("news.raw-value", TINY));
    assertEquals(7, client.getId("news.raw-value", TINY));
    assertEquals(3, client.getLatestSchemaMetadata("news.raw-value").version());
    client.getLatestSchemaMetadata("news.raw-value");
    assertEquals(2, seen.size(), "one lookup, one latest: " + seen);
  }

  @Test
  void subjectsAreEscapedInThePath() throws IOException {
    assertEquals(8, new CachedSchemaRegistryClient(url).register("a b/c", TINY));
  }

  @Test
  void registryErrorsCarryStatusCodeAndMessage() {
    CachedSchemaRegistryClient client = new CachedSchemaRegistryClient(url);

    RestClientException e = assertThrows(RestClientException.class, () -> client.getSchemaById(99));
    assertEquals(404, e.getStatus());
    assertEquals(40403, e.getErrorCode());
    assertTrue(e.getMessage().contains("Schema 99 not found"), e.getMessage());
  }

  @Test
  void nonJsonErrorsStillCarryTheStatus() {
    RestClientException e = assertThrows(RestClientException.class,
        () -> new CachedSchemaRegistryClient(url).getLatestSchemaMetadata("other"));
    assertEquals(500, e.getStatus());
  }

  @Test
  void basicAuthFromUserInfoIsSentAsHeader() throws IOException {
    CachedSchemaRegistryClient client = new CachedSchemaRegistryClient(Map.of(
        AvroSerdeConfig.SCHEMA_REGISTRY_URL, url,
        AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO",
        AvroSerdeConfig.BASIC_AUTH_USER_INFO, "alice:s3cr:et"));
    client.getSchemaById(7);
    assertEquals(basic("alice:s3cr:et"), seen.get(0).authorization());
  }

  @Test
  void basicAuthFromTheUrlIsSentAsHeaderNotInTheUrl() throws IOException {
    String withCredentials = url.replace("http://", "http://bob:pa%40ss@");
    CachedSchemaRegistryClient client = new CachedSchemaRegistryClient(Map.of(
        AvroSerdeConfig.SCHEMA_REGISTRY_URL, withCredentials,
        AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "URL"));
    client.getSchemaById(7);
    assertEquals(basic("bob:pa@ss"), seen.get(0).authorization());
    assertFalse(client.toString().contains("pa"), "credentials stay out of toString: " + client);
  }

  @Test
  void theSerializerSendsBasicAuthToo() {
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(Map.of(
        AvroSerdeConfig.SCHEMA_REGISTRY_URL, url,
        AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO",
        AvroSerdeConfig.BASIC_AUTH_USER_INFO, "svc:pw"), false);
    org.apache.avro.generic.GenericData.Record r = new org.apache.avro.generic.GenericData.Record(TINY);
    r.put("n", 1);
    byte[] bytes = serializer.serialize("news.raw", r);
    assertEquals(7, bytes[4]);
    assertEquals(basic("svc:pw"), seen.get(0).authorization());
  }

  @Test
  void userInfoSourceWithoutUserInfoIsAConfigErrorThatShowsNoSecrets() {
    ConfigException e = assertThrows(ConfigException.class, () -> new CachedSchemaRegistryClient(Map.of(
        AvroSerdeConfig.SCHEMA_REGISTRY_URL, url.replace("http://", "http://bob:topsecret@"),
        AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "SASL_INHERIT")));
    assertFalse(e.getMessage().contains("topsecret"), e.getMessage());
  }

  @Test
  void anUnreachableUrlFallsThroughToTheNextOne() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    CachedSchemaRegistryClient client = new CachedSchemaRegistryClient(Map.of(
        AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:" + closedPort + "," + url));
    assertEquals(TINY, client.getSchemaById(7));
  }
}
