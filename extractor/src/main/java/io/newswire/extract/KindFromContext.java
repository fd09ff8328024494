package io.newswire.extract;

import io.newswire.extract.Enrichment.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The kind of a meeting whose own clauses do not state it ("Blinken spoke with Wang on Sunday"), from another
 * sentence of the article that names one of its participants beside a phone or video cue and reports no meeting
 * of its own: a headline ("Blinken's Call with Wang Yi"), a standfirst ("Speaking by phone, Wang says ...").
 * Only when exactly one kind is stated so, and never for a meeting the text places at a venue.
 */
final class KindFromContext {
    private final Document doc;
    private final KindResolver kinds;

    KindFromContext(Document doc) {
        this.doc = doc;
        this.kinds = new KindResolver(doc);
    }

    void apply(List<MeetingDraft> meetings) {
        Set<Integer> reporting = new HashSet<>();
        for (MeetingDraft m : meetings) reporting.addAll(m.sentences);
        // the kind each sentence that reports no meeting states, read once (linear in the article)
        Kind[] stated = null;
        for (MeetingDraft m : meetings) {
            if (m.kindExplicit || m.city != null || m.country != null) continue;
            if (stated == null) {
                stated = new Kind[doc.sentences.size()];
                for (int si = 0; si < stated.length; si++) {
                    Sentence s = doc.sentences.get(si);
                    if (!reporting.contains(si) && !refersBack(s)) stated[si] = kinds.kind(s.start(), s.end());
                }
            }
            Kind found = null;
            boolean conflict = false;
            for (int si = 0; si < stated.length && !conflict; si++) {
                Kind k = stated[si];
                // (a headline naming all the people of another meeting of that kind is about that one: "Macron,
                // Starmer discuss ... by phone" over their call says nothing of Macron's meeting with Zelensky)
                if (k == null || !namesParticipant(doc.sentences.get(si), m) || namesOtherMeeting(doc.sentences.get(si), m, k, meetings)) continue;
                conflict = found != null && found != k;
                found = k;
            }
            if (found != null && !conflict) {
                m.kind = found;
                m.kindExplicit = true;
            }
        }
    }

    /** A sentence that opens with a contact already told ({@link KindResolver#toldContactOpens}) speaks of that one. */
    private boolean refersBack(Sentence s) {
        int k = s.start();
        while (k < s.end() && doc.furniture[k]) k++;
        return kinds.toldContactOpens(k, s.end());
    }

    /**
     * Whether the sentence is a headline naming every person of another meeting, of two or more people, whose kind is
     * already stated as {@code kind}: the headline of that meeting. (A body sentence may tell the kind of two contacts
     * at once: "Speaking with Putin by telephone" after "hours after speaking to Biden".)
     */
    private boolean namesOtherMeeting(Sentence s, MeetingDraft m, Kind kind, List<MeetingDraft> meetings) {
        if (!s.headline()) return false;
        for (MeetingDraft o : meetings) {
            if (o == m || !o.kindExplicit || o.kind != kind || o.parties.size() < 2) continue;
            boolean all = true;
            for (Party p : o.parties) all &= p.person != null && names(s, p.person);
            if (all) return true;
        }
        return false;
    }

    /** Whether the sentence has a word of a participant's name (three letters or more). */
    private boolean namesParticipant(Sentence s, MeetingDraft m) {
        for (Party p : m.parties) if (p.person != null && names(s, p.person)) return true;
        return false;
    }

    /** Whether the sentence has a word of the person's name (three letters or more). */
    private boolean names(Sentence s, Person person) {
        for (int k = s.start(); k < s.end(); k++) {
            if (doc.furniture[k] || !doc.tokens.isWord(k)) continue;
            String low = doc.tokens.lower(k);
            if (low.length() >= 3 && person.nameTokens.contains(low)) return true;
        }
        return false;
    }
}
