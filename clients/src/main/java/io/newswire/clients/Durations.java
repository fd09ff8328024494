package io.newswire.clients;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Durations as written on the command line: {@code 250ms}, {@code 30s}, {@code 30} (seconds), {@code 5m},
 * {@code 1.5h}, {@code 2d} or ISO-8601 ({@code PT30S}). Every duration option of every command uses
 * {@link Converter}, so they all accept the same units.
 */
public final class Durations {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)?");

    private Durations() {
    }

    /** @throws IllegalArgumentException for anything else, with an example of what is accepted */
    public static Duration parse(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("p")) {
            try {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw notADuration(s);
            }
        }
        Matcher m = DURATION.matcher(v);
        if (!m.matches()) {
            throw notADuration(s);
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

    private static IllegalArgumentException notADuration(String s) {
        return new IllegalArgumentException("not a duration: '" + s + "' (e.g. 500ms, 30s, 5m, 1.5h, 1d, PT30S)");
    }

    /** A positive duration; picocli reports anything else as a usage error naming the option. */
    public static final class Converter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d;
            try {
                d = parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
            if (d.isNegative() || d.isZero()) {
                throw new CommandLine.TypeConversionException("must be positive: '" + value + "'");
            }
            return d;
        }
    }
}
