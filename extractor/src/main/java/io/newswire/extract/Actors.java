package io.newswire.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Knowledge of named political actors: a full name tells a person's country. Loaded once (part of the shared
 * {@link Gazetteer}) from {@code curated/leaders.tsv} (heads of state and government and foreign ministers since
 * 2014, hand-made) and {@code generated/actors.tsv} (PETRARCH2's country actors, MIT; the curated list wins).
 * Keys are the folded, lower-cased name tokens without particles, as {@link Person#nameTokens} holds them; a
 * key claimed by two countries is dropped. A name of three or more parts is also found by its first and last
 * part when the text gives two ("Sameh Hassan Shoukry" for "Sameh Shoukry"). About 30,000 keys: a few MB, read once.
 */
final class Actors {
    private static final String AMBIGUOUS = "";
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byFirstLast = new HashMap<>();

    Actors(Set<String> particles) {
        Map<String, String> curated = new HashMap<>(), curatedFl = new HashMap<>();
        for (String[] r : Gazetteer.rows("curated/leaders.tsv")) index(r[0], r[1], particles, curated, curatedFl);
        for (String[] r : Gazetteer.rows("generated/actors.tsv")) {
            for (String n : r[0].split("\\|")) index(n, r[1], particles, byName, byFirstLast);
        }
        byName.putAll(curated);
        byFirstLast.putAll(curatedFl);
    }

    private static void index(String name, String country, Set<String> particles, Map<String, String> full, Map<String, String> fl) {
        Tokens t = new Tokens(name.strip());
        StringBuilder key = new StringBuilder();
        String first = null, last = null;
        int parts = 0;
        for (int k = 0; k < t.n; k++) {
            if (!t.isWord(k)) continue;
            String low = fold(t.low[k]);
            if (particles.contains(low)) continue;
            if (key.length() > 0) key.append(' ');
            key.append(low);
            if (first == null) first = low;
            last = low;
            parts++;
        }
        if (parts < 2) return;
        put(full, key.toString(), country);
        put(fl, first + " " + last, country);
    }

    private static void put(Map<String, String> m, String key, String country) {
        String old = m.putIfAbsent(key, country);
        if (old != null && !old.equals(country)) m.put(key, AMBIGUOUS);
    }

    static String fold(String s) {
        return Gazetteer.fold(s).toLowerCase(Locale.ROOT);
    }

    /** The country of the person with these name tokens (lower-cased, without particles), or null. */
    String country(List<String> nameTokens) {
        if (nameTokens.size() < 2) return null;
        StringBuilder key = new StringBuilder();
        for (String tk : nameTokens) {
            if (key.length() > 0) key.append(' ');
            key.append(fold(tk));
        }
        String c = byName.get(key.toString());
        if (c == null && nameTokens.size() == 2) c = byFirstLast.get(fold(nameTokens.get(0)) + " " + fold(nameTokens.get(nameTokens.size() - 1)));
        return c == null || c.isEmpty() ? null : c;
    }

    int size() {
        return byName.size() + byFirstLast.size();
    }
}
