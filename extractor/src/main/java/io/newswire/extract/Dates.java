package io.newswire.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Date vocabulary and helpers (no regular expressions). */
final class Dates {
    private Dates() {}

    static final Map<String, Integer> MONTHS = new HashMap<>();
    static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    /** "mon", "tues", "thurs" ...: weekdays as wire copy abbreviates them (read after "on" only). */
    static final Map<String, DayOfWeek> WEEKDAY_ABBREVIATIONS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));

    /** "one" to "ten", or 1 to 31 in digits; 0 for anything else. */
    static int smallNumber(String low) {
        int words = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten").indexOf(low);
        if (words >= 0) return words + 1;
        if (low.length() <= 2 && low.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(low);
            return n >= 1 && n <= 31 ? n : 0;
        }
        return 0;
    }

    static {
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int i = 0; i < 12; i++) {
            putCases(full[i], i + 1);
            if (i != 4) putCases(full[i].substring(0, 3), i + 1);
        }
        putCases("sept", 9);
        for (DayOfWeek d : DayOfWeek.values()) WEEKDAYS.put(d.name().toLowerCase(Locale.ROOT), d);
    }

    private static void putCases(String low, int m) {
        MONTHS.put(low, m);
        MONTHS.put(Character.toUpperCase(low.charAt(0)) + low.substring(1), m);
        MONTHS.put(low.toUpperCase(Locale.ROOT), m);
    }

    /** Month number for a token ("Sept", "September", "SEPT"), or 0. "May" only when capitalised. */
    static int month(String tok) {
        if (tok.length() < 3 || tok.length() > 9 || !Character.isLetter(tok.charAt(0))) return 0;
        Integer m = MONTHS.get(tok);
        if (m == null) return 0;
        if (m == 5 && !Character.isUpperCase(tok.charAt(0))) return 0;
        if (tok.length() == 3 && !Character.isUpperCase(tok.charAt(0))) return 0;
        return m;
    }

    /** Day of month from "21", "21st", "3rd", or 0. */
    static int day(String tok) {
        int v = 0, k = 0;
        while (k < tok.length() && Character.isDigit(tok.charAt(k))) {
            v = v * 10 + (tok.charAt(k) - '0');
            k++;
            if (k > 2) return 0;
        }
        if (k == 0) return 0;
        if (k < tok.length()) {
            String rest = tok.substring(k).toLowerCase(Locale.ROOT);
            if (!(rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"))) return 0;
        }
        return v >= 1 && v <= 31 ? v : 0;
    }

    static int year(String tok) {
        if (tok.length() != 4) return 0;
        int v = 0;
        for (int k = 0; k < 4; k++) {
            char c = tok.charAt(k);
            if (!Character.isDigit(c)) return 0;
            v = v * 10 + (c - '0');
        }
        return v >= 1900 && v <= 2100 ? v : 0;
    }

    static int number(String tok) {
        if (tok.isEmpty() || tok.length() > 4) return -1;
        int v = 0;
        for (int k = 0; k < tok.length(); k++) {
            char c = tok.charAt(k);
            if (!Character.isDigit(c)) return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static LocalDate of(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The year that puts month/day closest to the anchor. */
    static LocalDate near(LocalDate anchor, int m, int d) {
        if (anchor == null) return null;
        LocalDate best = null;
        long bestDist = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate c = of(y, m, d);
            if (c == null) continue;
            long dist = Math.abs(c.toEpochDay() - anchor.toEpochDay());
            // dates slightly in the future of the anchor are fine, but prefer the past on ties
            if (dist < bestDist) {
                best = c;
                bestDist = dist;
            }
        }
        return best;
    }

    /** How far from the news date a yearless date may lie in the unexpected direction before its year changes. */
    static final int YEARLESS_SLACK_DAYS = 60;

    /**
     * A yearless date ("on April 3") in the news date's year; the previous year when that would lie far in the
     * future for a past meeting, the next year when far in the past for a planned one.
     */
    static LocalDate yearless(LocalDate anchor, int m, int d, boolean past) {
        if (anchor == null) return null;
        LocalDate c = of(anchor.getYear(), m, d);
        if (c == null) return near(anchor, m, d); // 29 February
        long ahead = c.toEpochDay() - anchor.toEpochDay();
        if (past && ahead > YEARLESS_SLACK_DAYS) return of(anchor.getYear() - 1, m, d);
        if (!past && ahead < -YEARLESS_SLACK_DAYS) return of(anchor.getYear() + 1, m, d);
        return c;
    }

    static LocalDate weekdayOnOrBefore(LocalDate anchor, DayOfWeek d) {
        if (anchor == null) return null;
        int diff = (anchor.getDayOfWeek().getValue() - d.getValue() + 7) % 7;
        return anchor.minusDays(diff);
    }

    static LocalDate weekdayOnOrAfter(LocalDate anchor, DayOfWeek d) {
        if (anchor == null) return null;
        int diff = (d.getValue() - anchor.getDayOfWeek().getValue() + 7) % 7;
        return anchor.plusDays(diff);
    }

    /** A date with a year starting at token i ("March 28, 2012", "6 July 2022", "2013-09-06"), else null. */
    static LocalDate fullDateAt(Tokens t, int i) {
        int y = Dates.year(t.tok[i]);
        if (y > 0 && i + 2 < t.n && t.hyphenBefore[i + 1] && t.hyphenBefore[i + 2]) {
            int m = Dates.number(t.tok[i + 1]), d = Dates.number(t.tok[i + 2]);
            if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return Dates.of(y, m, d);
        }
        int m = Dates.month(t.tok[i]);
        if (m > 0) {
            int j = i + 1;
            if (j < t.n && t.tok[j].equals(".")) j++;
            if (j < t.n) {
                int d = Dates.day(t.tok[j]);
                int k = j + 1;
                if (k < t.n && t.tok[k].equals(",")) k++;
                if (d > 0 && k < t.n && Dates.year(t.tok[k]) > 0) return Dates.of(Dates.year(t.tok[k]), m, d);
            }
        }
        int d = Dates.day(t.tok[i]);
        if (d > 0 && i + 2 < t.n) {
            int m2 = Dates.month(t.tok[i + 1]);
            int k = i + 2;
            if (k < t.n && t.tok[k].equals(",")) k++;
            if (m2 > 0 && k < t.n && Dates.year(t.tok[k]) > 0) return Dates.of(Dates.year(t.tok[k]), m2, d);
        }
        return null;
    }
}
