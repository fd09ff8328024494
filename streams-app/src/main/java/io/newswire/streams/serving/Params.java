package io.newswire.streams.serving;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.javalin.http.Context;

/**
 * The query parameters of one request, checked: only the names an endpoint knows, each at
 * most once, days as YYYY-MM-DD. Anything else is a 400 with a message saying what is wrong.
 */
final class Params {
    static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N} ._/'-]{1,100}");

    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    static Params of(Context ctx, Set<String> allowed) {
        Map<String, List<String>> raw;
        try {
            raw = ctx.queryParamMap();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed query string");
        }
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : raw.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw ApiException.badRequest("unknown parameter '" + abbreviate(e.getKey()) + "'; this endpoint takes "
                        + (allowed.isEmpty() ? "no parameters" : String.join(", ", new TreeSet<>(allowed))));
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badRequest("parameter '" + e.getKey() + "' given more than once");
            }
            String v = e.getValue().isEmpty() ? "" : e.getValue().get(0);
            if (v.length() > MAX_VALUE_LENGTH) {
                throw ApiException.badRequest("parameter '" + e.getKey() + "' is longer than " + MAX_VALUE_LENGTH + " characters");
            }
            if (!v.isEmpty()) {
                out.put(e.getKey(), v);
            }
        }
        return new Params(out);
    }

    String text(String name) {
        return values.get(name);
    }

    /** A country code, region or subregion name: letters, digits, spaces and a little punctuation. */
    String code(String name) {
        String v = values.get(name);
        if (v != null && !CODE.matcher(v).matches()) {
            throw ApiException.badRequest("'" + name + "' must be a code or name (letters, digits, spaces), got '" + abbreviate(v) + "'");
        }
        return v;
    }

    /** One of the values of {@code vocabulary}, in its canonical spelling; a 400 naming the accepted ones otherwise. */
    String code(String name, Vocabulary vocabulary) {
        return vocabulary.resolve(code(name));
    }

    LocalDate day(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            java.util.regex.Matcher ymd = DAY.matcher(v);
            if (ymd.matches()) { // the right format, a day that does not exist
                throw ApiException.badRequest("'" + name + "': no such date " + v + noSuchDate(Integer.parseInt(ymd.group(1)),
                        Integer.parseInt(ymd.group(2)), Integer.parseInt(ymd.group(3))));
            }
            throw ApiException.badRequest("'" + name + "' must be a day YYYY-MM-DD, got '" + abbreviate(v) + "'");
        }
    }

    /** Why a YYYY-MM-DD that LocalDate refuses is not a date: "(February 2026 has 28 days)". */
    private static String noSuchDate(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return " (months are 01 to 12)";
        }
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        String monthName = ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return day < 1 ? " (days start at 01)" : " (" + monthName + " " + year + " has " + ym.lengthOfMonth() + " days)";
    }

    /** 'from' and 'to', inclusive, either may be absent; 'from' after 'to' is an error. */
    LocalDate[] dayRange() {
        LocalDate from = day("from");
        LocalDate to = day("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("'from' (" + from + ") is after 'to' (" + to + ")");
        }
        return new LocalDate[] {from, to};
    }

    int integer(String name, int defaultValue, int min, int max) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number from " + min + " to " + max + ", got '" + abbreviate(v) + "'");
        }
    }

    /** A decimal number from min to max, null when absent. */
    Double decimal(String name, double min, double max) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a number from " + min + " to " + max + ", got '" + abbreviate(v) + "'");
        }
    }

    /** A comma-separated list of partition numbers (peer requests). */
    Set<Integer> partitions(String name) {
        String v = values.get(name);
        Set<Integer> out = new TreeSet<>();
        if (v == null) {
            return out;
        }
        for (String p : v.split(",")) {
            try {
                int n = Integer.parseInt(p.trim());
                if (n < 0 || n > 100_000) {
                    throw new NumberFormatException();
                }
                out.add(n);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("'" + name + "' must be partition numbers separated by commas");
            }
        }
        return out;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
