package io.newswire.registry;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.RawArticle;
import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bytes that are not the wire format fail with a SerializationException that says which topic and why. */
class MalformedInputTest {

  static final String SCOPE = "malformed";
  KafkaAvroSerializer serializer;
  KafkaAvroDeserializer deserializer;

  @BeforeEach
  void setUp() {
    Map<String, Object> config = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE,
        AvroSerdeConfig.SPECIFIC_AVRO_READER, "true");
    serializer = new KafkaAvroSerializer();
    serializer.configure(config, false);
    deserializer = new KafkaAvroDeserializer();
    deserializer.configure(config, false);
  }

  @AfterEach
  void tearDown() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  static void assertMessageContains(Exception e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), () -> "expected '" + part + "' in: " + e.getMessage());
    }
  }

  @Test
  void aWrongMagicByteIsRejected() {
    byte[] bytes = serializer.serialize("news.articles.raw", RawArticle.newBuilder().setId("x").build());
    bytes[0] = 0x01;

    SerializationException e = assertThrows(SerializationException.class,
        () -> deserializer.deserialize("news.articles.raw", bytes));
    assertMessageContains(e, "news.articles.raw", "magic byte 0x01");
  }

  @Test
  void plainJsonIsRejectedAsWrongMagicByte() {
    SerializationException e = assertThrows(SerializationException.class,
        () -> deserializer.deserialize("news.articles.raw", "{\"id\":\"x\"}".getBytes()));
    assertMessageContains(e, "news.articles.raw", "magic byte 0x7b");
  }

  @Test
  void aPayloadShorterThanTheHeaderIsRejected() {
    SerializationException e = assertThrows(SerializationException.class,
        () -> deserializer.deserialize("news.meetings", new byte[] {0, 0, 1}));
    assertMessageContains(e, "news.meetings", "3 bytes", "too short");
  }

  @Test
  void anUnknownSchemaIdIsRejected() {
    SerializationException e = assertThrows(SerializationException.class,
        () -> deserializer.deserialize("news.meetings", new byte[] {0, 0, 0, 0x30, 0x39, 0x02}));
    assertMessageContains(e, "news.meetings", "schema id 12345", "not known");
  }

  @Test
  void truncatedAvroDataIsRejected() {
    byte[] bytes = serializer.serialize("t", RawArticle.newBuilder().setId("x").setPublished(LocalDate.EPOCH).build());
    byte[] truncated = java.util.Arrays.copyOf(bytes, 7);

    SerializationException e = assertThrows(SerializationException.class, () -> deserializer.deserialize("t", truncated));
    assertMessageContains(e, "'t'", "schema id");
  }

  @Test
  void valuesThatAreNotAvroAreRejectedBySerializer() {
    SerializationException e = assertThrows(SerializationException.class,
        () -> serializer.serialize("t", new java.util.ArrayList<String>()));
    assertMessageContains(e, "'t'", "java.util.ArrayList");
  }

  @Test
  void withoutAutoRegisterAnUnregisteredSchemaFails() {
    KafkaAvroSerializer strict = new KafkaAvroSerializer();
    strict.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE,
        AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false), false);

    SerializationException e = assertThrows(SerializationException.class,
        () -> strict.serialize("news.articles.raw", RawArticle.newBuilder().setId("x").build()));
    assertMessageContains(e, "news.articles.raw-value", "not found");
  }
}
