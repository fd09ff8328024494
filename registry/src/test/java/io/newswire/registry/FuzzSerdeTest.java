package io.newswire.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Location;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.Participant;
import io.newswire.schema.RawArticle;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the registry deserializer (issue 8): valid wire-format records mutated byte by byte (flips,
 * truncation, insertion, huge varint lengths and array counts, foreign schema ids) and pure random bytes.
 * Every case either decodes to a record or fails with a {@link SerializationException} naming the topic, in
 * bounded time and memory (no OutOfMemoryError from a length the payload cannot hold, no other exception type).
 */
class FuzzSerdeTest {
  static final String SCOPE = "fuzz-serde";
  static final String TOPIC = "news.articles.raw";
  static final int CASES = Integer.getInteger("fuzz.serde.cases", 10_000);

  KafkaAvroSerializer serializer;
  KafkaAvroDeserializer deserializer;

  @BeforeEach
  void setUp() {
    Map<String, Object> config = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE,
        AvroSerdeConfig.SPECIFIC_AVRO_READER, "true");
    serializer = new KafkaAvroSerializer();
    serializer.configure(config, false);
    deserializer = new KafkaAvroDeserializer();
    deserializer.configure(config, false);
  }

  @AfterEach
  void tearDown() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  static RawArticle article() {
    return RawArticle.newBuilder().setId("tass-1").setUri("https://example.org/1").setSource("seeds/a.txt")
        .setProvider("TASS").setPublished(LocalDate.of(2021, 9, 22)).setReceivedAt(Instant.parse("2021-09-22T10:00:00Z"))
        .setHeadline("Lavrov meets Guterres").setBody("NEW YORK, September 21. /TASS/. Lavrov met Guterres.").setLanguage("en")
        .build();
  }

  static MeetingEvent meeting() {
    return MeetingEvent.newBuilder().setMeetingId("m1")
        .setParticipants(List.of(new Participant("Sergey Lavrov", "Foreign Minister", null, "RU", null),
            new Participant("Antonio Guterres", "UN Secretary-General", "United Nations", null, "UN")))
        .setKind(MeetingKind.IN_PERSON).setStatus(MeetingStatus.HELD).setDate(LocalDate.of(2021, 9, 21))
        .setDay(LocalDate.of(2021, 9, 21)).setLocation(new Location("New York", "US", "Americas", "Northern America"))
        .setArticleIds(new ArrayList<>(List.of("tass-1", "xinhua-2"))).build();
  }

  @Test
  void mutatedAndRandomPayloadsDecodeOrFailWithASerializationException() {
    byte[][] seeds = {serializer.serialize(TOPIC, article()), serializer.serialize("news.meetings", meeting())};
    Random random = new Random(20261128L);
    Map<String, Integer> outcomes = new TreeMap<>();
    long[] slowestCase = {0};
    assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
      long slowest = 0;
      for (int i = 0; i < CASES; i++) {
        byte[] bytes = mutate(seeds[i % 2], random, i);
        long t0 = System.nanoTime();
        String outcome;
        try {
          Object value = deserializer.deserialize(i % 2 == 0 ? TOPIC : "news.meetings", bytes);
          outcome = value == null ? "null" : "decoded";
        } catch (SerializationException e) {
          assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a reason");
          outcome = "SerializationException";
        } catch (RuntimeException e) {
          throw new AssertionError("case " + i + ": " + e + " is not a SerializationException; bytes "
              + java.util.HexFormat.of().formatHex(bytes), e);
        }
        outcomes.merge(outcome, 1, Integer::sum);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        slowest = Math.max(slowest, ms);
      }
      slowestCase[0] = slowest;
    });
    System.out.println("FuzzSerdeTest: " + CASES + " cases: " + outcomes + "; slowest case " + slowestCase[0] + " ms");
    assertTrue(slowestCase[0] < 5_000, "no case allocates what a bogus length claims: slowest " + slowestCase[0] + " ms");
    assertEquals(CASES, outcomes.values().stream().mapToInt(Integer::intValue).sum());
    assertTrue(outcomes.getOrDefault("SerializationException", 0) > CASES / 4, outcomes.toString());
  }

  /**
   * Regression: a 150-byte record whose string length prefix claims ~1 GB (or an array of ~1 billion items)
   * made the deserializer allocate that much before failing (seconds per record, an OutOfMemoryError on a
   * small heap: a poison pill for a stream thread). Now refused from the payload size, without allocating.
   */
  @Test
  void aLengthPrefixLargerThanThePayloadIsRefusedWithoutAllocatingIt() {
    byte[] valid = serializer.serialize(TOPIC, article());
    byte[] claim = {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07}; // zig-zag varint: 1,073,741,823
    byte[] hugeString = splice(valid, 5, 1, claim); // the length of "id"
    byte[] meeting = serializer.serialize("news.meetings", meeting());
    byte[] hugeArray = splice(meeting, 5 + 1 + 2, 1, claim); // the item count of "participants", after "m1"
    for (byte[] bad : new byte[][] {hugeString, hugeArray}) {
      long before = usedHeap();
      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
        SerializationException e = org.junit.jupiter.api.Assertions.assertThrows(SerializationException.class,
            () -> deserializer.deserialize(bad == hugeString ? TOPIC : "news.meetings", bad));
        assertTrue(e.getMessage().contains("malformed data"), e.getMessage());
      });
      assertTrue(usedHeap() - before < 256L * 1024 * 1024, "no gigabyte allocation");
    }
  }

  static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  static byte[] mutate(byte[] seed, Random r, int i) {
    switch (i % 8) {
      case 0: { // random bytes, sometimes with the magic byte and a valid schema id
        byte[] b = new byte[r.nextInt(300)];
        r.nextBytes(b);
        if (b.length >= 5 && r.nextBoolean()) {
          System.arraycopy(seed, 0, b, 0, 5);
        }
        return b;
      }
      case 1: // truncation
        return java.util.Arrays.copyOf(seed, r.nextInt(seed.length + 1));
      case 2: { // bit flips
        byte[] b = seed.clone();
        for (int k = 1 + r.nextInt(4); k > 0; k--) {
          int at = 5 + r.nextInt(b.length - 5);
          b[at] ^= (byte) (1 << r.nextInt(8));
        }
        return b;
      }
      case 3: { // a huge varint where a length or a count is read (string length, array block count)
        int at = 5 + r.nextInt(seed.length - 5);
        byte[] huge = {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) (r.nextBoolean() ? 0x0F : 0x07)};
        return splice(seed, at, r.nextInt(3), huge);
      }
      case 4: { // a foreign schema id
        byte[] b = seed.clone();
        ByteBuffer.wrap(b).putInt(1, r.nextInt(5) == 0 ? -1 : r.nextInt(1000));
        return b;
      }
      case 5: { // an unterminated varint (continuation bits to the end)
        byte[] b = seed.clone();
        for (int at = 5 + r.nextInt(b.length - 5); at < b.length; at++) {
          b[at] = (byte) 0xFF;
        }
        return b;
      }
      case 6: { // random insertion
        byte[] junk = new byte[1 + r.nextInt(16)];
        r.nextBytes(junk);
        return splice(seed, 5 + r.nextInt(seed.length - 5), 0, junk);
      }
      default: { // trailing garbage after a valid record
        byte[] junk = new byte[1 + r.nextInt(64)];
        r.nextBytes(junk);
        return splice(seed, seed.length, 0, junk);
      }
    }
  }

  static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
    remove = Math.min(remove, b.length - at);
    byte[] out = new byte[b.length - remove + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
    return out;
  }
}
