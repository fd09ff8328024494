package io.newswire.extract;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * part when the text gives two ("Sameh Hassan Shoukry" for "Sameh Shoukry"). Middle initials and leading
 * honorifics count for nothing when the exact name is not known ("Antony J. Blinken" is "Antony Blinken",
 * "Sheikh Tamim Al Thani" is "Tamim Al Thani"). A bare family name ({@link #familyCountry}) is known only
 * from the curated leaders, and only when one country has a leader of that name. About 30,000 keys: a few MB,
 * read once. {@code curated/officials.tsv} gives the terms of officials of international bodies
 * ({@link #office}): on a day inside a term the person speaks for the body.
 */
final class Actors {
    private static final String AMBIGUOUS = "";
    /** Countries whose names are written family name first ("Xi Jinping", "Moon Jae-in"). */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CN", "TW", "KR", "KP");
    private final Set<String> honorifics;
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byFirstLast = new HashMap<>();
    /** Keys without initials and honorifics, where they differ from the name's key. */
    private final Map<String, String> byLooseName = new HashMap<>();
    /** The last two parts of names of three or more parts ("amir abdollahian" for "Hossein Amir-Abdollahian"). */
    private final Map<String, String> byLastTwo = new HashMap<>();
    /** Family names of the curated leaders. */
    private final Map<String, String> byFamily = new HashMap<>();
    /** Terms of officials of international bodies, by full name key and by first and last part. */
    private final Map<String, List<Term>> offices = new HashMap<>();

    /** A term in an international body's office: from and to inclusive, {@code to} null while in office. */
    private record Term(String body, LocalDate from, LocalDate to) {
        boolean holds(LocalDate day) {
            return day == null ? to == null : !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    Actors(Set<String> particles) {
        this(particles, Set.of());
    }

    /** @param honorifics one-word honorifics ("sheikh", "dr"), lower-cased: never a part of the name's key */
    Actors(Set<String> particles, Set<String> honorifics) {
        this.honorifics = honorifics;
        Map<String, String> curated = new HashMap<>(), curatedFl = new HashMap<>(), curatedLoose = new HashMap<>(), curatedL2 = new HashMap<>();
        for (String[] r : Gazetteer.rows("curated/leaders.tsv")) {
            List<String> parts = index(r[0], r[1], particles, curated, curatedFl, curatedLoose, curatedL2);
            // a leader known by one name ("Lula"): that name alone
            if (parts.size() == 1 && parts.get(0).length() > 3) put(byFamily, parts.get(0), r[1]);
            if (parts.size() < 2) continue;
            String family = FAMILY_NAME_FIRST.contains(r[1]) ? parts.get(0) : parts.get(parts.size() - 1);
            if (family.length() > 1) put(byFamily, family, r[1]);
        }
        for (String[] r : Gazetteer.rows("generated/actors.tsv")) {
            for (String n : r[0].split("\\|")) index(n, r[1], particles, byName, byFirstLast, byLooseName, byLastTwo);
        }
        for (String[] r : Gazetteer.rows("curated/officials.tsv")) {
            Term term = new Term(r[1], LocalDate.parse(r[2]), r.length > 3 && !r[3].isBlank() ? LocalDate.parse(r[3]) : null);
            List<String> parts = keyParts(r[0], particles);
            if (parts.size() < 2) continue;
            offices.computeIfAbsent(String.join(" ", parts), k -> new ArrayList<>(1)).add(term);
            String firstLast = parts.get(0) + " " + parts.get(parts.size() - 1);
            if (parts.size() > 2) offices.computeIfAbsent(firstLast, k -> new ArrayList<>(1)).add(term);
        }
        byName.putAll(curated);
        byFirstLast.putAll(curatedFl);
        byLooseName.putAll(curatedLoose);
        byLastTwo.putAll(curatedL2);
    }

    /** Indexes one name; returns its key parts. */
    private List<String> index(String name, String country, Set<String> particles, Map<String, String> full, Map<String, String> fl,
            Map<String, String> loose, Map<String, String> lastTwo) {
        List<String> parts = keyParts(name, particles);
        if (parts.size() < 2) return parts;
        put(full, String.join(" ", parts), country);
        put(fl, parts.get(0) + " " + parts.get(parts.size() - 1), country);
        List<String> core = core(parts);
        if (core.size() >= 2 && core.size() < parts.size()) put(loose, String.join(" ", core), country);
        if (core.size() >= 3) put(lastTwo, core.get(core.size() - 2) + " " + core.get(core.size() - 1), country);
        return parts;
    }

    /** The folded, lower-cased word tokens of a name without particles: the parts its keys are made of. */
    private static List<String> keyParts(String name, Set<String> particles) {
        Tokens t = new Tokens(name.strip());
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < t.n; k++) {
            if (!t.isWord(k)) continue;
            String low = fold(t.low[k]);
            if (particles.contains(low)) continue;
            parts.add(low);
        }
        return parts;
    }

    /**
     * The body (an orgs.tsv code) the person with these name tokens speaks for on this day, or null: the exact
     * name, else its first and last part. An undated article's day is unknown: only officials still in office count.
     */
    String office(List<String> nameTokens, LocalDate day) {
        if (nameTokens.size() < 2 || offices.isEmpty()) return null;
        List<String> folded = new ArrayList<>(nameTokens.size());
        for (String tk : nameTokens) folded.add(fold(tk));
        List<Term> terms = offices.get(String.join(" ", folded));
        if (terms == null) terms = offices.get(folded.get(0) + " " + folded.get(folded.size() - 1));
        if (terms == null) return null;
        for (Term t : terms) if (t.holds(day)) return t.body();
        return null;
    }

    /** The parts without initials (one letter) and without leading honorifics. */
    private List<String> core(List<String> parts) {
        List<String> core = new ArrayList<>(parts.size());
        for (String p : parts) {
            if (p.length() == 1 || core.isEmpty() && honorifics.contains(p)) continue;
            core.add(p);
        }
        return core;
    }

    private static void put(Map<String, String> m, String key, String country) {
        String old = m.putIfAbsent(key, country);
        if (old != null && !old.equals(country)) m.put(key, AMBIGUOUS);
    }

    static String fold(String s) {
        return Gazetteer.fold(s).toLowerCase(Locale.ROOT);
    }

    /**
     * The country of the person with these name tokens (lower-cased, without particles), or null: the exact name,
     * else its first and last part, else the name without initials and honorifics (looked up the same way, then
     * among the table's names without theirs).
     */
    String country(List<String> nameTokens) {
        if (nameTokens.size() < 2) return null;
        List<String> folded = new ArrayList<>(nameTokens.size());
        for (String tk : nameTokens) folded.add(fold(tk));
        String c = exact(folded);
        if (c == null) {
            List<String> core = core(folded);
            if (core.size() >= 2) {
                if (core.size() < folded.size()) c = exact(core);
                if (c == null) c = byLooseName.get(String.join(" ", core));
            }
            // a name given by its last two parts: "Amir Abdollahian" for "Hossein Amir-Abdollahian"
            if (c == null && core.size() == 2) c = byLastTwo.get(String.join(" ", core));
            // a known name with the family name after it: "Abdullah bin Zayed Al Nahyan" for "Abdullah bin Zayed"
            if (c == null && folded.size() >= 3) c = byName.get(String.join(" ", folded.subList(0, folded.size() - 1)));
        }
        return c == null || c.isEmpty() ? null : c;
    }

    /** Whether these name tokens are a known actor's name as they stand (no part left out or added). */
    boolean knownExactly(List<String> nameTokens) {
        List<String> folded = new ArrayList<>(nameTokens.size());
        for (String tk : nameTokens) folded.add(fold(tk));
        String c = exact(folded);
        return c != null && !c.isEmpty();
    }

    private String exact(List<String> folded) {
        String c = byName.get(String.join(" ", folded));
        if (c == null && folded.size() == 2) c = byFirstLast.get(folded.get(0) + " " + folded.get(1));
        return c;
    }

    /** The country of the one curated leader's family name this token is ("biden"), or null (unknown, or two countries). */
    String familyCountry(String token) {
        String c = byFamily.get(fold(token));
        return c == null || c.isEmpty() ? null : c;
    }

    int size() {
        return byName.size() + byFirstLast.size() + byLooseName.size();
    }
}
