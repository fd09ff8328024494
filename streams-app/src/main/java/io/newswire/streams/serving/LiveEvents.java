package io.newswire.streams.serving;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import io.newswire.schema.MeetingEvent;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.runtime.StreamsSettings;
import io.newswire.streams.topology.AvroSerdes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent events at {@code GET /api/events}: every committed change of {@code news.meetings} as a
 * {@code meeting} event, and after each batch a {@code counts} event naming the days whose counts moved,
 * so a page redraws when the pipeline commits instead of polling.
 *
 * <p>One consumer per instance reads every partition of {@code news.meetings} from its end, with
 * {@code read_committed} (an aborted transaction is never announced) and no consumer group (nothing to
 * commit, every instance sees every change). Each client has a bounded queue drained by its own
 * thread: a client that does not read is dropped when its queue is full and never slows the others;
 * at most {@link #MAX_CLIENTS} at once (more get a 503, the page then polls).
 */
final class LiveEvents implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);
    static final int MAX_CLIENTS = 64;
    /** Events waiting for one client; a client this far behind is closed (it reconnects or polls). */
    static final int MAX_QUEUED = 256;
    /** A comment this often keeps idle connections (and proxies) open. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Event STOP = new Event("stop", "");

    record Event(String name, String data) {}

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicLong dropped = new AtomicLong();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Deserializer<MeetingEvent> meetings;
    private final String topic;
    private final Thread poller;
    private volatile boolean running = true;

    private LiveEvents(Properties streamsProps, String topic) {
        this.topic = topic;
        Properties props = PipelineTopics.adminProps(streamsProps);
        props.remove("default.api.timeout.ms");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, streamsProps.getProperty("application.id", "newswire") + "-live-events");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.meetings = new AvroSerdes(StreamsSettings.serdeConfig(streamsProps)).serde(MeetingEvent.class).deserializer();
        this.poller = new Thread(this::poll, "newswire-live-events");
        this.poller.setDaemon(true);
    }

    static LiveEvents start(Properties streamsProps, String meetingsTopic) {
        LiveEvents events = new LiveEvents(streamsProps, meetingsTopic);
        events.poller.start();
        return events;
    }

    int clients() {
        return subscribers.size();
    }

    /** Clients closed because they fell {@link #MAX_QUEUED} events behind. */
    long dropped() {
        return dropped.get();
    }

    /** Keeps {@code client} open and sends it every event from now on; false when the instance is full. */
    boolean subscribe(SseClient client) {
        if (subscribers.size() >= MAX_CLIENTS) {
            return false;
        }
        Subscriber s = new Subscriber(client);
        subscribers.add(s);
        client.onClose(s::stop);
        client.keepAlive();
        s.offer(new Event("hello", "{\"topic\":\"" + topic + "\"}"));
        s.thread.start();
        return true;
    }

    private void poll() {
        long lastSent = System.nanoTime();
        try {
            List<TopicPartition> partitions = awaitPartitions();
            if (partitions == null) {
                return;
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolve "end" now: changes from here on are news
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                Set<String> days = new TreeSet<>();
                boolean someDay = false;
                for (ConsumerRecord<String, byte[]> r : records) {
                    String change = meetingChange(r, days);
                    someDay |= r.value() == null;
                    broadcast(new Event("meeting", change));
                }
                if (!records.isEmpty()) {
                    // A tombstone does not say its meeting's day: then every day may have moved (days: null).
                    Map<String, Object> counts = new LinkedHashMap<>();
                    counts.put("days", someDay ? null : List.copyOf(days));
                    broadcast(new Event("counts", json(counts)));
                }
                if (!records.isEmpty()) {
                    lastSent = System.nanoTime();
                } else if (System.nanoTime() - lastSent > HEARTBEAT.toNanos()) {
                    broadcast(null);
                    lastSent = System.nanoTime();
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            log.warn("live events stopped: cannot read {}: {} (clients fall back to polling)", topic, e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(5));
            subscribers.forEach(Subscriber::stop);
        }
    }

    /** The topic's partitions, once it exists (the API may start before the pipeline creates it). */
    private List<TopicPartition> awaitPartitions() {
        while (running) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                List<TopicPartition> out = new ArrayList<>();
                infos.forEach(p -> out.add(new TopicPartition(p.topic(), p.partition())));
                return out;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private String meetingChange(ConsumerRecord<String, byte[]> r, Set<String> days) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("meetingId", r.key());
        change.put("deleted", r.value() == null);
        if (r.value() != null) {
            try {
                MeetingEvent m = meetings.deserialize(r.topic(), r.headers(), r.value());
                LocalDate day = m.getDay();
                change.put("day", day == null ? null : day.toString());
                change.put("date", m.getDate() == null ? null : m.getDate().toString());
                change.put("status", m.getStatus().name());
                change.put("kind", m.getKind().name());
                change.put("articles", m.getArticleIds().size());
                days.add(day == null ? "unknown" : day.toString());
            } catch (RuntimeException e) {
                // Announce the change without its details rather than not at all.
                change.put("error", "cannot decode the meeting: " + e.getClass().getSimpleName());
            }
        }
        return json(change);
    }

    private void broadcast(Event event) {
        for (Subscriber s : subscribers) {
            if (!s.offer(event == null ? new Event(null, "") : event)) {
                dropped.incrementAndGet();
                s.stop();
            }
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One client: its queue and the thread that writes it, so a slow reader blocks only itself. */
    private final class Subscriber {
        final SseClient client;
        final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(MAX_QUEUED);
        final Thread thread;

        Subscriber(SseClient client) {
            this.client = client;
            this.thread = new Thread(this::send, "newswire-sse-client");
            this.thread.setDaemon(true);
        }

        boolean offer(Event e) {
            return queue.offer(e);
        }

        void stop() {
            if (subscribers.remove(this)) {
                queue.clear();
                queue.offer(STOP);
            }
        }

        private void send() {
            try {
                while (true) {
                    Event e = queue.take();
                    if (e == STOP || client.terminated()) {
                        break;
                    }
                    if (e.name() == null) {
                        client.sendComment("keep-alive");
                    } else {
                        client.sendEvent(e.name(), e.data());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.debug("live events client gone: {}", e.toString());
            } finally {
                subscribers.remove(this);
                client.close();
            }
        }
    }
}
