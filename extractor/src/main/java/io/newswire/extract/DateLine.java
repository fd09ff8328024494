package io.newswire.extract;

import java.time.LocalDate;

/**
 * The {@code " date YYYY-MM-DD"} line that opens a wire article in the {@code seeds/} format: the one reader
 * of it, used by the extractor's {@link Furniture} stage and by {@code ingest} (publication date, headline), so
 * the two cannot disagree on an article's publication date.
 *
 * <p>The line is one of the first three lines of the text: optional byte-order mark and blanks, the word
 * {@code date}, blanks, an ISO date (year 1900-2100), then a blank or the end of the text. The rest of the
 * line, if any, is already the article.
 */
public final class DateLine {
    /** Lines of the text searched for the date line. */
    static final int FIRST_LINES = 3;

    private DateLine() {}

    /**
     * A date line found in the text.
     *
     * @param date  the publication date it states
     * @param start offset of {@code date}
     * @param end   offset after the ISO date
     */
    public record Found(LocalDate date, int start, int end) {}

    /** The date line of the text, or null (also for an impossible date such as 2021-02-30). */
    public static Found find(String text) {
        int lineStart = 0;
        for (int line = 0; line < FIRST_LINES && lineStart <= text.length(); line++) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            Found f = atLine(text, lineStart, lineEnd);
            if (f != null) return f;
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /** The publication date of the date line, or null. */
    public static LocalDate date(String text) {
        Found f = find(text);
        return f == null ? null : f.date();
    }

    /** A date line occupying the start of the line {@code [lineStart, lineEnd)}, or null. */
    static Found atLine(String text, int lineStart, int lineEnd) {
        int i = lineStart;
        while (i < lineEnd && (text.charAt(i) == '\uFEFF' || Character.isWhitespace(text.charAt(i)))) i++;
        int start = i;
        if (!text.startsWith("date", i)) return null;
        i += 4;
        int blanks = i;
        while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        if (i == blanks || i + 10 > lineEnd) return null;
        int end = i + 10;
        if (end < text.length() && !Character.isWhitespace(text.charAt(end))) return null;
        int year = Dates.year(text.substring(i, i + 4));
        if (year == 0 || text.charAt(i + 4) != '-' || text.charAt(i + 7) != '-') return null;
        int month = Dates.number(text.substring(i + 5, i + 7));
        int day = Dates.number(text.substring(i + 8, i + 10));
        LocalDate date = month > 0 && day > 0 ? Dates.of(year, month, day) : null;
        return date == null ? null : new Found(date, start, end);
    }
}
