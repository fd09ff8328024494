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
    public static final String DEFAULT_BOOTSTRAP = io.newswire.clients.ClusterOptions.DEFAULT_BOOTSTRAP;
    public static final String DEFAULT_REGISTRY = io.newswire.clients.ClusterOptions.DEFAULT_REGISTRY;
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
    private final AtomicLong retractions = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong stillRetracted = new AtomicLong();
    private volatile IngestException fatal;
    private String blockMs = "?";
    private String registry = "(not configured)";
    private Probe probe;
    private FollowState memory;

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

    /**
     * A publisher with its own {@link KafkaProducer} built from {@code props} (see {@link #producerProperties}).
     * First asks the cluster, within {@code max.block.ms}, whether it answers and how large a record the topic
     * accepts; {@link #checkConnection()} reports the answer, and the producer's request size is kept within
     * the topic's {@code max.message.bytes} ({@link #sizeNote()} says when the topic is the limit).
     *
     * @throws IngestException (exit code 3) when no broker answered within {@code max.block.ms}, or refused
     *         the client (authentication)
     */
    public static ArticlePublisher create(Properties props, String topic) {
        long blockMs = Long.parseLong(props.getProperty(ProducerConfig.MAX_BLOCK_MS_CONFIG, "60000"));
        String target = "Kafka at " + props.getProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);
        Probe probe = Probe.of(adminProperties(props, blockMs), topic, Duration.ofMillis(blockMs), target);
        if (probe.failure() != null) {
            // No producer for a cluster that did not answer: making and force-closing one cost 2 s more.
            throw new IngestException(probe.failure(), ExitCodes.FATAL, null);
        }
        Properties sized = withinTopicLimit(props, probe);
        KafkaProducer<String, RawArticle> producer;
        try {
            producer = new KafkaProducer<>(sized);
        } catch (KafkaException e) {
            throw new IngestException("cannot create the Kafka producer: " + rootMessage(e), ExitCodes.FATAL, e);
        }
        ArticlePublisher p = new ArticlePublisher(producer, null, topic, target);
        p.probe = probe.withRequestSize(Long.parseLong(sized.getProperty(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "1048576")),
                Long.parseLong(props.getProperty(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "1048576")));
        p.blockMs = String.valueOf(blockMs);
        p.registry = withoutUserInfo(props.getProperty(SCHEMA_REGISTRY_URL, "(not configured)"));
        return p;
    }

    /**
     * Remembers what was published and retracted across runs ({@code ingest --follow}): an article whose id
     * and content were already published is skipped as unchanged; a retracted one is skipped until its
     * content changes. Successful sends are recorded in it as Kafka acknowledges them.
     */
    public ArticlePublisher remembering(FollowState state) {
        this.memory = state;
        return this;
    }

    /** The cluster id the connection check read, or null (dry run, or Kafka did not answer). */
    public String clusterId() {
        return probe == null ? null : probe.clusterId();
    }

    /**
     * When the topic, not {@code --max-bytes}, limits the size of a record: says so, with the topic's
     * {@code max.message.bytes} and what to change; when that limit could not be read, says that. Else null.
     */
    public String sizeNote() {
        return probe == null ? null : probe.sizeNote(topic);
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
     * Fails fast when Kafka cannot be reached or the topic is missing. The cluster was asked once, within
     * {@code max.block.ms}, when the publisher was created; here the producer fetches the topic's metadata
     * (bounded by the same timeout, and quick when the cluster answered). The whole check takes at most
     * about {@code --timeout}: before, three waits in a row (the topic's limit, 5 s; the metadata; a 3-4 s
     * diagnosis) made {@code --timeout 3s} take 12.6 s.
     *
     * @throws IngestException saying whether the broker or the topic is missing
     */
    public void checkConnection() {
        if (producer == null) {
            return;
        }
        if (probe != null && probe.failure() != null) {
            throw fatalNow(probe.failure(), null);
        }
        try {
            producer.partitionsFor(topic);
        } catch (TimeoutException e) {
            throw fatalNow(probe != null && probe.clusterId() != null
                    ? target + " is up, but topic '" + topic + "' is not available (create it, or enable"
                            + " auto.create.topics.enable on the broker): " + e.getMessage()
                    : target + " is unreachable: no broker answered within " + blockMs + " ms (is it running?"
                            + " see --bootstrap-server, --timeout, and -X/--config for SASL/SSL settings)", e);
        } catch (KafkaException e) {
            throw fatalNow(target + ": " + rootMessage(e), e);
        }
    }

    /**
     * Sends a tombstone for {@code id}: downstream the article is retracted (its meetings and topics are
     * withdrawn). Same producer, settings and error handling as {@link #publish(RawArticle)}.
     */
    public void retract(String id) {
        throwIfFatal();
        Objects.requireNonNull(id, "id");
        if (dryRunOut != null) {
            ObjectNode line = JSON.createObjectNode();
            line.put("topic", topic);
            line.put("key", id);
            line.putNull("value");
            dryRunOut.println(line);
            retractions.incrementAndGet();
            return;
        }
        inFlight.incrementAndGet();
        try {
            producer.send(new ProducerRecord<>(topic, id, null), (meta, e) -> {
                inFlight.decrementAndGet();
                if (e == null) {
                    retractions.incrementAndGet();
                } else {
                    failed(id, e);
                }
            });
        } catch (KafkaException | IllegalStateException e) {
            inFlight.decrementAndGet();
            throw fatalNow(target + ": " + rootMessage(e), e);
        }
        throwIfFatal();
    }

    /** Tombstones acknowledged by Kafka (or printed, in a dry run). */
    public long retracted() {
        return retractions.get();
    }

    /** Articles skipped because an earlier run published them unchanged ({@link #remembering}). */
    public long unchangedSinceLastRun() {
        return unchanged.get();
    }

    /** Articles skipped because they were retracted and have not changed since ({@link #remembering}). */
    public long skippedAsRetracted() {
        return stillRetracted.get();
    }

    private void failed(String where, Exception e) {
        if (e instanceof RecordTooLargeException || e instanceof InvalidRecordException) {
            rejections.add(new Rejection(where, "not accepted by Kafka: " + rootMessage(e)));
        } else {
            rejections.add(new Rejection(where, "not delivered: " + rootMessage(e)));
            if (fatal == null) {
                fatal = new IngestException(e instanceof TimeoutException
                        ? target + " is unreachable or too slow (delivery timed out; see --timeout): " + rootMessage(e)
                        : target + ": " + rootMessage(e), ExitCodes.FATAL, e);
            }
        }
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
        FollowState.Verdict verdict = memory == null ? FollowState.Verdict.SEND : memory.check(article.getId(), hash);
        if (verdict != FollowState.Verdict.SEND) {
            sent.put(article.getId(), hash);
            duplicates.incrementAndGet();
            (verdict == FollowState.Verdict.UNCHANGED ? unchanged : stillRetracted).incrementAndGet();
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
                    if (memory != null) {
                        memory.published(article.getId(), hash);
                    }
                } else {
                    failed(where, e);
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
     * only ever lowered here (ingest raises {@code max.request.size} for a large {@code --max-bytes} before);
     * when the topic's config cannot be read, they are left as they are.
     */
    static Properties withinTopicLimit(Properties props, Probe probe) {
        Long limit = probe.topicLimit();
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

    /**
     * What one Admin round trip, bounded by the timeout, says before the producer is made: whether a broker
     * answers (and the cluster id), and the topic's {@code max.message.bytes} (the broker's default when the
     * topic sets none), or why it could not be read.
     */
    record Probe(String clusterId, String failure, Long topicLimit, String limitProblem, long requestSize, long wantedRequestSize) {
        static Probe of(Properties adminProps, String topic, Duration timeout, String target) {
            long deadline = System.nanoTime() + timeout.toNanos();
            Admin admin = null;
            try {
                admin = Admin.create(adminProps);
                String clusterId;
                try {
                    clusterId = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                            .clusterId().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    return new Probe(null, cause instanceof TimeoutException
                            ? unreachable(target, timeout)
                            : target + ": " + rootMessage(cause), null, null, 0, 0);
                } catch (java.util.concurrent.TimeoutException e) {
                    return new Probe(null, unreachable(target, timeout), null, null, 0, 0);
                }
                long left = Math.max(1000, (deadline - System.nanoTime()) / 1_000_000);
                org.apache.kafka.common.config.ConfigResource resource = new org.apache.kafka.common.config.ConfigResource(
                        org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic);
                try {
                    var entry = admin.describeConfigs(List.of(resource),
                                    new org.apache.kafka.clients.admin.DescribeConfigsOptions().timeoutMs((int) left))
                            .all().get(left + 500, TimeUnit.MILLISECONDS).get(resource).get("max.message.bytes");
                    return entry == null || entry.value() == null
                            ? new Probe(clusterId, null, null, "the broker did not give it", 0, 0)
                            : new Probe(clusterId, null, Long.parseLong(entry.value()), null, 0, 0);
                } catch (ExecutionException e) {
                    // no such topic (checkConnection says so), or no permission to describe it
                    return new Probe(clusterId, null, null, rootMessage(e.getCause() == null ? e : e.getCause()), 0, 0);
                } catch (java.util.concurrent.TimeoutException | NumberFormatException e) {
                    return new Probe(clusterId, null, null, e.toString(), 0, 0);
                }
            } catch (KafkaException e) {
                return new Probe(null, target + ": " + rootMessage(e), null, null, 0, 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Probe(null, "interrupted", null, null, 0, 0);
            } finally {
                if (admin != null) {
                    admin.close(Duration.ZERO);
                }
            }
        }

        private static String unreachable(String target, Duration timeout) {
            return target + " is unreachable: no broker answered within " + timeout.toMillis() + " ms (is it running?"
                    + " see --bootstrap-server, --timeout, and -X/--config for SASL/SSL settings)";
        }

        Probe withRequestSize(long effective, long wanted) {
            return new Probe(clusterId, failure, topicLimit, limitProblem, effective, wanted);
        }

        String sizeNote(String topic) {
            if (failure != null) {
                return null;
            }
            if (topicLimit != null && wantedRequestSize > topicLimit) {
                return "topic " + topic + " accepts records of at most " + topicLimit + " bytes (its max.message.bytes):"
                        + " the topic, not --max-bytes, is the limit; larger articles are refused by Kafka. Raise it with"
                        + " kafka-configs --alter --entity-type topics --entity-name " + topic + " --add-config max.message.bytes=N";
            }
            if (topicLimit == null && limitProblem != null && wantedRequestSize > 1048576) {
                return "could not read the max.message.bytes of topic " + topic + " (" + limitProblem + "): records up to "
                        + requestSize + " bytes are sent; the topic may refuse smaller ones";
            }
            return null;
        }
    }

    private static Properties adminProperties(Properties producerProps, long timeoutMs) {
        Properties a = new Properties();
        for (String name : producerProps.stringPropertyNames()) {
            if (AdminClientConfig.configNames().contains(name)) {
                a.put(name, producerProps.getProperty(name));
            }
        }
        String t = String.valueOf(Math.max(1000, timeoutMs));
        a.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, t);
        a.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, t);
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
