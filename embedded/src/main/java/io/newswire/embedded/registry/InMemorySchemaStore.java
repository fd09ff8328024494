package io.newswire.embedded.registry;

import java.util.ArrayList;
import java.util.List;

/** A store that keeps changes in memory only: ids do not survive the JVM. For tests and throwaway runs. */
public final class InMemorySchemaStore implements SchemaStore {
  private final List<Entry> entries = new ArrayList<>();

  @Override
  public synchronized List<Entry> load() {
    return List.copyOf(entries);
  }

  @Override
  public synchronized void append(Entry entry) {
    entries.add(entry);
  }

  @Override
  public void close() {}
}
