package io.newswire.registry;

import org.apache.avro.Schema;

/**
 * Chooses the registry subject a schema is registered under, like Confluent's
 * {@code io.confluent.kafka.serializers.subject.strategy.SubjectNameStrategy}.
 * Implementations need a public no-argument constructor.
 */
public interface SubjectNameStrategy {
  /**
   * @param topic the topic being written (may be null for some callers)
   * @param isKey whether the serializer is the key serializer
   * @param schema the schema of the value being written
   */
  String subjectName(String topic, boolean isKey, Schema schema);
}
