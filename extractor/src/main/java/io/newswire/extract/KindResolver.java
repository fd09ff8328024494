package io.newswire.extract;

import io.newswire.extract.Enrichment.Kind;

/**
 * Decides a meeting's {@link Kind} from the words of its clause (lexicon {@code kind.txt}): a video cue makes it
 * VIDEO, else a call cue CALL; null when the clause names no kind (then it is IN_PERSON unless a later sentence
 * corrects it).
 */
final class KindResolver {
    private final Document doc;
    private final Tokens tokens;
    private final boolean[] furniture;
    private final Lexicon lexicon;

    KindResolver(Document doc) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.furniture = doc.furniture;
        this.lexicon = doc.lexicon;
    }

    /** The kind the clause {@code [a, b)} names, or null. */
    Kind kind(int a, int b) {
        boolean call = false, video = false;
        for (int i = a; i < b; i++) {
            if (furniture[i]) continue;
            call |= doc.calledPerson(i);
            int cues = lexicon.cues(tokens.lower(i));
            if (cues == 0) continue;
            if (bareMedium(i) && !contactAt(i, b)) continue; // "phone lines", "a video showing X"
            if (joinedBy(i)) continue; // "with Z joining by video link": one participant's way in, not the meeting's
            video |= (cues & Lexicon.VIDEO) != 0;
            call |= (cues & Lexicon.CALL) != 0 || (cues & Lexicon.CALL_NOUN) != 0 && isCallNoun(i);
        }
        if (video) return Kind.VIDEO;
        if (call) return Kind.CALL;
        // "The two had last met in person in Oslo": stated, so not one with a call of the same people
        if (doc.hasAny(a, b, lexicon.inPersonPhrases)) return Kind.IN_PERSON;
        return null;
    }

    /** "joining by video link", "joined via videoconference", "participating by phone": a medium after such a participle. */
    private boolean joinedBy(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String w = tokens.lower(k);
            if (lexicon.joiningParticiples.contains(w)) return true;
            if (!(tokens.is(k, "by") || tokens.is(k, "via") || tokens.is(k, "a") || tokens.is(k, "the"))) return false;
        }
        return false;
    }

    /** "video", "phone", "telephone": a medium, a contact only in {@link #contactAt}'s contexts. */
    boolean bareMedium(int i) {
        return tokens.is(i, "video") || tokens.is(i, "phone") || tokens.is(i, "telephone");
    }

    /**
     * A medium used for a contact: before a contact noun ("phone call", "video link"; lexicon {@code contact-noun})
     * or after "by", "via", "over", "on the" or "over the" ("spoke by phone", "talked on the phone", "discussed trade
     * over the phone").
     */
    boolean contactAt(int i, int b) {
        return tokens.is(i - 1, "by") || tokens.is(i - 1, "via") || tokens.is(i - 1, "over")
                || tokens.is(i - 1, "the") && (tokens.is(i - 2, "on") || tokens.is(i - 2, "over")) && mediumEnds(i + 1, b)
                || i + 1 < b && lexicon.contactNouns.contains(tokens.lower(i + 1));
    }

    /** "over the phone on Monday", "on the phone." (not "over the phone numbers"): the medium's phrase ends at i. */
    private boolean mediumEnds(int i, int b) {
        return i >= b || !tokens.isWord(i) || lexicon.afterCalledPerson.contains(tokens.lower(i)) || tokens.is(i, "with");
    }

    /**
     * "The call came ahead of a summit that Z is to attend", "that video link ...": a clause or sentence opening at
     * {@code a} with "the/that/this" and, within three words, a call or contact noun speaks of a contact already told.
     */
    boolean toldContactOpens(int a, int b) {
        if (!(tokens.is(a, "the") || tokens.is(a, "that") || tokens.is(a, "this"))) return false;
        for (int q = a + 1; q < b && q <= a + 3; q++) {
            if (lexicon.callNouns.contains(tokens.lower(q)) || lexicon.contactNouns.contains(tokens.lower(q))) return true;
        }
        return false;
    }

    /** "a call", not "call on", "call for", "calls to", "so-called" or "a courtesy call" (a visit). */
    private boolean isCallNoun(int i) {
        // ("a call on Tuesday", "a call on May 3" is a call; "a call on the president" a visit)
        boolean dayAfterOn = i + 2 < tokens.n && (Dates.WEEKDAYS.containsKey(tokens.lower(i + 2)) || Dates.month(tokens.tok[i + 2]) > 0
                || Dates.day(tokens.tok[i + 2]) > 0);
        return (!tokens.is(i + 1, "on") || dayAfterOn) && !tokens.is(i + 1, "for") && (!tokens.is(i + 1, "to") || doc.callToPerson(i))
                && !tokens.is(i - 1, "so")
                && !(i > 0 && lexicon.visitCalls.contains(tokens.lower(i - 1)))
                && !anaphoric(i);
    }

    /** "told the press about the call as he welcomed X": an earlier call, named after a preposition, is another event. */
    private boolean anaphoric(int i) {
        // ("after the calls Trump made to X and Y": a relative clause tells the call's own people)
        boolean ownClause = i + 1 < tokens.n && (tokens.capitalized(i + 1) && tokens.isWord(i + 1) || tokens.is(i + 1, "that")
                || tokens.is(i + 1, "which") || tokens.is(i + 1, "he") || tokens.is(i + 1, "she"));
        boolean record = tokens.is(i - 2, "of") && i >= 3 && lexicon.callRecords.contains(tokens.lower(i - 3));
        return tokens.is(i - 1, "the") && (tokens.is(i - 2, "about") || tokens.is(i - 2, "of") || tokens.is(i - 2, "after")) && !ownClause && !record;
    }
}
