package io.newswire.registry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.Utf8;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads values written in the Confluent Schema Registry wire format (see {@link KafkaAvroSerializer}).
 *
 * <p>The writer schema is fetched by id (and cached); it is resolved against the reader schema:
 * with {@code specific.avro.reader=true} the generated class named by the writer schema (its own
 * {@link SpecificData} model, so {@code LocalDate}/{@code Instant} fields come back as such);
 * otherwise a {@link org.apache.avro.generic.GenericRecord} with the writer schema. Top-level
 * primitives come back as String, Integer, Long, ..., byte[]. Null in, null out.
 *
 * <p>Anything that is not the wire format (wrong magic byte, fewer than 5 bytes, an id the
 * registry does not know, bytes that do not decode) is a {@link SerializationException} naming the
 * topic and the problem.
 */
public class KafkaAvroDeserializer implements Deserializer<Object> {

  private SchemaRegistryClient client;
  private final boolean clientInjected;
  private boolean isKey;
  private boolean specificReader;
  private Class<? extends SpecificRecord> specificClass;

  private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();

  /** For Kafka to instantiate by class name; {@link #configure} must follow. */
  public KafkaAvroDeserializer() {
    this.clientInjected = false;
  }

  /** With a given registry client and default settings (generic reader). */
  public KafkaAvroDeserializer(SchemaRegistryClient client) {
    this.client = client;
    this.clientInjected = true;
  }

  /** With a given registry client, configured as a value deserializer with {@code configs}. */
  public KafkaAvroDeserializer(SchemaRegistryClient client, Map<String, ?> configs) {
    this(client);
    configure(configs, false);
  }

  /**
   * Read every record into this class instead of the one named by the writer schema (used by
   * {@link SpecificAvroSerde#SpecificAvroSerde(Class)}); implies the specific reader.
   */
  void setSpecificClass(Class<? extends SpecificRecord> specificClass) {
    this.specificClass = specificClass;
    this.specificReader = specificClass != null || specificReader;
    readers.clear();
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    AvroSerdeConfig config = new AvroSerdeConfig(configs);
    this.isKey = isKey;
    this.specificReader = config.specificAvroReader() || specificClass != null;
    readers.clear();
    if (!clientInjected) {
      this.client = SchemaRegistryClients.forConfig(config);
    }
  }

  @Override
  public Object deserialize(String topic, byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    String what = (isKey ? "key" : "value") + " for topic '" + topic + "'";
    if (client == null) {
      throw new SerializationException("KafkaAvroDeserializer is not configured (no "
          + AvroSerdeConfig.SCHEMA_REGISTRY_URL + "); cannot read " + what);
    }
    if (bytes.length < KafkaAvroSerializer.HEADER_SIZE) {
      throw new SerializationException("Error deserializing Avro " + what + ": payload of " + bytes.length
          + " bytes is too short for the Schema Registry wire format (magic byte + 4-byte schema id)");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    byte magic = buffer.get();
    if (magic != KafkaAvroSerializer.MAGIC_BYTE) {
      throw new SerializationException(String.format("Error deserializing Avro %s: unknown magic byte 0x%02x"
          + " (expected 0x00); the data was not written by a Schema Registry Avro serializer", what, magic & 0xff));
    }
    int id = buffer.getInt();
    Schema writerSchema;
    try {
      writerSchema = client.getSchemaById(id);
    } catch (RestClientException e) {
      String problem = e.getStatus() == 404 ? "schema id " + id + " is not known to the schema registry"
          : "could not fetch schema id " + id;
      throw new SerializationException("Error deserializing Avro " + what + ": " + problem + ": " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Error deserializing Avro " + what + ": could not fetch schema id " + id
          + ": " + e, e);
    }
    try {
      DatumReader<Object> reader = readerFor(id, writerSchema, what);
      BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, KafkaAvroSerializer.HEADER_SIZE,
          bytes.length - KafkaAvroSerializer.HEADER_SIZE, null);
      // Lengths and counts are checked against the payload before allocating (no OOM from a bad prefix).
      Object value = reader.read(null, new BoundedDecoder(decoder, bytes.length - KafkaAvroSerializer.HEADER_SIZE));
      if (!decoder.isEnd()) {
        // Trailing bytes: not fatal for Avro, but a sign of a mismatched writer schema.
        throw new SerializationException("Error deserializing Avro " + what + " with schema id " + id
            + ": trailing bytes after the record");
      }
      if (value instanceof Utf8 u) {
        return u.toString();
      }
      if (value instanceof ByteBuffer bb) {
        byte[] out = new byte[bb.remaining()];
        bb.get(out);
        return out;
      }
      return value;
    } catch (SerializationException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Error deserializing Avro " + what + " with schema id " + id + ": " + e, e);
    }
  }

  @SuppressWarnings("unchecked")
  private DatumReader<Object> readerFor(int id, Schema writerSchema, String what) {
    // One reader per writer id: the class lookup and schema resolution happen once.
    return readers.computeIfAbsent(id, k -> {
      Class<?> readerClass = specificReader ? specificClassFor(writerSchema, what) : null;
      if (readerClass == null) {
        return new GenericDatumReader<>(writerSchema, writerSchema, GenericData.get());
      }
      // The class's own model: carries its logical-type conversions and loads classes with the
      // class's loader. SpecificDatumReader(writer, reader, model) does not need the class to be in
      // org.apache.avro.SERIALIZABLE_PACKAGES unless the schema carries java-class properties.
      SpecificData model = SpecificData.getForClass(readerClass);
      Schema readerSchema = model.getSchema(readerClass);
      return (DatumReader<Object>) (DatumReader<?>) new SpecificDatumReader<>(writerSchema, readerSchema, model);
    });
  }

  private Class<?> specificClassFor(Schema writerSchema, String what) {
    if (specificClass != null) {
      return specificClass;
    }
    Schema.Type type = writerSchema.getType();
    if (type != Schema.Type.RECORD) {
      return null; // primitives, arrays, maps, unions: generic reading
    }
    String name = writerSchema.getFullName();
    Class<?> cls;
    try {
      ClassLoader cl = Thread.currentThread().getContextClassLoader();
      cls = Class.forName(name, false, cl != null ? cl : KafkaAvroDeserializer.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      try {
        cls = Class.forName(name, false, KafkaAvroDeserializer.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e2) {
        throw new SerializationException("Error deserializing Avro " + what + ": could not find class " + name
            + " named by the writer schema (specific.avro.reader=true)");
      }
    }
    if (!SpecificRecord.class.isAssignableFrom(cls)) {
      throw new SerializationException("Error deserializing Avro " + what + ": class " + name
          + " named by the writer schema is not a SpecificRecord");
    }
    return cls;
  }

  @Override
  public void close() {
    // The client may be shared (mock scopes, injected clients): nothing to release here.
  }

  /** For tests: whether the writer schema of {@code id} would be read as a specific record. */
  boolean isSpecificReader() {
    return specificReader;
  }

}
