package io.newswire.embedded.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * Schema Registry compatibility levels, checked with Avro's {@link SchemaCompatibility}.
 * BACKWARD: the new schema can read data written with the latest one; FORWARD: the latest can
 * read data written with the new one; FULL: both; *_TRANSITIVE: against every earlier version,
 * not only the latest; NONE: no check.
 */
public enum CompatibilityLevel {
  NONE(false, false, false),
  BACKWARD(true, false, false),
  BACKWARD_TRANSITIVE(true, false, true),
  FORWARD(false, true, false),
  FORWARD_TRANSITIVE(false, true, true),
  FULL(true, true, false),
  FULL_TRANSITIVE(true, true, true);

  private final boolean backward;
  private final boolean forward;
  private final boolean transitive;

  CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
    this.backward = backward;
    this.forward = forward;
    this.transitive = transitive;
  }

  public boolean isTransitive() {
    return transitive;
  }

  /** The level named {@code name} (any case), or null if there is none. */
  public static CompatibilityLevel parse(String name) {
    if (name == null) {
      return null;
    }
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Why {@code candidate} is not compatible with {@code previous} (oldest first; the versions to
   * check against, already chosen by transitivity), or an empty list if it is.
   */
  public List<String> problems(Schema candidate, List<Versioned> previous) {
    List<String> problems = new ArrayList<>();
    for (Versioned old : previous) {
      if (backward) {
        describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, old.schema()),
            "the new schema cannot read data written with version " + old.version(), problems);
      }
      if (forward) {
        describe(SchemaCompatibility.checkReaderWriterCompatibility(old.schema(), candidate),
            "version " + old.version() + " cannot read data written with the new schema", problems);
      }
    }
    return problems;
  }

  /** Of {@code all} versions (oldest first), the ones a registration under this level is checked against. */
  public List<Versioned> against(List<Versioned> all) {
    if (this == NONE || all.isEmpty()) {
      return List.of();
    }
    return transitive ? all : List.of(all.get(all.size() - 1));
  }

  private static void describe(SchemaCompatibility.SchemaPairCompatibility result, String what, List<String> out) {
    if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
      return;
    }
    for (SchemaCompatibility.Incompatibility i : result.getResult().getIncompatibilities()) {
      out.add(what + ": " + i.getType() + " at " + i.getLocation() + " (" + i.getMessage() + ")");
    }
    if (result.getResult().getIncompatibilities().isEmpty()) {
      out.add(what + ": " + result.getDescription());
    }
  }

  /** A schema with its version number under a subject. */
  public record Versioned(int version, Schema schema) {}
}
