package io.newswire.registry;

import java.util.Objects;

/** A schema as registered under a subject: its global id, its version under the subject and its text. */
public record SchemaMetadata(String subject, int id, int version, String schema) {
  public SchemaMetadata {
    Objects.requireNonNull(schema, "schema");
  }
}
