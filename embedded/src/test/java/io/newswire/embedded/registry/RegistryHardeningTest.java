package io.newswire.embedded.registry;

import static io.newswire.embedded.registry.RegistryHttp.schemaBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.registry.AvroSerdeConfig;
import io.newswire.registry.CachedSchemaRegistryClient;
import io.newswire.registry.RestClientException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, way 5 and the registry's request checks, over real sockets: idle and half-sent connections do not
 * freeze the registry and are closed; foreign Host names, cross-origin writes and writes without a JSON
 * Content-Type are refused; with credentials, every request needs basic authentication.
 */
class RegistryHardeningTest {
  static final Schema V1 = SchemaRegistryServerTest.V1;

  SchemaRegistryServer server;
  final List<Socket> sockets = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    server = SchemaRegistryServer.inMemory("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket s : sockets) {
      s.close();
    }
    server.close();
  }

  /** A raw HTTP/1.1 exchange (Connection: close), so that Host and Origin can be anything. */
  record Raw(int status, String head, String body) {
    boolean hasHeader(String name) {
      return head.toLowerCase().contains("\r\n" + name.toLowerCase() + ":");
    }
  }

  Raw raw(String method, String path, Map<String, String> headers, String body) throws IOException {
    StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    if (!headers.containsKey("Host")) {
      req.append("Host: 127.0.0.1:").append(server.port()).append("\r\n");
    }
    headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      req.append("Content-Length: ").append(bytes.length).append("\r\n");
    }
    req.append("Connection: close\r\n\r\n");
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(req.toString().getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().write(bytes);
      s.getOutputStream().flush();
      String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      return new Raw(Integer.parseInt(all.substring(9, 12)), all.substring(0, split + 2), all.substring(split + 4));
    }
  }

  Raw raw(String method, String path, Map<String, String> headers) throws IOException {
    return raw(method, path, headers, null);
  }

  static final String JSON_TYPE = "application/vnd.schemaregistry.v1+json";

  @Test
  void idleAndHalfSentConnectionsDoNotFreezeTheRegistry() throws Exception {
    // Before: 4 threads, and a connection that had sent part of its request held one until it finished:
    // with 4 such connections every call timed out.
    for (int i = 0; i < 50; i++) {
      sockets.add(new Socket("127.0.0.1", server.port()));
    }
    for (int i = 0; i < 50; i++) {
      Socket s = new Socket("127.0.0.1", server.port());
      s.getOutputStream().write(("GET /subjects HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n").getBytes(StandardCharsets.US_ASCII));
      sockets.add(s);
    }
    for (int i = 0; i < 40; i++) {
      Socket s = new Socket("127.0.0.1", server.port());
      s.getOutputStream().write(("POST /subjects/slow-value/versions HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
          + "\r\nContent-Type: " + JSON_TYPE + "\r\nContent-Length: 1000\r\n\r\n{\"sch").getBytes(StandardCharsets.US_ASCII));
      sockets.add(s);
    }
    Thread.sleep(500);
    CachedSchemaRegistryClient client = new CachedSchemaRegistryClient(server.url());
    long t0 = System.nanoTime();
    int id = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> client.register("busy-value", V1));
    long registerMs = (System.nanoTime() - t0) / 1_000_000;
    t0 = System.nanoTime();
    assertEquals(V1, assertTimeoutPreemptively(Duration.ofSeconds(5), () -> client.getSchemaById(id)));
    long getMs = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("with " + sockets.size() + " idle or half-sent connections: register " + registerMs + " ms, get by id "
        + getMs + " ms");
    assertTrue(registerMs < 2000 && getMs < 2000, "register " + registerMs + " ms, get " + getMs + " ms");
  }

  @Test
  void aConnectionThatSendsNothingIsClosedAfterTheIdleTimeout() throws Exception {
    server.close();
    server = new SchemaRegistryServer(new InMemorySchemaStore(), "127.0.0.1", 0).withIdleTimeout(Duration.ofSeconds(1)).start();
    try (Socket silent = new Socket("127.0.0.1", server.port()); Socket half = new Socket("127.0.0.1", server.port())) {
      half.getOutputStream().write("GET /subjects HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
      for (Socket s : List.of(silent, half)) {
        s.setSoTimeout(5_000);
        long t0 = System.nanoTime();
        InputStream in = s.getInputStream();
        try {
          in.readAllBytes(); // until the server closes (a half-sent request may get a 408 first)
        } catch (SocketTimeoutException e) {
          throw new AssertionError("the registry kept an idle connection open over 5 s");
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 4_000, "closed after " + ms + " ms");
      }
    }
  }

  @Test
  void onlyItsOwnHostNamesAreAnswered() throws Exception {
    for (String host : List.of("127.0.0.1", "localhost", "LOCALHOST", "[::1]")) {
      Raw ok = raw("GET", "/subjects", Map.of("Host", host + ":" + server.port()));
      assertEquals(200, ok.status(), host + ": " + ok);
    }
    for (String host : List.of("attacker.example", "127.0.0.1.attacker.example", "localhost.attacker.example")) {
      Raw refused = raw("GET", "/subjects", Map.of("Host", host + ":" + server.port()));
      assertEquals(403, refused.status(), host + ": " + refused);
      assertTrue(refused.body().contains("40301"), refused.body());
      Raw write = raw("PUT", "/config", Map.of("Host", host + ":" + server.port(), "Content-Type", JSON_TYPE),
          "{\"compatibility\":\"NONE\"}");
      assertEquals(403, write.status(), write.toString());
    }
    assertEquals("BACKWARD", new RegistryHttp(server.url()).get("/config").json().get("compatibilityLevel").asText());
  }

  @Test
  void anAdvertisedHostNameIsAnsweredToo() throws Exception {
    server.close();
    server = new SchemaRegistryServer(new InMemorySchemaStore(), "127.0.0.1", 0).withAdvertisedHost("registry.internal").start();
    assertEquals(200, raw("GET", "/subjects", Map.of("Host", "registry.internal:" + server.port())).status());
    assertEquals(403, raw("GET", "/subjects", Map.of("Host", "other.internal:" + server.port())).status());
  }

  @Test
  void crossOriginWritesAreRefusedAndReadsGetNoCorsHeaders() throws Exception {
    String own = "http://127.0.0.1:" + server.port();
    Map<String, String> foreign = Map.of("Origin", "http://attacker.example", "Content-Type", JSON_TYPE);
    Raw register = raw("POST", "/subjects/x-value/versions", foreign, schemaBody(V1));
    assertEquals(403, register.status(), register.toString());
    assertTrue(register.body().contains("40302"), register.body());
    assertEquals(403, raw("PUT", "/config", foreign, "{\"compatibility\":\"NONE\"}").status());
    assertEquals(403, raw("POST", "/subjects/x-value/versions", Map.of("Origin", "null", "Content-Type", JSON_TYPE), schemaBody(V1)).status());
    assertEquals(403, raw("DELETE", "/config/x-value", Map.of("Origin", "http://attacker.example")).status());
    RegistryHttp http = new RegistryHttp(server.url());
    assertEquals("[]", http.get("/subjects").text(), "nothing registered");
    assertEquals("BACKWARD", http.get("/config").json().get("compatibilityLevel").asText(), "config unchanged");

    Raw sameOrigin = raw("POST", "/subjects/x-value/versions", Map.of("Origin", own, "Content-Type", JSON_TYPE), schemaBody(V1));
    assertEquals(200, sameOrigin.status(), sameOrigin.toString());
    Raw read = raw("GET", "/subjects", Map.of("Origin", "http://attacker.example"));
    assertEquals(200, read.status());
    assertFalse(read.hasHeader("Access-Control-Allow-Origin"), read.head());
  }

  @Test
  void writesNeedAJsonContentType() throws Exception {
    String body = schemaBody(V1);
    assertEquals(415, raw("POST", "/subjects/x-value/versions", Map.of(), body).status(), "no Content-Type");
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/octet-stream", "*/*")) {
      Raw r = raw("POST", "/subjects/x-value/versions", Map.of("Content-Type", type), body);
      assertEquals(415, r.status(), type + ": " + r);
    }
    assertEquals(415, raw("PUT", "/config", Map.of("Content-Type", "text/plain"), "{\"compatibility\":\"NONE\"}").status());
    assertEquals("[]", new RegistryHttp(server.url()).get("/subjects").text());
    for (String type : List.of(JSON_TYPE, "application/vnd.schemaregistry+json", "application/json",
        "application/json; charset=utf-8", "Application/VND.SchemaRegistry.v1+JSON")) {
      Raw r = raw("POST", "/subjects/x-value/versions", Map.of("Content-Type", type), body);
      assertEquals(200, r.status(), type + ": " + r);
    }
  }

  @Test
  void withCredentialsEveryRequestNeedsBasicAuthentication() throws Exception {
    Path file = dir.resolve("registry.password");
    Files.writeString(file, "s3cret-Pw:with:colons\n");
    RegistryCredentials credentials = RegistryCredentials.fromOption("--registry-auth", "newswire:" + file);
    assertFalse(credentials.toString().contains("s3cret"), credentials.toString());
    server.close();
    server = new SchemaRegistryServer(new InMemorySchemaStore(), "127.0.0.1", 0).withCredentials(credentials).start();

    Raw anonymous = raw("GET", "/subjects", Map.of());
    assertEquals(401, anonymous.status());
    assertTrue(anonymous.hasHeader("WWW-Authenticate"), anonymous.head());
    String wrong = java.util.Base64.getEncoder().encodeToString("newswire:guess".getBytes(StandardCharsets.UTF_8));
    assertEquals(401, raw("GET", "/schemas/ids/1", Map.of("Authorization", "Basic " + wrong)).status());
    assertEquals(401, raw("PUT", "/config", Map.of("Content-Type", JSON_TYPE), "{\"compatibility\":\"NONE\"}").status());

    CachedSchemaRegistryClient anonymousClient = new CachedSchemaRegistryClient(server.url());
    RestClientException e = assertThrows(RestClientException.class, () -> anonymousClient.register("x-value", V1));
    assertEquals(401, e.getStatus());

    CachedSchemaRegistryClient client = new CachedSchemaRegistryClient(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, server.url(),
        AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO", AvroSerdeConfig.BASIC_AUTH_USER_INFO, "newswire:s3cret-Pw:with:colons"));
    int id = client.register("x-value", V1);
    assertEquals(V1, client.getSchemaById(id));
    CachedSchemaRegistryClient viaProperties = new CachedSchemaRegistryClient(
        Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, server.url(), "basic.auth.credentials.source", "USER_INFO",
            "basic.auth.user.info", credentials.clientProperties().get("basic.auth.user.info")));
    assertEquals(id, viaProperties.register("x-value", V1));
  }

  @Test
  void thePasswordFileMayHoldUserColonPasswordAndBadFilesAreClearErrors() throws Exception {
    Path both = Files.writeString(dir.resolve("both"), "newswire:pw-1");
    assertEquals("newswire:pw-1", RegistryCredentials.fromOption("--registry-auth", "newswire:" + both).userInfo());

    Path empty = Files.writeString(dir.resolve("empty"), "\n");
    Path missing = dir.resolve("missing");
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Map<String, String> cases = Map.of(
        "newswire:" + empty, "is empty",
        "newswire:" + missing, "does not exist",
        "newswire:" + folder, "is not a regular file",
        "newswire", "expects USER:PASSWORD_FILE",
        ":" + both, "expects USER:PASSWORD_FILE");
    cases.forEach((spec, expected) -> {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> RegistryCredentials.fromOption("--registry-auth", spec));
      assertTrue(e.getMessage().startsWith("--registry-auth") && e.getMessage().contains(expected), e.getMessage());
    });
    Path secret = Files.writeString(dir.resolve("two-lines"), "line-one-secret\nline-two-secret\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RegistryCredentials.fromOption("--registry-auth", "newswire:" + secret));
    assertFalse(e.getMessage().contains("secret-"), e.getMessage());
  }
}
