package io.newswire.embedded.registry;

import static io.newswire.embedded.registry.RegistryHttp.schemaBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.embedded.registry.RegistryHttp.Reply;
import io.newswire.registry.AvroSerdeConfig;
import io.newswire.registry.CachedSchemaRegistryClient;
import io.newswire.registry.RestClientException;
import io.newswire.registry.SpecificAvroSerde;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.RawArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry over a real socket, with the in-memory store. */
class SchemaRegistryServerTest {

  static final Schema V1 = new Schema.Parser().parse("""
      {"type":"record","name":"Greeting","namespace":"test","fields":[
        {"name":"text","type":"string"}]}""");
  /** V1 plus a field with a default: BACKWARD compatible. */
  static final Schema V2_WITH_DEFAULT = new Schema.Parser().parse("""
      {"type":"record","name":"Greeting","namespace":"test","fields":[
        {"name":"text","type":"string"},
        {"name":"lang","type":"string","default":"en"}]}""");
  /** V1 plus a field without a default: the new schema cannot read old data. */
  static final Schema V2_NO_DEFAULT = new Schema.Parser().parse("""
      {"type":"record","name":"Greeting","namespace":"test","fields":[
        {"name":"text","type":"string"},
        {"name":"priority","type":"int"}]}""");

  SchemaRegistryServer server;
  RegistryHttp http;

  @BeforeEach
  void start() throws Exception {
    server = SchemaRegistryServer.inMemory(null, 0);
    http = new RegistryHttp(server.url());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  int register(String subject, Schema schema) {
    Reply r = http.post("/subjects/" + subject + "/versions", schemaBody(schema));
    assertEquals(200, r.status(), r.text());
    return r.json().get("id").asInt();
  }

  @Test
  void bindsToLoopbackOnAnEphemeralPort() {
    assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
    assertTrue(server.port() > 0);
  }

  @Test
  void recordsRoundTripThroughTheSerdeAndTheServer() {
    Map<String, Object> config = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, server.url());
    try (SpecificAvroSerde<RawArticle> articles = new SpecificAvroSerde<>();
         SpecificAvroSerde<MeetingEvent> meetings = new SpecificAvroSerde<>()) {
      articles.configure(config, false);
      meetings.configure(config, false);
      RawArticle article = RawArticle.newBuilder().setId("a-1").setPublished(LocalDate.of(2025, 3, 14))
          .setReceivedAt(Instant.parse("2025-03-14T10:00:00Z")).setBody("text").build();
      MeetingEvent meeting = MeetingEvent.newBuilder().setMeetingId("m-1").setDate(LocalDate.of(2025, 3, 13)).build();

      assertEquals(article, articles.deserializer().deserialize("news.articles.raw",
          articles.serializer().serialize("news.articles.raw", article)));
      assertEquals(meeting, meetings.deserializer().deserialize("news.meetings",
          meetings.serializer().serialize("news.meetings", meeting)));
    }
    assertEquals("[\"news.articles.raw-value\",\"news.meetings-value\"]", http.get("/subjects").text());
    assertEquals("[1]", http.get("/subjects/news.meetings-value/versions").text());
  }

  @Test
  void theSameSchemaGetsTheSameIdUnderOneSubjectAndAcrossSubjects() {
    int first = register("greetings-value", V1);
    assertEquals(first, register("greetings-value", V1));
    assertEquals(first, register("other-value", V1));
    assertEquals("[1]", http.get("/subjects/greetings-value/versions").text(), "no second version");
    assertNotEquals(first, register("greetings-value", V2_WITH_DEFAULT));
  }

  @Test
  void versionsAndSchemasCanBeReadBack() {
    int id1 = register("greetings-value", V1);
    int id2 = register("greetings-value", V2_WITH_DEFAULT);

    Reply latest = http.get("/subjects/greetings-value/versions/latest");
    assertEquals(200, latest.status());
    assertEquals(2, latest.json().get("version").asInt());
    assertEquals(id2, latest.json().get("id").asInt());
    assertEquals("greetings-value", latest.json().get("subject").asText());
    assertEquals(V2_WITH_DEFAULT, new Schema.Parser().parse(latest.json().get("schema").asText()));

    assertEquals(id1, http.get("/subjects/greetings-value/versions/1").json().get("id").asInt());
    assertEquals(V1, new Schema.Parser().parse(http.get("/subjects/greetings-value/versions/1/schema").text()));
    assertEquals(V1, new Schema.Parser().parse(http.get("/schemas/ids/" + id1).json().get("schema").asText()));
    assertEquals("[1,2]", http.get("/subjects/greetings-value/versions").text());

    Reply lookup = http.post("/subjects/greetings-value", schemaBody(V1));
    assertEquals(id1, lookup.json().get("id").asInt());
    assertEquals(1, lookup.json().get("version").asInt());
  }

