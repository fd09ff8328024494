package io.newswire.extract;

import io.newswire.extract.Enrichment.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What carries from one sentence to the next: the meetings so far, the protagonist, a pending kind and date. */
final class Discourse {
    /** The article's meetings, in order of first report. */
    final List<MeetingDraft> meetings = new ArrayList<>();
    /** Token ranges [start, end) of clauses about talks going on, not meetings ("Talks between A, B and C have stalled"). */
    final List<int[]> processClauses = new ArrayList<>();
    final MeetingMerger merger = new MeetingMerger(meetings);
    /** Receptions on arrival set aside while reading ({@link ClauseReader#clause}). */
    final List<MeetingDraft> receptions = new ArrayList<>();
    /** The protagonist: the person in most meetings so far; the host when a meeting has none. */
    Person focus;
    /** Meetings per person so far (its keys: the people who meet in this article). */
    final Map<Person, Integer> meetCount = new LinkedHashMap<>();
    int focusCount;
    /** The person who opened the last sentence that opened with one: "he" before anyone has met anyone. */
    Person subject;
    /** The last person named before a verb of saying ("..., Lavrov told reporters."): the "he" of a later "he said". */
    Person speaker;
    /** "a series of phone calls ...": the kind (and date) of the meetings the next sentences list. */
    Kind pendingKind;
    DateMention pendingDate;
    /**
     * "X held a phone conversation on Monday." then X's meeting: the one person of a call told without a partner,
     * whose next meeting (in the next sentence) is that call; null for a series' kind.
     */
    Person pendingKindPerson;
    int pendingKindSentence = -1;
    /**
     * "X held the following meetings in Brussels:" then "- with Y;" lines: the meeting each list item completes (its one
     * side, kind, status, day and place), and the sentence of the intro or of the last item read; null when none.
     */
    MeetingDraft listIntro;
    int listIntroSentence = -1;

    /**
     * The receptions on arrival that are the only report of a meeting: not when one of its people meets someone
     * else in the article (the visit's meeting was elsewhere: the reception was protocol), nor when the same people
     * have a meeting that may be the same (no other venue country or day: the reception is part of that visit);
     * "Y is greeted by X as he arrives at the airport in Addis Ababa" with only an earlier visit of X to Y's
     * country is a meeting.
     */
    List<MeetingDraft> receptionsNotOtherwiseMet() {
        List<MeetingDraft> out = new ArrayList<>();
        for (MeetingDraft r : receptions) {
            Set<Person> people = persons(r);
            boolean reported = false;
            for (MeetingDraft m : meetings) {
                Set<Person> others = persons(m);
                boolean shared = others.stream().anyMatch(people::contains);
                boolean otherPartner = shared && others.stream().anyMatch(p -> !people.contains(p));
                boolean same = others.equals(people) && (m.country == null || r.country == null || m.country.equals(r.country))
                        && (m.date == null || r.date == null || m.date.equals(r.date));
                reported |= otherPartner || same;
            }
            if (!reported) out.add(r);
        }
        return out;
    }

    private static Set<Person> persons(MeetingDraft m) {
        Set<Person> out = new HashSet<>();
        for (Party p : m.parties) if (p.person != null) out.add(p.person);
        return out;
    }
}
