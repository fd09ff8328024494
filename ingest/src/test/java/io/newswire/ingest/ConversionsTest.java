package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Durations and sizes as written on the command line. */
class ConversionsTest {
    @Test
    void durations() {
        assertEquals(Duration.ofSeconds(30), Conversions.duration("30s"));
        assertEquals(Duration.ofSeconds(30), Conversions.duration("30"));
        assertEquals(Duration.ofMinutes(5), Conversions.duration("5m"));
        assertEquals(Duration.ofMillis(250), Conversions.duration("250ms"));
        assertEquals(Duration.ofMinutes(90), Conversions.duration("1.5h"));
        assertEquals(Duration.ofSeconds(45), Conversions.duration("PT45S"));
        assertThrows(IllegalArgumentException.class, () -> Conversions.duration("soon"));
    }

    @Test
    void sizes() {
        assertEquals(1024 * 1024, Conversions.bytes("1MiB"));
        assertEquals(1024 * 1024, Conversions.bytes("1m"));
        assertEquals(512 * 1024, Conversions.bytes("512KiB"));
        assertEquals(1000, Conversions.bytes("1000"));
        assertThrows(IllegalArgumentException.class, () -> Conversions.bytes("big"));
    }
}