  @Test
  void anIncompatibleSchemaIsRejectedWith409() {
    register("greetings-value", V1);

    Reply r = http.post("/subjects/greetings-value/versions", schemaBody(V2_NO_DEFAULT));

    assertEquals(409, r.status());
    assertEquals(409, r.errorCode());
    assertTrue(r.message().contains("incompatible"), r.message());
    assertTrue(r.message().contains("priority"), "names the field: " + r.message());
    assertEquals("[1]", http.get("/subjects/greetings-value/versions").text());
  }

  @Test
  void theClientSeesIncompatibilityAsRestClientException() {
    CachedSchemaRegistryClient client = new CachedSchemaRegistryClient(server.url());
    assertThrows(RestClientException.class, () -> client.getSchemaById(1));
    register("greetings-value", V1);

    RestClientException e = assertThrows(RestClientException.class, () -> client.register("greetings-value", V2_NO_DEFAULT));
    assertEquals(409, e.getStatus());
    assertEquals(409, e.getErrorCode());
  }

  @Test
  void configIsBackwardByDefaultAndCanBeChanged() {
    assertEquals("BACKWARD", http.get("/config").json().get("compatibilityLevel").asText());

    Reply put = http.put("/config", "{\"compatibility\":\"NONE\"}");
    assertEquals(200, put.status(), put.text());
    assertEquals("NONE", put.json().get("compatibility").asText());
    assertEquals("NONE", http.get("/config").json().get("compatibilityLevel").asText());

    register("greetings-value", V1);
    register("greetings-value", V2_NO_DEFAULT); // allowed under NONE
  }

  @Test
  void subjectConfigOverridesTheGlobalOne() {
    assertEquals(40408, http.get("/config/greetings-value").errorCode(), "no subject level yet");
    assertEquals("BACKWARD", http.get("/config/greetings-value?defaultToGlobal=true").json()
        .get("compatibilityLevel").asText());

    assertEquals(200, http.put("/config/greetings-value", "{\"compatibility\":\"full_transitive\"}").status());
    assertEquals("FULL_TRANSITIVE", http.get("/config/greetings-value").json().get("compatibilityLevel").asText());
    assertEquals("BACKWARD", http.get("/config").json().get("compatibilityLevel").asText());

    register("greetings-value", V1);
    assertEquals(409, http.post("/subjects/greetings-value/versions", schemaBody(V2_NO_DEFAULT)).status());

    assertEquals(200, http.call("DELETE", "/config/greetings-value", null, null).status());
    assertEquals(40408, http.get("/config/greetings-value").errorCode());
  }

  @Test
  void anUnknownCompatibilityLevelIsRejected() {
    Reply r = http.put("/config", "{\"compatibility\":\"SIDEWAYS\"}");
    assertEquals(422, r.status());
    assertEquals(42203, r.errorCode());
  }

  @Test
  void theCompatibilityEndpointAnswersWithoutRegistering() {
    register("greetings-value", V1);

    Reply bad = http.post("/compatibility/subjects/greetings-value/versions/latest?verbose=true", schemaBody(V2_NO_DEFAULT));
    assertEquals(200, bad.status(), bad.text());
    assertFalse(bad.json().get("is_compatible").asBoolean());
    assertTrue(bad.json().get("messages").get(0).asText().contains("priority"), bad.text());

    Reply good = http.post("/compatibility/subjects/greetings-value/versions/1", schemaBody(V2_WITH_DEFAULT));
    assertEquals("{\"is_compatible\":true}", good.text());

    assertEquals("[1]", http.get("/subjects/greetings-value/versions").text());
    assertEquals(40402, http.post("/compatibility/subjects/greetings-value/versions/7", schemaBody(V1)).errorCode());
    assertEquals(40401, http.post("/compatibility/subjects/nobody/versions/1", schemaBody(V1)).errorCode());
    assertTrue(http.post("/compatibility/subjects/nobody/versions/latest", schemaBody(V1)).json()
        .get("is_compatible").asBoolean(), "nothing to be incompatible with");
  }

  @Test
  void unknownThingsAre404WithTheirErrorCodes() {
    register("greetings-value", V1);

    assertEquals(40401, http.get("/subjects/nobody/versions").errorCode());
    assertEquals(40401, http.get("/subjects/nobody/versions/latest").errorCode());
    assertEquals(40401, http.post("/subjects/nobody", schemaBody(V1)).errorCode());
    assertEquals(40402, http.get("/subjects/greetings-value/versions/9").errorCode());
    assertEquals(40403, http.get("/schemas/ids/999").errorCode());
    assertEquals(40403, http.post("/subjects/greetings-value", schemaBody(V2_WITH_DEFAULT)).errorCode());
    Reply r = http.get("/schemas/ids/999");
    assertEquals(404, r.status());
    assertEquals("Schema 999 not found", r.message());
    assertEquals(404, http.get("/no/such/path").status());
    assertEquals(42202, http.get("/subjects/greetings-value/versions/zero").errorCode());
  }

