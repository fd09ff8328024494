package io.newswire.streams.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this instance is working, not only whether Kafka Streams says RUNNING (issue 12: a thread dying on
 * the same record every 45 s, or a thread stuck on one record, looked RUNNING between deaths).
 *
 * <p><b>Ready</b> (take traffic, count as caught up) when all hold: the state is RUNNING; fewer than
 * {@code newswire.health.ready.max.thread.deaths} (3) stream threads died in the last
 * {@code newswire.health.thread.death.window.ms} (5 min); and the application is not <em>stalled</em>: its
 * committed offsets on the input and repartition topics have moved, or it has nothing left to process (lag 0),
 * within {@code newswire.health.stall.ms} (2 min).
 *
 * <p><b>Live</b> (no need to restart the process) unless: the state is ERROR, PENDING_ERROR or NOT_RUNNING
 * (all stream threads gone); or {@code newswire.health.live.max.thread.deaths} (6) threads died within the
 * window (replacing them does not help); or it has been stalled for {@code newswire.health.live.stall.ms}
 * (10 min). A restart cannot skip a record either, but it frees a hung thread, and an orchestrator restarting
 * in a loop is a visible alarm.
 *
 * <p>Offsets and lag are sampled with an admin client every {@code newswire.health.check.interval.ms} (10 s),
 * the way {@link CaughtUp} measures them; an answer never waits for Kafka.
 */
public final class PipelineHealth implements AutoCloseable {
    public static final String READY_MAX_THREAD_DEATHS = "newswire.health.ready.max.thread.deaths";
    public static final String LIVE_MAX_THREAD_DEATHS = "newswire.health.live.max.thread.deaths";
    public static final String THREAD_DEATH_WINDOW_MS = "newswire.health.thread.death.window.ms";
    public static final String STALL_MS = "newswire.health.stall.ms";
    public static final String LIVE_STALL_MS = "newswire.health.live.stall.ms";
    public static final String CHECK_INTERVAL_MS = "newswire.health.check.interval.ms";

    private static final Logger log = LoggerFactory.getLogger(PipelineHealth.class);

    /** Thresholds; see the class comment for the defaults. */
    public record Settings(int readyMaxThreadDeaths, int liveMaxThreadDeaths, Duration threadDeathWindow, Duration stall,
                           Duration liveStall, Duration checkInterval) {
        public static final Settings DEFAULTS = new Settings(3, 6, Duration.ofMinutes(5), Duration.ofMinutes(2),
                Duration.ofMinutes(10), Duration.ofSeconds(10));

        public static Settings from(Properties props) {
            return new Settings(
                    Integer.parseInt(props.getProperty(READY_MAX_THREAD_DEATHS, Integer.toString(DEFAULTS.readyMaxThreadDeaths))),
                    Integer.parseInt(props.getProperty(LIVE_MAX_THREAD_DEATHS, Integer.toString(DEFAULTS.liveMaxThreadDeaths))),
                    millis(props, THREAD_DEATH_WINDOW_MS, DEFAULTS.threadDeathWindow), millis(props, STALL_MS, DEFAULTS.stall),
                    millis(props, LIVE_STALL_MS, DEFAULTS.liveStall), millis(props, CHECK_INTERVAL_MS, DEFAULTS.checkInterval));
        }

        private static Duration millis(Properties props, String name, Duration fallback) {
            String v = props.getProperty(name);
            return v == null ? fallback : Duration.ofMillis(Long.parseLong(v.trim()));
        }
    }

    /** One answer: up or not, why, and the figures behind it. */
    public record Status(boolean up, String reason, Map<String, Object> details) {}

    private final Settings settings;
    private final LongSupplier clock;
    private final Deque<Long> deaths = new ArrayDeque<>();
    private long lastCommitted = -1;
    private long lastLag = -1;
    private long progressAt;
    private boolean sampled;
    private ScheduledExecutorService sampler;
    private Admin admin;

    /** @param clock milliseconds (System::currentTimeMillis, or a test's clock) */
    public PipelineHealth(Settings settings, LongSupplier clock) {
        this.settings = settings;
        this.clock = clock;
        this.progressAt = clock.getAsLong();
    }

    /** A stream thread died (the uncaught-exception handler). */
    public synchronized void threadDied() {
        deaths.addLast(clock.getAsLong());
        prune();
    }

    /** One sample of the application's committed offsets (summed) and lag over its input and repartition topics. */
    public synchronized void observe(long committedSum, long lag) {
        long now = clock.getAsLong();
        if (committedSum != lastCommitted || lag == 0) {
            progressAt = now;
        }
        lastCommitted = committedSum;
        lastLag = lag;
        sampled = true;
    }

    public synchronized Status ready(KafkaStreams.State state) {
        Map<String, Object> details = details(state);
        if (state != KafkaStreams.State.RUNNING) {
            return new Status(false, "Kafka Streams is " + state, details);
        }
        if (deaths.size() >= settings.readyMaxThreadDeaths) {
            return new Status(false, deaths.size() + " stream threads died in the last " + settings.threadDeathWindow.toSeconds() + " s", details);
        }
        long stalled = stalledMillis();
        if (stalled >= settings.stall.toMillis()) {
            return new Status(false, "no progress for " + stalled / 1000 + " s with " + lastLag + " records to process", details);
        }
        return new Status(true, "processing", details);
    }

    public synchronized Status live(KafkaStreams.State state) {
        Map<String, Object> details = details(state);
        if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR || state == KafkaStreams.State.NOT_RUNNING) {
            return new Status(false, "Kafka Streams is " + state, details);
        }
        if (deaths.size() >= settings.liveMaxThreadDeaths) {
            return new Status(false, deaths.size() + " stream threads died in the last " + settings.threadDeathWindow.toSeconds()
                    + " s: replacing them does not help", details);
        }
        long stalled = stalledMillis();
        if (stalled >= settings.liveStall.toMillis()) {
            return new Status(false, "no progress for " + stalled / 1000 + " s with " + lastLag + " records to process", details);
        }
        return new Status(true, "alive", details);
    }

    private long stalledMillis() {
        return sampled && lastLag > 0 ? clock.getAsLong() - progressAt : 0;
    }

    private Map<String, Object> details(KafkaStreams.State state) {
        prune();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("state", state == null ? "STARTING" : state.name());
        d.put("threadDeaths", deaths.size());
        d.put("threadDeathWindowSeconds", settings.threadDeathWindow.toSeconds());
        d.put("lag", sampled ? lastLag : null);
        d.put("secondsSinceProgress", sampled ? (clock.getAsLong() - progressAt) / 1000 : null);
        return d;
    }

    private void prune() {
        long oldest = clock.getAsLong() - settings.threadDeathWindow.toMillis();
        while (!deaths.isEmpty() && deaths.peekFirst() < oldest) {
            deaths.removeFirst();
        }
    }

    /** Samples the offsets of the application in {@code props} every check interval, on a daemon thread. */
    synchronized void startSampling(Properties props, TopicNames topics) {
        String appId = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        admin = Admin.create(PipelineTopics.adminProps(props));
        sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newswire-health");
            t.setDaemon(true);
            return t;
        });
        long every = settings.checkInterval.toMillis();
        sampler.scheduleWithFixedDelay(() -> {
            try {
                CaughtUp.Progress p = CaughtUp.progress(admin, appId, topics);
                observe(p.committed(), p.lag());
            } catch (Exception e) {
                // Kafka unreachable: no sample, so no progress either; a long outage shows as a stall.
                log.debug("Health sample failed: {}", e.toString());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (sampler != null) {
            sampler.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
