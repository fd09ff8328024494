package io.newswire.extract;

import io.newswire.extract.Gazetteer.Entry;
import io.newswire.extract.Gazetteer.Type;
import java.util.List;

/**
 * Decides a meeting's venue from its clause: a known venue ("the Kremlin", "AU Headquarters") near the trigger,
 * else the nearest city after "in", "at", "travel to", "visiting" ("in the capital, X", "X hotel"), else a
 * country after "in"/"travel to" (country only). Places of reported speech and situations are skipped.
 */
final class VenueResolver {
    private final Document doc;
    private final Tokens tokens;
    private final boolean[] furniture;
    private final boolean[] inTitle;
    private final boolean[] inName;
    private final int[] gazEnd;
    private final List<Entry>[] gazEntries;
    private final Lexicon lexicon;

    VenueResolver(Document doc) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.furniture = doc.furniture;
        this.inTitle = doc.inTitle;
        this.inName = doc.inName;
        this.gazEnd = doc.gazEnd;
        this.gazEntries = doc.gazEntries;
        this.lexicon = doc.lexicon;
    }

    Venue venue(int a, int b, int trig) {
        Venue best = null;
        int bestDist = Integer.MAX_VALUE;
        Venue countryOnly = null;
        int coDist = Integer.MAX_VALUE;
        for (int i = a; i < b; i++) {
            if (furniture[i] || gazEntries[i] == null || inTitle[i]) continue;
            Entry v = doc.gaz(i, Type.VENUE);
            int dist = Math.abs(i - trig);
            if (v != null && gazEnd[i] < b && lexicon.speech.contains(tokens.lower(gazEnd[i]))) continue;
            if (v != null && i > a && (tokens.is(i - 1, "from") || tokens.is(i - 2, "from") && tokens.is(i - 1, "the"))) continue;
            if (v != null) {
                if (bestDist == Integer.MAX_VALUE || dist < bestDist + 6) {
                    best = new Venue(v.city(), v.code());
                    bestDist = dist - 6; // known venues win
                }
                continue;
            }
            boolean speechBetween = false;
            for (int k = Math.min(i, trig); k < Math.max(i, trig); k++) {
                speechBetween |= lexicon.speech.contains(tokens.lower(k)) && !tokens.is(k + 1, "no"); // "said no to coming" is not attribution
            }
            if (speechBetween && i > trig) continue;
            Entry c = doc.gaz(i, Type.CITY);
            boolean travelTo = i > a + 1 && tokens.is(i - 1, "to") && (tokens.lower(i - 2).startsWith("travel")
                    || lexicon.travelToCity.contains(tokens.lower(i - 2)));
            boolean visitCity = i > a && lexicon.visitCity.contains(tokens.lower(i - 1));
            boolean prep = i > a && (tokens.is(i - 1, "in") || tokens.is(i - 1, "at") || travelTo || visitCity
                    || tokens.is(i - 1, ",") && tokens.is(i - 2, "capital"))
                    || gazEnd[i] < b && tokens.is(gazEnd[i], "hotel") || i > a + 1 && tokens.is(i - 2, "in") && tokens.is(i - 1, "the");
            if (c != null && prep && !inName[i]) {
                if (dist < bestDist) {
                    best = new Venue(c.city(), c.code());
                    bestDist = dist;
                }
                continue;
            }
            Entry co = doc.gaz(i, Type.COUNTRY);
            if (co != null && i > a) {
                boolean inPrep = tokens.is(i - 1, "in") || i - 2 >= a && tokens.is(i - 2, "in") && Character.isLowerCase(tokens.tok[i - 1].charAt(0))
                        && tokens.isWord(i - 1) && !tokens.is(i - 1, "the")
                        || i - 2 >= a && tokens.is(i - 1, "to") && (tokens.lower(i - 2).startsWith("travel")
                        || lexicon.travelToCountry.contains(tokens.lower(i - 2)))
                        || lexicon.visitCountry.contains(tokens.lower(i - 1));
                if (inPrep && !(i - 2 >= a && lexicon.situation.contains(tokens.lower(i - 2)))
                        && !(i - 3 >= a && lexicon.situation.contains(tokens.lower(i - 3))) && dist < coDist) {
                    countryOnly = new Venue(null, co.code());
                    coDist = dist;
                }
            }
        }
        if (best != null) {
            // "in St Petersburg, Russia" etc: city wins
            return best;
        }
        return countryOnly;
    }
}
