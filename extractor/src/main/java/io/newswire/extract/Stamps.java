package io.newswire.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Dates of page stamps, which date a text that has no date line: "Updated : Aug 27 2024 | 10:58 PM IST",
 * "Jakarta | Fri, May 3 2013", a caption's "07/02/2018 REUTERS" or "AFP 11 Jun 2021", a file-name stamp
 * "20210405_", "DW | 18.08.2018". Numeric dates: slashes are month/day unless the first number exceeds 12
 * (then day/month); dots are day.month; a leading four-digit year reads year/month/day.
 */
final class Stamps {
    private Stamps() {}

    /** A date found in a text: its characters {@code [start, end)}. */
    record Found(LocalDate date, int start, int end) {}

    /** The first date with a year in the characters {@code [from, to)}, or null. */
    static Found first(Tokens t, int from, int to) {
        Found best = null;
        for (int i = t.tokenAt(from); i < t.n && t.start[i] < to; i++) {
            LocalDate d = Dates.fullDateAt(t, i);
            if (d != null) {
                best = new Found(d, t.start[i], fullDateEnd(t, i));
                break;
            }
        }
        Found numeric = numeric(t.text, from, best == null ? to : best.start());
        return numeric != null ? numeric : best;
    }

    /** Where the full date starting at token i ends: after its year. */
    private static int fullDateEnd(Tokens t, int i) {
        for (int k = i; k < t.n && k <= i + 4; k++) {
            if (k > i && Dates.year(t.tok[k]) > 0 || k == i + 2 && t.hyphenBefore[k]) return t.end[k];
        }
        return t.end[i];
    }

    /** The first numeric date stamp in the characters {@code [from, to)}, or null. */
    static Found numeric(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i)) || i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) continue;
            Found f = numericAt(s, i, to);
            if (f != null) return f;
        }
        return null;
    }

    private static Found numericAt(String s, int i, int to) {
        int e1 = digitsEnd(s, i, to);
        int len1 = e1 - i;
        if (len1 == 8 && (e1 < to && s.charAt(e1) == '_' || i > 0 && s.charAt(i - 1) == '_')) {
            // a file-name stamp: "20210405_"
            LocalDate d = ymd(num(s, i, i + 4), num(s, i + 4, i + 6), num(s, i + 6, i + 8));
            return d == null ? null : new Found(d, i, e1);
        }
        if (len1 < 1 || len1 > 4 || len1 == 3 || e1 + 1 >= to) return null;
        char sep = s.charAt(e1);
        if (sep != '/' && sep != '.') return null;
        int e2 = digitsEnd(s, e1 + 1, to);
        if (e2 - e1 - 1 < 1 || e2 - e1 - 1 > 2 || e2 + 1 >= to || s.charAt(e2) != sep) return null;
        int e3 = digitsEnd(s, e2 + 1, to);
        if (e3 < s.length() && Character.isLetterOrDigit(s.charAt(e3))) return null;
        int a = num(s, i, e1), b = num(s, e1 + 1, e2), c = num(s, e2 + 1, e3);
        LocalDate d;
        if (len1 == 4 && e3 - e2 - 1 <= 2) d = ymd(a, b, c);
        else if (len1 <= 2 && e3 - e2 - 1 == 4) d = sep == '.' || a > 12 ? ymd(c, b, a) : ymd(c, a, b);
        else d = null;
        return d == null ? null : new Found(d, i, e3);
    }

    private static LocalDate ymd(int y, int m, int d) {
        return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? Dates.of(y, m, d) : null;
    }

    private static int digitsEnd(String s, int i, int to) {
        while (i < to && Character.isDigit(s.charAt(i))) i++;
        return i;
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) v = v * 10 + (s.charAt(k) - '0');
        return v;
    }

    /**
     * A photo caption's date: a date in {@code [from, to)} next to a photo credit ("... 07/02/2018 REUTERS /
     * Name", "AFP 11 Jun 2021"), or null.
     */
    static LocalDate caption(Tokens t, int from, int to, Set<String> credits) {
        for (int at = from; at < to; ) {
            Found f = first(t, at, to);
            if (f == null) return null;
            if (creditNear(t, t.tokenAt(f.start()) - 1, -1, credits) || creditNear(t, t.tokenAt(f.end()), 1, credits)) {
                return f.date();
            }
            at = f.end();
        }
        return null;
    }

    /** Whether a credit is among the two tokens from k in direction dir (skipping punctuation). */
    private static boolean creditNear(Tokens t, int k, int dir, Set<String> credits) {
        for (int seen = 0; k >= 0 && k < t.n && seen < 2; k += dir) {
            if (!t.isWord(k)) continue;
            if (credits.contains(t.tok[k].toLowerCase(Locale.ROOT))) return true;
            seen++;
        }
        return false;
    }
}
