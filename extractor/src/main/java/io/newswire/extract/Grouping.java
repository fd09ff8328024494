package io.newswire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides how the participants of a clause with two or more of them make meetings (lexicon
 * {@code grouping.txt}): one bilateral per guest with the host ("held separate meetings with A and B", "met A
 * and B"), or one multilateral meeting ("met together", "a trilateral meeting with A and B", "talks between A,
 * B and C"). Participants before the trigger are hosts, after it guests.
 */
final class Grouping {
    private final Document doc;
    private final String text;
    private final Tokens tokens;
    private final boolean[] inTitle;
    private final boolean[] inName;
    private final List<Gazetteer.Entry>[] gazEntries;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final Discourse discourse;
    private final Triggers triggers;

    Grouping(Document doc, Discourse discourse, Triggers triggers) {
        this.triggers = triggers;
        this.doc = doc;
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.inTitle = doc.inTitle;
        this.inName = doc.inName;
        this.gazEntries = doc.gazEntries;
        this.lexicon = doc.lexicon;
        this.gazetteer = doc.gazetteer;
        this.discourse = discourse;
    }

    /**
     * The meetings of the clause {@code [a, b)} as lists of parties (the first is the host).
     *
     * @param between "between" follows the trigger: the parties are the guests
     */
    List<List<Party>> group(int a, int b, Trigger trigger, int trig, List<Mention> hosts, List<Mention> guests,
                            List<Mention> ments, boolean between) {
        List<List<Party>> groups = new ArrayList<>();
        segmentStarts = null;
        // "One day after he briefed X, Y talked to Z": two subjects joined by a comma alone are not a list
        if (hosts.size() == 2 && hosts.get(0).end > 0 && commaOnlyBetween(hosts.get(0).end, hosts.get(1).start)
                && subordinateBefore(a, hosts.get(0).start)) {
            int subject = hosts.get(1).start;
            hosts = new ArrayList<>(hosts.subList(1, 2));
            List<Mention> kept = new ArrayList<>(ments);
            kept.removeIf(m -> m.start < subject);
            ments = kept;
        }
        boolean sep = doc.sentenceHas(a, b, lexicon.separateCues) || tokens.lower(trig).equals("meetings") && !between;
        boolean multi = doc.sentenceHas(a, b, lexicon.togetherCues) || doc.hasAny(a, b, lexicon.togetherPhrases)
                || guests.size() >= 2 && guests.stream().anyMatch(g -> forOneEvent(g, b));
        boolean singularNoun = (trigger == null || !trigger.verbal()) && trig > a && (tokens.is(trig - 1, "a") || tokens.is(trig - 1, "an")
                || trig - 2 >= a && (tokens.is(trig - 2, "a") || tokens.is(trig - 2, "an")));
        if (RuleExtractor.DEBUG) {
            System.err.println("CLAUSE trig=" + tokens.tok[Math.min(trig, tokens.n - 1)] + " hosts=" + hosts.size() + " guests="
                    + guests.size() + " sep=" + sep + " multi=" + multi + " between=" + between + " focus="
                    + (discourse.focus == null ? null : discourse.focus.name) + " :: " + text.substring(tokens.start[a], tokens.end[b - 1]));
        }
        if (sep && hosts.size() >= 2) {
            // "X, who accompanied Y, held separate talks with Z": Y, in a relative clause, is no subject
            List<Mention> aside = new ArrayList<>();
            for (Mention m : hosts) if (doc.inRelativeClauseBefore(a, m.start, trig)) aside.add(m);
            if (aside.size() < hosts.size()) {
                hosts = new ArrayList<>(hosts);
                hosts.removeAll(aside);
                ments = new ArrayList<>(ments);
                ments.removeAll(aside);
            }
        }
        if (sep && hosts.size() >= 2 && guests.size() == 1) {
            // "A, B and C each met D on his own": one bilateral per subject with the one object
            Party g = guests.get(0).party;
            for (Mention m : hosts) if (!m.party.sameSideAs(g)) groups.add(List.of(g, m.party));
        } else if (sep && !hosts.isEmpty()) {
            Party h = hosts.get(0).party;
            for (Mention m : ments) if (m.party != h && !m.party.sameSideAs(h)) groups.add(List.of(h, m.party));
        } else if (sep && hosts.isEmpty() && discourse.focus != null) {
            Party h = Party.of(discourse.focus);
            boolean focusIn = false;
            for (Mention m : guests) focusIn |= m.party.person == discourse.focus;
            if (focusIn) {
                for (Mention m : guests) if (m.party.person != discourse.focus) groups.add(List.of(h, m.party));
            } else {
                for (Mention m : guests) groups.add(List.of(h, m.party));
            }
        } else if (multi || between || singularNoun && guests.size() >= 2) {
            List<Party> all = new ArrayList<>();
            for (Mention m : (between ? guests : ments)) all.add(m.party);
            groups.add(all);
        } else if (hosts.size() == 1 && guests.size() >= 2) {
            Mention prevG = null;
            List<Integer> starts = new ArrayList<>();
            int segment = a;
            for (Mention m : guests) {
                if (prevG != null && prevG.end > 0) {
                    // "met A on Thursday and B on Friday", "A in Lima and B in La Paz": each guest with its own day or place
                    int start = possessorStart(m.start);
                    int and = adverbialGap(prevG.end, start);
                    boolean list = listGap(prevG.end, start);
                    // (a side named by a role, "Qatar's emir", ends at its role word)
                    int end = m.end > 0 ? m.end : m.start + 1;
                    int resumed = list ? -1 : resumedWith(prevG.end, m.start);
                    if (and >= 0 && (!list || adverbialGap(end, Math.min(b, end + 6)) >= 0 || ownAdverbial(end, b))) {
                        segment = and;
                    } else if (resumed >= 0) {
                        segment = resumed; // "spoke with X for two hours in Jerusalem, and later with Y": Y's own meeting
                    } else if (!list) {
                        break;
                    }
                }
                groups.add(List.of(hosts.get(0).party, m.party));
                starts.add(segment);
                prevG = m;
            }
            if (starts.get(starts.size() - 1) != a) segmentStarts = starts;
        } else if (hosts.isEmpty() && guests.size() >= 2 && (subordinateBefore(a, trig) && trig - a <= 4 || triggers.openingTimePhrase(a, trig)
                || triggers.openingParticiple(a, trig) || triggers.openingMeetingNoun(a, trig + 1) == trig)
                && mainSubject(trig, guests) != null) {
            // "After meeting Y in Brussels on Thursday, X said ...", "Speaking with Y by telephone, X told him ...": the
            // main clause's subject met the opening phrase's object(s)
            Mention subject = mainSubject(trig, guests);
            List<Integer> starts = new ArrayList<>();
            boolean main = false;
            for (Mention m : guests) {
                if (m == subject) {
                    main = true;
                } else if (!main) {
                    groups.add(List.of(subject.party, m.party));
                    starts.add(a);
                } else {
                    // "..., X on Friday exchanged views with Z": the main clause's own meeting, with its own day and place
                    if (subject.end > 0 && withBefore(subject.end, m.start) && doc.sentenceHas(subject.end, m.start, lexicon.weakVerbs)) {
                        groups.add(List.of(subject.party, m.party));
                        starts.add(subject.start);
                    }
                    break; // only the main clause's first object
                }
            }
            if (starts.get(starts.size() - 1) != a) segmentStarts = starts;
        } else if (hosts.isEmpty() && guests.size() >= 2 && triggers.openingMeetingNoun(a, trig + 1) == trig && subjectAfterComma(trig, guests.get(0))) {
            // "During talks in Oslo, X urged Y to ...": a phrase naming no partner; its subject and the one addressed
            groups.add(List.of(guests.get(0).party, guests.get(1).party));
        } else if (hosts.isEmpty() && guests.size() >= 2 && withBefore(trig, guests.get(0).start) && discourse.focus != null) {
            for (Mention m : guests) if (m.party.person != discourse.focus) groups.add(List.of(Party.of(discourse.focus), m.party));
        } else if (hosts.isEmpty() && guests.size() >= 2 && madeTo(trigger, trig, guests)) {
            // "the calls Trump made to Buhari and Zuma", "the call that Biden placed to X": the maker and each one called
            Mention maker = guests.get(0), prevG = null;
            for (Mention m : guests.subList(1, guests.size())) {
                if (prevG != null && prevG.end > 0 && !listGap(prevG.end, m.start)) break;
                groups.add(List.of(maker.party, m.party));
                prevG = m;
            }
        } else {
            List<Party> all = new ArrayList<>();
            for (Mention m : hosts) all.add(m.party);
            // guests join a subject group only when linked to the trigger ("A and B met with C")
            // ... or as the verb's object ("A and B met US Secretary of State C")
            boolean linked = hosts.size() < 2 || !guests.isEmpty() && (withBefore(trig, guests.get(0).start)
                    || trigger != null && trigger.verbal() && trig == trigger.token() && guests.get(0).start > trig
                    && listGap(trig + 1, guests.get(0).start));
            Mention prevG = null;
            for (Mention m : guests) {
                if (!linked) break;
                if (prevG != null && prevG.end > 0 && !listGap(prevG.end, m.start)) break;
                all.add(m.party);
                prevG = m;
            }
            groups.add(all);
        }
        return groups;
    }

    /**
     * Where each meeting of the last {@link #group} call begins in its clause, when the guests were listed each
     * with a day or a place of their own ("met A on Thursday and B on Friday"); else null (one date and venue).
     */
    List<Integer> segmentStarts;

    /**
     * The "and" of a gap between two guests that is an adverbial of day or place, then "and" ("on Thursday and",
     * "in Lima, and"), or its last comma ("met A on May 2, B on May 3 and C on May 4"), or -1.
     */
    /** The start of a role's possessor country ("Qatar's emir" starts at "Qatar"), else {@code start}. */
    private int possessorStart(int start) {
        if (start < 2 || !tokens.is(start - 1, "'s") || !doc.inGaz(start - 2)) return start;
        int k = start - 2;
        while (k > 0 && doc.inGaz(k - 1) && tokens.isWord(k - 1) && !tokens.is(k - 1, "and")) k--;
        return k;
    }

    int adverbialGap(int from, int to) {
        int and = -1;
        for (int k = from; k < to && and < 0; k++) if (tokens.is(k, "and")) and = k;
        if (and < 0) for (int k = to - 1; k >= from && and < 0; k--) if (tokens.is(k, ",")) and = k;
        if (and < 0 || !listGap(and, to)) return -1;
        boolean adverbial = false;
        for (int k = from; k < and; k++) {
            String q = tokens.lower(k);
            if (tokens.is(k, ",") || q.equals("on") || q.equals("in") || q.equals("at") || q.equals("the") || q.equals("of")) continue;
            if (dayOrPlace(k) || Dates.year(tokens.tok[k]) > 0 || doc.inGaz(k)) {
                adverbial = true;
                continue;
            }
            return -1;
        }
        return adverbial ? and : -1;
    }

    /** Whether a day or a place (after on/in/at) follows a guest's name right away: "... B in La Paz". */
    private boolean ownAdverbial(int from, int b) {
        if (from < 0 || from + 1 >= b || !(tokens.is(from, "on") || tokens.is(from, "in") || tokens.is(from, "at"))) return false;
        int k = tokens.is(from + 1, "the") ? from + 2 : from + 1;
        return k < b && dayOrPlace(k);
    }

    /** A weekday, a month, a day number or the start of a place name at token k. */
    private boolean dayOrPlace(int k) {
        return Dates.WEEKDAYS.containsKey(tokens.lower(k)) || Dates.month(tokens.tok[k]) > 0 || Dates.day(tokens.tok[k]) > 0
                || gazEntries[k] != null;
    }

    /** Tokens between two items of one coordinated list: punctuation, "and", titles, names, places. */
    boolean listGap(int from, int to) {
        for (int k = from; k < to; k++) {
            String q = tokens.lower(k);
            // "met X, with whom she discussed fishing, and Y": a relative clause naming no one inside the list
            int relativeEnd = tokens.is(k, ",") ? namelessRelativeEnd(k + 1, to) : -1;
            if (relativeEnd > 0) {
                k = relativeEnd;
                continue;
            }
            if (!tokens.isWord(k) || tokens.capitalized(k) || inName[k] || inTitle[k] || gazEntries[k] != null || lexicon.listGlue.contains(q)
                    || gazetteer.titleWords.contains(q) || gazetteer.honorifics.contains(q)) {
                continue;
            }
            return false;
        }
        return true;
    }

    /**
     * "..., and later with President Y", "and then with Y": the "and" of a second object of the trigger's "with" (an adverb
     * of [resumed-with] may stand between), right before the guest's title at {@code guest}; else -1.
     */
    private int resumedWith(int from, int guest) {
        int k = guest - 1;
        while (k > from && (inTitle[k] || gazEntries[k] != null && !tokens.is(k, "with") || tokens.is(k, "the"))) k--;
        if (k <= from || !tokens.is(k, "with")) return -1;
        k--;
        if (k > from && lexicon.resumedWith.contains(tokens.lower(k))) k--;
        return k >= from && tokens.is(k, "and") ? k : -1;
    }

    /** The comma that closes a relative clause opening at k ("who", "whom", "with whom") and naming no one, before {@code to}; else -1. */
    private int namelessRelativeEnd(int k, int to) {
        if (!(tokens.is(k, "who") || tokens.is(k, "whom") || tokens.is(k, "with") && tokens.is(k + 1, "whom"))) return -1;
        for (int q = k + 1; q < to && q <= k + RELATIVE_IN_LIST_REACH; q++) {
            if (inName[q] || inTitle[q]) return -1;
            if (tokens.is(q, ",")) return q;
        }
        return -1;
    }

    /** The most tokens of a relative clause inside a list of guests ("X, with whom she discussed fishing and trade, and Y"). */
    static final int RELATIVE_IN_LIST_REACH = 15;

    /** A time subordinator ("after", "before", "following", "since", "while") opens the clause before the token. */
    private boolean subordinateBefore(int a, int tok) {
        for (int k = a; k < tok; k++) {
            if (tokens.is(k, ",")) return false;
            if (lexicon.timeSubordinators.contains(tokens.lower(k))) return true;
        }
        return false;
    }

    /**
     * The first mention after the first guest that opens a clause after a comma (its title words may stand between:
     * ", Ukrainian President X said"), or null.
     */
    private Mention mainSubject(int trig, List<Mention> guests) {
        for (Mention m : guests.subList(1, guests.size())) if (subjectAfterComma(trig, m)) return m;
        return null;
    }

    /** The mention opens the clause after a comma past the trigger (its title words aside). */
    private boolean subjectAfterComma(int trig, Mention m) {
        int c = m.start - 1;
        while (c > trig && c >= m.start - 5 && (inTitle[c] || gazEntries[c] != null || tokens.is(c, "the")
                || gazetteer.titleWords.contains(tokens.lower(c)))) c--;
        return c > trig && tokens.is(c, ",");
    }

    /** A comma between two mentions and no "and" / "&" (titles may stand between). */
    private boolean commaOnlyBetween(int from, int to) {
        boolean comma = false;
        for (int k = from; k < to; k++) {
            if (tokens.is(k, "and") || tokens.is(k, "&")) return false;
            comma |= tokens.is(k, ",");
        }
        return comma;
    }

    /** "with" between the trigger and the token. */
    /**
     * A meeting noun whose relative clause names the one who made it, then "to" or "with" and whom ("the call Trump
     * made to X", "the call that President X placed to Y"): the first person right after the noun (or its "that",
     * and a title), a verb of [made-verb] after that person, and "to"/"with" before the second person.
     */
    private boolean madeTo(Trigger trigger, int trig, List<Mention> guests) {
        if (trigger == null || trigger.verbal()) return false;
        Mention maker = guests.get(0), first = guests.get(1);
        int start = tokens.is(trig + 1, "that") ? trig + 2 : trig + 1;
        while (start < maker.start && doc.inTitle[start]) start++; // "the call President X placed"
        if (maker.start != start || maker.end <= 0 || maker.party.person == null) return false;
        boolean verb = false, prep = false;
        for (int k = maker.end; k < first.start; k++) {
            verb |= lexicon.madeVerbs.contains(tokens.lower(k));
            prep |= verb && (tokens.is(k, "to") || tokens.is(k, "with"));
        }
        return verb && prep;
    }

    private boolean withBefore(int trig, int tok) {
        for (int k = trig; k < tok; k++) if (tokens.is(k, "with")) return true;
        return false;
    }

    /** How many words may stand between "for a" and its event noun ("for a Weimar Triangle summit"). */
    static final int EVENT_NAME_REACH = 3;

    /**
     * "hosted A and B for a Weimar Triangle summit", "invited A and B for a working dinner": after a guest,
     * "for a/an/the", a few words and one event noun ([one-event-noun] of grouping.txt, or a [meal-noun]): the
     * guests met together.
     */
    private boolean forOneEvent(Mention guest, int b) {
        int k = guest.end > 0 ? guest.end : guest.start + 1;
        // (past "of Finland" after the name)
        while (k < b && (tokens.is(k, "of") || gazEntries[k] != null || inTitle[k])) k++;
        if (k < b && tokens.is(k, ",")) k++;
        if (!(tokens.is(k, "for") && (tokens.is(k + 1, "a") || tokens.is(k + 1, "an") || tokens.is(k + 1, "the")))) return false;
        for (int q = k + 2; q < b && q <= k + 2 + EVENT_NAME_REACH; q++) {
            String low = tokens.lower(q);
            if (lexicon.oneEventNouns.contains(low) || lexicon.mealNouns.contains(low)) return true;
            if (!tokens.isWord(q)) return false;
        }
        return false;
    }
}
