package io.newswire.registry;

import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for {@link GenericRecord}s in the Schema Registry wire format, like Confluent's
 * {@code io.confluent.kafka.streams.serdes.avro.GenericAvroSerde}; {@code specific.avro.reader}
 * is forced to false.
 */
public class GenericAvroSerde implements Serde<GenericRecord> {

  private final KafkaAvroSerializer serializer;
  private final KafkaAvroDeserializer deserializer;

  public GenericAvroSerde() {
    this.serializer = new KafkaAvroSerializer();
    this.deserializer = new KafkaAvroDeserializer();
  }

  public GenericAvroSerde(SchemaRegistryClient client) {
    this.serializer = new KafkaAvroSerializer(client);
    this.deserializer = new KafkaAvroDeserializer(client);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Map<String, Object> generic = new HashMap<>(configs == null ? Map.of() : configs);
    generic.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, false);
    serializer.configure(generic, isKey);
    deserializer.configure(generic, isKey);
  }

  @Override
  public Serializer<GenericRecord> serializer() {
    return new Serializer<>() {
      @Override
      public void configure(Map<String, ?> configs, boolean isKey) {
        GenericAvroSerde.this.configure(configs, isKey);
      }

      @Override
      public byte[] serialize(String topic, GenericRecord data) {
        return serializer.serialize(topic, data);
      }
    };
  }

  @Override
  public Deserializer<GenericRecord> deserializer() {
    return new Deserializer<>() {
      @Override
      public void configure(Map<String, ?> configs, boolean isKey) {
        GenericAvroSerde.this.configure(configs, isKey);
      }

      @Override
      public GenericRecord deserialize(String topic, byte[] data) {
        return (GenericRecord) deserializer.deserialize(topic, data);
      }
    };
  }

  @Override
  public void close() {
    serializer.close();
    deserializer.close();
  }
}
