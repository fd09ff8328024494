package io.newswire.registry;

import org.apache.avro.Schema;

/** The record's full name, e.g. {@code io.newswire.schema.RawArticle}: one lineage per record type across topics. */
public class RecordNameStrategy implements SubjectNameStrategy {
  @Override
  public String subjectName(String topic, boolean isKey, Schema schema) {
    return fullName(schema);
  }

  static String fullName(Schema schema) {
    if (schema == null) {
      throw new IllegalArgumentException("a record name strategy needs a schema");
    }
    // Like Confluent: primitives are named by their type name (e.g. "string").
    return schema.getFullName();
  }
}
