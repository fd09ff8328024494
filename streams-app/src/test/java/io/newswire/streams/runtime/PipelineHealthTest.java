package io.newswire.streams.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link PipelineHealth} on a clock the test moves: thread deaths in a window, offsets that do
 * not move while there is work. (The real-broker side, threads dying on a poison record and the HTTP answers,
 * is {@code HealthIntegrationTest}.)
 */
class PipelineHealthTest {
    final AtomicLong now = new AtomicLong(1_000_000);
    final PipelineHealth health = new PipelineHealth(PipelineHealth.Settings.DEFAULTS, now::get);

    void advance(Duration d) {
        now.addAndGet(d.toMillis());
    }

    @Test
    void runningAndProgressingIsReadyAndLive() {
        health.observe(100, 50);
        advance(Duration.ofSeconds(10));
        health.observe(150, 20);
        assertTrue(health.ready(State.RUNNING).up());
        assertTrue(health.live(State.RUNNING).up());
        assertEquals(20L, health.ready(State.RUNNING).details().get("lag"));
    }

    @Test
    void aRebalanceIsNotReadyButLive() {
        assertFalse(health.ready(State.REBALANCING).up());
        assertTrue(health.live(State.REBALANCING).up());
    }

    @Test
    void threadsThatKeepDyingFailReadinessThenLiveness() {
        for (int i = 0; i < 2; i++) {
            health.threadDied();
            advance(Duration.ofSeconds(45));
        }
        assertTrue(health.ready(State.RUNNING).up(), "two deaths: a bad moment, still ready");
        health.threadDied();
        PipelineHealth.Status ready = health.ready(State.RUNNING);
        assertFalse(ready.up());
        assertTrue(ready.reason().contains("3 stream threads died"), ready.reason());
        assertTrue(health.live(State.RUNNING).up(), "replacing threads may still help");
        for (int i = 0; i < 3; i++) {
            advance(Duration.ofSeconds(45));
            health.threadDied();
        }
        assertFalse(health.live(State.RUNNING).up(), "six deaths in five minutes: it cannot recover by itself");
        advance(Duration.ofMinutes(6));
        assertTrue(health.ready(State.RUNNING).up(), "deaths older than the window are forgotten");
        assertTrue(health.live(State.RUNNING).up());
    }

    @Test
    void offsetsThatDoNotMoveWhileThereIsWorkFailReadinessThenLiveness() {
        health.observe(500, 10);
        for (int i = 0; i < 11; i++) { // two minutes of samples: the same offsets, the lag growing
            advance(Duration.ofSeconds(10));
            health.observe(500, 10 + i * 7);
        }
        assertTrue(health.ready(State.RUNNING).up(), "110 s without progress: still within the limit");
        advance(Duration.ofSeconds(10));
        health.observe(500, 100);
        PipelineHealth.Status ready = health.ready(State.RUNNING);
        assertFalse(ready.up());
        assertTrue(ready.reason().contains("no progress for 120 s with 100 records"), ready.reason());
        assertTrue(health.live(State.RUNNING).up());
        advance(Duration.ofMinutes(8));
        health.observe(500, 300);
        assertFalse(health.live(State.RUNNING).up(), "ten minutes stuck");
        health.observe(501, 299);
        assertTrue(health.ready(State.RUNNING).up(), "one committed record is progress");
        assertTrue(health.live(State.RUNNING).up());
    }

    @Test
    void anIdlePipelineIsNotStalled() {
        health.observe(500, 0);
        advance(Duration.ofHours(3));
        health.observe(500, 0);
        assertTrue(health.ready(State.RUNNING).up());
        assertTrue(health.live(State.RUNNING).up());
    }

    @Test
    void noThreadLeftIsNotLive() {
        assertFalse(health.live(State.ERROR).up());
        assertFalse(health.live(State.NOT_RUNNING).up());
        assertFalse(health.live(State.PENDING_ERROR).up());
    }

    @Test
    void thresholdsComeFromTheProperties() {
        Properties p = new Properties();
        p.setProperty(PipelineHealth.READY_MAX_THREAD_DEATHS, "1");
        p.setProperty(PipelineHealth.STALL_MS, "2000");
        PipelineHealth.Settings s = PipelineHealth.Settings.from(p);
        assertEquals(1, s.readyMaxThreadDeaths());
        assertEquals(Duration.ofSeconds(2), s.stall());
        assertEquals(PipelineHealth.Settings.DEFAULTS.liveMaxThreadDeaths(), s.liveMaxThreadDeaths());
    }
}
