package io.newswire.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.schema.RawArticle;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes {@link RawArticle}s to Kafka, keyed by article id, through the schema-registry Avro serializer.
 *
 * <p>Within one publisher, an article with the same id and the same content (see
 * {@link PublishSummary#contentHash}) as one already sent is skipped and counted as a duplicate; the same
 * id with new content is sent again (downstream, the later version replaces the earlier one).
 *
 * <p>Sending is asynchronous; {@link #flush()} waits for the acknowledgements. An error that concerns one
 * record (too large) becomes a rejection; one that concerns the connection (timeout, authentication,
 * serializer / registry failure) is fatal: the next call throws {@link IngestException}.
 *
 * <pre>{@code
 * Properties props = ArticlePublisher.producerProperties("127.0.0.1:9092", "http://127.0.0.1:8081", Map.of());
 * try (ArticlePublisher publisher = ArticlePublisher.create(props, ArticlePublisher.DEFAULT_TOPIC)) {
 *     PublishSummary summary = publisher.publish(ArticleSources.read(Path.of("seeds")));
 * }
 * }</pre>
 */
public final class ArticlePublisher implements ArticleHandler, AutoCloseable {
    public static final String DEFAULT_TOPIC = "news.articles.raw";
    public static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";
    public static final String DEFAULT_REGISTRY = "http://127.0.0.1:8081";
    /** The registry-aware Avro serializer (module {@code schemas}), named so this module builds without it. */
    public static final String AVRO_SERIALIZER = "io.newswire.registry.KafkaAvroSerializer";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    /** Default bound on blocking and delivery: Kafka unreachable gives an error after this, not a hang. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    /** How many ids a run remembers for duplicate detection (a long --follow run forgets the oldest). */
    public static final int MAX_REMEMBERED = 1_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Producer<String, RawArticle> producer;
    private final PrintStream dryRunOut;
    private final String topic;
    private final String target;
    private final long startNanos = System.nanoTime();
    /** Ids sent in this run with their content hash; the oldest are forgotten past {@link #MAX_REMEMBERED}. */
    private final Map<String, String> sent = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };
    private final List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    private volatile IngestException fatal;
    private Properties adminProps;
    private String blockMs = "?";
    private String registry = "(not configured)";

    /** Publishes through an existing producer; {@link #close()} closes it. */
    public ArticlePublisher(Producer<String, RawArticle> producer, String topic) {
        this(producer, null, topic, "Kafka");
    }

    private ArticlePublisher(Producer<String, RawArticle> producer, PrintStream dryRunOut, String topic, String target) {
        this.producer = producer;
        this.dryRunOut = dryRunOut;
        this.topic = Objects.requireNonNull(topic, "topic");
        this.target = target;
    }

    /** A publisher with its own {@link KafkaProducer} built from {@code props} (see {@link #producerProperties}). */
    public static ArticlePublisher create(Properties props, String topic) {
        KafkaProducer<String, RawArticle> producer;
        try {
            producer = new KafkaProducer<>(withinTopicLimit(props, topic));
        } catch (KafkaException e) {
            throw new IngestException("cannot create the Kafka producer: " + rootMessage(e), ExitCodes.FATAL, e);
        }
        ArticlePublisher p = new ArticlePublisher(producer, null, topic,
                "Kafka at " + props.getProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        p.adminProps = adminProperties(props);
        p.blockMs = props.getProperty(ProducerConfig.MAX_BLOCK_MS_CONFIG, "60000");
        p.registry = withoutUserInfo(props.getProperty(SCHEMA_REGISTRY_URL, "(not configured)"));
        return p;
    }

    /** A publisher that prints each article as a JSON line ({@code {"topic","key","value"}}) instead of sending it. */
    public static ArticlePublisher dryRun(PrintStream out, String topic) {
        return new ArticlePublisher(null, Objects.requireNonNull(out, "out"), topic, "dry run");
    }

    /**
     * Producer settings: idempotent, {@code acks=all}, zstd compression, 20 ms linger, 256 KiB batches,
     * bounded blocking ({@link #DEFAULT_TIMEOUT}); String keys, registry Avro values. {@code overrides}
     * (any Kafka client or serializer property, e.g. SASL/SSL settings) win over these defaults.
     */
    public static Properties producerProperties(String bootstrapServers, String schemaRegistryUrl, Map<String, String> overrides) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AVRO_SERIALIZER);
        p.put(SCHEMA_REGISTRY_URL, schemaRegistryUrl);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "newswire-ingest");
        applyTimeout(p, DEFAULT_TIMEOUT);
        if (overrides != null) {
            p.putAll(overrides);
        }
        return p;
    }

    /** Bounds blocking and delivery: {@code max.block.ms} and {@code delivery.timeout.ms} = timeout, requests half. */
    public static void applyTimeout(Properties p, Duration timeout) {
        long ms = Math.max(2000, timeout.toMillis());
        long request = Math.max(1000, ms / 2);
        long linger = Long.parseLong(p.getProperty(ProducerConfig.LINGER_MS_CONFIG, "0"));
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(ms));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(request));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(ms, request + linger)));
    }

    public String topic() {
        return topic;
    }

    public boolean isDryRun() {
        return dryRunOut != null;
    }

    /**
     * Fails fast when Kafka cannot be reached or the topic is missing: waits at most {@code max.block.ms}
     * for the topic's metadata.
     *
     * @throws IngestException saying whether the broker or the topic is missing
     */
    public void checkConnection() {
        if (producer == null) {
            return;
        }
        try {
            producer.partitionsFor(topic);
        } catch (TimeoutException e) {
            throw fatalNow(diagnoseTimeout(e), e);
        } catch (KafkaException e) {
            throw fatalNow(target + ": " + rootMessage(e), e);
        }
    }

    private String diagnoseTimeout(TimeoutException e) {
        if (adminProps != null) {
            Admin admin = null;
            try {
                admin = Admin.create(adminProps);
                int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                        .nodes().get(4, TimeUnit.SECONDS).size();
                if (nodes > 0) {
                    return target + " is up, but topic '" + topic + "' is not available (create it, or enable"
                            + " auto.create.topics.enable on the broker): " + e.getMessage();
                }
            } catch (ExecutionException | java.util.concurrent.TimeoutException | KafkaException ignored) {
                // unreachable: fall through
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            } finally {
                if (admin != null) {
                    admin.close(Duration.ZERO);
                }
            }
        }
        return target + " is unreachable: no broker answered within " + blockMs + " ms (is it running?"
                + " see --bootstrap-server, --timeout, and -X/--config for SASL/SSL settings)";
    }

    /**
     * Sends one article unless it is a duplicate in this run.
     *
     * @return false if it was skipped as a duplicate
     * @throws IngestException if an earlier send failed fatally, or this one does
     */
    public boolean publish(RawArticle article) {
        throwIfFatal();
        read.incrementAndGet();
        String hash = PublishSummary.contentHash(article);
        if (hash.equals(sent.get(article.getId()))) {
            duplicates.incrementAndGet();
            return false;
        }
        sent.put(article.getId(), hash);
        if (dryRunOut != null) {
            dryRunOut.println(toJsonLine(topic, article));
            published.incrementAndGet();
            return true;
        }
        inFlight.incrementAndGet();
        String where = article.getSource() != null ? article.getSource() : article.getId();
        try {
            producer.send(new ProducerRecord<>(topic, article.getId(), article), (meta, e) -> {
                inFlight.decrementAndGet();
                if (e == null) {
                    published.incrementAndGet();
                } else if (e instanceof RecordTooLargeException || e instanceof InvalidRecordException) {
                    rejections.add(new Rejection(where, "not accepted by Kafka: " + rootMessage(e)));
                } else {
                    rejections.add(new Rejection(where, "not delivered: " + rootMessage(e)));
                    if (fatal == null) {
                        fatal = new IngestException(e instanceof TimeoutException
                                ? target + " is unreachable or too slow (delivery timed out; see --timeout): " + rootMessage(e)
                                : target + ": " + rootMessage(e), ExitCodes.FATAL, e);
                    }
                }
            });
        } catch (SerializationException e) {
            inFlight.decrementAndGet();
            String root = rootMessage(e);
            String hint = root.contains("(HTTP 401)") || root.contains("(HTTP 403)")
                    ? "the registry refused the credentials or needs some: see basic.auth.credentials.source and"
                            + " basic.auth.user.info in --config"
                    : "is it reachable? see --schema-registry";
            throw fatalNow("cannot serialize article " + article.getId() + " through the schema registry at "
                    + registry + " (" + hint + "): " + root, e);
        } catch (KafkaException | IllegalStateException e) {
            inFlight.decrementAndGet();
            throw fatalNow(target + ": " + rootMessage(e), e);
        }
        throwIfFatal();
        return true;
    }

    /** Publishes everything read, records its rejections, flushes, and returns the summary so far. */
    public PublishSummary publish(ReadResult result) {
        result.rejections().forEach(this::rejected);
        return publishAll(result.articles());
    }

    /** Publishes all, flushes, and returns the summary so far. */
    public PublishSummary publishAll(Iterable<RawArticle> articles) {
        for (RawArticle a : articles) {
            publish(a);
        }
        return flush();
    }

    @Override
    public void article(RawArticle article) {
        publish(article);
    }

    @Override
    public void rejected(Rejection rejection) {
        rejections.add(rejection);
    }

    /** Waits until everything sent is acknowledged (bounded by {@code delivery.timeout.ms}). */
    public PublishSummary flush() {
        if (producer != null) {
            try {
                producer.flush();
            } catch (KafkaException e) {
                throw fatalNow(target + ": " + rootMessage(e), e);
            }
        } else {
            dryRunOut.flush();
        }
        throwIfFatal();
        return summary();
    }

    /** Counts so far (does not wait). */
    public PublishSummary summary() {
        List<Rejection> copy;
        synchronized (rejections) {
            copy = new ArrayList<>(rejections);
        }
        return new PublishSummary(read.get(), published.get(), duplicates.get(), copy, inFlight.get(),
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** The fatal error seen so far, if any. */
    public IngestException fatal() {
        return fatal;
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    public void close(Duration timeout) {
        if (producer != null) {
            producer.close(fatal != null ? Duration.ZERO : timeout);
        }
    }

    /** The JSON line a dry run prints for an article. */
    public static String toJsonLine(String topic, RawArticle a) {
        ObjectNode line = JSON.createObjectNode();
        line.put("topic", topic);
        line.put("key", a.getId());
        ObjectNode v = line.putObject("value");
        v.put("id", a.getId());
        v.put("uri", a.getUri());
        v.put("source", a.getSource());
        v.put("provider", a.getProvider());
        v.put("published", a.getPublished() == null ? null : a.getPublished().toString());
        v.put("receivedAt", a.getReceivedAt() == null ? null : a.getReceivedAt().toString());
        v.put("headline", a.getHeadline());
        v.put("body", a.getBody());
        v.put("language", a.getLanguage());
        return line.toString();
    }

    private void throwIfFatal() {
        IngestException f = fatal;
        if (f != null) {
            throw f;
        }
    }

    private IngestException fatalNow(String message, Throwable cause) {
        IngestException e = new IngestException(message, ExitCodes.FATAL, cause);
        if (fatal == null) {
            fatal = e;
        }
        return fatal;
    }

    /**
     * Keeps requests and batches within the topic's {@code max.message.bytes}. An article the broker would
     * refuse is then refused by the producer before it joins a batch (a clear "not accepted" for that article
     * alone), instead of the broker refusing a whole batch: the idempotent producer then splits and
     * resequences it, which delayed the articles around it by seconds, or until they expired. Settings are
     * only ever lowered; when the topic's config cannot be read, they are left as they are.
     */
    static Properties withinTopicLimit(Properties props, String topic) {
        Long limit = topicMessageLimit(adminProperties(props), topic);
        if (limit == null) {
            return props;
        }
        Properties out = new Properties();
        out.putAll(props);
        for (String key : List.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, ProducerConfig.BATCH_SIZE_CONFIG)) {
            long current = Long.parseLong(props.getProperty(key, key.equals(ProducerConfig.BATCH_SIZE_CONFIG) ? "16384" : "1048576"));
            out.put(key, Long.toString(Math.min(current, limit)));
        }
        return out;
    }

    private static Long topicMessageLimit(Properties adminProps, String topic) {
        try (Admin admin = Admin.create(adminProps)) {
            org.apache.kafka.common.config.ConfigResource resource =
                    new org.apache.kafka.common.config.ConfigResource(org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic);
            var entry = admin.describeConfigs(List.of(resource)).all().get(5, TimeUnit.SECONDS)
                    .get(resource).get("max.message.bytes");
            return entry == null || entry.value() == null ? null : Long.parseLong(entry.value());
        } catch (ExecutionException | java.util.concurrent.TimeoutException | KafkaException | NumberFormatException e) {
            return null; // no such topic, no permission, unreachable: checkConnection() says which
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Properties adminProperties(Properties producerProps) {
        Properties a = new Properties();
        for (String name : producerProps.stringPropertyNames()) {
            if (AdminClientConfig.configNames().contains(name)) {
                a.put(name, producerProps.getProperty(name));
            }
        }
        a.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        a.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        a.put(AdminClientConfig.CLIENT_ID_CONFIG, "newswire-ingest-check");
        return a;
    }

    /** A URL list with any {@code user:password@} part masked, for messages. */
    static String withoutUserInfo(String urls) {
        return urls.replaceAll("(?i)(\\b[a-z][a-z0-9+.-]*://)[^/@\\s,]*@", "$1***@");
    }

    static String rootMessage(Throwable e) {
        String msg = e.getMessage();
        Throwable c = e.getCause();
        while (c != null && c != e) {
            if (c.getMessage() != null && (msg == null || !msg.contains(c.getMessage()))) {
                msg = (msg == null ? "" : msg + ": ") + c.getMessage();
            }
            e = c;
            c = c.getCause();
        }
        return msg == null ? e.getClass().getSimpleName() : msg;
    }
}
