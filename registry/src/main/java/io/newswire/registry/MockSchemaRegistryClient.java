package io.newswire.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * An in-memory registry for tests: ids start at 1 and are global (the same schema under two
 * subjects has one id), versions start at 1 per subject. No compatibility checks.
 */
public class MockSchemaRegistryClient implements SchemaRegistryClient {
  private final Map<Schema, Integer> idBySchema = new HashMap<>();
  private final Map<Integer, Schema> schemaById = new HashMap<>();
  private final Map<String, List<Integer>> idsBySubject = new HashMap<>();
  private int nextId = 1;

  @Override
  public synchronized int register(String subject, Schema schema) {
    int id = idBySchema.computeIfAbsent(schema, s -> {
      int assigned = nextId++;
      schemaById.put(assigned, s);
      return assigned;
    });
    List<Integer> versions = idsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
    if (!versions.contains(id)) {
      versions.add(id);
    }
    return id;
  }

  @Override
  public synchronized int getId(String subject, Schema schema) throws RestClientException {
    return lookup(subject, schema).id();
  }

  @Override
  public synchronized SchemaMetadata lookup(String subject, Schema schema) throws RestClientException {
    List<Integer> versions = idsBySubject.get(subject);
    if (versions == null) {
      throw new RestClientException("Subject '" + subject + "' not found.", 404, RestClientException.SUBJECT_NOT_FOUND);
    }
    Integer id = idBySchema.get(schema);
    int index = id == null ? -1 : versions.indexOf(id);
    if (index < 0) {
      throw new RestClientException("Schema not found", 404, RestClientException.SCHEMA_NOT_FOUND);
    }
    return new SchemaMetadata(subject, id, index + 1, schema.toString());
  }

  @Override
  public synchronized Schema getSchemaById(int id) throws RestClientException {
    Schema schema = schemaById.get(id);
    if (schema == null) {
      throw new RestClientException("Schema " + id + " not found", 404, RestClientException.SCHEMA_NOT_FOUND);
    }
    return schema;
  }

  @Override
  public synchronized SchemaMetadata getLatestSchemaMetadata(String subject) throws RestClientException {
    List<Integer> versions = idsBySubject.get(subject);
    if (versions == null || versions.isEmpty()) {
      throw new RestClientException("Subject '" + subject + "' not found.", 404, RestClientException.SUBJECT_NOT_FOUND);
    }
    int id = versions.get(versions.size() - 1);
    return new SchemaMetadata(subject, id, versions.size(), schemaById.get(id).toString());
  }

  /** Subjects registered so far, for assertions in tests. */
  public synchronized List<String> getAllSubjects() {
    return List.copyOf(new java.util.TreeSet<>(idsBySubject.keySet()));
  }
}
