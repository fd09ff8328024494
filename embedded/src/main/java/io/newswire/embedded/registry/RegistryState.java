package io.newswire.embedded.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;

/** The registry's contents in memory, rebuilt from and kept in step with the {@link SchemaStore}. Not thread-safe. */
final class RegistryState {

  /** One version of a subject. */
  record Version(String subject, int version, int id, String schemaText, Schema schema) {}

  private final Map<String, TreeMap<Integer, Version>> subjects = new TreeMap<>();
  private final Map<Integer, String> schemaById = new HashMap<>();
  private final Map<Integer, Schema> parsedById = new HashMap<>();
  private final Map<String, Integer> idBySchema = new HashMap<>();
  private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
  private CompatibilityLevel globalLevel;
  private int maxId;

  RegistryState(CompatibilityLevel defaultLevel) {
    this.globalLevel = defaultLevel;
  }

  void apply(SchemaStore.Entry entry) {
    if (entry instanceof SchemaStore.SchemaEntry s) {
      Schema parsed = parsedById.get(s.id());
      if (parsed == null) {
        parsed = new Schema.Parser().parse(s.schema());
        parsedById.put(s.id(), parsed);
        schemaById.put(s.id(), s.schema());
        idBySchema.putIfAbsent(canonical(parsed), s.id());
      }
      subjects.computeIfAbsent(s.subject(), k -> new TreeMap<>())
          .put(s.version(), new Version(s.subject(), s.version(), s.id(), schemaById.get(s.id()), parsed));
      maxId = Math.max(maxId, s.id());
    } else if (entry instanceof SchemaStore.ConfigEntry c) {
      if (c.subject() == null) {
        if (c.level() != null) {
          globalLevel = c.level();
        }
      } else if (c.level() == null) {
        subjectLevels.remove(c.subject());
      } else {
        subjectLevels.put(c.subject(), c.level());
      }
    }
  }

  /** The text two registrations of the same schema share. */
  static String canonical(Schema schema) {
    return schema.toString();
  }

  List<String> subjects() {
    return List.copyOf(subjects.keySet());
  }

  boolean hasSubject(String subject) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    return versions != null && !versions.isEmpty();
  }

  /** The versions of {@code subject}, oldest first; empty if none. */
  List<Version> versions(String subject) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    return versions == null ? List.of() : new ArrayList<>(versions.values());
  }

  Version version(String subject, int version) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    return versions == null ? null : versions.get(version);
  }

  Version latest(String subject) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    return versions == null || versions.isEmpty() ? null : versions.lastEntry().getValue();
  }

  /** The version of {@code subject} whose schema is {@code schema}, or null. */
  Version find(String subject, Schema schema) {
    Integer id = idBySchema.get(canonical(schema));
    if (id == null) {
      return null;
    }
    for (Version v : versions(subject)) {
      if (v.id() == id) {
        return v;
      }
    }
    return null;
  }

  String schemaText(int id) {
    return schemaById.get(id);
  }

  /** The id {@code schema} has or would get. */
  int idFor(Schema schema) {
    Integer id = idBySchema.get(canonical(schema));
    return id != null ? id : maxId + 1;
  }

  CompatibilityLevel globalLevel() {
    return globalLevel;
  }

  /** The subject's own level, or null. */
  CompatibilityLevel subjectLevel(String subject) {
    return subjectLevels.get(subject);
  }

  CompatibilityLevel effectiveLevel(String subject) {
    return subjectLevels.getOrDefault(subject, globalLevel);
  }
}
