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
                    if (!reporting.contains(si)) stated[si] = kinds.kind(s.start(), s.end());
                }
            }
            Kind found = null;
            boolean conflict = false;
            for (int si = 0; si < stated.length && !conflict; si++) {
                Kind k = stated[si];
                if (k == null || !namesParticipant(doc.sentences.get(si), m)) continue;
                conflict = found != null && found != k;
                found = k;
            }
            if (found != null && !conflict) {
                m.kind = found;
                m.kindExplicit = true;
            }
        }
    }

    /** Whether the sentence has a word of a participant's name (three letters or more). */
    private boolean namesParticipant(Sentence s, MeetingDraft m) {
        for (int k = s.start(); k < s.end(); k++) {
            if (doc.furniture[k] || !doc.tokens.isWord(k)) continue;
            String low = doc.tokens.lower(k);
            if (low.length() < 3) continue;
            for (Party p : m.parties) if (p.person != null && p.person.nameTokens.contains(low)) return true;
        }
        return false;
    }
}
