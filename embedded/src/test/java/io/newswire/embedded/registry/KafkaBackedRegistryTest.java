package io.newswire.embedded.registry;

import static io.newswire.embedded.registry.RegistryHttp.schemaBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.embedded.EmbeddedKafka;
import io.newswire.embedded.registry.RegistryHttp.Reply;
import io.newswire.registry.AvroSerdeConfig;
import io.newswire.registry.SpecificAvroSerde;
import io.newswire.schema.RawArticle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the Kafka store, what was registered is still there, under the same ids, after a restart. */
class KafkaBackedRegistryTest {

  @TempDir
  Path dataDir;

  @Test
  void idsVersionsAndConfigSurviveARestartOfRegistryAndBroker() throws Exception {
    RawArticle article = RawArticle.newBuilder().setId("a-1").setPublished(LocalDate.of(2025, 3, 14)).build();
    byte[] written;
    int greetingId;
    int greetingV2Id;

    try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0);
         SchemaRegistryServer registry = SchemaRegistryServer.start(kafka.clientProperties(), null, 0)) {
      RegistryHttp http = new RegistryHttp(registry.url());
      try (SpecificAvroSerde<RawArticle> serde = new SpecificAvroSerde<>()) {
        serde.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), false);
        written = serde.serializer().serialize("news.articles.raw", article);
      }
      greetingId = http.post("/subjects/greetings-value/versions", schemaBody(SchemaRegistryServerTest.V1)).json().get("id").asInt();
      greetingV2Id = http.post("/subjects/greetings-value/versions", schemaBody(SchemaRegistryServerTest.V2_WITH_DEFAULT))
          .json().get("id").asInt();
      assertEquals(200, http.put("/config/greetings-value", "{\"compatibility\":\"FULL\"}").status());
      assertEquals(200, http.put("/config", "{\"compatibility\":\"FORWARD\"}").status());

      try (Admin admin = kafka.admin()) {
        TopicDescription topic = admin.describeTopics(List.of("_schemas")).allTopicNames().get().get("_schemas");
        assertEquals(1, topic.partitions().size());
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "_schemas");
        assertEquals("compact", admin.describeConfigs(List.of(resource)).all().get().get(resource)
            .get("cleanup.policy").value());
      }
    }

    try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0);
         SchemaRegistryServer registry = SchemaRegistryServer.start(kafka.clientProperties(), null, 0)) {
      RegistryHttp http = new RegistryHttp(registry.url());

      assertEquals("[\"greetings-value\",\"news.articles.raw-value\"]", http.get("/subjects").text());
      assertEquals("[1,2]", http.get("/subjects/greetings-value/versions").text());
      assertEquals(greetingV2Id, http.get("/subjects/greetings-value/versions/latest").json().get("id").asInt());
      assertEquals(greetingId, http.post("/subjects/greetings-value", schemaBody(SchemaRegistryServerTest.V1))
          .json().get("id").asInt());
      assertEquals("FULL", http.get("/config/greetings-value").json().get("compatibilityLevel").asText());
      assertEquals("FORWARD", http.get("/config").json().get("compatibilityLevel").asText());

      // Bytes written before the restart still decode: their schema id means the same schema.
      try (SpecificAvroSerde<RawArticle> serde = new SpecificAvroSerde<>()) {
        serde.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), false);
        assertEquals(article, serde.deserializer().deserialize("news.articles.raw", written));
      }

      // A new schema gets a new id, not one handed out before the restart.
      Reply fresh = http.post("/subjects/other-value/versions", schemaBody("{\"type\":\"string\"}"));
      int freshId = fresh.json().get("id").asInt();
      assertTrue(List.of(greetingId, greetingV2Id).stream().noneMatch(id -> id == freshId), fresh.text());
      assertNotEquals(greetingId, greetingV2Id);
    }
  }

  @Test
  void recordsUseConfluentsKeyAndValueLayout() {
    String[] schema = KafkaSchemaStore.keyAndValue(new SchemaStore.SchemaEntry("s-value", 2, 7, "\"string\""));
    assertEquals("{\"keytype\":\"SCHEMA\",\"subject\":\"s-value\",\"version\":2,\"magic\":1}", schema[0]);
    assertEquals("{\"subject\":\"s-value\",\"version\":2,\"id\":7,\"schema\":\"\\\"string\\\"\",\"deleted\":false}", schema[1]);

    String[] global = KafkaSchemaStore.keyAndValue(new SchemaStore.ConfigEntry(null, CompatibilityLevel.FULL));
    assertEquals("{\"keytype\":\"CONFIG\",\"subject\":null,\"magic\":0}", global[0]);
    assertEquals("{\"compatibilityLevel\":\"FULL\"}", global[1]);

    assertEquals(new SchemaStore.SchemaEntry("s-value", 2, 7, "\"string\""), KafkaSchemaStore.parse(schema[0], schema[1], 0));
    assertEquals(new SchemaStore.ConfigEntry(null, CompatibilityLevel.FULL), KafkaSchemaStore.parse(global[0], global[1], 1));
    assertEquals(new SchemaStore.ConfigEntry("s-value", null),
        KafkaSchemaStore.parse("{\"keytype\":\"CONFIG\",\"subject\":\"s-value\",\"magic\":0}", null, 2));
    assertEquals(null, KafkaSchemaStore.parse("{\"keytype\":\"NOOP\",\"magic\":0}", null, 3));
  }
}