  @Test
  void invalidSchemasAre422() {
    Reply r = http.post("/subjects/x-value/versions", schemaBody("{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"nosuchtype\"}]}"));
    assertEquals(422, r.status());
    assertEquals(42201, r.errorCode());
    assertTrue(r.message().contains("nosuchtype"), r.message());

    Reply noSchema = http.post("/subjects/x-value/versions", "{\"schemaa\":\"x\"}");
    assertEquals(42201, noSchema.errorCode());

    Reply badDefault = http.post("/subjects/x-value/versions",
        schemaBody("{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\",\"default\":\"x\"}]}"));
    assertEquals(42201, badDefault.errorCode(), badDefault.text());
  }

  @Test
  void badRequestsAreRejectedWithoutStackTraces() {
    Reply notJson = http.post("/subjects/x-value/versions", "this is not json");
    assertEquals(400, notJson.status());
    assertEquals(400, notJson.errorCode());
    assertFalse(notJson.text().contains("\tat ") || notJson.text().contains("Exception"), notJson.text());

    Reply plainText = http.call("POST", "/subjects/x-value/versions", schemaBody(V1), "text/plain");
    assertEquals(415, plainText.status());

    String huge = schemaBody("{\"type\":\"string\",\"doc\":\"" + "x".repeat(SchemaRegistryServer.MAX_BODY_BYTES) + "\"}");
    Reply tooBig = http.post("/subjects/x-value/versions", huge);
    assertEquals(413, tooBig.status());

    Reply wrongMethod = http.call("DELETE", "/subjects", null, null);
    assertEquals(405, wrongMethod.status());
  }

  @Test
  void subjectsWithSpecialCharactersAreEscapedInPaths() throws Exception {
    CachedSchemaRegistryClient client = new CachedSchemaRegistryClient(server.url());
    int id = client.register("news/raw value+x", V1);
    assertEquals("[\"news/raw value+x\"]", http.get("/subjects").text());
    assertEquals(id, client.getLatestSchemaMetadata("news/raw value+x").id());
  }

  @Test
  void concurrentRegistrationsOfOneSchemaGetOneIdAndOneVersion() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> ids = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        ids.add(pool.submit(() -> register("greetings-value", V1)));
      }
      java.util.Set<Integer> distinct = new java.util.HashSet<>();
      for (java.util.concurrent.Future<Integer> f : ids) {
        distinct.add(f.get());
      }
      assertEquals(1, distinct.size());
      assertEquals("[1]", http.get("/subjects/greetings-value/versions").text());
    } finally {
      pool.shutdownNow();
    }
  }

  /** A store whose next write reports failure although it landed, like a Kafka send that timed out late. */
  static final class AmbiguousStore implements SchemaStore {
    final InMemorySchemaStore delegate = new InMemorySchemaStore();
    volatile boolean failNext;

    @Override
    public List<Entry> load() {
      return delegate.load();
    }

    @Override
    public void append(Entry entry) throws java.io.IOException {
      delegate.append(entry);
      if (failNext) {
        failNext = false;
        throw new java.io.IOException("timed out waiting for the acknowledgement");
      }
    }

    @Override
    public void close() {}
  }

  @Test
  void afterAnAmbiguousStoreFailureTheServerRereadsTheStoreBeforeWritingAgain() {
    AmbiguousStore store = new AmbiguousStore();
    try (SchemaRegistryServer flaky = new SchemaRegistryServer(store, null, 0).start()) {
      RegistryHttp flakyHttp = new RegistryHttp(flaky.url());
      store.failNext = true;

      Reply failed = flakyHttp.post("/subjects/greetings-value/versions", schemaBody(V1));
      assertEquals(500, failed.status());
      assertEquals(50001, failed.errorCode());
      assertFalse(failed.text().contains("timed out"), "no internals in the answer: " + failed.text());

      int v2 = flakyHttp.post("/subjects/greetings-value/versions", schemaBody(V2_WITH_DEFAULT)).json().get("id").asInt();
      assertEquals("[1,2]", flakyHttp.get("/subjects/greetings-value/versions").text(), "the landed write counts");
      int v1 = flakyHttp.post("/subjects/greetings-value", schemaBody(V1)).json().get("id").asInt();
      assertNotEquals(v1, v2);
    }
  }
}
