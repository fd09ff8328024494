package io.newswire.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The countries the extractor knows (ISO 3166-1 alpha-2 codes with their UN M49 region and
 * subregion), from the same gazetteer files: what a {@code country} or {@code region} in an
 * event can be, for those who check a code from outside (the HTTP API's parameters).
 */
public final class CountryTable {
    /** One country: its code, English name, region and subregion (null for Antarctica), and every name it goes by. */
    public record Country(String code, String name, String region, String subregion, List<String> names) {}

    private static final String BASE = "/io/newswire/extract/";
    private static final Map<String, Country> COUNTRIES = load();

    private CountryTable() {}

    /** Every country by code, in code order. */
    public static Map<String, Country> countries() {
        return COUNTRIES;
    }

    /** The UN M49 regions (Africa, Americas, ...), in order. */
    public static Set<String> regions() {
        Set<String> out = new java.util.TreeSet<>();
        COUNTRIES.values().stream().filter(c -> c.region() != null).forEach(c -> out.add(c.region()));
        return Collections.unmodifiableSet(out);
    }

    /** The UN M49 subregions (Eastern Europe, Sub-Saharan Africa, ...), in order. */
    public static Set<String> subregions() {
        Set<String> out = new java.util.TreeSet<>();
        COUNTRIES.values().stream().filter(c -> c.subregion() != null).forEach(c -> out.add(c.subregion()));
        return Collections.unmodifiableSet(out);
    }

    private static Map<String, Country> load() {
        Map<String, List<String>> extraNames = new LinkedHashMap<>();
        for (String[] r : rows("curated/countries-extra.tsv")) {
            extraNames.computeIfAbsent(r[0], k -> new ArrayList<>()).addAll(split(r, 1));
        }
        Map<String, Country> out = new LinkedHashMap<>();
        for (String[] r : rows("generated/countries.tsv")) {
            Set<String> names = new LinkedHashSet<>();
            names.add(r[1]);
            names.addAll(split(r, 5));
            names.addAll(extraNames.getOrDefault(r[0], List.of()));
            out.put(r[0], new Country(r[0], r[1], blankToNull(r, 2), blankToNull(r, 3), List.copyOf(names)));
        }
        return Collections.unmodifiableMap(out);
    }

    private static String blankToNull(String[] row, int i) {
        return i < row.length && !row[i].isBlank() ? row[i] : null;
    }

    private static List<String> split(String[] row, int i) {
        if (i >= row.length || row[i].isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : row[i].split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = CountryTable.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
