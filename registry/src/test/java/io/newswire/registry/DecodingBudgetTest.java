package io.newswire.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.RawArticle;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, way 2: a writer schema registered with an extra {@code array<null>} field and a record whose 3-byte
 * blocks each claim 1,000,000 nulls. The reader skips the field item by item: before the decoding budget, a 60 KB
 * record held the thread for about a minute (and a 2 MiB one, which the raw topic allows, for half an hour).
 * Now it is refused as malformed data in milliseconds, while honest records with such a field still decode.
 */
class DecodingBudgetTest {
  static final String SCOPE = "decoding-budget";
  static final String TOPIC = "news.articles.raw";
  static final int CLAIMED_PER_BLOCK = 1_000_000;

  KafkaAvroSerializer serializer;
  KafkaAvroDeserializer deserializer;

  @BeforeEach
  void setUp() {
    Map<String, Object> config = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE);
    serializer = new KafkaAvroSerializer();
    serializer.configure(config, false);
    deserializer = new KafkaAvroDeserializer();
    // What the topology reads raw articles with: the generated class, the writer schema resolved against it.
    deserializer.setSpecificClass(RawArticle.class);
    deserializer.configure(config, false);
  }

  @AfterEach
  void tearDown() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  /** RawArticle plus a last field {@code padding: array<null>}, default []: a compatible evolution. */
  static Schema withNullArray() {
    Schema raw = RawArticle.getClassSchema();
    List<Schema.Field> fields = new ArrayList<>();
    for (Schema.Field f : raw.getFields()) {
      fields.add(new Schema.Field(f, f.schema()));
    }
    fields.add(new Schema.Field("padding", Schema.createArray(Schema.create(Schema.Type.NULL)), "hostile", Collections.emptyList()));
    return Schema.createRecord(raw.getName(), raw.getDoc(), raw.getNamespace(), false, fields);
  }

  /** The wire bytes of an article whose padding array has {@code nulls} items in one honest block. */
  byte[] article(int nulls) {
    GenericRecord r = new GenericData.Record(withNullArray());
    r.put("id", "probe-1");
    r.put("body", "Foreign Minister Lena Marsh met her counterpart Tomas Brandt in Vienna on Monday.");
    r.put("receivedAt", 0L);
    r.put("padding", new GenericData.Array<>(nulls, r.getSchema().getField("padding").schema()));
    for (int i = 0; i < nulls; i++) {
      @SuppressWarnings("unchecked") GenericData.Array<Object> a = (GenericData.Array<Object>) r.get("padding");
      a.add(null);
    }
    return serializer.serialize(TOPIC, r); // registers the writer schema, as anyone can on an open registry
  }

  /** The probe: the honest record's empty padding replaced by {@code blocks} blocks each claiming 1,000,000 nulls. */
  byte[] probe(int blocks) {
    byte[] honest = article(0);
    assertEquals(0, honest[honest.length - 1], "the empty array ends the record");
    ByteArrayOutputStream out = new ByteArrayOutputStream(honest.length + 3 * blocks);
    out.write(honest, 0, honest.length - 1);
    byte[] block = zigzagVarint(CLAIMED_PER_BLOCK);
    for (int i = 0; i < blocks; i++) {
      out.write(block, 0, block.length);
    }
    out.write(0);
    return out.toByteArray();
  }

  static byte[] zigzagVarint(long v) {
    long n = (v << 1) ^ (v >> 63);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while ((n & ~0x7FL) != 0) {
      out.write((int) ((n & 0x7F) | 0x80));
      n >>>= 7;
    }
    out.write((int) n);
    return out.toByteArray();
  }

  @Test
  void theProbesSixtyKilobyteRecordIsRefusedInMilliseconds() {
    byte[] probe = probe(20_000);
    assertTrue(probe.length > 60_000 && probe.length < 61_000, "the probe's size: " + probe.length);
    long started = System.nanoTime();
    SerializationException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(SerializationException.class, () -> deserializer.deserialize(TOPIC, probe)));
    long micros = (System.nanoTime() - started) / 1000;
    System.out.printf("DecodingBudgetTest: %d-byte probe (20,000 blocks x 1,000,000 nulls) refused in %d us: %s%n",
        probe.length, micros, e.getMessage());
    assertTrue(e.getMessage().contains("'" + TOPIC + "'") && e.getMessage().contains("blocks, items and nulls"),
        "names the topic and the limit: " + e.getMessage());
  }

  @Test
  void aTwoMebibyteRecordOfSuchBlocksIsRefusedToo() {
    byte[] probe = probe((2 * 1024 * 1024 - 200) / 3);
    long started = System.nanoTime();
    assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(SerializationException.class, () -> deserializer.deserialize(TOPIC, probe)));
    System.out.printf("DecodingBudgetTest: %d-byte probe refused in %d us%n", probe.length, (System.nanoTime() - started) / 1000);
  }

  @Test
  void honestRecordsWithTheSameFieldStillDecode() {
    // Nulls up to the floor of the budget decode whatever the record's size: only claims beyond it are refused.
    int nulls = (int) BoundedDecoder.MIN_BUDGET / 2;
    RawArticle a = (RawArticle) deserializer.deserialize(TOPIC, article(nulls));
    assertEquals("probe-1", a.getId());
    assertTrue(a.getBody().startsWith("Foreign Minister Lena Marsh"));
  }

  @Test
  void theBudgetGrowsWithThePayloadAndAlwaysCoversOneStepPerByte() {
    assertEquals(BoundedDecoder.MIN_BUDGET + 2_000_000, BoundedDecoder.budgetFor(2_000_000));
    // A large honest article (1.9 MB body, many fields) spends far less than its budget.
    RawArticle big = RawArticle.newBuilder().setId("big").setBody("Lena Marsh met Tomas Brandt. ".repeat(65_000)).build();
    byte[] bytes = serializer.serialize("big-articles", big);
    assertEquals(big.getBody(), ((RawArticle) deserializer.deserialize("big-articles", bytes)).getBody());
  }
}
