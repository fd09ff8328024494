package io.newswire.streams.serving;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.newswire.extract.CountryTable;
import io.newswire.streams.topology.CountBuckets;

/**
 * The values a filter parameter accepts ({@code country}, {@code region}; an international
 * {@code body} is one more {@link #of} away): any case in, the canonical spelling out, and
 * for anything else a 400 that says what would have been accepted, naming the nearest value
 * when there is one ("unknown country 'Russia': use an ISO 3166-1 alpha-2 code such as RU
 * (Russia)"). An unknown value used to answer 200 with no rows, which reads as "no meetings".
 */
final class Vocabulary {
    private static final int LIST_ALL_UP_TO = 30;
    static final Vocabulary COUNTRIES = countries();
    static final Vocabulary REGIONS = regions();
    /** International bodies (AU, EU, UN, NATO, ...), by the codes the extractor gives them. */
    static final Vocabulary BODIES = bodies();
    /** Countries, naming the body when a refused value is a body's code ("'EU' is not a country but ..."). */
    static final Vocabulary COUNTRIES_NOT_BODIES = COUNTRIES.seeAlso(BODIES);

    private final String parameter;
    private final String kind;
    private final String accepted;
    private final String examples;
    /** Upper-cased value to its canonical spelling. */
    private final Map<String, String> values = new LinkedHashMap<>();
    /** Value to the first name it was given, shown after it in suggestions: "RU (Russia)". */
    private final Map<String, String> display = new LinkedHashMap<>();
    /** Upper-cased name or alias to the value it stands for (for suggestions only). */
    private final Map<String, String> aliases = new LinkedHashMap<>();
    /** Other vocabularies a wrong value may belong to ("EU is a body, not a country"). */
    private final List<Vocabulary> elsewhere = new ArrayList<>();

    /**
     * @param parameter the query parameter ({@code body})
     * @param kind      what a value is, for messages ({@code international body})
     * @param accepted  the accepted values described, when they are too many to list
     *                  ({@code "a body code"}); null to list them all in messages
     * @param examples  a few accepted values, after "such as" ({@code "AU, EU or UN"}); null with accepted null
     * @param values    each accepted value and the names it is known by, display name first
     */
    static Vocabulary of(String parameter, String kind, String accepted, String examples, Map<String, List<String>> values) {
        Vocabulary v = new Vocabulary(parameter, kind, accepted, examples);
        values.forEach((value, names) -> {
            v.values.put(upper(value), value);
            if (!names.isEmpty()) {
                v.display.put(value, names.get(0));
            }
            names.forEach(name -> v.aliases.putIfAbsent(upper(name), value));
        });
        return v;
    }

    private Vocabulary(String parameter, String kind, String accepted, String examples) {
        this.parameter = parameter;
        this.kind = kind;
        this.accepted = accepted;
        this.examples = examples;
    }

    /** ISO 3166-1 alpha-2 codes of the countries the extractor knows; their names are suggestions. */
    static Vocabulary countries() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        CountryTable.countries().forEach((code, c) -> values.put(code, c.names()));
        return of("country", "country", "an ISO 3166-1 alpha-2 code", "RU, US or CN", values);
    }

    static Vocabulary bodies() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        io.newswire.extract.Extractors.internationalBodies().forEach((code, name) -> values.put(code, List.of(name)));
        return of("body", "international body", null, null, values);
    }

    /** UN M49 regions and subregions, and the two buckets of the meetings-per-region store. */
    static Vocabulary regions() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        CountryTable.regions().forEach(r -> values.put(r, List.of()));
        CountryTable.subregions().forEach(r -> values.put(r, List.of()));
        values.put(CountBuckets.REMOTE, List.of());
        values.put(CountBuckets.UNKNOWN, List.of());
        return of("region", "region", null, null, values);
    }

    /** This vocabulary, also naming {@code other} in the message when a value refused here is one of its values. */
    Vocabulary seeAlso(Vocabulary other) {
        Vocabulary copy = new Vocabulary(parameter, kind, accepted, examples);
        copy.values.putAll(values);
        copy.display.putAll(display);
        copy.aliases.putAll(aliases);
        copy.elsewhere.addAll(elsewhere);
        copy.elsewhere.add(other);
        return copy;
    }

    /** The canonical value, or empty if it is not one of the accepted values. */
    Optional<String> find(String value) {
        return Optional.ofNullable(values.get(upper(value)));
    }

    /** The canonical value of {@code value} (null stays null); a 400 naming the accepted values otherwise. */
    String resolve(String value) {
        if (value == null) {
            return null;
        }
        Optional<String> found = find(value);
        if (found.isPresent()) {
            return found.get();
        }
        String shown = Params.abbreviate(value);
        for (Vocabulary other : elsewhere) {
            Optional<String> there = other.find(value);
            if (there.isPresent()) {
                throw ApiException.badRequest("'" + shown + "' is not " + article(kind) + " but " + article(other.kind)
                        + other.describe(there.get()) + ": use " + other.parameter + "=" + there.get());
            }
        }
        Optional<String> nearest = nearest(value);
        StringBuilder message = new StringBuilder("unknown " + kind + " '" + shown + "'");
        if (accepted == null) {
            message.append(nearest.map(n -> ": did you mean " + n + "? Use one of ").orElse(": use one of "));
            message.append(values.size() <= LIST_ALL_UP_TO ? String.join(", ", values.values())
                    : String.join(", ", values.values().stream().limit(LIST_ALL_UP_TO).toList()) + ", ...");
        } else {
            message.append(": use ").append(accepted).append(" such as ")
                    .append(nearest.map(n -> n + describe(n)).orElse(examples));
        }
        throw ApiException.badRequest(message.toString());
    }

    /** The display name after a value, " (Russia)", or nothing when it has none. */
    private String describe(String value) {
        String name = display.get(value);
        return name == null || name.equalsIgnoreCase(value) ? "" : " (" + name + ")";
    }

    private static String article(String noun) {
        return ("AEIOU".indexOf(Character.toUpperCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    /**
     * The value {@code wrong} most likely meant: a value or name equal to it in any case, then
     * one it begins (3 letters at least: "rus" is Russia), then the closest by edit distance
     * (at most a third of its letters wrong).
     */
    Optional<String> nearest(String wrong) {
        String w = upper(wrong.trim());
        if (w.isEmpty()) {
            return Optional.empty();
        }
        if (aliases.containsKey(w)) {
            return Optional.of(aliases.get(w));
        }
        if (w.length() >= 3) {
            for (Map.Entry<String, String> e : names().entrySet()) {
                if (e.getKey().startsWith(w)) {
                    return Optional.of(e.getValue());
                }
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, String> e : names().entrySet()) {
            int d = distance(w, e.getKey());
            if (d < bestDistance) {
                bestDistance = d;
                best = e.getValue();
            }
        }
        return bestDistance <= Math.max(1, w.length() / 3) && w.length() > 2 ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Values and names together, upper-cased, values first. */
    private Map<String, String> names() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((upperValue, value) -> {
            if (upperValue.length() > 2) { // a two-letter code is too short to be near anything by spelling
                out.put(upperValue, value);
            }
        });
        aliases.forEach(out::putIfAbsent);
        return out;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String upper(String s) {
        return s.trim().toUpperCase(Locale.ROOT);
    }
}
