package io.newswire.registry;

import java.io.IOException;
import org.apache.avro.Schema;

/**
 * The subset of the Confluent Schema Registry API the serializers need.
 *
 * <p>Implementations cache: after the first call for a given subject/schema or id, the same
 * question is answered from memory. Errors the registry reports come back as
 * {@link RestClientException} (HTTP status, registry error code, message); transport failures as
 * plain {@link IOException}.
 */
public interface SchemaRegistryClient extends AutoCloseable {

  /** Registers {@code schema} under {@code subject} ({@code POST /subjects/{s}/versions}); returns its global id. */
  int register(String subject, Schema schema) throws IOException;

  /** Looks up the id of an already registered schema ({@code POST /subjects/{s}}); does not register. */
  int getId(String subject, Schema schema) throws IOException;

  /** Like {@link #getId} but also returns the version under the subject. */
  SchemaMetadata lookup(String subject, Schema schema) throws IOException;

  /** The schema with this global id ({@code GET /schemas/ids/{id}}). */
  Schema getSchemaById(int id) throws IOException;

  /** The latest version registered under {@code subject} ({@code GET /subjects/{s}/versions/latest}). */
  SchemaMetadata getLatestSchemaMetadata(String subject) throws IOException;

  @Override
  default void close() {}
}
