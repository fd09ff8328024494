package io.newswire.embedded.registry;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Where the registry keeps its registrations and config changes. The server replays
 * {@link #load()} on start, then calls {@link #append} for each change and applies it to memory
 * only once it returns (the change is durable).
 */
public interface SchemaStore extends AutoCloseable {

  /** A change of the registry. */
  sealed interface Entry permits SchemaEntry, ConfigEntry {}

  /** {@code schema} registered under {@code subject} as {@code version}, with global id {@code id}. */
  record SchemaEntry(String subject, int version, int id, String schema) implements Entry {
    public SchemaEntry {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(schema, "schema");
    }
  }

  /**
   * The compatibility level of {@code subject} ({@code null} subject: the global default);
   * a {@code null} level removes a subject's own level.
   */
  record ConfigEntry(String subject, CompatibilityLevel level) implements Entry {}

  /** Every change stored so far, oldest first. Called once, before any {@link #append}. */
  List<Entry> load() throws IOException;

  /**
   * Every change stored so far, again: called after an {@link #append} failed, since the write may
   * still have landed. By default the same as {@link #load()}.
   */
  default List<Entry> reload() throws IOException {
    return load();
  }

  /** Stores {@code entry} durably; returns once it is acknowledged. */
  void append(Entry entry) throws IOException;

  @Override
  void close();
}
