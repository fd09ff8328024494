package io.newswire.extract;

import io.newswire.extract.Gazetteer.Entry;
import io.newswire.extract.Gazetteer.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One article as the stages see it: the text and its tokens, and the layers the stages add, each a
 * per-token array written by one stage and read by later ones (CoreNLP's annotations, spaCy's {@code Doc}).
 *
 * <ul>
 *   <li>{@link #furniture}: page furniture (date line, dateline, bylines, menus), written by {@link Furniture};
 *       it yields no entities and no sentences;
 *   <li>{@link #gazEntries}/{@link #gazEnd}: gazetteer matches, written by {@link GazetteerAnnotator};
 *   <li>{@link #sentences}: written by {@link SentenceSplitter};
 *   <li>{@link #inName}, {@link #inTitle}, {@link #personAt}: people and their titles, written by the entity stage.
 * </ul>
 */
final class Document {
    final String text;
    final Tokens tokens;
    final Gazetteer gazetteer;
    final Lexicon lexicon;
    /** Page furniture: no entities, no sentences. */
    final boolean[] furniture;
    /** Part of a person's title or of an unnamed side's description. */
    final boolean[] inTitle;
    /** Part of a person's name. */
    final boolean[] inName;
    /** The person a name token or pronoun refers to. */
    final Person[] personAt;
    /** Token after the gazetteer match starting here, or -1. */
    final int[] gazEnd;
    /** The gazetteer entries of the match starting here, or null. */
    final List<Entry>[] gazEntries;
    final List<Sentence> sentences = new ArrayList<>();

    private static final ConcurrentHashMap<String, String[]> PHRASE_WORDS = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked") // generic array of gazetteer matches
    Document(String text, Gazetteer gazetteer, Lexicon lexicon) {
        this.text = text;
        this.tokens = new Tokens(text);
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        int n = tokens.n;
        furniture = new boolean[n];
        inTitle = new boolean[n];
        inName = new boolean[n];
        personAt = new Person[n];
        gazEnd = new int[n];
        gazEntries = new List[n];
    }

    void maskChars(int from, int to) {
        for (int i = tokens.tokenAt(from); i < tokens.n && tokens.start[i] < to; i++) furniture[i] = true;
    }

    boolean newlineBetween(int a, int b) {
        for (int k = tokens.end[a]; k < tokens.start[b]; k++) if (text.charAt(k) == '\n') return true;
        return false;
    }

    Entry gaz(int i, Type type) {
        if (i < 0 || i >= tokens.n || gazEntries[i] == null) return null;
        for (Entry e : gazEntries[i]) if (e.type() == type) return e;
        return null;
    }

    /** Country code of a country/demonym/org mention at i (the body's side code, {@link Party#body}, for orgs), or null. */
    String placeCode(int i, boolean withDemonyms, boolean withOrgs) {
        Entry e = gaz(i, Type.COUNTRY);
        if (e != null) return e.code();
        if (withDemonyms && (e = gaz(i, Type.DEMONYM)) != null) return e.code();
        if (withOrgs && (e = gaz(i, Type.ORG)) != null && !"MEDIA".equals(e.code())) return Party.body(e.code());
        return null;
    }

    boolean inGaz(int i) {
        // token i covered by a gazetteer mention starting at or before i
        for (int k = i; k >= 0 && k > i - 8; k--) {
            if (gazEntries[k] != null) return gazEnd[k] > i;
        }
        return false;
    }

    int gazStartCovering(int i) {
        for (int k = i; k >= 0 && k > i - 8; k--) {
            if (gazEntries[k] != null) return gazEnd[k] > i ? k : -1;
        }
        return -1;
    }

    /**
     * Whether token i lies in a relative clause opened after a comma and closed by a comma before the trigger:
     * "X, who arrived on Wednesday, met Y on Thursday", "X, who is visiting Peru, held talks".
     */
    boolean inRelativeClauseBefore(int a, int i, int trig) {
        boolean closed = false;
        for (int k = i + 1; k < trig && !closed; k++) closed = tokens.is(k, ",");
        if (!closed) return false;
        for (int k = i - 1; k > a; k--) {
            if (tokens.is(k, ",") || tokens.is(k, ";")) return false;
            String w = tokens.lower(k);
            if ((lexicon.relativePronouns.contains(w) || lexicon.personRelatives.contains(w)) && tokens.is(k - 1, ",")) return true;
        }
        return false;
    }

    /** A list of places (countries, orgs, capitals) starting at i: [start,end) pairs. */
    List<TokenSpan> placeList(int i, int b) {
        List<TokenSpan> out = new ArrayList<>();
        int k = i;
        while (k < b) {
            // "the US" is one gazetteer entry, determiner and all; "the United States" is not
            if (tokens.is(k, "the") && placeCode(k, false, true) == null) k++;
            int k0 = k;
            while (k < b && k - k0 < 5 && placeCode(k, false, true) == null && lexicon.longForm.contains(tokens.lower(k))) k++;
            if (k >= b || placeCode(k, false, true) == null) k = k0;
            if (k >= b) break;
            String c = placeCode(k, false, true);
            if (c == null || gazEnd[k] <= k) break;
            out.add(new TokenSpan(k, gazEnd[k]));
            k = gazEnd[k];
            if (k < b && tokens.is(k, ",")) k++;
            if (k < b && (tokens.is(k, "and") || tokens.is(k, "as") && tokens.is(k + 1, "well") && tokens.is(k + 2, "as"))) {
                k += tokens.is(k, "and") ? 1 : 3;
            } else if (!(k > 0 && tokens.is(k - 1, ","))) {
                break;
            }
        }
        return out;
    }

    String capitalCountry(int i) {
        Entry c = gaz(i, Type.CITY);
        if (c == null) return null;
        Gazetteer.CountryInfo ci = gazetteer.country(c.code());
        if (ci != null && ci.capital() != null && ci.capital().startsWith(c.city())) return c.code();
        if ("Washington".equals(c.city())) return "US";
        return null;
    }

    boolean sentenceHas(int a, int b, Set<String> words) {
        for (int i = a; i < b; i++) if (!furniture[i] && words.contains(tokens.lower(i))) return true;
        return false;
    }

    /**
     * "Biden called Netanyahu on Sunday", "was called by the Prime Minister": a verb of calling (lexicon
     * {@code call-verb}) with a person as its object or agent is a phone call; "called X a liar" and "called X's
     * remarks" are not (the word after the person must be one of {@code after-called-person}).
     */
    boolean calledPerson(int i) {
        if (!lexicon.callVerbs.contains(tokens.lower(i))) return false;
        int k = personStart(tokens.is(i + 1, "by") ? i + 2 : i + 1);
        if (k < 0) return false;
        while (k < tokens.n && (inName[k] || inTitle[k])) k++;
        if (tokens.is(k, "of") && k + 1 < tokens.n && tokens.capitalized(k + 1)) k += 2; // "Premier Berg of Sweden"
        return k >= tokens.n || lexicon.afterCalledPerson.contains(tokens.lower(k));
    }

    /**
     * "a phone call to X", "made a call to the Prime Minister": a call to someone is a contact, where "call to
     * action" / "calls to reform" is a demand. The medium before it, or a person (a name or title) right after
     * "to", tells them apart.
     */
    boolean callToPerson(int i) {
        if (i > 0 && (tokens.is(i - 1, "phone") || tokens.is(i - 1, "telephone"))) return true;
        return personStart(i + 2) >= 0;
    }

    /**
     * Where a person begins at token {@code k}: a name or title, perhaps after "the"/"his"/"her"/"their" and a
     * country or demonym ("US President X", "Ethiopia's Prime Minister X"); -1 when no person begins there.
     */
    int personStart(int k) {
        if (k < tokens.n && (tokens.is(k, "the") || tokens.is(k, "his") || tokens.is(k, "her") || tokens.is(k, "their"))) k++;
        if (k < tokens.n && gazEntries[k] != null && !inName[k] && !inTitle[k]) {
            k = gazEnd[k];
            if (tokens.is(k, "'s")) k++;
        }
        return k < tokens.n && (inName[k] || inTitle[k]) ? k : -1;
    }

    boolean hasAny(int a, int b, String... phrases) {
        for (String ph : phrases) {
            String[] ws = PHRASE_WORDS.computeIfAbsent(ph, x -> x.split(" "));
            outer:
            for (int i = a; i + ws.length <= b; i++) {
                for (int k = 0; k < ws.length; k++) if (!tokens.is(i + k, ws[k])) continue outer;
                return true;
            }
        }
        return false;
    }

    int sentStartOf(int tok) {
        Sentence x = sentenceOf(tok);
        return x == null ? tok : x.start();
    }

    /** The sentence holding token tok, or null (before the sentences are split). */
    Sentence sentenceOf(int tok) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence x = sentences.get(mid);
            if (tok < x.start()) hi = mid - 1;
            else if (tok >= x.end()) lo = mid + 1;
            else return x;
        }
        return null;
    }

    /** The text of a sentence. */
    String text(Sentence s) {
        return text.substring(tokens.start[s.start()], tokens.end[s.end() - 1]);
    }
}
