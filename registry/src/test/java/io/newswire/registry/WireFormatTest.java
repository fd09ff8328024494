package io.newswire.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.RawArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

/** The bytes on the wire: 0x00, the schema id big-endian, then plain Avro binary. */
class WireFormatTest {

  /** A registry that knows one schema, under the id 0x01020304 (so byte order shows). */
  static final class FixedIdRegistry implements SchemaRegistryClient {
    static final int ID = 0x01020304;
    final Schema schema;

    FixedIdRegistry(Schema schema) {
      this.schema = schema;
    }

    @Override
    public int register(String subject, Schema s) {
      return ID;
    }

    @Override
    public int getId(String subject, Schema s) {
      return ID;
    }

    @Override
    public SchemaMetadata lookup(String subject, Schema s) {
      return new SchemaMetadata(subject, ID, 1, s.toString());
    }

    @Override
    public Schema getSchemaById(int id) throws RestClientException {
      if (id != ID) {
        throw new RestClientException("Schema " + id + " not found", 404, RestClientException.SCHEMA_NOT_FOUND);
      }
      return schema;
    }

    @Override
    public SchemaMetadata getLatestSchemaMetadata(String subject) {
      return new SchemaMetadata(subject, ID, 1, schema.toString());
    }
  }

  static final Schema TINY = new Schema.Parser().parse("""
      {"type":"record","name":"Tiny","namespace":"test","fields":[
        {"name":"n","type":"int"},
        {"name":"s","type":"string"}]}""");

  @Test
  void aSmallGenericRecordIsMagicByteThenIdThenAvroBinary() {
    GenericRecord tiny = new GenericData.Record(TINY);
    tiny.put("n", 1);
    tiny.put("s", "hi");

    byte[] bytes = new KafkaAvroSerializer(new FixedIdRegistry(TINY)).serialize("t", tiny);

    assertArrayEquals(new byte[] {
        0x00,                    // magic byte
        0x01, 0x02, 0x03, 0x04,  // schema id 0x01020304, big-endian
        0x02,                    // n = 1 (zig-zag varint)
        0x04, 'h', 'i'           // s: length 2 (zig-zag), then UTF-8
    }, bytes);
  }

  @Test
  void handWrittenBytesDecodeToTheRecord() {
    byte[] bytes = {0x00, 0x01, 0x02, 0x03, 0x04, 0x06, 0x02, 'x'};

    GenericRecord read = (GenericRecord) new KafkaAvroDeserializer(new FixedIdRegistry(TINY)).deserialize("t", bytes);

    assertEquals(3, read.get("n"));
    assertEquals("x", read.get("s").toString());
  }

  @Test
  void aRawArticleWithLogicalTypesHasTheExpectedBytes() {
    RawArticle article = RawArticle.newBuilder()
        .setId("a")
        .setPublished(LocalDate.of(1970, 1, 2))      // date: days since epoch = 1
        .setReceivedAt(Instant.ofEpochMilli(64))     // timestamp-millis = 64
        .setBody("")
        .build();

    byte[] bytes = new KafkaAvroSerializer(new FixedIdRegistry(RawArticle.getClassSchema())).serialize("t", article);

    assertArrayEquals(new byte[] {
        0x00, 0x01, 0x02, 0x03, 0x04,
        0x02, 'a',         // id "a"
        0x00,              // uri: union branch 0 (null)
        0x00,              // source: null
        0x00,              // provider: null
        0x02, 0x02,        // published: union branch 1 (date), 1 day
        (byte) 0x80, 0x01, // receivedAt: 64 -> zig-zag 128 -> varint 0x80 0x01
        0x00,              // headline: null
        0x00,              // body: ""
        0x00               // language: null
    }, bytes);

    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer(new FixedIdRegistry(RawArticle.getClassSchema()),
        Map.of(AvroSerdeConfig.SPECIFIC_AVRO_READER, true));
    assertEquals(article, deserializer.deserialize("t", bytes));
  }

  @Test
  void primitivesUseTheWireFormatToo() {
    Schema string = Schema.create(Schema.Type.STRING);
    byte[] bytes = new KafkaAvroSerializer(new FixedIdRegistry(string)).serialize("t", "hi");

    assertArrayEquals(new byte[] {0x00, 0x01, 0x02, 0x03, 0x04, 0x04, 'h', 'i'}, bytes);
    assertEquals("hi", new KafkaAvroDeserializer(new FixedIdRegistry(string)).deserialize("t", bytes));
  }
}
