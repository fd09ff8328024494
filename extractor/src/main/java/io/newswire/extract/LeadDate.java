package io.newswire.extract;

import io.newswire.extract.Enrichment.Kind;
import io.newswire.extract.Enrichment.Status;
import java.util.List;

/**
 * The lead's date for a held meeting reported later without one: "In a call with a senior official on Friday, X
 * pressed ..." then "X, who spoke by phone with Y, ...". The lead reports the same meeting when it names one of
 * its people and the same kind of contact (a call, a video link; meetings with "several presidents" for one in
 * person), or all of its people. A lead that itself gave
 * a meeting is left to the defaults (its date is that meeting's).
 */
final class LeadDate {
    private LeadDate() {}

    /** How many sentences from the top (headlines aside) may be the lead: page summaries and tickers come first. */
    static final int LEAD_SENTENCES = 3;

    static void apply(Document doc, List<MeetingDraft> meetings, DateResolver dates) {
        KindResolver kinds = new KindResolver(doc);
        Triggers triggers = new Triggers(doc);
        int seen = 0;
        for (int si = 0; si < doc.sentences.size() && seen < LEAD_SENTENCES; si++) {
            Sentence s = doc.sentences.get(si);
            if (s.headline()) continue;
            seen++;
            if (reportsMeeting(meetings, si)) continue;
            Kind leadKind = kinds.kind(s.start(), s.end());
            boolean series = meetsMany(doc, triggers, s);
            boolean talks = triggers.findTrigger(s.start(), s.end()) != null;
            for (MeetingDraft m : meetings) {
                if (m.status != Status.HELD || m.date != null || m.vague || m.historical || first(m) <= si) continue;
                // "X held talks in Oslo on Thursday. She met Y ...": the talks without a partner, told next
                int at = sameMeeting(doc, s, m, leadKind, series || talks && first(m) == si + 1);
                if (at < 0) continue;
                DateMention d = dates.nearestDate(s.start(), s.end(), at, Status.HELD);
                if (d != null && d.date() != null && !d.vague()) m.date = d.date();
            }
        }
    }

    /** How many sentences after a meeting's report may still give its day. */
    static final int FOLLOW_SENTENCES = 2;

    /**
     * The day a following sentence gives a held meeting reported without one: "X spoke by phone with Y." then "The
     * ministry said X and Y talked for 30 minutes on Tuesday." The sentence reports no meeting of its own and names
     * the meeting's people as the lead must ({@link #sameMeeting}).
     */
    static void follow(Document doc, List<MeetingDraft> meetings, DateResolver dates) {
        KindResolver kinds = new KindResolver(doc);
        for (MeetingDraft m : meetings) {
            if (m.status != Status.HELD || m.date != null || m.vague || m.historical || m.sentences.isEmpty()) continue;
            int from = first(m);
            for (int si = from + 1; si < doc.sentences.size() && si <= from + FOLLOW_SENTENCES; si++) {
                Sentence s = doc.sentences.get(si);
                if (s.headline() || reportsMeeting(meetings, si)) continue;
                if (sameMeeting(doc, s, m, kinds.kind(s.start(), s.end()), false) < 0) continue;
                int at = talkAfterPeople(doc, s, m);
                if (at < 0) continue;
                DateMention d = dates.nearestDate(s.start(), s.end(), at, Status.HELD);
                if (d != null && d.date() != null && !d.vague()) m.date = d.date();
                break;
            }
        }
    }

    /**
     * Where a word of meeting ("talked", "discussed", "talks") follows the meeting's people in the sentence ("X and Y
     * talked on Tuesday", not "X received congratulations from Y on Sunday"), or -1.
     */
    static int talkAfterPeople(Document doc, Sentence s, MeetingDraft m) {
        int last = -1;
        for (Party p : m.parties) if (p.person != null) last = Math.max(last, mention(doc, s, p.person));
        Lexicon lex = doc.lexicon;
        for (int i = last + 1; last >= 0 && i < s.end(); i++) {
            String w = doc.tokens.lower(i);
            if (lex.verbTriggers.contains(w) || lex.weakVerbs.contains(w) || lex.nounTriggers.contains(w)) return i;
        }
        return -1;
    }

    /**
     * Where the sentence names one of the meeting's people, when it reports that meeting: the same kind of
     * contact (a call, a video link) or all of its people; else -1.
     */
    static int sameMeeting(Document doc, Sentence s, MeetingDraft m, Kind leadKind, boolean series) {
        int named = 0, inLead = 0, at = -1;
        for (Party p : m.parties) {
            if (p.person == null) continue;
            named++;
            int k = mention(doc, s, p.person);
            if (k >= 0) {
                inLead++;
                if (at < 0) at = k;
            }
        }
        boolean sameKind = m.kind != Kind.IN_PERSON ? m.kind == leadKind : leadKind == null && series;
        return inLead > 0 && (sameKind || named >= 2 && inLead == named) ? at : -1;
    }

    /** "X on Sunday met with several presidents": a meeting trigger followed by a plural of counterparts. */
    static boolean meetsMany(Document doc, Triggers triggers, Sentence s) {
        Trigger t = triggers.findTrigger(s.start(), s.end());
        if (t == null) return false;
        for (int i = t.token() + 1; i < s.end(); i++) if (doc.lexicon.counterpartPlurals.contains(doc.tokens.lower(i))) return true;
        return false;
    }

    static boolean reportsMeeting(List<MeetingDraft> meetings, int si) {
        for (MeetingDraft m : meetings) if (m.sentences.contains(si)) return true;
        return false;
    }

    static int first(MeetingDraft m) {
        return m.sentences.isEmpty() ? Integer.MAX_VALUE : m.sentences.iterator().next();
    }

    /** The first token of the sentence that is one of the person's name tokens, or -1. */
    static int mention(Document doc, Sentence s, Person p) {
        for (int i = s.start(); i < s.end(); i++) {
            if (!doc.furniture[i] && doc.tokens.isWord(i) && doc.tokens.cap[i] && p.nameTokens.contains(doc.tokens.lower(i))) return i;
        }
        return -1;
    }
}
