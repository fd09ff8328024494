package io.newswire.ingest;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Command-line value converters: durations ({@code 30s}, {@code 5m}, {@code PT1M}) and sizes ({@code 1MiB}). */
final class Conversions {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");

    private Conversions() {
    }

    static Duration duration(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("p")) {
            try {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a duration: '" + s + "' (e.g. 30s, 5m, 1h, PT30S)");
            }
        }
        Matcher m = DURATION.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: '" + s + "' (e.g. 30s, 5m, 1h, PT30S)");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long ms = switch (unit) {
            case "ms" -> (long) n;
            case "s" -> (long) (n * 1000);
            case "m" -> (long) (n * 60_000);
            case "h" -> (long) (n * 3_600_000);
            default -> (long) (n * 86_400_000);
        };
        return Duration.ofMillis(ms);
    }

    static long bytes(String s) {
        Matcher m = SIZE.matcher(s.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: '" + s + "' (e.g. 1048576, 512KiB, 1MiB)");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        long mult = switch (unit.charAt(0)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return (long) (n * mult);
    }

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d = duration(value);
            if (d.isNegative() || d.isZero()) {
                throw new CommandLine.TypeConversionException("must be positive: '" + value + "'");
            }
            return d;
        }
    }

    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            long b = bytes(value);
            if (b <= 0) {
                throw new CommandLine.TypeConversionException("must be positive: '" + value + "'");
            }
            return b;
        }
    }
}
