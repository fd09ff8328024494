package io.newswire.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the summits whose host rotates met in a year ({@code curated/summits.tsv}): "on the sidelines of the G20
 * summit" names no city, but in 2024 it was Rio de Janeiro. Read only when the text gives the summit no place.
 */
final class Summits {
    private record Row(YearMonth month, Venue venue) {}

    /** How many months from the news date a summit may be and still be the one the text means. */
    private static final int NEAREST_MONTHS = 2;

    private final Map<String, List<Row>> bySeries = new HashMap<>();
    /** A name the text may use for a series, without hyphens, to the series ("G8" -> "G7", "East Asia" -> "ASEAN"). */
    private final Map<String, String> seriesOfName = new HashMap<>();
    /** A series' name, then up to two capitalised words, then "summit": "G20 summit", "ASEAN Leaders' Summit", "NATO's summit". */
    private final Pattern summit;

    Summits() {
        for (String[] r : Gazetteer.rows("curated/summits.tsv")) {
            if (r[1].equals("=")) {
                seriesOfName.put(r[0].replace("-", ""), r[2]); // "G8 = G7"
                continue;
            }
            bySeries.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Row(YearMonth.parse(r[1]), new Venue(r[2].isEmpty() ? null : r[2], r[3])));
            seriesOfName.put(r[0].replace("-", ""), r[0]);
        }
        List<String> names = new ArrayList<>(seriesOfName.keySet());
        names.sort((x, y) -> y.length() - x.length()); // "Arab League" before "Arab"
        StringBuilder alternatives = new StringBuilder();
        for (String n : names) {
            if (alternatives.length() > 0) alternatives.append('|');
            // (names are letters, digits and spaces: "G20" also as "G-20", "Arab League" across any space)
            if (!n.matches("[A-Za-z0-9 ]+")) throw new IllegalArgumentException("summits.tsv: a series name of letters, digits and spaces: " + n);
            alternatives.append(n.replaceAll("([A-Za-z])(\\d)", "$1-?$2").replace(" ", "\\s+"));
        }
        summit = Pattern.compile("(?<![\\w-])(" + alternatives + ")(?:'s)?\\s+(?:[A-Z][\\w'’-]*\\s+){0,2}?[Ss]ummit");
    }

    /**
     * The place of the rotating summit the text names, the one of its series nearest to {@code day} (up to {@link
     * #NEAREST_MONTHS} months either way); null when the text names none or the table has none near.
     */
    Venue placeOf(CharSequence text, LocalDate day) {
        if (day == null) return null;
        Matcher m = summit.matcher(text);
        if (!m.find()) return null;
        String series = seriesOfName.get(m.group(1).replace("-", ""));
        YearMonth news = YearMonth.from(day);
        Row best = null;
        long bestGap = NEAREST_MONTHS + 1;
        for (Row r : bySeries.getOrDefault(series, List.of())) {
            long gap = Math.abs(ChronoUnit.MONTHS.between(r.month(), news));
            if (gap < bestGap) {
                best = r;
                bestGap = gap;
            }
        }
        return best == null ? null : best.venue();
    }
}
