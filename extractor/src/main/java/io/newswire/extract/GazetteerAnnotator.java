package io.newswire.extract;

import io.newswire.extract.Gazetteer.Entry;
import io.newswire.extract.Gazetteer.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stage: marks the longest gazetteer match (countries, demonyms, cities, organisations, venues, regions) at each token. */
final class GazetteerAnnotator {
    private GazetteerAnnotator() {}

    @SuppressWarnings("unchecked") // generic array of gazetteer matches
    static void annotate(Document doc) {
        Tokens tokens = doc.tokens;
        int[] gazEnd = doc.gazEnd;
        List<Entry>[] gazEntries = doc.gazEntries;
        List<Entry>[] out = new List[1];
        int i = 0;
        while (i < tokens.n) {
            gazEnd[i] = -1;
            if (!tokens.isWord(i)) {
                i++;
                continue;
            }
            int e = doc.gazetteer.match(tokens, i, out);
            if (e > 0 && out[0] != null) {
                gazEntries[i] = out[0];
                gazEnd[i] = e;
                for (int k = i + 1; k < e; k++) gazEnd[k] = -1;
                i = e;
            } else {
                i++;
            }
        }
        preferMentionedCountries(doc);
    }

    /**
     * "Libyan Prime Minister X met Y in Tripoli": a city name that several countries have is read as the one in a
     * country the article names (by name or demonym), when exactly one of them is.
     */
    private static void preferMentionedCountries(Document doc) {
        Set<String> named = null;
        for (int i = 0; i < doc.tokens.n; i++) {
            List<Entry> es = doc.gazEntries[i];
            if (es == null || es.stream().filter(e -> e.type() == Type.CITY).count() < 2) continue;
            if (named == null) named = namedCountries(doc);
            List<Entry> inNamed = new ArrayList<>(2);
            for (Entry e : es) if (e.type() == Type.CITY && named.contains(e.code())) inNamed.add(e);
            if (inNamed.size() != 1 || inNamed.get(0) == doc.gaz(i, Type.CITY)) continue;
            List<Entry> reordered = new ArrayList<>(es.size());
            reordered.add(inNamed.get(0));
            for (Entry e : es) if (e != inNamed.get(0)) reordered.add(e);
            doc.gazEntries[i] = reordered;
        }
    }

    private static Set<String> namedCountries(Document doc) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < doc.tokens.n; i++) {
            Entry c = doc.gaz(i, Type.COUNTRY);
            if (c == null) c = doc.gaz(i, Type.DEMONYM);
            if (c != null) codes.add(c.code());
        }
        return codes;
    }
}
