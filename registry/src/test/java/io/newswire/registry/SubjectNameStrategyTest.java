package io.newswire.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newswire.schema.MeetingEvent;
import io.newswire.schema.RawArticle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which subject a schema lands under, for each strategy, configured by our or Confluent's class names. */
class SubjectNameStrategyTest {

  static final String SCOPE = "subjects";

  @AfterEach
  void tearDown() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  static List<String> subjectsAfterWriting(Map<String, Object> extra, boolean isKey) {
    Map<String, Object> config = new HashMap<>(extra);
    config.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE);
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(config, isKey);
    serializer.serialize("news.articles.raw", RawArticle.newBuilder().setId("a").build());
    serializer.serialize("news.meetings", MeetingEvent.newBuilder().setMeetingId("m").build());
    return ((MockSchemaRegistryClient) MockSchemaRegistry.getClientForScope(SCOPE)).getAllSubjects();
  }

  @Test
  void topicNameStrategyIsTheDefault() {
    assertEquals(List.of("news.articles.raw-value", "news.meetings-value"), subjectsAfterWriting(Map.of(), false));
  }

  @Test
  void keysGetTheKeySuffix() {
    assertEquals(List.of("news.articles.raw-key", "news.meetings-key"), subjectsAfterWriting(Map.of(), true));
  }

  @Test
  void recordNameStrategyUsesTheRecordFullName() {
    assertEquals(List.of("io.newswire.schema.MeetingEvent", "io.newswire.schema.RawArticle"),
        subjectsAfterWriting(Map.of(AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, RecordNameStrategy.class.getName()), false));
  }

  @Test
  void topicRecordNameStrategyCombinesBoth() {
    assertEquals(List.of("news.articles.raw-io.newswire.schema.RawArticle", "news.meetings-io.newswire.schema.MeetingEvent"),
        subjectsAfterWriting(Map.of(AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, TopicRecordNameStrategy.class), false));
  }

  @Test
  void confluentClassNamesAreAccepted() {
    assertEquals(List.of("news.articles.raw-io.newswire.schema.RawArticle", "news.meetings-io.newswire.schema.MeetingEvent"),
        subjectsAfterWriting(Map.of(AvroSerdeConfig.KEY_SUBJECT_NAME_STRATEGY,
            "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy"), true));
    MockSchemaRegistry.dropScope(SCOPE);
    assertEquals(List.of("io.newswire.schema.MeetingEvent", "io.newswire.schema.RawArticle"),
        subjectsAfterWriting(Map.of(AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY,
            "io.confluent.kafka.serializers.subject.RecordNameStrategy"), false));
    MockSchemaRegistry.dropScope(SCOPE);
    assertEquals(List.of("news.articles.raw-value", "news.meetings-value"),
        subjectsAfterWriting(Map.of(AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY,
            "io.confluent.kafka.serializers.subject.TopicNameStrategy"), false));
  }

  @Test
  void theKeyStrategyDoesNotApplyToValues() {
    assertEquals(List.of("news.articles.raw-value", "news.meetings-value"),
        subjectsAfterWriting(Map.of(AvroSerdeConfig.KEY_SUBJECT_NAME_STRATEGY, RecordNameStrategy.class.getName()), false));
  }

  @Test
  void anUnknownStrategyClassIsAConfigError() {
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    assertThrows(ConfigException.class, () -> serializer.configure(Map.of(
        AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE,
        AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "com.example.NoSuchStrategy"), false));
  }
}
