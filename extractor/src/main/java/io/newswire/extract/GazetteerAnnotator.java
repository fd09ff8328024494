package io.newswire.extract;

import io.newswire.extract.Gazetteer.Entry;
import java.util.List;

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
    }
}
