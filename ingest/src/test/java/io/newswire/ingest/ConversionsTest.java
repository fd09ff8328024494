package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Sizes as written on the command line (durations: clients/DurationsTest). */
class ConversionsTest {
    @Test
    void sizes() {
        assertEquals(1024 * 1024, Conversions.bytes("1MiB"));
        assertEquals(1024 * 1024, Conversions.bytes("1m"));
        assertEquals(512 * 1024, Conversions.bytes("512KiB"));
        assertEquals(1000, Conversions.bytes("1000"));
        assertThrows(IllegalArgumentException.class, () -> Conversions.bytes("big"));
    }
}
