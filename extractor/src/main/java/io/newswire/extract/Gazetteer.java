package io.newswire.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * All gazetteers, loaded once from the resource files under {@code io/newswire/extract/}
 * and compiled into a token trie (a multi-pattern automaton over tokens: one pass, longest
 * match at each position). Immutable after construction, hence thread-safe.
 */
final class Gazetteer {
    enum Type { COUNTRY, DEMONYM, CITY, ORG, VENUE, REGION, TERRITORY, SUBDIVISION, THEME }

    record Entry(Type type, String code, String name, String city, List<String> codes) {}

    record CountryInfo(String code, String name, String region, String subregion, String capital) {}

    static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Entry> entries;
    }

    final Node root = new Node();
    /** Theme keywords, keyed by lower-cased tokens (case-insensitive matching). */
    final Node themeRoot = new Node();
    final Map<String, CountryInfo> countries = new LinkedHashMap<>();
    final Map<String, String> orgNames = new HashMap<>();
    final Set<String> titleWords = new HashSet<>();
    final Set<String> roleNouns = new HashSet<>();
    final Set<String> staffRoles = new HashSet<>();
    final Set<String> honorifics = new HashSet<>();
    final Set<String> stopwords = new HashSet<>();
    final Map<String, List<String>> themes = new LinkedHashMap<>();
    final Map<String, String[]> regions = new HashMap<>();
    /**
     * An office that identifies a country or body ("Secretary of State" -> US, "Under-Secretary-General" -> body:UN):
     * its phrase lower-cased, its side code, and whether it must be the whole title ("=" in the file).
     */
    record TitleCountry(String phrase, String code, boolean wholeTitle) {}

    /** The offices of title-countries.tsv, in file order (longer phrases first). */
    final List<TitleCountry> titleCountries = new ArrayList<>();
    /** One-word demonyms (lower case) to their country: "afghan" -> AF, for the people's plural ("Afghans"). */
    final Map<String, String> demonymCountries = new HashMap<>();
    /** Named political actors: a full name tells a country. */
    final Actors actors;
    /** Where rotating summits met each year. */
    final Summits summits = new Summits();

    private static final String BASE = "/io/newswire/extract/";

    Gazetteer() {
        Map<String, String> claimed = new HashMap<>(); // key -> code (curated claims first)
        // curated countries first (they win over generated aliases)
        for (String[] r : rows("curated/countries-extra.tsv")) {
            String code = r[0];
            for (String n : split(r, 1)) addClaim(claimed, "C:" + n, code, Type.COUNTRY, n);
            for (String d : split(r, 2)) addClaim(claimed, "D:" + d, code, Type.DEMONYM, d);
        }
        Map<String, Set<String>> genNames = new HashMap<>();
        Map<String, Set<String>> genDems = new HashMap<>();
        for (String[] r : rows("generated/countries.tsv")) {
            String code = r[0];
            countries.put(code, new CountryInfo(code, r[1], r[2], r[3], r[4]));
            List<String> names = new ArrayList<>(split(r, 5));
            names.add(r[1]);
            for (String n : names) if (!n.contains(",")) genNames.computeIfAbsent(n, k -> new HashSet<>()).add(code);
            for (String d : split(r, 6)) genDems.computeIfAbsent(d, k -> new HashSet<>()).add(code);
        }
        genNames.forEach((n, codes) -> {
            if (codes.size() == 1 && n.length() > 2) addClaim(claimed, "C:" + n, codes.iterator().next(), Type.COUNTRY, n);
        });
        genDems.forEach((d, codes) -> {
            if (codes.size() == 1) addClaim(claimed, "D:" + d, codes.iterator().next(), Type.DEMONYM, d);
        });
        claimed.forEach((key, code) -> {
            if (key.startsWith("D:") && !key.contains(" ")) demonymCountries.putIfAbsent(key.substring(2).toLowerCase(Locale.ROOT), code);
        });
        for (String[] r : rows("curated/cities-extra.tsv")) {
            Entry e = new Entry(Type.CITY, r[2], r[1], r[1], List.of());
            add(r[0], e);
            add(r[0].toUpperCase(Locale.ROOT), e);
        }
        Set<String> curatedCities = new HashSet<>();
        for (String[] r : rows("curated/cities-extra.tsv")) curatedCities.add(r[0]);
        // A name shared by several cities means, without other clues, the capital, else the most populous
        // ("London" is GB's, not Ontario's): the first entry added is the one taken.
        List<String[]> cityRows = rows("generated/cities.tsv");
        cityRows.sort(java.util.Comparator.comparing((String[] r) -> !"capital".equals(r[3]))
                .thenComparing(r -> -Long.parseLong(r[2])));
        for (String[] r : cityRows) {
            // "Armenia" (a city in Colombia): a name that is another country's is the country
            if (curatedCities.contains(r[0]) || claimed.containsKey("C:" + r[0]) && !r[1].equals(claimed.get("C:" + r[0]))) continue;
            Entry e = new Entry(Type.CITY, r[1], r[0], r[0], List.of());
            add(r[0], e);
            if ("capital".equals(r[3]) || r[0].indexOf(' ') < 0) add(r[0].toUpperCase(Locale.ROOT), e);
            String titled = titleCased(r[0]);
            if (!titled.equals(r[0])) add(titled, e); // "Rio De Janeiro", "Dar Es Salaam" in datelines and headlines
        }
        for (String[] r : rows("curated/orgs.tsv")) {
            orgNames.put(r[0], r[1]);
            for (String a : split(r, 2)) add(a, new Entry(Type.ORG, r[0], r[1], null, List.of()));
        }
        for (String[] r : rows("curated/venues.tsv")) add(r[0], new Entry(Type.VENUE, r[2], r[0], r[1], List.of()));
        for (String[] r : rows("curated/regions.tsv")) {
            List<String> cs = List.of(r[3].trim().split("\\s+"));
            regions.put(r[0], new String[] {r[1]});
            for (String a : split(r, 2)) add(a, new Entry(Type.REGION, r[0], r[1], null, cs));
        }
        for (String[] r : rows("curated/subdivisions.tsv")) add(r[0], new Entry(Type.SUBDIVISION, r[1], r[0], null, List.of()));
        for (String[] r : rows("curated/territories.tsv")) {
            add(r[0], new Entry(Type.TERRITORY, null, r[0], null, List.of(r[1].trim().split("\\s+"))));
        }
        for (String line : lines("curated/titles.txt")) {
            if (line.startsWith("!")) honorifics.add(line.substring(1));
            else if (line.startsWith("@")) { roleNouns.add(line.substring(1)); titleWords.add(line.substring(1)); }
            else if (line.startsWith("~")) { staffRoles.add(line.substring(1)); titleWords.add(line.substring(1)); }
            else titleWords.add(line);
        }
        for (String h : honorifics) if (h.indexOf(' ') < 0) titleWords.add(h);
        stopwords.addAll(lines("curated/stopwords.txt"));
        actors = new Actors(Lexicon.standard().nameParticles, honorifics);
        for (String[] r : rows("curated/title-countries.tsv")) {
            boolean whole = r[0].startsWith("=");
            titleCountries.add(new TitleCountry((whole ? r[0].substring(1) : r[0]).toLowerCase(Locale.ROOT), r[1], whole));
        }
        for (String[] r : rows("curated/themes.tsv")) {
            themes.put(r[0], split(r, 1));
            for (String k : split(r, 1)) {
                Tokens t = new Tokens(k);
                if (t.n == 0) continue;
                Node node = themeRoot;
                for (int i = 0; i < t.n; i++) node = node.next.computeIfAbsent(t.low[i], x -> new Node());
                if (node.entries == null) node.entries = new ArrayList<>(1);
                if (node.entries.isEmpty()) node.entries.add(new Entry(Type.THEME, r[0], k, null, List.of()));
            }
        }
    }

    /**
     * The side code (a country, or {@code Party.body} for "body:UN") a lower-cased title identifies by the offices of
     * title-countries.tsv: a phrase inside the title, or the whole title for a "=" phrase and whenever {@code
     * wholeTitle} ("the Secretary-General" named alone: "secretary-general" -> the UN); else null.
     */
    String titleCountry(String titleLow, boolean wholeTitle) {
        for (TitleCountry tc : titleCountries) {
            if (wholeTitle || tc.wholeTitle() ? titleLow.equals(tc.phrase()) : titleLow.contains(tc.phrase())) return tc.code();
        }
        return null;
    }

    private void addClaim(Map<String, String> claimed, String key, String code, Type type, String phrase) {
        if (claimed.containsKey(key)) return;
        claimed.put(key, code);
        add(phrase, new Entry(type, code, phrase, null, List.of()));
        if (type == Type.COUNTRY && phrase.length() > 3 && !phrase.equals(phrase.toUpperCase(Locale.ROOT))) {
            add(phrase.toUpperCase(Locale.ROOT), new Entry(type, code, phrase, null, List.of()));
        }
    }

    static String norm(String tok) {
        return tok.replace('\u2019', '\'');
    }

    private void add(String phrase, Entry e) {
        add0(phrase, e);
        String folded = fold(phrase);
        if (!folded.equals(phrase)) add0(folded, e); // "Brasilia" for "Brasília", "Turkiye" for "Türkiye"
    }

    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (ascii) return s;
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private void add0(String phrase, Entry e) {
        Tokens t = new Tokens(phrase);
        if (t.n == 0) return;
        Node node = root;
        for (int i = 0; i < t.n; i++) node = node.next.computeIfAbsent(norm(t.tok[i]), k -> new Node());
        if (node.entries == null) node.entries = new ArrayList<>(1);
        for (Entry x : node.entries) if (x.type() == e.type() && java.util.Objects.equals(x.code(), e.code())) return;
        node.entries.add(e);
    }

    /** Every word capitalised: "Rio de Janeiro" gives "Rio De Janeiro". */
    static String titleCased(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }

    /** Longest match starting at token i: returns the end token (exclusive), or -1. */
    int match(Tokens t, int i, List<Entry>[] out) {
        Node node = root;
        int best = -1;
        List<Entry> bestEntries = null;
        for (int j = i; j < t.n && j - i < 8; j++) {
            node = node.next.get(t.norm[j]);
            if (node == null) break;
            if (node.entries != null) {
                best = j + 1;
                bestEntries = node.entries;
            }
        }
        out[0] = bestEntries;
        return best;
    }

    /** Longest theme keyword at token i (lower-cased tokens): end token or -1. */
    int matchTheme(Tokens t, int i, List<Entry>[] out) {
        Node node = themeRoot;
        int best = -1;
        out[0] = null;
        for (int j = i; j < t.n && j - i < 6; j++) {
            node = node.next.get(t.low[j]);
            if (node == null) break;
            if (node.entries != null) {
                best = j + 1;
                out[0] = node.entries;
            }
        }
        return best;
    }

    private final java.util.concurrent.ConcurrentHashMap<String, String> singulars = new java.util.concurrent.ConcurrentHashMap<>();

    /** A role noun in the plural ("ministers", "counterparts"; not "boss"): a lower-case word. */
    boolean pluralRole(String low) {
        return low.length() > 3 && low.endsWith("s") && !low.endsWith("ss") && roleNouns.contains(singular(low));
    }

    /**
     * "ministers" -> "minister", "secretaries" -> "secretary" (when that is a role noun): a plural without its final
     * "s" (cached: no allocation on the hot path after warm-up).
     */
    String singular(String plural) {
        String s = singulars.get(plural);
        if (s == null) {
            s = plural.substring(0, plural.length() - 1);
            if (plural.endsWith("ies") && plural.length() > 4) {
                String y = plural.substring(0, plural.length() - 3) + "y";
                if (roleNouns.contains(y)) s = y;
            }
            if (singulars.size() < 100_000) singulars.put(plural, s);
        }
        return s;
    }

    CountryInfo country(String code) {
        return countries.get(code);
    }

    // ---------------------------------------------------------------- resources

    private static InputStream open(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(BASE + name);
        if (in == null) throw new IllegalStateException("missing resource " + BASE + name);
        return in;
    }

    static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> split(String[] r, int col) {
        if (col >= r.length || r[col].isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : r[col].split("\\|")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    static <T> Collection<T> nonNull(Collection<T> c) {
        return c == null ? List.of() : c;
    }
}
