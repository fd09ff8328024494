package io.newswire.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every unit every duration option accepts. */
class DurationsTest {
    private final Durations.Converter converter = new Durations.Converter();

    @Test
    void unitsDecimalsAndIso() {
        assertEquals(Duration.ofMillis(250), converter.convert("250ms"));
        assertEquals(Duration.ofSeconds(30), converter.convert("30s"));
        assertEquals(Duration.ofSeconds(30), converter.convert("30"));
        assertEquals(Duration.ofMinutes(5), converter.convert("5m"));
        assertEquals(Duration.ofMinutes(90), converter.convert("1.5h"));
        assertEquals(Duration.ofDays(2), converter.convert("2d"));
        assertEquals(Duration.ofMillis(1500), converter.convert("1.5s"));
        assertEquals(Duration.ofSeconds(45), converter.convert("PT45S"));
        assertEquals(Duration.ofMinutes(5), converter.convert("pt5m"));
        assertEquals(Duration.ofSeconds(10), converter.convert(" 10 S "));
    }

    @Test
    void refusesWithAnExample() {
        for (String bad : new String[] {"soon", "10x", "-5s", "P", ""}) {
            CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert(bad), bad);
            assertTrue(e.getMessage().contains("e.g. 500ms"), e.getMessage());
        }
        assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert("0s"), "must be positive");
        assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert("PT-1S"), "must be positive");
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("1w"));
    }
}
