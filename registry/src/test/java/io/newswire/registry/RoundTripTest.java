package io.newswire.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Evidence;
import io.newswire.schema.Location;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.Participant;
import io.newswire.schema.RawArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Our generated records survive serialization through a mock:// registry, logical types included. */
class RoundTripTest {

  static final String SCOPE = "round-trip";
  static final Map<String, Object> CONFIG = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE);

  @AfterEach
  void dropScope() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  static RawArticle article() {
    return RawArticle.newBuilder()
        .setId("tass-1234")
        .setUri("https://tass.com/politics/1234")
        .setSource("seeds/tass-1234.txt")
        .setProvider("TASS")
        .setPublished(LocalDate.of(2025, 3, 14))
        .setReceivedAt(Instant.parse("2025-03-14T09:15:30.123Z"))
        .setHeadline("Lavrov meets Wang Yi in Moscow")
        .setBody("MOSCOW, March 14. Russian Foreign Minister Sergey Lavrov met with Wang Yi on Thursday.")
        .setLanguage("en")
        .build();
  }

  static MeetingEvent meeting() {
    return MeetingEvent.newBuilder()
        .setMeetingId("m-42")
        .setParticipants(List.of(
            Participant.newBuilder().setName("Sergey Lavrov").setTitle("Foreign Minister").setCountry("RU").build(),
            Participant.newBuilder().setOrganization("Ministry of Foreign Affairs of China").setCountry("CN").build()))
        .setKind(MeetingKind.IN_PERSON)
        .setStatus(MeetingStatus.HELD)
        .setDate(LocalDate.of(2025, 3, 13))
        .setDay(LocalDate.of(2025, 3, 13))
        .setLocation(Location.newBuilder().setCity("Moscow").setCountry("RU").setRegion("Europe")
            .setSubregion("Eastern Europe").build())
        .setCameo("042")
        .setEvidence(List.of(Evidence.newBuilder().setArticleId("tass-1234").setStart(18).setEnd(86)
            .setText("Russian Foreign Minister Sergey Lavrov met with Wang Yi on Thursday.").build()))
        .setArticleIds(List.of("tass-1234"))
        .build();
  }

  @Test
  void rawArticleRoundTripsThroughSpecificAvroSerde() {
    try (SpecificAvroSerde<RawArticle> serde = new SpecificAvroSerde<>()) {
      serde.configure(CONFIG, false);
      RawArticle article = article();

      byte[] bytes = serde.serializer().serialize("news.articles.raw", article);
      RawArticle back = serde.deserializer().deserialize("news.articles.raw", bytes);

      assertEquals(article, back);
      assertEquals(LocalDate.of(2025, 3, 14), back.getPublished());
      assertEquals(Instant.parse("2025-03-14T09:15:30.123Z"), back.getReceivedAt());
    }
  }

  @Test
  void meetingEventWithDatesRoundTrips() {
    try (SpecificAvroSerde<MeetingEvent> serde = new SpecificAvroSerde<>()) {
      serde.configure(CONFIG, false);
      MeetingEvent meeting = meeting();

      MeetingEvent back = serde.deserializer().deserialize("news.meetings",
          serde.serializer().serialize("news.meetings", meeting));

      assertEquals(meeting, back);
      assertEquals(LocalDate.of(2025, 3, 13), back.getDate());
    }
  }

  @Test
  void nullIsATombstoneBothWays() {
    try (SpecificAvroSerde<MeetingEvent> serde = new SpecificAvroSerde<>()) {
      serde.configure(CONFIG, false);
      assertNull(serde.serializer().serialize("news.meetings", null));
      assertNull(serde.deserializer().deserialize("news.meetings", null));
    }
  }

  @Test
  void withoutSpecificReaderValuesComeBackAsGenericRecords() {
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(CONFIG, false);
    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
    deserializer.configure(CONFIG, false);

    Object back = deserializer.deserialize("news.articles.raw", serializer.serialize("news.articles.raw", article()));

    GenericRecord record = assertInstanceOf(GenericRecord.class, back);
    assertEquals("tass-1234", record.get("id").toString());
    assertEquals((int) LocalDate.of(2025, 3, 14).toEpochDay(), record.get("published"), "generic: raw days since epoch");
  }

  @Test
  void genericRecordsWrittenByOneSideAreReadAsSpecificByTheOther() {
    GenericAvroSerde generic = new GenericAvroSerde();
    generic.configure(CONFIG, false);
    SpecificAvroSerde<RawArticle> specific = new SpecificAvroSerde<>();
    specific.configure(CONFIG, false);

    GenericRecord asGeneric = generic.deserializer().deserialize("t", specific.serializer().serialize("t", article()));
    RawArticle asSpecific = specific.deserializer().deserialize("t", generic.serializer().serialize("t", asGeneric));

    assertEquals(article(), asSpecific);
  }

  @Test
  void useLatestVersionWritesWithTheLatestRegisteredId() throws Exception {
    SchemaRegistryClient registry = MockSchemaRegistry.getClientForScope(SCOPE);
    int older = registry.register("news.articles.raw-value", org.apache.avro.Schema.create(org.apache.avro.Schema.Type.STRING));
    int latest = registry.register("news.articles.raw-value", RawArticle.getClassSchema());
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE,
        AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false, AvroSerdeConfig.USE_LATEST_VERSION, true), false);

    byte[] bytes = serializer.serialize("news.articles.raw", article());

    assertEquals(latest, java.nio.ByteBuffer.wrap(bytes, 1, 4).getInt());
    org.junit.jupiter.api.Assertions.assertNotEquals(older, latest);
  }

  @Test
  void theSerializerAndDeserializerOfOneScopeShareSchemas() {
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(CONFIG, false);
    serializer.serialize("news.articles.raw", article());

    SchemaRegistryClient registry = MockSchemaRegistry.getClientForScope(SCOPE);
    assertEquals(List.of("news.articles.raw-value"), ((MockSchemaRegistryClient) registry).getAllSubjects());
  }
}
