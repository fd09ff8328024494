package io.newswire.ingest;

import io.newswire.extract.DateLine;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the page furniture of a plain-text wire article (the {@code seeds/} format).
 *
 * <p>The format: an optional first line {@code " date YYYY-MM-DD"} (the publication date; the rest of that
 * line, if any, is already the article), then an optional headline line, then the dateline and body, e.g.
 * {@code "MOSCOW, September 22. /TASS/. Russian Deputy Foreign Minister ..."} or
 * {@code "WASHINGTON, Oct. 26 (Xinhua) -- Wang Yi ..."}. Nothing is removed from the text: the body is
 * the text as received; this class only finds the date, a headline and the agency. The date line is read by
 * {@link DateLine}, the reader the extractor uses too, so ingest and the extractor agree on the publication date.
 */
public final class WireText {
    /** An upper-case dateline city, or a capitalised one followed by a date ({@code "Madrid, Jun 3"}). */
    private static final String CITY = "(?:[A-Z][A-Z.'’ -]{1,40}?|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?=,))";
    private static final String DAY = "(?:,\\s*(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[A-Z][a-z]{2,8})\\.?)?";
    /** {@code CITY, Month D. /AGENCY/.} as TASS writes it. */
    private static final Pattern SLASH_DATELINE = Pattern.compile(
            "(?:^|\\s)" + CITY + DAY + "\\s*/\\s*([A-Z][A-Za-z&.-]{1,20}(?: [A-Z][A-Za-z&.-]{1,20}){0,2})\\s*/", Pattern.MULTILINE);
    /** {@code CITY, Month D (AGENCY) --} as Xinhua, AP, Reuters write it. */
    private static final Pattern PAREN_DATELINE = Pattern.compile(
            "(?:^|\\s)" + CITY + DAY + "\\s*\\(([A-Z][A-Za-z&.-]{1,20}(?: [A-Z][A-Za-z&.-]{1,20}){0,2})\\)\\.?\\s*(?:--|-|–|—|:)", Pattern.MULTILINE);
    private static final Pattern DATELINE_START = Pattern.compile("\\A" + CITY + DAY + "\\s*(?:/|\\(|--|—|–)");

    private static final int HEADLINE_MAX = 200;
    private static final int DATELINE_WINDOW = 1500;

    private WireText() {
    }

    /** What the furniture says; any part may be null. */
    public record Furniture(LocalDate published, String headline, String provider) {
    }

    public static Furniture read(String text) {
        LocalDate published = dateLine(text);
        String rest = afterDateLine(text);
        return new Furniture(published, headline(rest), provider(text));
    }

    /**
     * The text without its {@code " date YYYY-MM-DD"} line's date (the whole text, without a byte-order mark,
     * when there is none); what came before the date line, if anything, is kept.
     */
    public static String afterDateLine(String text) {
        DateLine.Found f = DateLine.find(text);
        return f == null ? stripBom(text) : stripBom(text.substring(0, f.start())).stripLeading() + text.substring(f.end());
    }

    /** The date of the {@code " date YYYY-MM-DD"} line, or null (also for an impossible date); see {@link DateLine}. */
    public static LocalDate dateLine(String text) {
        return DateLine.date(text);
    }

    /** The agency named in the dateline ({@code /TASS/}, {@code (Xinhua)}), or null. */
    public static String provider(String text) {
        String head = text.length() > DATELINE_WINDOW ? text.substring(0, DATELINE_WINDOW) : text;
        Matcher slash = SLASH_DATELINE.matcher(head);
        Matcher paren = PAREN_DATELINE.matcher(head);
        int slashAt = slash.find() ? slash.start() : Integer.MAX_VALUE;
        int parenAt = paren.find() ? paren.start() : Integer.MAX_VALUE;
        if (slashAt == Integer.MAX_VALUE && parenAt == Integer.MAX_VALUE) {
            return null;
        }
        String name = slashAt <= parenAt ? slash.group(1) : paren.group(1);
        return name.strip();
    }

    /**
     * A separate headline: the first line of the text (after the date line) when it is short, does not end
     * like a sentence and is not the dateline itself; else null.
     */
    static String headline(String rest) {
        String trimmed = rest.strip();
        int nl = trimmed.indexOf('\n');
        if (nl < 0) {
            return null;
        }
        String first = trimmed.substring(0, nl).strip();
        if (first.isEmpty() || first.length() > HEADLINE_MAX || first.endsWith(".") || first.endsWith(":")
                || DATELINE_START.matcher(first).find() || trimmed.substring(nl).isBlank()) {
            return null;
        }
        return first;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
