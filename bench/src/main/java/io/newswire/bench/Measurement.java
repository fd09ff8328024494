package io.newswire.bench;

import java.util.Locale;

/** One figure of the bench table: what was measured, the value, its unit, and a note (target, ratio). */
record Measurement(String section, String what, double value, String unit, String note) {
    String row() {
        return String.format(Locale.ROOT, "| %s | %s | %s %s | %s |", section, what, format(value), unit, note);
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
