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
    /** A series' name, then up to two capitalised words, then "summit": "G20 summit", "ASEAN Leaders' Summit", "NATO's summit". */
    private static final Pattern SUMMIT = Pattern.compile(
            "(?<![\\w-])(G-?20|G-?7|G-?8|BRICS|SCO|APEC|NATO|ASEAN|East Asia)(?:'s)?\\s+(?:[A-Z][\\w'’-]*\\s+){0,2}?[Ss]ummit");

    private record Row(YearMonth month, Venue venue) {}

    /** How many months from the news date a summit may be and still be the one the text means. */
    private static final int NEAREST_MONTHS = 2;

    private final Map<String, List<Row>> bySeries = new HashMap<>();

    Summits() {
        for (String[] r : Gazetteer.rows("curated/summits.tsv")) {
            bySeries.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Row(YearMonth.parse(r[1]), new Venue(r[2], r[3])));
        }
    }

    /**
     * The place of the rotating summit the text names, the one of its series nearest to {@code day} (up to {@link
     * #NEAREST_MONTHS} months either way); null when the text names none or the table has none near.
     */
    Venue placeOf(CharSequence text, LocalDate day) {
        if (day == null) return null;
        Matcher m = SUMMIT.matcher(text);
        if (!m.find()) return null;
        String series = m.group(1).replace("-", "");
        if (series.equals("G8")) series = "G7";
        if (series.equals("East Asia")) series = "ASEAN"; // held with the ASEAN summit
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
