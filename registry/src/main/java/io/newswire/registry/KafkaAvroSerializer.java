package io.newswire.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro values in the Confluent Schema Registry wire format: magic byte {@code 0x00}, the
 * schema id as a big-endian int32, then the Avro binary encoding.
 *
 * <p>Accepts {@link SpecificRecord}s (written with the class's own {@link SpecificData} model, so
 * logical types such as {@code LocalDate} and {@code Instant} work), other {@link GenericContainer}s,
 * and the Avro primitives (null, Boolean, Integer, Long, Float, Double, CharSequence, byte[],
 * ByteBuffer). A null value is written as null (a tombstone).
 *
 * <p>Config: see {@link AvroSerdeConfig} ({@code schema.registry.url}, {@code auto.register.schemas},
 * {@code use.latest.version}, {@code key/value.subject.name.strategy}, basic auth, TLS).
 */
public class KafkaAvroSerializer implements Serializer<Object> {

  /** The first byte of every value in the wire format. */
  public static final byte MAGIC_BYTE = 0x0;
  /** Magic byte plus the int32 id. */
  public static final int HEADER_SIZE = 5;

  private SchemaRegistryClient client;
  private final boolean clientInjected;
  private boolean isKey;
  private boolean autoRegister = true;
  private boolean useLatestVersion = false;
  private SubjectNameStrategy subjectNameStrategy = new TopicNameStrategy();

  private record WriterKey(Schema schema, Class<?> type) {}

  private final Map<WriterKey, DatumWriter<Object>> writers = new ConcurrentHashMap<>();

  /** For Kafka to instantiate by class name; {@link #configure} must follow. */
  public KafkaAvroSerializer() {
    this.clientInjected = false;
  }

  /** With a given registry client (e.g. a {@link MockSchemaRegistryClient}) and default settings, as a value serializer. */
  public KafkaAvroSerializer(SchemaRegistryClient client) {
    this.client = client;
    this.clientInjected = true;
  }

  /** With a given registry client, configured as a value serializer with {@code configs}. */
  public KafkaAvroSerializer(SchemaRegistryClient client, Map<String, ?> configs) {
    this(client);
    configure(configs, false);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    AvroSerdeConfig config = new AvroSerdeConfig(configs);
    this.isKey = isKey;
    this.autoRegister = config.autoRegisterSchemas();
    this.useLatestVersion = config.useLatestVersion();
    this.subjectNameStrategy = config.subjectNameStrategy(isKey);
    if (!clientInjected) {
      this.client = SchemaRegistryClients.forConfig(config);
    }
  }

  @Override
  public byte[] serialize(String topic, Object data) {
    if (data == null) {
      return null;
    }
    if (client == null) {
      throw new SerializationException("KafkaAvroSerializer for topic '" + topic + "' is not configured: no "
          + AvroSerdeConfig.SCHEMA_REGISTRY_URL);
    }
    Schema schema;
    try {
      schema = schemaOf(data);
    } catch (IllegalArgumentException e) {
      throw new SerializationException("Error serializing Avro message for topic '" + topic + "': " + e.getMessage());
    }
    String subject = null;
    try {
      subject = subjectNameStrategy.subjectName(topic, isKey, schema);
      int id;
      Schema writerSchema = schema;
      if (useLatestVersion) {
        SchemaMetadata latest = client.getLatestSchemaMetadata(subject);
        id = latest.id();
        writerSchema = client.getSchemaById(id);
      } else if (autoRegister) {
        id = client.register(subject, schema);
      } else {
        id = client.getId(subject, schema);
      }
      return encode(id, writerSchema, data);
    } catch (RestClientException e) {
      throw new SerializationException("Error " + (autoRegister && !useLatestVersion ? "registering" : "retrieving")
          + " Avro schema for topic '" + topic + "' (subject '" + subject + "'): " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof SerializationException se) {
        throw se;
      }
      throw new SerializationException("Error serializing Avro message for topic '" + topic + "' (subject '"
          + subject + "'): " + e, e);
    }
  }

  private byte[] encode(int id, Schema writerSchema, Object data) throws IOException {
    Object datum = data instanceof byte[] b ? ByteBuffer.wrap(b) : data;
    // One buffer and one buffered encoder per thread, reused: growing a fresh stream from 128 bytes
    // through an unbuffered encoder was a quarter of the cost of encoding a 1 KB article.
    Buffers buffers = BUFFERS.get();
    ByteArrayOutputStream out = buffers.out;
    out.reset();
    out.write(MAGIC_BYTE);
    out.write(id >>> 24);
    out.write(id >>> 16);
    out.write(id >>> 8);
    out.write(id);
    buffers.encoder = EncoderFactory.get().binaryEncoder(out, buffers.encoder);
    writerFor(writerSchema, datum).write(datum, buffers.encoder);
    buffers.encoder.flush();
    byte[] bytes = out.toByteArray();
    if (out.size() > MAX_RETAINED_BUFFER) {
      BUFFERS.remove(); // a huge record's buffer is not kept for the rest of the thread's life
    }
    return bytes;
  }

  private static final int MAX_RETAINED_BUFFER = 1 << 20;
  private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

  private static final class Buffers {
    final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    BinaryEncoder encoder;
  }

  @SuppressWarnings("unchecked")
  private DatumWriter<Object> writerFor(Schema schema, Object datum) {
    Class<?> type = datum instanceof SpecificRecord ? datum.getClass() : GenericData.class;
    return writers.computeIfAbsent(new WriterKey(schema, type), k -> {
      if (datum instanceof SpecificRecord) {
        // The class's own model carries its logical-type conversions (LocalDate, Instant).
        return (DatumWriter<Object>) (DatumWriter<?>) new SpecificDatumWriter<>(schema, SpecificData.getForClass(k.type()));
      }
      return new GenericDatumWriter<>(schema, GenericData.get());
    });
  }

  /** The Avro schema of a value this serializer accepts. */
  static Schema schemaOf(Object data) {
    if (data instanceof GenericContainer c) {
      return c.getSchema();
    }
    if (data instanceof CharSequence) {
      return Schema.create(Schema.Type.STRING);
    }
    if (data instanceof Integer) {
      return Schema.create(Schema.Type.INT);
    }
    if (data instanceof Long) {
      return Schema.create(Schema.Type.LONG);
    }
    if (data instanceof Boolean) {
      return Schema.create(Schema.Type.BOOLEAN);
    }
    if (data instanceof Float) {
      return Schema.create(Schema.Type.FLOAT);
    }
    if (data instanceof Double) {
      return Schema.create(Schema.Type.DOUBLE);
    }
    if (data instanceof byte[] || data instanceof ByteBuffer) {
      return Schema.create(Schema.Type.BYTES);
    }
    throw new IllegalArgumentException("unsupported Avro type " + data.getClass().getName()
        + ": expected a SpecificRecord, GenericRecord or Avro primitive");
  }

  @Override
  public void close() {
    // The client may be shared (mock scopes, injected clients): nothing to release here.
  }
}
