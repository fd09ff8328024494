package io.newswire.embedded.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.embedded.registry.CompatibilityLevel.Versioned;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The levels mean what the Schema Registry means by them. */
class RegistryCompatibilityLevelTest {

  static Schema record(String fields) {
    return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":[" + fields + "]}");
  }

  static final Schema A = record("{\"name\":\"a\",\"type\":\"int\"}");
  static final Schema A_B = record("{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"b\",\"type\":\"int\"}");
  static final Schema A_BDEF = record("{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"b\",\"type\":\"int\",\"default\":0}");
  static final Schema EMPTY = record("");

  static boolean ok(CompatibilityLevel level, Schema candidate, Schema... previous) {
    List<Versioned> all = new java.util.ArrayList<>();
    for (int i = 0; i < previous.length; i++) {
      all.add(new Versioned(i + 1, previous[i]));
    }
    return level.problems(candidate, level.against(all)).isEmpty();
  }

  @Test
  void backwardAllowsAddingFieldsWithDefaultsAndRemovingFields() {
    assertTrue(ok(CompatibilityLevel.BACKWARD, A_BDEF, A));
    assertTrue(ok(CompatibilityLevel.BACKWARD, EMPTY, A));
    assertFalse(ok(CompatibilityLevel.BACKWARD, A_B, A));
  }

  @Test
  void forwardAllowsAddingFieldsButNotRemovingOnesWithoutDefault() {
    assertTrue(ok(CompatibilityLevel.FORWARD, A_B, A));
    assertFalse(ok(CompatibilityLevel.FORWARD, EMPTY, A));
  }

  @Test
  void fullNeedsBoth() {
    assertTrue(ok(CompatibilityLevel.FULL, A_BDEF, A));
    assertFalse(ok(CompatibilityLevel.FULL, A_B, A));
    assertFalse(ok(CompatibilityLevel.FULL, EMPTY, A));
  }

  @Test
  void transitiveLevelsCheckEveryVersionOthersOnlyTheLatest() {
    // v1 has a; v2 dropped it; a v3 that needs 'a' again (no default) can read v1 data but not v2 data.
    assertFalse(ok(CompatibilityLevel.BACKWARD, A, A, EMPTY));
    // v1 = {a}, v2 = {} : candidate {b without default}: reads neither.
    Schema onlyB = record("{\"name\":\"b\",\"type\":\"int\"}");
    assertFalse(ok(CompatibilityLevel.BACKWARD_TRANSITIVE, onlyB, A, EMPTY));
    // candidate {} reads v2={a,b} and v1={a}: fine either way; {a,b default} after {} and {a}:
    assertTrue(ok(CompatibilityLevel.BACKWARD, A_BDEF, EMPTY, A));
    assertEquals(2, CompatibilityLevel.BACKWARD_TRANSITIVE.against(List.of(new Versioned(1, A), new Versioned(2, EMPTY))).size());
    assertEquals(1, CompatibilityLevel.BACKWARD.against(List.of(new Versioned(1, A), new Versioned(2, EMPTY))).size());
  }

  @Test
  void noneAcceptsAnything() {
    assertTrue(ok(CompatibilityLevel.NONE, record("{\"name\":\"z\",\"type\":\"string\"}"), A));
  }

  @Test
  void levelsParseInAnyCase() {
    assertEquals(CompatibilityLevel.FULL_TRANSITIVE, CompatibilityLevel.parse("full_transitive"));
    assertEquals(null, CompatibilityLevel.parse("sideways"));
  }
}
