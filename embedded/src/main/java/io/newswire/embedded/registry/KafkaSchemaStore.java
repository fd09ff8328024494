package io.newswire.embedded.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the registry in a compacted, single-partition Kafka topic ({@code _schemas} by default),
 * in Confluent's layout: keys {@code {"keytype":"SCHEMA","subject":..,"version":..,"magic":1}} or
 * {@code {"keytype":"CONFIG","subject":..|null,"magic":0}}, values
 * {@code {"subject":..,"version":..,"id":..,"schema":..,"deleted":false}} or
 * {@code {"compatibilityLevel":..}}. The topic is created if missing; on start it is read to its
 * end; each change is written with {@code acks=all} and waited for.
 *
 * <p>The client properties carry {@code bootstrap.servers} and any security settings; they are
 * passed to the admin client, the producer and the consumer alike.
 */
public final class KafkaSchemaStore implements SchemaStore {
  private static final Logger log = LoggerFactory.getLogger(KafkaSchemaStore.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Map<String, Object> clientProps;
  private final String topic;
  private KafkaProducer<String, String> producer;

  /** A store in {@code topic} of the cluster {@code clientProps} reach. */
  public KafkaSchemaStore(Map<String, Object> clientProps, String topic) {
    this.clientProps = new HashMap<>(clientProps);
    this.topic = topic;
  }

  public String topic() {
    return topic;
  }

  @Override
  public List<Entry> load() throws IOException {
    try {
      ensureTopic();
      List<Entry> entries = readToEnd();
      Map<String, Object> producerProps = new HashMap<>(clientProps);
      producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
      producerProps.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
      producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 0);
      producerProps.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
      producerProps.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis() / 2);
      producerProps.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "schema-registry-store");
      producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer());
      return entries;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while loading schemas from " + topic);
    } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      throw new IOException("cannot load schemas from Kafka topic " + topic + ": " + cause.getMessage(), cause);
    }
  }

  @Override
  public List<Entry> reload() throws IOException {
    try {
      return readToEnd();
    } catch (TimeoutException | org.apache.kafka.common.KafkaException e) {
      throw new IOException("cannot re-read schemas from Kafka topic " + topic + ": " + e.getMessage(), e);
    }
  }

  private void ensureTopic() throws InterruptedException, ExecutionException, TimeoutException {
    Map<String, Object> adminProps = new HashMap<>(clientProps);
    adminProps.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    adminProps.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis() / 2);
    try (Admin admin = Admin.create(adminProps)) {
      Set<String> names = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (!names.contains(topic)) {
        int brokers = admin.describeCluster().nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
        short replicas = (short) Math.max(1, Math.min(3, brokers));
        NewTopic newTopic = new NewTopic(topic, 1, replicas).configs(Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
          admin.createTopics(List.of(newTopic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
          log.info("Created schema topic {} (1 partition, {} replica(s), compacted)", topic, replicas);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
        return;
      }
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
      Config config = admin.describeConfigs(List.of(resource)).all()
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(resource);
      org.apache.kafka.clients.admin.ConfigEntry policy = config == null ? null : config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
      if (policy != null && !policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
        throw new IllegalStateException("schema topic " + topic + " has cleanup.policy=" + policy.value()
            + "; it must be compact, or schemas would be deleted by retention");
      }
      int partitions = admin.describeTopics(List.of(topic)).allTopicNames()
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic).partitions().size();
      if (partitions != 1) {
        throw new IllegalStateException("schema topic " + topic + " has " + partitions + " partitions; it must have 1");
      }
    }
  }

  private List<Entry> readToEnd() throws TimeoutException {
    Map<String, Object> consumerProps = new HashMap<>(clientProps);
    consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
    consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumerProps.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "schema-registry-store-reader");
    List<Entry> entries = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
             new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
      TopicPartition tp = new TopicPartition(topic, 0);
      consumer.assign(List.of(tp));
      consumer.seekToBeginning(List.of(tp));
      long end = consumer.endOffsets(List.of(tp), TIMEOUT).get(tp);
      long deadline = System.nanoTime() + TIMEOUT.toNanos() * 4;
      while (consumer.position(tp, TIMEOUT) < end) {
        if (System.nanoTime() > deadline) {
          throw new TimeoutException("reading " + topic + " to offset " + end + " took too long");
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          Entry entry = parse(record.key(), record.value(), record.offset());
          if (entry != null) {
            entries.add(entry);
          }
        }
      }
    }
    log.info("Read {} schema registry record(s) from {}", entries.size(), topic);
    return entries;
  }

  /** The entry a record of the topic stands for, or null if it is not one we apply. */
  static Entry parse(String key, String value, long offset) {
    try {
      JsonNode k = key == null ? null : JSON.readTree(key);
      String keytype = k == null ? "" : k.path("keytype").asText("");
      switch (keytype) {
        case "SCHEMA": {
          if (value == null) {
            log.warn("Ignoring a deleted schema at offset {} of the schema topic", offset);
            return null;
          }
          JsonNode v = JSON.readTree(value);
          if (v.path("deleted").asBoolean(false)) {
            log.warn("Ignoring a soft-deleted schema at offset {} of the schema topic", offset);
            return null;
          }
          String type = v.path("schemaType").asText("AVRO");
          if (!type.equals("AVRO")) {
            log.warn("Ignoring a {} schema at offset {}: only AVRO is served", type, offset);
            return null;
          }
          return new SchemaEntry(v.path("subject").asText(), v.path("version").asInt(), v.path("id").asInt(),
              v.path("schema").asText());
        }
        case "CONFIG": {
          String subject = k.path("subject").isNull() || k.path("subject").isMissingNode() ? null : k.path("subject").asText();
          if (value == null) {
            return new SchemaStore.ConfigEntry(subject, null);
          }
          CompatibilityLevel level = CompatibilityLevel.parse(JSON.readTree(value).path("compatibilityLevel").asText(null));
          if (level == null) {
            log.warn("Ignoring a config record with an unknown compatibility level at offset {}", offset);
            return null;
          }
          return new SchemaStore.ConfigEntry(subject, level);
        }
        default:
          return null; // NOOP, MODE, DELETE_SUBJECT, ... : not served here
      }
    } catch (IOException e) {
      log.warn("Ignoring a record that is not JSON at offset {} of the schema topic", offset);
      return null;
    }
  }

  /** The key and value a change is written with. */
  static String[] keyAndValue(Entry entry) {
    ObjectNode key = JSON.createObjectNode();
    ObjectNode value = JSON.createObjectNode();
    if (entry instanceof SchemaEntry s) {
      key.put("keytype", "SCHEMA").put("subject", s.subject()).put("version", s.version()).put("magic", 1);
      value.put("subject", s.subject()).put("version", s.version()).put("id", s.id())
          .put("schema", s.schema()).put("deleted", false);
    } else if (entry instanceof SchemaStore.ConfigEntry c) {
      key.put("keytype", "CONFIG");
      if (c.subject() == null) {
        key.putNull("subject");
      } else {
        key.put("subject", c.subject());
      }
      key.put("magic", 0);
      if (c.level() == null) {
        return new String[] {key.toString(), null};
      }
      value.put("compatibilityLevel", c.level().name());
    }
    return new String[] {key.toString(), value.toString()};
  }

  @Override
  public void append(Entry entry) throws IOException {
    if (producer == null) {
      throw new IllegalStateException("load() first");
    }
    String[] kv = keyAndValue(entry);
    try {
      producer.send(new ProducerRecord<>(topic, 0, kv[0], kv[1])).get(TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while writing to " + topic);
    } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      throw new IOException("cannot write to schema topic " + topic + ": " + cause, cause);
    }
  }

  @Override
  public void close() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
      producer = null;
    }
  }
}
