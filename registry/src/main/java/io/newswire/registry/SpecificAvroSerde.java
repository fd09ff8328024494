package io.newswire.registry;

import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for generated Avro classes in the Schema Registry wire format, like Confluent's
 * {@code io.confluent.kafka.streams.serdes.avro.SpecificAvroSerde}: {@link #configure} with
 * {@code schema.registry.url} etc. and whether it is the key serde; {@code specific.avro.reader}
 * is forced to true.
 *
 * <pre>{@code
 * SpecificAvroSerde<RawArticle> serde = new SpecificAvroSerde<>();
 * serde.configure(Map.of("schema.registry.url", "http://127.0.0.1:8081"), false);
 * }</pre>
 */
public class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {

  private final KafkaAvroSerializer serializer;
  private final KafkaAvroDeserializer deserializer;

  /** For Kafka to instantiate by class name; {@link #configure} must follow. */
  public SpecificAvroSerde() {
    this.serializer = new KafkaAvroSerializer();
    this.deserializer = new KafkaAvroDeserializer();
  }

  /** With a given registry client (e.g. {@link MockSchemaRegistry#getClientForScope}); still call {@link #configure}. */
  public SpecificAvroSerde(SchemaRegistryClient client) {
    this.serializer = new KafkaAvroSerializer(client);
    this.deserializer = new KafkaAvroDeserializer(client);
  }

  /**
   * Reads every value into {@code type}, whatever record name the writer schema has (schema
   * resolution still applies): useful when the writer's record was renamed or lives elsewhere.
   */
  public SpecificAvroSerde(Class<T> type) {
    this();
    this.deserializer.setSpecificClass(type);
  }

  /** Both: a given client and a fixed reader class. */
  public SpecificAvroSerde(SchemaRegistryClient client, Class<T> type) {
    this(client);
    this.deserializer.setSpecificClass(type);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Map<String, Object> withSpecific = new HashMap<>(configs == null ? Map.of() : configs);
    withSpecific.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, true);
    serializer.configure(withSpecific, isKey);
    deserializer.configure(withSpecific, isKey);
  }

  @Override
  public Serializer<T> serializer() {
    return new Serializer<>() {
      @Override
      public void configure(Map<String, ?> configs, boolean isKey) {
        SpecificAvroSerde.this.configure(configs, isKey);
      }

      @Override
      public byte[] serialize(String topic, T data) {
        return serializer.serialize(topic, data);
      }

      @Override
      public void close() {
        serializer.close();
      }
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  public Deserializer<T> deserializer() {
    return new Deserializer<>() {
      @Override
      public void configure(Map<String, ?> configs, boolean isKey) {
        SpecificAvroSerde.this.configure(configs, isKey);
      }

      @Override
      public T deserialize(String topic, byte[] data) {
        return (T) deserializer.deserialize(topic, data);
      }

      @Override
      public void close() {
        deserializer.close();
      }
    };
  }

  @Override
  public void close() {
    serializer.close();
    deserializer.close();
  }
}
