package io.newswire.extract;

import java.util.List;

/**
 * The countries the extractor knows (ISO 3166-1 alpha-2 code, English short name, UN M49 region and
 * subregion), from the same generated gazetteer it codes articles with, so that whatever shows a code
 * (the API, the dashboard) names it the way the extractor does.
 */
public final class Countries {
    private static final List<Enrichment.Country> ALL = Gazetteer.rows("generated/countries.tsv").stream()
            .map(r -> new Enrichment.Country(r[0], r[1], blankToNull(r[2]), blankToNull(r[3])))
            .toList();

    private Countries() {}

    /** Every known country, sorted by code. */
    public static List<Enrichment.Country> all() {
        return ALL;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
