package io.newswire.extract;

import io.newswire.extract.Gazetteer.Entry;
import io.newswire.extract.Gazetteer.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The capitalisation rules of names: which tokens can be part of a person's name (capitalised, not a
 * gazetteer place, title, month, weekday or stop word; a city used as a first name, "Santiago Cafiero"), where a
 * name starts and how it continues ("Kyu-duk", "Jong-un").
 */
final class CapitalisedNames {
    private final Document doc;
    private final Tokens tokens;
    private final boolean[] furniture;
    private final int[] gazEnd;
    private final List<Entry>[] gazEntries;
    private final Gazetteer gazetteer;
    /** nameWord per token: 0 not yet known, 1 yes, 2 no. */
    private final byte[] nameWordMemo;

    CapitalisedNames(Document doc) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.furniture = doc.furniture;
        this.gazEnd = doc.gazEnd;
        this.gazEntries = doc.gazEntries;
        this.gazetteer = doc.gazetteer;
        this.nameWordMemo = new byte[doc.tokens.n];
    }

    boolean nameWord(int i) {
        if (i < 0 || i >= tokens.n || furniture[i] || !tokens.isWord(i) || !tokens.cap[i]) return false;
        byte memo = nameWordMemo[i];
        if (memo != 0) return memo == 1;
        boolean r = nameWord0(i);
        nameWordMemo[i] = (byte) (r ? 1 : 2);
        return r;
    }

    /**
     * "Ms. KAMIKAWA Yoko", "Mr. MOTEGI Toshimitsu": a family name in capitals right after an honorific and before a
     * capitalised given name (Japanese and some other foreign ministries' style), not an acronym.
     */
    private boolean familyNameInCapitals(int i) {
        int h = i > 0 && tokens.is(i - 1, ".") ? i - 2 : i - 1;
        // "Ms. KAMIKAWA Yoko", "Foreign Minister KAMIKAWA Yoko": after an honorific or a title word
        if (h < 0 || !(gazetteer.honorifics.contains(tokens.lower(h)) || gazetteer.titleWords.contains(tokens.lower(h))) || i + 1 >= tokens.n) {
            return false;
        }
        return tokens.isWord(i + 1) && tokens.capitalized(i + 1) && !tokens.allCaps(i + 1) && !doc.inGaz(i);
    }

    boolean nameWord0(int i) {
        String tok = tokens.tok[i];
        char c = tok.charAt(0);
        if (Character.isDigit(c)) return false;
        for (int k = 1; k < tok.length(); k++) if (Character.isDigit(tok.charAt(k))) return false;
        if (!Character.isUpperCase(c)) return false;
        if (tokens.allCaps(i) && tok.length() <= 3 && !tok.contains(".")) return false;
        if (tokens.allCaps(i) && tok.length() > 3) return familyNameInCapitals(i);
        // initials before a name: "K.P. Sharma Oli", "S.M. Krishna" (not "U.S.", a place)
        if (tok.contains(".")) return (initials(tok) || gluedInitial(i)) && !doc.inGaz(i) && i + 1 < tokens.n && tokens.isWord(i + 1) && tokens.capitalized(i + 1)
                && !tokens.allCaps(i + 1) && !gazetteer.titleWords.contains(tokens.lower(i + 1)) && !gazetteer.stopwords.contains(tokens.lower(i + 1));
        String low = tokens.lower(i);
        // the family name He after a title: "Vice Premier He Lifeng" (a pronoun elsewhere)
        if (tok.equals("He") && firstNameAfterTitle(i)) return true;
        if (gazetteer.stopwords.contains(low) || gazetteer.titleWords.contains(low) || gazetteer.honorifics.contains(low)) {
            // a known actor's name that starts with such a word: "To Lam" (Vietnam), not "To" opening a sentence
            return gazetteer.stopwords.contains(low) && !gazetteer.honorifics.contains(low) && !gazetteer.titleWords.contains(low)
                    && !doc.inGaz(i) && startsKnownActor(i);
        }
        // a meeting verb in a title-case headline: "Clinton Met The President of Georgia"
        if (doc.lexicon.verbTriggers.contains(low) && i > 0 && !tokens.is(i - 1, "the")) return false;
        // a plural title: "Presidents Vladimir Putin and Donald Trump"
        if (low.length() > 4 && gazetteer.pluralRole(low)) return false;
        if (Dates.month(tok) > 0 && firstNameAfterTitle(i)) return true;
        if (Dates.month(tok) > 0 && (tok.length() > 4 || i + 1 >= tokens.n || Dates.day(tokens.tok[i + 1]) > 0
                || tokens.is(i + 1, ".") || i > 0 && Dates.day(tokens.tok[i - 1]) > 0) || Dates.WEEKDAYS.containsKey(low)) {
            return false;
        }
        if (doc.inGaz(i)) {
            // a city name used as a first name: "Santiago Cafiero"
            int k = doc.gazStartCovering(i);
            Entry city = k >= 0 ? doc.gaz(k, Type.CITY) : null;
            if (city != null && k == i && gazEnd[i] == i + 1 && gazEntries[i].size() == 1 && i + 1 < tokens.n
                    && tokens.capitalized(i + 1) && !doc.inGaz(i + 1) && tokens.isWord(i + 1)
                    && !gazetteer.stopwords.contains(tokens.lower(i + 1)) && !gazetteer.titleWords.contains(tokens.lower(i + 1))) {
                return true;
            }
            // a place that ends a known actor's name: "Juan Manuel Santos", "Evo Morales"
            if (k == i && gazEnd[i] == i + 1 && endsKnownActor(i)) return true;
            // a city right after a first name is a family name: "Lloyd Austin", "Tom Hamilton" (not "X, Y" lists)
            return city != null && k == i && gazEnd[i] == i + 1 && i > 0 && !doc.inGaz(i - 1)
                    && !doc.newlineBetween(i - 1, i) && tokens.end[i - 1] < tokens.start[i] && nameWord(i - 1)
                    && !(tokens.is(i + 1, ",") && doc.inGaz(i + 2));
        }
        return true;
    }

    /** Whether token {@code i} and the one or two capitalised words after it are the name of a known actor. */
    private boolean startsKnownActor(int i) {
        List<String> name = new ArrayList<>(3);
        name.add(tokens.lower(i));
        for (int k = i + 1; k < tokens.n && k <= i + 2; k++) {
            if (furniture[k] || !tokens.isWord(k) || !tokens.cap[k] || doc.inGaz(k) || doc.newlineBetween(k - 1, k)) break;
            name.add(tokens.lower(k));
            if (gazetteer.actors.country(name) != null) return true;
        }
        return false;
    }

    /** Whether the one or two capitalised words before token {@code i}, with it, are the name of a known actor. */
    private boolean endsKnownActor(int i) {
        List<String> name = new ArrayList<>(3);
        name.add(tokens.lower(i));
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            if (furniture[k] || !tokens.isWord(k) || !tokens.cap[k] || doc.inGaz(k) || doc.newlineBetween(k, k + 1)) break;
            String low = tokens.lower(k);
            if (gazetteer.stopwords.contains(low) || gazetteer.titleWords.contains(low)) break;
            name.add(0, low);
            if (gazetteer.actors.country(name) != null) return true;
        }
        return false;
    }

    boolean nameStart(int i) {
        if (!nameWord(i)) return false;
        return !(tokens.hyphenBefore[i] && i > 0 && !nameWord(i - 1));
    }

    boolean nameCont(int i) {
        if (nameWord(i)) return true;
        // hyphenated second part: "Kyu-duk", "Jong-un"
        return i < tokens.n && tokens.hyphenBefore[i] && tokens.isWord(i) && !furniture[i] && Character.isLowerCase(tokens.tok[i].charAt(0))
                && tokens.tok[i].length() <= 5;
    }

    /**
     * A month name (or the family name He) used as a first name: right after a title word and before a capitalised
     * word that is no month, weekday, number or place ("Foreign Minister January Makamba"; not "in January Makamba").
     */
    private boolean firstNameAfterTitle(int i) {
        if (i == 0 || i + 1 >= tokens.n || !gazetteer.titleWords.contains(tokens.lower(i - 1))) return false;
        String next = tokens.tok[i + 1];
        return tokens.isWord(i + 1) && tokens.capitalized(i + 1) && !furniture[i + 1] && Dates.month(next) == 0
                && !Dates.WEEKDAYS.containsKey(tokens.lower(i + 1)) && !Character.isDigit(next.charAt(0)) && !doc.inGaz(i + 1)
                && !gazetteer.stopwords.contains(tokens.lower(i + 1)) && !gazetteer.titleWords.contains(tokens.lower(i + 1));
    }

    /** An initial glued to the next word ("B.Saidov", "Sh.Mirziyoyev": Tokens makes "B." one token). */
    private boolean gluedInitial(int i) {
        String tok = tokens.tok[i];
        return tok.length() <= 3 && tok.endsWith(".") && i + 1 < tokens.n && tokens.end[i] == tokens.start[i + 1];
    }

    /** Two or more capital initials with their full stops: "K.P.", "S.M.". */
    private static boolean initials(String tok) {
        if (tok.length() < 4 || tok.length() % 2 != 0) return false;
        for (int k = 0; k < tok.length(); k += 2) {
            if (!Character.isUpperCase(tok.charAt(k)) || tok.charAt(k + 1) != '.') return false;
        }
        return true;
    }
}
