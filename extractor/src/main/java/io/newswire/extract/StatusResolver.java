package io.newswire.extract;

import io.newswire.extract.Enrichment.Status;

/**
 * Decides a meeting's {@link Status} from the cues of its clause (lexicon {@code status.txt}): the strongest
 * cue wins, DENIED over CANCELLED over PLANNED; HELD when there is none.
 */
final class StatusResolver {
    private final Document doc;
    private final Tokens tokens;
    private final boolean[] furniture;
    private final Lexicon lexicon;

    StatusResolver(Document doc) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.furniture = doc.furniture;
        this.lexicon = doc.lexicon;
    }

    /** The status the clause {@code [a, b)} states. */
    Status status(int a, int b) {
        return status(a, b, -1);
    }

    /**
     * The status the clause {@code [a, b)} states about the meeting of trigger {@code trig} (-1: unknown): after a
     * trigger in the past tense ("met", "held talks"), PLANNED cues speak of something else.
     */
    Status status(int a, int b, int trig) {
        boolean denied = false, cancelled = false, planned = false;
        boolean past = false;
        for (int k = Math.max(a, trig - 3); trig >= 0 && k <= trig && k < b; k++) past |= lexicon.pastVerbs.contains(tokens.lower(k));
        // "... preparations for the summit, which is scheduled for March 29": a relative clause about another noun
        // than the meeting's says nothing of the meeting's status
        int relative = b;
        for (int k = trig + 2; trig >= 0 && k < b && relative == b; k++) {
            if (!lexicon.relativePronouns.contains(tokens.lower(k))) continue;
            int ante = tokens.is(k - 1, ",") ? k - 2 : k - 1;
            if (ante != trig) relative = k;
        }
        // "a request by X for a meeting with Y": wanted, not held; "... was rejected": none
        boolean requested = requestedNoun(a, trig);
        for (int i = a; i < b; i++) {
            if (furniture[i]) continue;
            String low = tokens.lower(i);
            int cues = lexicon.cues(low);
            denied |= deniedAt(i, b, low, cues) || i < trig && rejectedReport(i, trig) || requested && i > trig && lexicon.requestRejectionVerbs.contains(low);
            if (lexicon.cancelOffVerbs.contains(low)) {
                for (int k = i + 2; k < b && k <= i + 4; k++) cancelled |= tokens.is(k, "off") && !tokens.is(k + 1, "the");
            }
            cancelled |= (cues & Lexicon.CANCELLED) != 0
                    || (cues & Lexicon.CANCELLED_PHRASE) != 0 && Lexicon.phraseAt(tokens, i, lexicon.cancelledPhrases);
            if (past && i > trig || i > relative || i < trig && (pastAcrossComma(i, trig) || doc.inRelativeClauseBefore(a, i, trig))) continue;
            planned |= cues != 0 && plannedAt(i, b, low, cues) || low.equals("coming") && comingMeeting(i, b)
                    || lexicon.requestVerbs.contains(low) && requested(i, b)
                    || lexicon.inviteVerbs.contains(low) && objectThenPlan(i + 1, b)
                    || lexicon.unsetPhrases.containsKey(low) && Lexicon.phraseAt(tokens, i, lexicon.unsetPhrases)
                    || (cues & Lexicon.BE) != 0 && progressiveFuture(i, a, b);
        }
        // "X to meet Y on Friday": a wire's infinitive right after the subject's name is a meeting to come
        if (trig >= 2 && trig - 1 >= a && tokens.is(trig - 1, "to") && subjectEnd(trig - 2) && lexicon.verbTriggers.contains(tokens.lower(trig))) {
            planned = true;
        }
        if (possibleMeeting(a, trig) || modalAfterNounPhrase(trig, b)) planned = true;
        // "X arrived in Beijing ahead of talks with Y": a meeting noun that an [ahead-of-phrases] puts after the clause's event
        if (aheadOfNoun(a, trig)) planned = true;
        // "X hosts Y on Friday", "X heads to Nairobi on Friday for talks": the present tense with a weekday (not the
        // news day's) tells of days to come
        if (presentWithWeekday(a, b, trig)) planned = true;
        // "The Putin-Xi summit will focus on trade": a meeting noun as the subject of "will"
        if (trig >= 0 && trig + 1 < b && (lexicon.cues(tokens.lower(trig + 1)) & Lexicon.FUTURE_AUX) != 0
                && !lexicon.verbTriggers.contains(tokens.lower(trig))) {
            planned = true;
        }
        // "a planned meeting with X did not take place", "the scheduled talks were ruled out": a meeting that was
        // to be, called off (but "there is no planned meeting": none)
        if (denied && (plannedBefore(trig) || plannedForAfter(trig, b)) && !doc.hasAny(a, trig, "no")) return Status.CANCELLED;
        if (denied) return Status.DENIED;
        if (cancelled) return Status.CANCELLED;
        if (planned || requested) return Status.PLANNED;
        return Status.HELD;
    }

    /**
     * A verb of the present tense, third person ("hosts", "meets", "heads", "begins", "travels"), opening the clause's
     * predicate before the trigger or being it, with a weekday named in the clause.
     */
    private boolean presentWithWeekday(int a, int b, int trig) {
        if (trig < 0) return false;
        boolean weekday = false;
        for (int k = a; k < b && !weekday; k++) weekday = Dates.WEEKDAYS.containsKey(tokens.lower(k)) && tokens.is(k - 1, "on");
        if (!weekday) return false;
        for (int k = Math.max(a + 1, trig - 6); k <= trig && k < b; k++) {
            String low = tokens.lower(k);
            // right after the subject (a name, or "he" in "where he meets Y"), or after its day
            if (!subjectEnd(k - 1) && !lexicon.subjectPronouns.contains(tokens.lower(k - 1)) && !tokens.is(k - 1, "on")
                    && !Dates.WEEKDAYS.containsKey(tokens.lower(k - 1))) {
                continue;
            }
            if (low.length() > 3 && low.endsWith("s") && !low.endsWith("ss") && (lexicon.verbTriggers.contains(low)
                    || lexicon.presentTravelVerbs.contains(low))) {
                return true;
            }
        }
        return false;
    }

    /** How many words may stand between an [ahead-of-phrases] phrase and its meeting noun ("ahead of his first summit"). */
    private static final int AHEAD_REACH = 3;

    /** Whether the trigger is a meeting noun up to {@link #AHEAD_REACH} words after one of [ahead-of-phrases]. */
    private boolean aheadOfNoun(int a, int trig) {
        return aheadOfStart(a, trig) >= 0;
    }

    /**
     * The first token of the [ahead-of-phrases] phrase that puts the trigger, a meeting noun, after the clause's event
     * ("arrived on Wednesday | ahead of talks with X": the day before it is the arrival's), or -1.
     */
    int aheadOfStart(int a, int trig) {
        if (trig < 0 || !lexicon.nounTriggers.contains(tokens.lower(trig))) return -1;
        for (int k = trig - 1; k >= a && k >= trig - AHEAD_REACH - 5; k--) {
            int end = Lexicon.phraseEnd(tokens, k, lexicon.aheadOfPhrases);
            if (end >= 0) return trig - end <= AHEAD_REACH && k > a && !tokens.is(k - 1, ",") ? k : -1;
            if (!tokens.isWord(k) && !tokens.is(k, "'s")) return -1;
        }
        return -1;
    }

    /** Whether token k ends a named subject: a name, or "of Norway" after one. */
    private boolean subjectEnd(int k) {
        if (k < 0) return false;
        if (doc.inName[k]) return true;
        int gs = doc.gazStartCovering(k);
        return gs >= 2 && doc.gazEnd[gs] == k + 1 && tokens.is(gs - 1, "of") && doc.inName[gs - 2];
    }

    /** A planned participle ("planned", "scheduled") right before the trigger or its modifier. */
    private boolean plannedBefore(int trig) {
        for (int k = Math.max(0, trig - 2); trig >= 0 && k < trig; k++) {
            // ("are not scheduled to meet": no plan, the participle is what is denied)
            if (lexicon.plannedParticiples.contains(tokens.lower(k)) && !tokens.is(k - 1, "not") && !tokens.is(k - 1, "n't")) return true;
        }
        return false;
    }

    /** "The meeting between X and Y, planned for Tuesday, did not happen": a planned participle and "for" after the trigger, before the denial. */
    private boolean plannedForAfter(int trig, int b) {
        for (int k = trig + 1; trig >= 0 && k + 1 < b; k++) {
            if (lexicon.plannedParticiples.contains(tokens.lower(k)) && tokens.is(k + 1, "for")) return true;
        }
        return false;
    }

    private boolean deniedAt(int i, int b, String low, int cues) {
        if ((cues & Lexicon.DENIED) != 0) return true;
        if ((cues & Lexicon.DENIED_PHRASE) != 0 && Lexicon.phraseAt(tokens, i, lexicon.deniedPhrases)) return true;
        if (low.equals("no")) {
            for (int k = i + 1; k < b && k <= i + 4; k++) if (lexicon.deniedAfterNo.contains(tokens.lower(k))) return true;
        }
        // "could not hold" doubts a meeting, it does not deny it
        // ("will not be meeting X", "won't be holding talks": the progressive after "be")
        int verb = tokens.is(i + 1, "be") && i + 2 < tokens.n && lexicon.beIngVerbs.contains(tokens.lower(i + 2)) ? i + 2 : i + 1;
        return (low.equals("not") || low.endsWith("n't")) && verb < tokens.n
                && (verb == i + 2 || lexicon.deniedAfterNot.contains(tokens.lower(verb)))
                && !(tokens.is(i + 1, "hold") && (tokens.is(i - 1, "could") || low.equals("couldn't")));
    }

    /** How many words before the meeting noun its request may stand ("a request by X for a meeting"). */
    private static final int REQUEST_NOUN_REACH = 12;

    /**
     * "A request by X for a meeting with Y", "Y declined X's request for talks": the meeting noun at the trigger
     * follows "for (a)" and, in the clause, a [request-noun]: a meeting wanted (DENIED when a verb of
     * [request-rejection-verb] follows the noun).
     */
    private boolean requestedNoun(int a, int trig) {
        if (trig < 1 || !(tokens.is(trig - 1, "for") || tokens.is(trig - 1, "a") && trig >= 2 && tokens.is(trig - 2, "for"))) return false;
        for (int k = trig - 2; k >= a && k >= trig - REQUEST_NOUN_REACH; k--) {
            if (lexicon.requestNouns.contains(tokens.lower(k))) return true;
        }
        return false;
    }

    /**
     * "rejected media reports that he phoned X", "dismissed the speculation that they would meet": reports
     * rejected before the meeting's trigger are the meeting's (after it, "met Y and rejected reports of a rift",
     * they are other news).
     */
    private boolean rejectedReport(int i, int trig) {
        if (!lexicon.rejectionVerbs.contains(tokens.lower(i))) return false;
        for (int k = i + 1; k < trig && k <= i + REJECTED_REPORT_REACH; k++) if (lexicon.rejectedReports.contains(tokens.lower(k))) return true;
        return false;
    }

    /** How far after a rejection verb the reports it rejects can be named ("rejected recent media reports"). */
    private static final int REJECTED_REPORT_REACH = 3;

    /** How far after "expecting" its "to" can be. */
    private static final int INTENTION_REACH = 16;

    /** "X and Y could meet in November", "may also hold talks": a [possible-aux] right before the trigger verb or its "hold". */
    private boolean possibleMeeting(int a, int trig) {
        if (trig < 1) return false;
        int v = trig;
        if (lexicon.nounTriggers.contains(tokens.lower(trig))) {
            v = -1; // "may hold talks": the verb that holds the noun
            for (int k = trig - 1; k >= a && k >= trig - 3 && v < 0; k--) if (lexicon.holdingVerbs.contains(tokens.lower(k))) v = k;
        } else if (!lexicon.verbTriggers.contains(tokens.lower(trig))) {
            return false;
        }
        if (v < 1) return false;
        int m = lexicon.statusAdverbs.contains(tokens.lower(v - 1)) ? v - 2 : v - 1;
        return m >= a && lexicon.possibleAux.contains(tokens.lower(m));
    }

    /** How many words a meeting noun's complement may run before its verb ("talks with Russian President X"). */
    static final int NOUN_PHRASE_REACH = 14;

    /**
     * "a meeting with X could take place in Istanbul", "talks between X and Y might be held", "a meeting with X is
     * possible": the meeting noun's own verb, after its complement of names, titles and places, is a modal
     * ([future-aux], [possible-aux]) or "is/was possible": a meeting to come.
     */
    private boolean modalAfterNounPhrase(int trig, int b) {
        if (trig < 0 || !lexicon.nounTriggers.contains(tokens.lower(trig))) return false;
        int k = trig + 1;
        while (k < b && k <= trig + NOUN_PHRASE_REACH && (doc.inName[k] || doc.inTitle[k] || doc.inGaz(k) || tokens.is(k, "with")
                || tokens.is(k, "between") || tokens.is(k, "and") || tokens.is(k, "the") || tokens.is(k, "of") || tokens.is(k, "'s"))) {
            k++;
        }
        if (k == trig + 1 || k >= b) return false;
        String verb = tokens.lower(k);
        if (lexicon.possibleAux.contains(verb) || lexicon.futureAux.contains(verb)) return true;
        int adj = k + 1 < b && lexicon.statusAdverbs.contains(tokens.lower(k + 1)) ? k + 2 : k + 1;
        return (verb.equals("is") || verb.equals("was")) && tokens.is(adj, "possible");
    }

    /** "to" and a [plan-verb] from token {@code from} on, within {@link #INTENTION_REACH} words and one clause. */
    private boolean objectThenPlan(int from, int b) {
        for (int k = from; k + 1 < b && k <= from + INTENTION_REACH; k++) {
            if (tokens.is(k, ",") || tokens.is(k, ";") || tokens.is(k, ".")) return false;
            if (tokens.is(k, "to") && lexicon.planVerbs.contains(tokens.lower(k + 1))) return true;
        }
        return false;
    }

    private boolean plannedAt(int i, int b, String low, int cues) {
        if ((cues & Lexicon.FUTURE_AUX) != 0) {
            for (int k = i + 1; k < b && k <= i + 3; k++) if (lexicon.planVerbs.contains(tokens.lower(k))) return true;
            return false;
        }
        int to = i + 1 < b && lexicon.statusAdverbs.contains(tokens.lower(i + 1)) ? i + 2 : i + 1;
        // "is expected in Stockholm on Tuesday for talks", "is due in Oslo next week to meet X"
        if (lexicon.expectedIn.contains(low) && (tokens.is(i + 1, "in") || tokens.is(i + 1, "at")) && i + 2 < b && tokens.capitalized(i + 2)) {
            return true;
        }
        if ((cues & Lexicon.BE) != 0) {
            return tokens.is(to, "to") && to + 1 < b && lexicon.beToVerbs.contains(tokens.lower(to + 1));
        }
        if ((cues & Lexicon.INTENTION) != 0) {
            // "agreed on Monday to meet", "agreed on March 3 to hold talks": the day of the agreement between
            if (tokens.is(to, "on") && to + 1 < b && (tokens.capitalized(to + 1) || Dates.number(tokens.tok[to + 1]) > 0)) {
                int t = to + 1;
                while (t < b && t <= to + 3 && (tokens.capitalized(t) || Dates.number(tokens.tok[t]) > 0)) t++;
                if (tokens.is(t, "to")) to = t;
            }
            if (tokens.is(to, "to") && to + 1 < b && (lexicon.planVerbs.contains(tokens.lower(to + 1))
                    || lexicon.intendedVerbs.contains(tokens.lower(to + 1)))) {
                return true;
            }
            // "expecting the two presidents to hold talks": the object between, in one clause
            if (low.startsWith("expect") && objectThenPlan(to, b)) return true;
            // "the planned summit": the participle qualifies the meeting and says nothing of its status
            boolean beforeMeetingNoun = i + 1 < b && (lexicon.nounTriggers.contains(tokens.lower(i + 1))
                    || i + 2 < b && lexicon.nounTriggers.contains(tokens.lower(i + 2)) && !tokens.is(i + 1, "for"));
            return lexicon.plannedParticiples.contains(low) && !(low.equals("planned") && tokens.is(i - 1, "had"))
                    && !beforeMeetingNoun;
        }
        // "on the agenda", "today's agenda includes the meetings": a meeting to come; "the meeting, whose agenda has not
        // been disclosed": the agenda of the meeting itself says nothing of when it is
        if ((low.equals("agenda") || low.equals("schedule")) && tokens.is(i - 1, "whose")) return false;
        return (cues & Lexicon.COMING) != 0;
    }

    /**
     * "X, who will travel to Rome next week, met Y", "Ahead of a summit planned for next month, X met Y": a cue cut
     * off by a comma from a trigger in the simple past speaks of something else.
     */
    private boolean pastAcrossComma(int i, int trig) {
        if (trig < 0 || !lexicon.simplePastTriggers.contains(tokens.lower(trig))) return false;
        // ("were expected to discuss Gaza when they met": "when" opens the meeting's own clause, as a comma would)
        for (int k = i + 1; k < trig; k++) if (tokens.is(k, ",") || tokens.is(k, "when")) return true;
        return false;
    }

    /** How many words after a request verb (and its "for"/"with") the meeting noun may be: "sought a bilateral meeting". */
    private static final int REQUEST_REACH = 3;

    /** "sought a meeting with X", "asked for talks", "tasked with meeting X": a meeting wanted, not yet held. */
    private boolean requested(int i, int b) {
        int k = i + 1;
        if (tokens.is(k, "for") || tokens.is(k, "with")) k++;
        for (int end = k + REQUEST_REACH; k < b && k < end; k++) {
            if (lexicon.nounTriggers.contains(tokens.lower(k))) return !heldLater(k + 1, b);
            if (!tokens.isWord(k) || lexicon.requestStops.contains(tokens.lower(k))) return false; // "asked about the talks"
        }
        return false;
    }

    /** "X, who had sought a meeting with Y, met him on Monday": the wish came true in the same clause. */
    private boolean heldLater(int from, int b) {
        for (int k = from; k < b; k++) if (lexicon.pastVerbs.contains(tokens.lower(k)) && !tokens.is(k, "had")) return true;
        return false;
    }

    /** "X is meeting Y on Monday", "are holding talks tomorrow": the present progressive with a day ahead. */
    private boolean progressiveFuture(int i, int a, int b) {
        int v = i + 1 < b && lexicon.statusAdverbs.contains(tokens.lower(i + 1)) ? i + 2 : i + 1;
        if (v >= b || !lexicon.beIngVerbs.contains(tokens.lower(v))) return false;
        for (int k = a; k < b; k++) {
            String w = tokens.lower(k);
            if (lexicon.futureDays.contains(w) || Dates.WEEKDAYS.containsKey(w)) return true;
        }
        return false;
    }

    /** "the coming talks", "in the coming days" vs "coming to Moscow", "help was coming." (a verb, not an adjective). */
    private boolean comingMeeting(int i, int b) {
        return i + 1 < b && tokens.isWord(i + 1) && !tokens.is(i + 1, "to") && !tokens.is(i - 1, "the")
                && (i == 0 || (lexicon.cues(tokens.lower(i - 1)) & Lexicon.BE) == 0)
                || tokens.is(i - 1, "the") && meetingNounWithin(i + 1, b, 3);
    }

    private boolean meetingNounWithin(int from, int b, int words) {
        for (int k = from; k < b && k < from + words; k++) if (lexicon.nounTriggers.contains(tokens.lower(k))) return true;
        return false;
    }
}
