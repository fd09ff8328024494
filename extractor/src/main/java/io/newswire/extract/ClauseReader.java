package io.newswire.extract;

import io.newswire.extract.Enrichment.Kind;
import io.newswire.extract.Enrichment.Status;
import io.newswire.extract.Gazetteer.Entry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads meetings from a sentence: splits it into clauses at a second trigger ("after", "before", "which",
 * ", and", or before the subject of the second trigger), finds each clause's trigger and participants, groups
 * them into meetings (separate bilaterals or one multilateral), and asks the resolvers for status, kind, date
 * and venue. A clause with a trigger but no participants updates the previous meeting(s).
 */
final class ClauseReader {
    private final Document doc;
    private final String text;
    private final Tokens tokens;
    private final boolean[] furniture;
    private final boolean[] inTitle;
    private final boolean[] inName;
    private final List<Entry>[] gazEntries;
    private final List<Sentence> sentences;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final Triggers triggers;
    private final KindResolver kindResolver;
    private final StatusResolver statusResolver;
    private final DateResolver dateResolver;
    private final VenueResolver venueResolver;
    private final Discourse discourse;
    private final Grouping grouping;
    /** The mentions of the sentence read last, and of the one before it ("X and Y agreed ... . The leaders met"). */
    private List<Mention> sentenceMentions = List.of(), priorSentenceMentions = List.of();

    ClauseReader(Document doc, Triggers triggers, DateResolver dateResolver, Discourse discourse) {
        this.doc = doc;
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.furniture = doc.furniture;
        this.inTitle = doc.inTitle;
        this.inName = doc.inName;
        this.gazEntries = doc.gazEntries;
        this.sentences = doc.sentences;
        this.lexicon = doc.lexicon;
        this.gazetteer = doc.gazetteer;
        this.triggers = triggers;
        this.kindResolver = new KindResolver(doc);
        this.statusResolver = new StatusResolver(doc);
        this.dateResolver = dateResolver;
        this.venueResolver = new VenueResolver(doc);
        this.discourse = discourse;
        this.grouping = new Grouping(doc, discourse, triggers);
    }

    /** A sentence whose one named subject met a plural object named nowhere in it ("met a string of counterparts"). */
    private record PluralObject(int si, int a, int b, Mention subject) {
    }

    private PluralObject pluralObject;

    /**
     * Reads the meetings of sentence {@code si}, {@code [a, b)}. "X met a string of counterparts on Tuesday. Among them
     * were A, B and C": a sentence opening with a [list-intro-phrases] phrase names the people of the plural object of
     * the sentence before, read as one clause with it.
     */
    void read(int si, int a, int b, List<Mention> allMents) {
        PluralObject before = pluralObject;
        pluralObject = null;
        if (before != null && Lexicon.phraseAt(tokens, a, lexicon.listIntroPhrases) && !allMents.isEmpty()
                && allMents.stream().allMatch(m -> m.party.person != null && !m.excluded)) {
            priorSentenceMentions = sentenceMentions;
            sentenceMentions = allMents;
            List<Mention> listed = new ArrayList<>();
            listed.add(before.subject());
            listed.addAll(allMents);
            clause(before.si(), before.a(), b, listed, null);
            return;
        }
        int meetingsBefore = discourse.meetings.size();
        readSentence(si, a, b, allMents);
        if (discourse.meetings.size() == meetingsBefore) pluralObject = pluralObject(si, a, b, allMents);
    }

    /** How far after the trigger the plural object's role noun may be ("met a string of their counterparts"). */
    static final int PLURAL_OBJECT_REACH = 6;

    /** The sentence as a {@link PluralObject}: one person named, before a trigger that a plural role noun follows; else null. */
    private PluralObject pluralObject(int si, int a, int b, List<Mention> ments) {
        if (ments.size() != 1 || ments.get(0).party.person == null || ments.get(0).excluded) return null;
        Trigger found = triggers.findTrigger(a, b);
        if (found == null || found.token() <= ments.get(0).start) return null;
        for (int k = found.token() + 1; k < b && k <= found.token() + PLURAL_OBJECT_REACH; k++) {
            if (gazetteer.pluralRole(tokens.lower(k))) return new PluralObject(si, a, b, ments.get(0));
        }
        return null;
    }

    /**
     * Reads the meetings of sentence {@code si}, {@code [a, b)}, with its mentions: split into clauses at a second
     * trigger, each clause read on its own.
     */
    private void readSentence(int si, int a, int b, List<Mention> allMents) {
        priorSentenceMentions = sentenceMentions;
        sentenceMentions = allMents;
        a = afterNamelessQuote(a, b, allMents);
        int ownOpening = theirMeetingOpens(a, b, allMents);
        if (ownOpening > 0) {
            // "At their meeting in Athens on Monday, A and B agreed to meet again in Ankara": the opening phrase is the
            // subjects' meeting, held, with its own day and place; the main clause's meeting (if any) is its own
            List<Mention> subjects = new ArrayList<>();
            for (Mention m : allMents) if (m.start > ownOpening) subjects.add(m);
            MeetingDraft opening = clause(si, a, ownOpening, subjects, null);
            if (triggers.findTrigger(ownOpening + 1, b) != null) clause(si, ownOpening + 1, b, subjects, opening);
            return;
        }
        Trigger found = triggers.findTrigger(a, b);
        int trig = found == null ? -1 : found.token();
        if (trig > a) {
            for (int i = a; i < trig; i++) {
                String low = tokens.lower(i);
                if (!furniture[i] && tokens.isWord(i) && (triggers.isNounTrigger(i, low) || triggers.isVerbTrigger(i, low, b))) {
                    trig = i;
                    break;
                }
            }
        }
        // split at a second trigger introduced by after/following/before/which/and/','
        if (trig >= 0) {
            int second = -1;
            int prevTrig = trig;
            for (int i = trig + 1; i < b; i++) {
                String low = tokens.lower(i);
                if (triggers.isVerbTrigger(i, low, b) || triggers.isNounTrigger(i, low)) {
                    if (i == prevTrig + 1) {
                        prevTrig = i; // "trilateral meeting", "phone call": one trigger
                        continue;
                    }
                    if (sidelinesOf(trig, i)) continue; // "on the fringes of the expanded meeting": the event, no meeting of its own
                    if (appositiveOfTheMeeting(trig, i)) continue; // "..., their second call since his election": the same one
                    second = i;
                    break;
                }
            }
            int opening = second > 0 ? openingPhraseEnd(a, trig, second, allMents) : -1;
            if (opening > 0) {
                // "After speaking with X by phone, Y met Z in Paris": the opening phrase's meeting is Y's (the
                // main clause's subject read with it), the main clause's its own
                List<Mention> m1 = new ArrayList<>(), m2 = new ArrayList<>();
                Mention subject = null;
                for (Mention m : allMents) {
                    if (m.start < opening) m1.add(m);
                    else {
                        if (subject == null) subject = m;
                        m2.add(m);
                    }
                }
                m1.add(subject);
                MeetingDraft first = clause(si, a, opening, m1, null);
                MeetingDraft main = clause(si, opening + 1, b, m2, first);
                dateFromMain(first, main, a, trig);
                return;
            }
            int relativeStart = second > 0 ? relativeStart(a, trig) : -1;
            int relativeEnd = relativeStart > 0 ? relativeClauseEnd(relativeStart, trig, second) : -1;
            int offerEnd = relativeStart > 0 && relativeEnd < 0 ? relativeOfferEnd(relativeStart, trig, b) : -1;
            if (offerEnd > 0) {
                // "Erdogan, who offered to host the talks, spoke to Putin by phone": an offer told of the subject, no
                // meeting of its own; the main clause is read from after it, with the subject
                List<Mention> outside = new ArrayList<>();
                for (Mention m : allMents) if (m.start < relativeStart || m.start > offerEnd) outside.add(m);
                clause(si, offerEnd + 1, b, outside, null);
                return;
            }
            if (relativeEnd > 0) {
                // "X, who met Y in Paris in May, spoke with him by phone on Monday": the relative clause's meeting is
                // X's (the antecedent read with it), the main clause's its own, each with its own date and place
                List<Mention> m1 = new ArrayList<>(), m2 = new ArrayList<>();
                Mention antecedent = null;
                for (Mention m : allMents) {
                    if (m.start > relativeStart && m.start < relativeEnd) m1.add(m);
                    else {
                        m2.add(m);
                        if (m.start < relativeStart) antecedent = m;
                    }
                }
                if (antecedent != null && !m1.isEmpty()) {
                    m1.add(0, antecedent);
                    MeetingDraft background = clause(si, relativeStart, relativeEnd, m1, null);
                    List<Mention> main = new ArrayList<>();
                    for (Mention m : m2) {
                        // "him" is not the subject itself
                        boolean selfObject = m != antecedent && lexicon.objectPronouns.contains(tokens.lower(m.start))
                                && m.party.person != null && m.party.person == antecedent.party.person;
                        if ((m.start > relativeEnd || m == antecedent) && !selfObject) main.add(m);
                    }
                    if (main.size() == 1 && doc.sentenceHas(relativeEnd + 1, b, lexicon.objectPronouns)) {
                        main.addAll(m1.subList(1, m1.size())); // "... spoke with him": the relative clause's people
                    }
                    clause(si, relativeEnd + 1, b, main, background);
                    return;
                }
                List<Mention> pair = new ArrayList<>();
                for (Mention m : m2) if (m.start < relativeStart) pair.add(m);
                if (m1.isEmpty() && pair.size() >= 2) {
                    // "X and Y, who first met in 2020 at the White House, held talks in Brussels": the pair's earlier
                    // meeting, with its own date and place, then the main clause's
                    MeetingDraft background = clause(si, relativeStart, relativeEnd, pair, null);
                    clause(si, relativeEnd + 1, b, m2, background);
                    return;
                }
            }
            if (second > 0) {
                int cut = semicolonBeforeTrigger(trig, b);
                for (int k = second - 1; cut < 0 && k > trig; k--) {
                    if (cutWord(k) || sharedSubjectVerb(k, second, b, allMents)) {
                        cut = k;
                        break;
                    }
                }
                // (a cut word before it opens the clause the place's relative clause belongs to: "before flying to Quito, where")
                for (int k = second - 1; cut < 0 && k > trig; k--) if (whereOtherMeeting(k, trig, second, allMents)) cut = k;
                // "hosted X for talks in Berlin, a day after meeting Y": a later trigger opened by a cut word
                for (int later = second + 1; cut < 0 && later < b; later++) {
                    String low = tokens.lower(later);
                    if (!(triggers.isVerbTrigger(later, low, b) || triggers.isNounTrigger(later, low))) continue;
                    for (int k = later - 1; k > second + 1 && k >= later - 3; k--) {
                        if (cutWord(k) && !tokens.is(k, "and")) {
                            cut = k;
                            break;
                        }
                    }
                    // "..., said A and B met, while Foreign Minister C held talks with D": ", while" and its own subject
                    for (int k = later - 1; cut < 0 && k > second + 1 && k >= later - WHILE_REACH; k--) {
                        if (whileCut(k)) cut = k;
                    }
                }
                if (cut < 0) {
                    // cut before the list of names that is the subject of the second trigger
                    Mention lastBefore = null, listStart = null;
                    for (Mention m : allMents) {
                        if (m.start <= trig || m.start >= second) continue;
                        if (lastBefore == null || lastBefore.end < 0 || !grouping.listGap(lastBefore.end, m.start)) listStart = m;
                        lastBefore = m;
                    }
                    boolean before = false;
                    for (Mention m : allMents) before |= m.start < (listStart == null ? 0 : listStart.start) && m != listStart;
                    boolean verbGap = false;
                    if (lastBefore != null && lastBefore.end > 0) {
                        for (int k = lastBefore.end; k < second; k++) {
                            String q = tokens.lower(k);
                            // ("said he spoke with Y on Monday and described the meeting": "and" then a verb goes on
                            // with the first clause's subject; Y is no subject)
                            if (tokens.is(k - 1, "and") && q.endsWith("ed")) break;
                            verbGap |= q.equals("their") || q.equals("his") || q.equals("her") || lexicon.speech.contains(q)
                                    || q.length() > 4 && q.endsWith("ed") && !tokens.capitalized(k)
                                        && !tokens.hyphenBefore[k]; // ("ASEAN-related meetings": an adjective)
                        }
                    }
                    if (listStart != null && before && verbGap && lastBefore.end > 0 && second - lastBefore.end <= 6) {
                        cut = listStart.start;
                        while (cut - 1 > trig && inTitle[cut - 1]) cut--;
                    }
                }
                // "... said while they met in Lima that he intends to see Y again": the reported meeting "again" is another
                for (int k = trig + 1; cut < 0 && k < b; k++) if (tokens.is(k, "that") && repeatAfter(k, b)) cut = k;
                if (cut > 0) {
                    List<Mention> m1 = new ArrayList<>(), m2 = new ArrayList<>();
                    for (Mention m : allMents) (m.start < cut ? m1 : m2).add(m);
                    MeetingDraft first = clause(si, a, cut, m1, null);
                    clause(si, cut, b, m2, first);
                    return;
                }
            }
        }
        clause(si, a, b, allMents, null);
    }

    /** How far after a passive host verb its "by" and the host may come ("was received at the Foreign Ministry by X"). */
    static final int PASSIVE_BY_REACH = 8;

    /**
     * "will hold talks with X and meet Y", "is due to visit Oslo and hold talks with Y": the trigger is a bare verb
     * (not a past form of [past-verb], no "-ed"/"-s"/"-ing") right after the "and" that opens its clause.
     */
    private boolean sharedAuxiliary(int a, int trig) {
        int and = a < tokens.n && tokens.is(a, "and") ? a : a + 1 < tokens.n && tokens.is(a + 1, "and") ? a + 1 : -1;
        if (and < 0) return false;
        int verb = and + 1;
        if (tokens.is(verb, "then") || tokens.is(verb, "later") || tokens.is(verb, "also")) verb++;
        // the trigger itself, or the verb that holds its noun ("and hold talks with Y")
        if (verb != trig && !(verb < trig && trig - verb <= 3 && lexicon.holdingVerbs.contains(tokens.lower(verb)))) return false;
        String low = tokens.lower(verb);
        return !lexicon.pastVerbs.contains(low) && !low.endsWith("ed") && !low.endsWith("s") && !low.endsWith("ing");
    }

    /**
     * "had a conversation with Y, their second call since his election": the meeting noun at i opens an appositive
     * (a comma, "their", then up to two words) that names the trigger's meeting again.
     */
    private boolean appositiveOfTheMeeting(int trig, int i) {
        if (!triggers.isNounTrigger(i, tokens.lower(i)) || triggers.isVerbTrigger(i, tokens.lower(i), tokens.n)) return false;
        for (int k = i - 1; k > trig && k >= i - 3; k--) {
            if (tokens.is(k, "their")) return tokens.is(k - 1, ",");
            if (!tokens.isWord(k)) return false;
        }
        return false;
    }

    /** "met Y on the sidelines of the enlarged meeting": a [sidelines-noun] and "of" up to six words before the noun at i (after the trigger). */
    private boolean sidelinesOf(int trig, int i) {
        for (int k = Math.max(trig + 1, i - 6); k < i; k++) {
            if (lexicon.sidelinesNouns.contains(tokens.lower(k)) && tokens.is(k + 1, "of")) return true;
        }
        return false;
    }

    /**
     * "'We had a very productive conversation,' Macron said after meeting X": a quotation that opens the sentence and
     * names no one is what was said, not the meeting; when a trigger follows it, the sentence is read from after its
     * closing mark (else from {@code a}). "'I met X yesterday,' Y said" names someone and is read whole.
     */
    private int afterNamelessQuote(int a, int b, List<Mention> ments) {
        if (a >= b || !tokens.quoteMark(a)) return a;
        int close = -1;
        for (int q = a + 1; q < b && close < 0; q++) if (tokens.quoteMark(q)) close = q;
        if (close < 0) return a;
        for (Mention m : ments) if (m.start > a && m.start < close) return a;
        return triggers.findTrigger(close + 1, b) != null ? close + 1 : a;
    }

    /**
     * "Anwar said his conversation with X covered ...", "their talks with X focused on ...": a meeting noun after a
     * possessive names a meeting of those people already reported (the latest whose participants cover the
     * clause's), or null. Its clause's date and place belong to what the talk was about, not to the meeting.
     */
    private MeetingDraft possessiveReference(Trigger trigger, int trig, int a, List<Mention> ments) {
        if (trigger == null || trigger.verbal()) return null;
        boolean possessive = false;
        for (int k = Math.max(a, trig - 2); k < trig; k++) {
            possessive |= tokens.is(k, "his") || tokens.is(k, "her") || tokens.is(k, "their");
        }
        // "Fidan said the talks with X had been productive": a meeting told about, after a verb of saying
        if (!possessive && tokens.is(trig - 1, "the")) {
            for (int k = a; k < trig - 1; k++) possessive |= lexicon.speech.contains(tokens.lower(k));
        }
        if (!possessive) return null;
        List<Party> people = new ArrayList<>();
        for (Mention m : ments) if (m.party.person != null) people.add(m.party);
        if (people.isEmpty()) return null;
        for (int k = discourse.meetings.size() - 1; k >= 0; k--) {
            MeetingDraft o = discourse.meetings.get(k);
            // one person named ("his conversation with X"): a bilateral with X; more: a meeting of them all
            if (discourse.merger.covers(o.parties, people) && (people.size() >= 2 || o.parties.size() == 2)) return o;
        }
        return null;
    }

    /**
     * Reads one clause. "Was received at the airport by the foreign minister", "X, Y and Z welcomed him at the
     * airport": a reception on arrival ([reception-verb], [arrival-place]) is set aside, not a meeting the next
     * clauses refer to; {@link Discourse#receptionsNotOtherwiseMet} brings it back when its people meet nowhere else.
     */
    MeetingDraft clause(int si, int a, int b, List<Mention> allMents, MeetingDraft prevClause) {
        Trigger found = triggers.findTrigger(a, b);
        if (found == null || !lexicon.receptionVerbs.contains(tokens.lower(found.token())) || !doc.sentenceHas(a, b, lexicon.arrivalPlaces)) {
            return readClause(si, a, b, allMents, prevClause, found);
        }
        List<MeetingDraft> before = new ArrayList<>(discourse.meetings);
        MeetingDraft m = readClause(si, a, b, allMents, prevClause, found);
        for (MeetingDraft added : new ArrayList<>(discourse.meetings)) {
            if (before.stream().noneMatch(o -> o == added)) {
                discourse.meetings.remove(added);
                discourse.receptions.add(added);
            }
        }
        return m != null && discourse.receptions.contains(m) ? null : m;
    }

    /** @param trigger the clause's trigger ({@link Triggers#findTrigger}), or null */
    private MeetingDraft readClause(int si, int a, int b, List<Mention> allMents, MeetingDraft prevClause, Trigger trigger) {
        int trig = trigger == null ? -1 : trigger.token();
        if (RuleExtractor.DEBUG) {
            StringBuilder sb = new StringBuilder("CLAUSE trigger=" + (trig < 0 ? "-" : tokens.tok[trig]));
            for (Mention m : allMents) {
                sb.append(" | ").append(m.party.person != null ? m.party.person.name : m.party.country()).append(m.excluded ? " (excluded)" : "");
            }
            System.err.println(sb);
        }
        List<Mention> ments = new ArrayList<>();
        // "Fidan's visit comes a week after Abdelatty held talks with Araghchi": a subordinate clause with a subject of
        // its own holds the meeting; the main clause before it, with no trigger, names no participant
        int subordinate = trig < 0 ? -1 : subordinateSubjectBefore(a, trig, allMents);
        for (Mention m : allMents) if (!m.excluded && m.start > subordinate) ments.add(m);
        // dedupe by identity, a person wins over a side of the same country
        List<Mention> uniq = new ArrayList<>();
        for (Mention m : ments) {
            boolean dup = false;
            for (int k = 0; k < uniq.size(); k++) {
                Mention u = uniq.get(k);
                if (u.party.sameSideAs(m.party)) {
                    dup = true;
                    if (u.party.person == null && m.party.person != null) uniq.set(k, m);
                }
            }
            if (!dup) uniq.add(m);
        }
        ments = uniq;
        if (trig < 0) {
            // weak trigger: two or more parties "discussed/addressed ..."
            int distinct = 0;
            Set<String> cs = new LinkedHashSet<>();
            for (Mention m : ments) cs.add(m.party.country() == null ? "?" + m.start : m.party.country());
            distinct = cs.size();
            int personCount = 0;
            for (Mention m : ments) if (m.party.person != null) personCount++;
            if (personCount >= 2 && distinct >= 2 && (weakVerbIn(a, b) || visitingPair(a, b)) && !doc.sentenceHas(a, b, lexicon.nounTriggers)) {
                trig = ments.get(0).start + 1;
            } else if (listItem(si, a, b, ments)) {
                // "- with NATO Secretary General Jens Stoltenberg;" after "X held the following meetings:"
                return null;
            } else if (ments.isEmpty() && itIsTheLastMeeting(si, a)) {
                // "It took place in Jakarta on Tuesday": the day and place of the meeting just told
                Kind k = kindResolver.kind(a, b);
                reference(si, a, b, a, k == null ? Kind.IN_PERSON : k, k != null, statusResolver.status(a, b, a + 1));
                return null;
            } else {
                Kind k = kindResolver.kind(a, b);
                if (k != null && !discourse.meetings.isEmpty()) {
                    MeetingDraft lastM = discourse.meetings.get(discourse.meetings.size() - 1);
                    if (!lastM.kindExplicit && mentionsAny(allMents, lastM)) lastM.correctKind(k);
                }
                presentList(si, a, b, allMents);
                pendingKindFrom(a, b);
                return null;
            }
        }
        for (int k = Math.max(a, trig - 8); k < trig; k++) {
            if (tokens.is(k, "whether") || tokens.is(k, "unclear") || tokens.is(k, "if") && !tokens.is(k - 1, "as")) return null;
            // "X is ready to meet Y", "ready to host a new round of talks": an open offer ([open-offer] then "to",
            // within seven words of the trigger and no comma between)
            if (lexicon.openOffers.contains(tokens.lower(k)) && tokens.is(k + 1, "to") && !doc.hasAny(k, trig, ",")) return null;
        }
        if (notRuledOut(a, b)) return null; // "a meeting has not been ruled out": possible, not planned
        if (talksAsProcess(a, b, trig, trigger)) {
            discourse.processClauses.add(new int[] {a, b});
            return null;
        }
        Kind kind = kindResolver.kind(a, b);
        if (kind == null) kind = alsoSpokeAfterCall(a, trig, allMents);
        boolean kindExplicit = kind != null;
        if (kind == null) kind = Kind.IN_PERSON;
        // the part of the clause that tells the trigger's own time and place (a relative clause or opening phrase holding it)
        int[] own = ownSpan(a, b, trig);
        Status status = statusResolver.status(own[0], own[1], trig);
        // "since the last meeting on 29 April", "their previous talks in May": an earlier meeting, held
        boolean previousNoun = trigger != null && !trigger.verbal() && previousWordBefore(a, trig) && !doc.sentenceHas(a, b, lexicon.futureAux);
        if (previousNoun) status = Status.HELD;
        if (status == Status.HELD && sentences.get(si).headline() && headlineInfinitive(a, trig)) status = Status.PLANNED;
        // "he will hold talks with X and meet Y": a bare verb after "and" shares the first clause's auxiliary
        if (status == Status.HELD && prevClause != null && prevClause.status == Status.PLANNED && sharedAuxiliary(a, trig)) {
            status = Status.PLANNED;
        }
        boolean fromContext = false; // for the confidence cues only
        // "X told Y on Wednesday that ... . In the phone call, X also said ...": the one who told and the one told
        List<Mention> tellerAndTold = toldPairBefore(si, a, trig, trigger);
        if (openingReference(a, trig, trigger, ments) && tellerAndTold == null) {
            // "During the talks, the Indian side raised ..., while Bangladesh sought the extradition of X": the meeting
            // just told, not a new one of whoever the sentence names
            reference(si, a, b, trig, kind, kindExplicit, status);
            return null;
        }
        if (ments.isEmpty() && doc.hasAny(a, b, "their", "the two", "they", "them", "previous", "earlier")
                && a > sentences.get(si).start()) {
            MeetingDraft src = prevClause != null ? prevClause : discourse.meetings.isEmpty() ? null : discourse.meetings.get(discourse.meetings.size() - 1);
            fromContext = src != null;
            if (src != null) for (Party p : src.parties) ments.add(new Mention(a, p));
        }
        if (ments.isEmpty() && doc.hasAny(Math.max(a, trig - 4), trig, "the two")) {
            int sentStart = sentences.get(si).start();
            for (int k = sentStart; k < trig; k++) {
                List<TokenSpan> pair = k == sentStart || tokens.is(k - 1, ",") || tokens.is(k - 1, "but") ? doc.placeList(k, trig) : List.of();
                if (pair.size() == 2) {
                    for (TokenSpan it : pair) ments.add(new Mention(it.start(), it.end(), Party.side(doc.placeCode(it.start(), false, true))));
                    break;
                }
            }
        }
        // "the two countries' foreign ministers met": other people of the last meeting's two countries
        if (ments.isEmpty() && !discourse.meetings.isEmpty() && doc.hasAny(Math.max(a, trig - 8), trig, "the two countries 's", "the two countries '", "both countries '")) {
            MeetingDraft lastM = discourse.meetings.get(discourse.meetings.size() - 1);
            Set<String> countries = new LinkedHashSet<>();
            for (Party p : lastM.parties) if (p.country() != null) countries.add(p.country());
            if (countries.size() == 2) {
                for (String c : countries) ments.add(new Mention(a, a + 1, Party.side(c)));
                fromContext = true;
            }
        }
        // "The two leaders met in Sochi, Erdogan's office said": a group subject stands for the last meeting's people
        // even when one of them is named after the trigger (as a source)
        if (!ments.isEmpty() && !discourse.meetings.isEmpty() && countedGroup(Math.max(a, trig - 5), trig, "two")
                && allAfter(ments, trig) && allAmong(ments, lastForeground())) {
            ments.clear();
        }
        // "..., and the pair later met IAEA chief X": a pair as the subject, a new guest after the trigger: the last
        // meeting's two people met the guest
        // (its own event: never merged into the pair's meeting)
        boolean pairJoined = false;
        if (!ments.isEmpty() && !discourse.meetings.isEmpty() && allAfter(ments, trig) && pairSubject(a, trig)) {
            MeetingDraft lastM = prevClause != null ? prevClause : lastForeground();
            if (lastM.parties.size() == 2 && !allAmong(ments, lastM)) {
                pairJoined = true;
                List<Mention> withPair = new ArrayList<>();
                for (Party p : lastM.parties) withPair.add(new Mention(a, a + 1, p));
                withPair.addAll(ments);
                ments = withPair;
                fromContext = true;
            }
        }
        boolean sinceEarlier = theySince(a, trig);
        if (ments.isEmpty() && !discourse.meetings.isEmpty() && (countedGroup(Math.max(a, trig - GROUP_SUBJECT_REACH), trig, "two")
                || doc.hasAny(Math.max(a, trig - 2), trig, "the two")
                // "They agreed to meet again": a sentence opening with "they" just before the trigger
                || theyOpens(a, trig)
                // "The two had previously met in Davos": "the two" as the subject, then auxiliaries or adverbs
                || theTwoSubject(a, trig)
                // "It was the first time they had met since a tense phone call in September": their earlier meeting
                || sinceEarlier)) {
            MeetingDraft lastM = lastForeground();
            for (Party p : lastM.parties) ments.add(new Mention(a, a + 1, p));
            fromContext = true;
        }
        // "The three leaders agreed to meet in Kyiv": the last meeting's people when there are that many of them
        if (ments.isEmpty() && !discourse.meetings.isEmpty()) {
            MeetingDraft lastM = lastForeground();
            String counted = lastM.parties.size() == 3 ? "three" : lastM.parties.size() == 4 ? "four" : null;
            if (counted != null && countedGroup(Math.max(a, trig - 5), trig, counted)) {
                for (Party p : lastM.parties) ments.add(new Mention(a, a + 1, p));
                fromContext = true;
            }
        }
        // "X and Y agreed on Wednesday to deepen ties. The leaders met at the prime minister's office": with no meeting
        // told before, a group subject is the people the sentence before named
        // (one of them named after the trigger is a place or a source: "at the prime minister's office")
        if (discourse.meetings.isEmpty() && groupSubjectOpens(a, trig) && allAfter(ments, trig)) {
            Set<Person> named = new LinkedHashSet<>();
            for (Mention m : priorSentenceMentions) if (m.party.person != null) named.add(m.party.person);
            boolean among = true;
            for (Mention m : ments) among &= m.party.person != null && named.contains(m.party.person);
            if (among && named.size() >= 2 && named.size() <= MAX_GROUP_FROM_SENTENCE) {
                ments.clear();
                for (Mention m : priorSentenceMentions) if (m.party.person != null && named.remove(m.party.person)) ments.add(new Mention(a, a + 1, m.party));
                fromContext = true;
            }
        }
        // ... a definite meeting noun, with at most one of them named, is their meeting
        if (tellerAndTold != null && ments.size() <= 1 && (ments.isEmpty() || ments.get(0).party.person != null
                && (ments.get(0).party.person == tellerAndTold.get(0).party.person || ments.get(0).party.person == tellerAndTold.get(1).party.person))) {
            ments = tellerAndTold;
            fromContext = true;
        }
        if (ments.isEmpty()) {
            if (!discourse.meetings.isEmpty() && kindExplicit && mentionsAny(allMents, discourse.meetings.get(discourse.meetings.size() - 1))) {
                MeetingDraft lastM = discourse.meetings.get(discourse.meetings.size() - 1);
                if (!lastM.kindExplicit) lastM.correctKind(kind);
            }
            reference(si, a, b, trig, kind, kindExplicit, status);
            pendingKindFrom(a, b);
            return null;
        }
        MeetingDraft earlier = possessiveReference(trigger, trig, a, ments);
        if (earlier != null) {
            earlier.sentences.add(si); // "his conversation with X covered ...": the meeting already reported
            return earlier;
        }
        List<Mention> hosts = new ArrayList<>();
        List<Mention> guests = new ArrayList<>();
        for (Mention m : ments) (m.start < trig ? hosts : guests).add(m);
        if (!hosts.isEmpty() && hosts.get(0).party.person != null && guests.isEmpty() && hosts.size() == 1) discourse.focus = hosts.get(0).party.person;
        if (discourse.focus == null && ments.size() == 1 && ments.get(0).party.person != null) discourse.focus = ments.get(0).party.person;
        // "between" right after the trigger: the parties are those after it
        boolean between = false;
        for (int k = trig; k < b && k <= trig + 4; k++) between |= tokens.is(k, "between");
        if (between && guests.size() >= 2) {
            // "Blinken hosted talks between A and B": a named host of the talks takes part ("X said talks between A
            // and B ..." names no participant before them)
            Mention host = hosts.size() == 1 && hosts.get(0).party.person != null && hostedNoun(a, trig) ? hosts.get(0) : null;
            hosts.clear();
            List<Mention> contiguous = new ArrayList<>();
            for (Mention m : guests) {
                if (!contiguous.isEmpty()) {
                    Mention p = contiguous.get(contiguous.size() - 1);
                    if (p.end > 0 && !grouping.listGap(p.end, m.start)) break;
                }
                contiguous.add(m);
            }
            guests = contiguous;
            ments = contiguous;
            if (host != null) {
                guests = new ArrayList<>(contiguous);
                guests.add(0, host);
            }
        }
        List<List<Party>> groups;
        boolean background = false;
        if (hosts.size() >= 2 && guests.isEmpty() && attendedTheMeeting(trig) && !discourse.meetings.isEmpty()
                && lastForeground().status == Status.HELD && namedPeople(lastForeground()) >= 2) {
            // "Aide X and Minister Y also took part in the talks": those who attended the meeting just told, no meeting
            // of theirs (a meeting told by countries only is another matter: the names are its people)
            MeetingDraft lastM = lastForeground();
            lastM.sentences.add(si);
            return lastM;
        }
        if (hosts.size() + guests.size() == 1) {
            Party only = (hosts.isEmpty() ? guests : hosts).get(0).party;
            groups = new ArrayList<>();
            Party previousHost = prevClause == null || prevClause.parties.isEmpty() ? null : prevClause.parties.get(0);
            if (hosts.isEmpty() && discourse.focus != null && only.person != discourse.focus && linked(trig)) {
                groups.add(List.of(Party.of(discourse.focus), only));
            } else if (hosts.isEmpty() && previousHost != null && previousHost.person != null && only.person != null
                    && only.person != previousHost.person && tokens.is(a, "and")
                    && (trig - a <= SHARED_SUBJECT_REACH || trig - a <= SHARED_TRIP_REACH && tripBetween(a, trig))) {
                // "X met Y on Monday and spoke by phone with Z on Tuesday": the first clause's subject
                groups.add(List.of(previousHost, only));
            } else if (hosts.isEmpty() && previousHost != null && previousHost.person != null && only.person != null
                    && only.person != previousHost.person && timeLinked(a, trig)) {
                // "X met Y on Friday, a day after meeting Z": the main clause's subject met Z too
                groups.add(List.of(previousHost, only));
                background = true;
                // "X is due in Vilnius for talks with Y before heading to Riga to meet Z": after a plan, also a plan
                if (tokens.is(a, "before") && status == Status.HELD && prevClause.status == Status.PLANNED) status = Status.PLANNED;
            } else if (!hosts.isEmpty() && only.person != null && joinedTheMeeting(trig) && !discourse.meetings.isEmpty()
                    && lastForeground().status == Status.HELD) {
                // "Z joined the talks later": one more person in the last meeting, not a meeting of one
                MeetingDraft lastM = lastForeground();
                boolean already = false;
                for (Party p : lastM.parties) already |= p.sameSideAs(only);
                if (!already) lastM.parties.add(only);
                lastM.sentences.add(si);
                return lastM;
            } else if (hosts.isEmpty() || only.person == null || prevClause != null || !doc.hasAny(a, b, "the two")) {
                listIntro(si, a, b, trig, only, kind, status);
                pendingKindFrom(a, b);
                if (kindExplicit && only.person != null && !(trig <= a + 3 && kindResolver.toldContactOpens(a, trig + 1))) {
                    discourse.pendingKind = kind;
                    discourse.pendingKindPerson = only.person;
                    discourse.pendingKindSentence = si;
                }
                return null;
            }
            // else "the two" with a single named host: no meeting, but the clause still takes the pending kind and date
        } else {
            // "The minister met with A and B" with no minister named before: A and B met the unnamed subject, not each other
            if (hosts.isEmpty() && !between && trigger != null && trigger.verbal() && unresolvedRoleSubject(a, trig)) return null;
            groups = grouping.group(a, b, trigger, trig, hosts, guests, ments, between);
        }
        if (discourse.pendingKind != null && !kindExplicit && pendingKindApplies(si, groups)) {
            kind = discourse.pendingKind;
            kindExplicit = true;
        }
        discourse.pendingKind = null;
        discourse.pendingKindPerson = null;
        // "arrived on Wednesday ahead of talks with Y": the day before the phrase is the arrival's
        int ahead = statusResolver.aheadOfStart(a, trig);
        DateMention de = dateResolver.nearestDate(ahead >= 0 ? Math.max(ahead, own[0]) : own[0], own[1], trig, status);
        if (de == null && status == Status.HELD && kind == Kind.CALL) de = dateResolver.readoutDay(ahead >= 0 ? ahead : a, b, trig);
        if (de == null && discourse.pendingDate != null && ahead < 0) de = discourse.pendingDate;
        // "X arrived in Berlin on Monday. The next day he met Y": a day counted from the day named just before
        if (de == null || de.date() == null) {
            DateMention counted = dateResolver.dayCountedFromBefore(a, b, sentences.get(si).start());
            if (counted != null) de = counted;
        }
        discourse.pendingDate = null;
        // a clause cut at its time subordinator keeps the measure before it: "(comes weeks) after X met Y"
        int measured = lexicon.timeSubordinators.contains(tokens.lower(a)) ? Math.max(sentences.get(si).start(), a - 1) : a;
        // background: "when they met in 2019" (a year before the news date's)
        boolean earlierYear = dateResolver.earlierYear(a, b);
        // "Last week X travelled to Ukraine, and on Monday he talked with Y": "last week" is the trip's
        int ownPart = venueResolver.ownDayPart(a, trig);
        boolean historical = (doc.hasAny(ownPart, b, lexicon.backgroundPhrases) || trig > measured && doc.hasAny(measured, trig, lexicon.backgroundBeforeTrigger))
                && !doc.hasAny(a, b, lexicon.foregroundPhrases) && !firstSince(a, b)
                || earlierYear || sinceEarlier || previousNoun;
        Venue venue = kind == Kind.IN_PERSON ? venueResolver.venue(own[0], own[1], trig) : null;
        // "who arrived in Kyrgyzstan to attend the CIS summit, held talks with Y": the summit's city
        venue = venueResolver.withSummitCity(venue, sentences.get(si).start(), sentences.get(si).end(), dateResolver.newsDate());
        boolean negotiate = doc.hasAny(a, b, "negotiations", "negotiate", "negotiated");
        String triggerCue = trigger == null ? "weak-trigger" : (trigger.verbal() ? "trigger:" : "noun-trigger:") + tokens.lower(trig);
        MeetingDraft last = null;
        List<Integer> segments = hosts.size() + guests.size() > 1 ? grouping.segmentStarts : null;
        MeetingDraft openingMeeting = null; // "A few hours after speaking to X, Y exchanged views with Z on Tuesday"
        // "met A and B in Amman and Cairo respectively": each meeting its place, in order
        List<Venue> respective = kind == Kind.IN_PERSON ? venueResolver.respectivePlaces(a, b) : List.of();
        long pairs = groups.stream().filter(g -> g.size() >= 2).count();
        if (respective.size() != pairs) respective = List.of();
        List<DateMention> respectiveDays = dateResolver.respectiveDates(a, b, status);
        if (respectiveDays.size() != pairs) respectiveDays = List.of();
        int pairIndex = 0;
        for (int gi = 0; gi < groups.size(); gi++) {
            List<Party> grp = groups.get(gi);
            if (grp.size() < 2) continue;
            if (segments != null) {
                // this guest's own day and place: "met A on Thursday and B on Friday"
                // (the first part starts at the clause's start and keeps its trigger; later ones start at their "and")
                int from = segments.get(gi), to = b;
                for (int gj = gi + 1; gj < segments.size(); gj++) if (segments.get(gj) > from) { to = segments.get(gj); break; }
                int anchor = from == a ? trig : from;
                de = dateResolver.nearestDate(from, to, anchor, status);
                if (de == null && status == Status.HELD && kind == Kind.CALL) de = dateResolver.readoutDay(from, to, anchor);
                venue = kind == Kind.IN_PERSON ? venueResolver.venue(from, to, anchor) : null;
                // "During his stay in New York, X met A on May 2 and B on May 3": what opens the clause is every guest's
                if (from != a && de == null) de = dateResolver.nearestDate(a, trig, trig, status);
                if (from != a && venue == null && kind == Kind.IN_PERSON) venue = venueResolver.venue(a, trig, trig);
            }
            if (!respective.isEmpty()) venue = respective.get(pairIndex);
            if (!respectiveDays.isEmpty()) de = respectiveDays.get(pairIndex);
            pairIndex++;
            MeetingDraft m = new MeetingDraft();
            m.parties.addAll(grp);
            m.kind = kind;
            m.kindExplicit = kindExplicit;
            m.status = status;
            if (de != null) {
                m.date = de.date();
                m.vague = de.vague();
                m.vagueFrom = de.from();
                m.vagueTo = de.to();
            }
            // "Talks between X and Y on March 20 will focus on ...": a meeting days after the news day is not held yet
            // (a day after may be the same day in another time zone than the dateline's)
            LocalDate newsDay = dateResolver.newsDate();
            LocalDate notHeldAfter = newsDay == null ? null : newsDay.plusDays(1);
            // "since the last meeting on 29 April", told in March: last year's April
            if (previousNoun && m.date != null && notHeldAfter != null && m.date.isAfter(notHeldAfter)) m.date = m.date.minusYears(1);
            if (m.status == Status.HELD && notHeldAfter != null && (m.date != null ? m.date.isAfter(notHeldAfter)
                    : m.vagueFrom != null && m.vagueFrom.isAfter(notHeldAfter))) {
                m.status = Status.PLANNED;
            }
            m.historical = historical || de != null && de.vague();
            m.earlierYear = earlierYear;
            m.ownDayPart = ownPart > a; // a trip named before it in its sentence is another verb's
            LocalDate counted = countedFromPrevious(a, prevClause);
            if (counted == null && m.date == null) counted = countedFromReferredMeeting(sentences.get(si).start(), trig);
            if (counted != null && (m.date == null || m.vague)) {
                // "X met Y on Monday, a day before U.S. officials hold talks": the day counted from the clause before,
                // a meeting still to come when it lies after that day and after the news day
                m.date = counted;
                m.vague = false;
                m.vagueFrom = m.vagueTo = null;
                m.historical = historical;
                if (m.status == Status.HELD && prevClause != null && counted.isAfter(prevClause.date) && newsDay != null && counted.isAfter(newsDay)) {
                    m.status = Status.PLANNED;
                }
            }
            if (venue != null) {
                m.city = venue.city();
                m.country = venue.country();
                m.ownCity = venue.city() != null;
            } else if (kind == Kind.IN_PERSON && lexicon.hostCapitalVerbs.contains(tokens.lower(trig)) && grp.get(0).country() != null
                    && venueResolver.bareCapital(a, b)) {
                Gazetteer.CountryInfo host = gazetteer.country(grp.get(0).country());
                if (host != null && host.capital() != null && !host.capital().isEmpty()) {
                    m.city = host.capital();
                    m.country = grp.get(0).country();
                }
            }
            if (kind == Kind.IN_PERSON && grp.size() == 2 && lexicon.hostCapitalVerbs.contains(tokens.lower(trig))
                    && !doc.hasAny(trig + 1, Math.min(b, trig + 3), "between") && !triggers.isNounTrigger(trig + 1, tokens.lower(trig + 1))) {
                // "Y was received by X": the host comes after "by" (not "hosted talks between Y and Z": no host among them)
                // ("was received in audience by X": a few words may come before "by")
                int by = -1;
                for (int k = trig + 1; k < b && k <= trig + 3 && by < 0 && !inName[k]; k++) if (tokens.is(k, "by")) by = k;
                // ("was received at the Foreign Ministry by X": a place between, then "by" and a person)
                for (int k = trig + 1; k < b && k <= trig + PASSIVE_BY_REACH && by < 0 && !inName[k] && !tokens.is(k, ","); k++) {
                    if (tokens.is(k, "by") && doc.personStart(k + 1) >= 0) by = k;
                }
                boolean passive = by > 0 && trig > a && lexicon.beForms.contains(tokens.lower(trig - 1));
                m.hostParty = grp.get(passive ? 1 : 0);
                m.guestParty = grp.get(passive ? 0 : 1);
                m.hostCountry = m.hostParty.country();
                m.guestCountry = m.guestParty.country();
                Gazetteer.CountryInfo host = m.hostCountry == null ? null : gazetteer.country(m.hostCountry);
                if (venue == null && host != null && host.capital() != null && !host.capital().isEmpty() && venueResolver.seatOfGovernment(a, b)) {
                    m.seatOfGovernmentCity = host.capital(); // a default, when no other place is known (MeetingDefaults)
                }
            }
            int visitor = kind == Kind.IN_PERSON && grp.size() == 2 && m.hostCountry == null ? visitingParty(grp, ments, a) : -1;
            if (visitor >= 0) {
                // "In talks with visiting Thai Prime Minister X, Y pledged ...": the one not visiting is the host
                m.hostParty = grp.get(1 - visitor);
                m.guestParty = grp.get(visitor);
                m.hostCountry = m.hostParty.country();
                m.guestCountry = m.guestParty.country();
            }
            m.negotiation = negotiate;
            m.event = doc.hasAny(Math.max(a, trig - 10), trig, "take part", "takes part", "taking part", "attend", "participate");
            m.sidelines = doc.sentenceHas(a, b, lexicon.sidelinesNouns);
            // "The meeting came days after X held talks with Y": a clause cut at "after"/"before" dates another meeting
            m.background = background || a > sentences.get(si).start() && lexicon.datingSubordinators.contains(tokens.lower(a));
            if (background && m.date == null && prevClause != null && prevClause.date != null && !prevClause.vague) {
                // "on Thursday, a day after meeting Z": counted back (or on, for "before") from the main meeting's day
                int days = daysBefore(a);
                if (days > 0) m.date = tokens.is(a, "before") ? prevClause.date.plusDays(days) : prevClause.date.minusDays(days);
            }
            m.triggerCue = triggerCue;
            m.talkVerb = trigger != null && trigger.verbal() && lexicon.talkVerbs.contains(tokens.lower(trig));
            // "then met on their own", "a one-on-one meeting": apart from the larger meeting around it
            m.separate = groups.size() > 1 && doc.sentenceHas(a, b, lexicon.separateCues)
                    || grp.size() == 2 && doc.hasAny(a, b, lexicon.apartPhrases);
            m.partiesFromContext = fromContext;
            m.otherTimeOfDay = doc.hasAny(a, b, lexicon.otherTimePhrases) || pairJoined;
            // "X met Y on Tuesday. Earlier in the day, Y met Z": the day is the one just told, not the story's (not that of
            // a meeting told as background: "The meeting came two days after X met W")
            MeetingDraft told = null;
            for (int k = discourse.meetings.size() - 1; m.otherTimeOfDay && k >= 0 && told == null; k--) {
                MeetingDraft o = discourse.meetings.get(k);
                if (!o.historical && !o.background) told = o;
            }
            if (told != null && told.date != null && !told.vague && !namesADay(a, b)) m.date = told.date;
            m.sentences.add(si);
            MeetingDraft added = discourse.merger.add(m);
            if (segments != null && segments.get(gi) == a && gi == 0) openingMeeting = added;
            else if (segments != null && openingMeeting != null) dateFromMain(openingMeeting, added, a, trig);
            last = added;
        }
        if (last != null) {
            for (List<Party> grp : groups) for (Party p : grp) if (p.person != null) discourse.meetCount.merge(p.person, 1, Integer::sum);
            // the protagonist: the person in most meetings so far (ties: the host of the latest)
            Party h = last.parties.get(0);
            for (List<Party> grp : groups) {
                for (Party p : grp) {
                    if (p.person == null) continue;
                    int n = discourse.meetCount.get(p.person);
                    if (n > discourse.focusCount || n == discourse.focusCount && p.person == h.person) {
                        discourse.focus = p.person;
                        discourse.focusCount = n;
                    }
                }
            }
            if (h.person != null && discourse.meetCount.getOrDefault(h.person, 0) == discourse.focusCount) discourse.focus = h.person;
        }
        return last;
    }


    /**
     * "A few hours after speaking to X, Y met Z on Tuesday", "Two days after meeting X, ...": the opening phrase's
     * meeting, with no day of its own, is counted back from the main clause's day (same day for "hours"); a phrase
     * with no such measure leaves it undated.
     */
    private void dateFromMain(MeetingDraft opening, MeetingDraft main, int a, int trig) {
        if (opening == null || main == null || opening == main || opening.date != null || main.date == null || main.vague) return;
        for (int k = a + 1; k < trig; k++) {
            if (!lexicon.timeSubordinators.contains(tokens.lower(k))) continue;
            boolean hours = tokens.is(k - 1, "hours") || tokens.is(k - 1, "hour");
            int days = daysBefore(k);
            if (!hours && days == 0) return;
            opening.date = countedFrom(main.date, k, days);
            return;
        }
    }

    /**
     * The day of a clause cut at "before"/"after" that follows a measure ("a day before", "two days after"), counted
     * from the dated clause before it in the sentence; else null.
     */
    private LocalDate countedFromPrevious(int a, MeetingDraft prev) {
        if (prev == null || prev.date == null || prev.vague || a < 2 || !(tokens.is(a, "before") || tokens.is(a, "after"))) return null;
        int days = daysBefore(a);
        if (days == 0) return null;
        return countedFrom(prev.date, a, days);
    }

    /**
     * "X met Y on Monday. The talks came two days after X met Z": a sentence opening with a meeting noun (after "the"
     * or a possessive) and a measure in days before the "after"/"before" that precedes the trigger tells the trigger's
     * meeting's day, counted from the last meeting read before the sentence; else null. (A measure in weeks or
     * months is too loose for a day: "roughly two weeks after".)
     */
    private LocalDate countedFromReferredMeeting(int sentenceStart, int trig) {
        if (discourse.meetings.isEmpty() || !lexicon.nounTriggers.contains(tokens.lower(sentenceStart + 1))
                || !(tokens.is(sentenceStart, "the") || tokens.is(sentenceStart + 1, "'s"))) {
            return null;
        }
        MeetingDraft referred = lastForeground();
        if (referred.date == null || referred.vague) return null;
        for (int k = sentenceStart + 2; k < trig && k <= sentenceStart + REFERRED_MEASURE_REACH; k++) {
            if (!(tokens.is(k, "after") || tokens.is(k, "before"))) continue;
            int days = daysBefore(k);
            return days == 0 ? null : countedFrom(referred.date, k, days);
        }
        return null;
    }

    /** How many words after the sentence's start its "after"/"before" may stand ("The talks took place just two days after"). */
    private static final int REFERRED_MEASURE_REACH = 9;

    /**
     * The [time-subordinator] between the clause's first mention and its trigger that a mention follows before the
     * trigger, when no trigger comes before it ("X's visit comes a week after Y held talks with Z"), else -1.
     */
    private int subordinateSubjectBefore(int a, int trig, List<Mention> ments) {
        for (int k = a + 1; k < trig; k++) {
            if (!lexicon.timeSubordinators.contains(tokens.lower(k))) continue;
            boolean before = false, subject = false;
            for (Mention m : ments) {
                before |= m.start < k;
                subject |= m.start > k && m.start < trig;
            }
            return before && subject && triggers.findTrigger(a, k) == null ? k : -1;
        }
        return -1;
    }

    /** "hosted talks", "mediated a meeting": a verb of [host-between-verb] as the trigger or up to three words before it. */
    private boolean hostedNoun(int a, int trig) {
        for (int k = Math.max(a, trig - 3); k <= trig; k++) if (lexicon.hostBetweenVerbs.contains(tokens.lower(k))) return true;
        return false;
    }

    /** Whether the clause names a weekday or a month (its own day, whatever "that day" says). */
    private boolean namesADay(int a, int b) {
        for (int k = a; k < b; k++) if (Dates.WEEKDAYS.containsKey(tokens.lower(k)) || Dates.month(tokens.tok[k]) > 0) return true;
        return false;
    }

    /** The day {@code days} after {@code base} when token k is "before" ("X met Y, a day before Z"), else before it. */
    private LocalDate countedFrom(LocalDate base, int k, int days) {
        return tokens.is(k, "before") ? base.plusDays(days) : base.minusDays(days);
    }

    /** N of "N days" right before token a ("a day after", "two days before", "3 days after"), else 0. */
    private int daysBefore(int a) {
        if (!(tokens.is(a - 1, "day") || tokens.is(a - 1, "days"))) return 0;
        String n = tokens.lower(a - 2);
        if (n.equals("a") || n.equals("one")) return 1;
        if (n.equals("two")) return 2;
        if (n.equals("three")) return 3;
        int v = Dates.number(n);
        return v > 0 && v <= 31 ? v : 0;
    }

    /** The last meeting read that is not background to another ("a day after meeting Z"): what "the two" refers to. */
    private static int namedPeople(MeetingDraft m) {
        int n = 0;
        for (Party p : m.parties) if (p.person != null) n++;
        return n;
    }

    /** "took part in the talks", "attended the meeting", "were present at the talks": those named attended a meeting told before. */
    private boolean attendedTheMeeting(int trig) {
        if (trig < 3 || !tokens.is(trig - 1, "the")) return false;
        String w1 = tokens.lower(trig - 2), w2 = tokens.lower(trig - 3);
        return w1.equals("attended") || w1.equals("in") && (w2.equals("part") || w2.equals("participated"))
                || w1.equals("at") && w2.equals("present");
    }

    /** "joined the talks", "joins the meeting": the meeting noun at {@code trig} is one someone came into. */
    private boolean joinedTheMeeting(int trig) {
        if (trig < 2 || !tokens.is(trig - 1, "the")) return false;
        String verb = tokens.lower(trig - 2);
        return verb.equals("joined") || verb.equals("joins") || verb.equals("join");
    }

    private MeetingDraft lastForeground() {
        for (int k = discourse.meetings.size() - 1; k >= 0; k--) if (!discourse.meetings.get(k).background) return discourse.meetings.get(k);
        return discourse.meetings.get(discourse.meetings.size() - 1);
    }

    /**
     * The comma closing the relative clause opened at {@code start} ({@link #relativeStart}) that holds the trigger,
     * a verb ("X, who met Y in May, spoke with ..."), when the second trigger comes after it; else -1.
     */
    private int relativeClauseEnd(int start, int trig, int second) {
        // a meeting the relative clause reports ("who met", "who held talks"), not one it wishes for ("who had sought a meeting")
        Trigger own = triggers.findTrigger(start, second);
        if (own == null || own.token() != trig || !(triggers.isVerbTrigger(trig, tokens.lower(trig), second)
                || lexicon.holdingVerbs.contains(tokens.lower(trig - 1)) || lexicon.holdingVerbs.contains(tokens.lower(trig - 2)))) {
            return -1; // ("held talks", "held a meeting"; not "had sought a meeting")
        }
        for (int k = trig + 1; k < second; k++) {
            if (tokens.is(k, ";")) return -1;
            if (tokens.is(k, ",")) {
                // "... talks with Salman Bashir, her Pakistani counterpart, ...": an appositive's comma, not the end
                boolean appositive = k + 1 < second && (lexicon.determiners.contains(tokens.lower(k + 1)) || inName[k + 1] || inTitle[k + 1]);
                return appositive ? -1 : k;
            }
        }
        return -1;
    }

    /** The relative pronoun opening the clause that holds the trigger, right after a comma after a name; else -1. */
    private int relativeStart(int a, int trig) {
        for (int k = trig - 1; k > a + 1; k--) {
            if (tokens.is(k, ",") || tokens.is(k, ";")) return -1;
            if (lexicon.personRelatives.contains(tokens.lower(k)) && tokens.is(k - 1, ",") && afterName(a, k - 2)) {
                for (int j = a; j < k - 1; j++) if (tokens.is(j, ",") || tokens.is(j, ";")) return -1;
                return k;
            }
        }
        return -1;
    }

    /** Token j ends a name, or a name's "of Norway" / "of the United States". */
    private boolean afterName(int a, int j) {
        int k = j;
        while (k > a && !inName[k] && (tokens.is(k, "of") || tokens.is(k, "the") || doc.inGaz(k))) k--;
        return inName[k] && (k == j || tokens.is(k + 1, "of"));
    }

    /** "has not been ruled out", "did not rule out", "cannot rule out", "is not ruling out": a possibility left open. */
    private boolean notRuledOut(int a, int b) {
        for (int k = a; k + 1 < b; k++) {
            if (!(tokens.is(k, "ruled") || tokens.is(k, "rule") || tokens.is(k, "rules") || tokens.is(k, "ruling")) || !tokens.is(k + 1, "out")) continue;
            for (int j = Math.max(a, k - 3); j < k; j++) {
                String low = tokens.lower(j);
                if (low.equals("not") || low.endsWith("n't") || low.equals("never") || low.equals("cannot")) return true;
            }
        }
        return false;
    }

    /**
     * "Talks between the United States, Canada and Mexico on revising the pact have proven complicated", "Talks between
     * Serbia and Kosovo have stalled": talks as the subject of a state ([process-state] after the trigger), with no
     * day of their own, are a negotiation going on, not a meeting.
     */
    private boolean talksAsProcess(int a, int b, int trig, Trigger trigger) {
        if (trigger == null || trigger.verbal() || !tokens.lower(trig).endsWith("s")) return false;
        int s0 = tokens.is(a, "the") ? a + 1 : a;
        if (trig != s0) return false;
        if (!doc.sentenceHas(trig + 1, b, lexicon.processStates)) return false;
        return dateResolver.nearestDate(a, b, trig, Status.HELD) == null;
    }

    /**
     * "... told Y during their talks that the two would meet again in Moscow", "... said while they met that he intends
     * to see Y again": a meeting "again" (up to five words after the trigger) is another than the one the sentence
     * reports, so the reported clause ("that ...") is cut off as its own.
     */
    private boolean repeatAfter(int k, int b) {
        for (int i = k + 1; i < b; i++) {
            String low = tokens.lower(i);
            if ((triggers.isVerbTrigger(i, low, b) || triggers.isNounTrigger(i, low)) && repeatMeeting(i, b)) return true;
        }
        return false;
    }

    /** "again" up to five words after the trigger at {@code second}, before a comma: a meeting repeated. */
    private boolean repeatMeeting(int second, int b) {
        for (int k = second + 1; k < b && k <= second + 5; k++) {
            if (tokens.is(k, "again")) return true;
            if (tokens.is(k, ",") || tokens.is(k, ";")) return false;
        }
        return false;
    }

    /**
     * "Modi and visiting Bhutanese Prime Minister Tobgay agreed to expand cooperation", "X and his visiting counterpart
     * Y signed": a host and a visitor as one subject were together, whatever they did.
     */
    private boolean visitingPair(int a, int b) {
        for (int k = a + 1; k + 1 < b; k++) {
            if (!tokens.is(k, "and") || !(inName[k - 1] || gazEntries[k - 1] != null)) continue;
            int v = tokens.is(k + 1, "his") || tokens.is(k + 1, "her") ? k + 2 : k + 1;
            if (tokens.is(v, "visiting")) return true;
        }
        return false;
    }

    /** A [weak-verb] in {@code [a, b)} outside the phrases of [not-weak-phrases] ("took place", "took office"). */
    private boolean weakVerbIn(int a, int b) {
        for (int k = a; k < b; k++) {
            if (!furniture[k] && lexicon.weakVerbs.contains(tokens.lower(k)) && !Lexicon.phraseAt(tokens, k, lexicon.notWeakPhrases)) return true;
        }
        return false;
    }

    /** A word that opens a second clause before a second trigger: "after", "before", "which", ", and" ... */
    /**
     * "X first hosted Y and Z for three-way talks; the two then met on their own": a semicolon after the first trigger
     * with a verb trigger after it closes one clause and opens another; -1 when there is none.
     */
    private int semicolonBeforeTrigger(int trig, int b) {
        for (int k = trig + 1; k < b; k++) {
            if (!tokens.is(k, ";")) continue;
            for (int j = k + 1; j < b; j++) if (triggers.isVerbTrigger(j, tokens.lower(j), b)) return k;
            return -1;
        }
        return -1;
    }

    private boolean cutWord(int k) {
        return lexicon.clauseCuts.contains(tokens.lower(k)) || tokens.is(k, "and") && (tokens.is(k - 1, ",") || groupSubjectAfter(k + 1))
                || whileCut(k);
    }

    /** "A and B met in Beijing, while their deputies held separate talks": ", while" (", whereas") opens a clause. */
    private boolean whileCut(int k) {
        return lexicon.contrastCuts.contains(tokens.lower(k)) && tokens.is(k - 1, ",");
    }

    /** "... and they agreed to meet again", "... and the two (leaders) will meet again": a subject for the pair opens a clause at k. */
    private boolean groupSubjectAfter(int k) {
        return tokens.is(k, "they") || tokens.is(k, "the") && tokens.is(k + 1, "two");
    }

    /**
     * The comma that ends a phrase opening the sentence with the trigger ("After speaking with X by phone,", "Speaking
     * with X,", "Ahead of his meeting with X,") when a named subject follows it before the second trigger; else -1.
     */
    private int openingPhraseEnd(int a, int trig, int second, List<Mention> ments) {
        boolean participle = tokens.lower(trig).endsWith("ing") && !lexicon.determiners.contains(tokens.lower(trig - 1)); // not "his meeting"
        if (!(participle && triggers.openingParticiple(a, trig) || triggers.openingTimePhrase(a, trig))) return -1;
        int comma = -1;
        for (int k = trig + 1; k < second && comma < 0; k++) if (tokens.is(k, ",")) comma = k;
        if (comma < 0) return -1;
        // a meeting noun's phrase names its partner ("after talks with X,"; not "After the meeting,")
        boolean partner = participle;
        for (Mention m : ments) partner |= m.start > trig && m.start < comma;
        if (!partner) return -1;
        for (Mention m : ments) {
            if (m.start <= comma) continue;
            if (m.start >= second) return -1;
            for (int k = comma + 1; k < m.start; k++) {
                if (!(inTitle[k] || gazEntries[k] != null || tokens.is(k, "the") || gazetteer.titleWords.contains(tokens.lower(k)))) return -1;
            }
            return comma;
        }
        return -1;
    }

    /** How far the comma of "At their meeting in Athens on Monday," may stand from the sentence's start. */
    static final int OWN_OPENING_REACH = 12;

    /**
     * "At their meeting in Athens on Monday, A and B agreed ...", "During their talks, A and B ...": a preposition,
     * "their", a meeting noun, no one named before the comma, and two or more people named right after it. The comma,
     * else -1.
     */
    private int theirMeetingOpens(int a, int b, List<Mention> ments) {
        while (a < b && furniture[a]) a++;
        if (!(tokens.is(a, "at") || tokens.is(a, "during") || tokens.is(a, "in")) || !tokens.is(a + 1, "their")) return -1;
        int noun = a + 2;
        while (noun < b && noun <= a + 4 && !triggers.isNounTrigger(noun, tokens.lower(noun))) noun++;
        if (noun >= b || !triggers.isNounTrigger(noun, tokens.lower(noun))) return -1;
        int comma = -1;
        for (int k = noun + 1; k < b && k <= a + OWN_OPENING_REACH && comma < 0; k++) if (tokens.is(k, ",")) comma = k;
        if (comma < 0) return -1;
        // the subject list: names, titles, places and "and" right after the comma
        int end = comma + 1;
        while (end < b && (inName[end] || inTitle[end] || gazEntries[end] != null || tokens.is(end, "and") || tokens.is(end, ",")
                || tokens.is(end, "the") || tokens.is(end, "of"))) {
            end++;
        }
        int people = 0;
        for (Mention m : ments) {
            if (m.start < comma) return -1;
            if (m.party.person != null && m.start < end) people++;
        }
        return people >= 2 ? comma : -1;
    }

    /** "the two leaders", "the three ministers": "the", the count, a word of [counted-group] in {@code [from, to)}. */
    private boolean countedGroup(int from, int to, String count) {
        for (int k = from; k + 2 < to; k++) {
            if (tokens.is(k, "the") && tokens.is(k + 1, count) && lexicon.countedGroups.contains(tokens.lower(k + 2))) return true;
        }
        return false;
    }

    /** How far before "since" its "first" may stand ("the first meeting between the two leaders since"). */
    private static final int FIRST_SINCE_REACH = 6;

    /** "the first meeting between the two since a dispute": a meeting told as the first since something is this one. */
    private boolean firstSince(int a, int b) {
        for (int k = a; k < b; k++) {
            if (!tokens.is(k, "since")) continue;
            for (int q = Math.max(a, k - FIRST_SINCE_REACH); q < k; q++) if (tokens.is(q, "first")) return true;
        }
        return false;
    }

    /** How many people the sentence before may name for a group subject to stand for them. */
    private static final int MAX_GROUP_FROM_SENTENCE = 4;

    /** "The leaders met", "The two ministers held talks", "They met", "Both leaders met": a group opens the clause before its trigger. */
    private boolean groupSubjectOpens(int a, int trig) {
        int s0 = tokens.is(a, "and") ? a + 1 : a;
        if (trig <= s0 || trig - s0 > 4) return false;
        if (tokens.is(s0, "they")) return true;
        int g = tokens.is(s0, "the") || tokens.is(s0, "both") ? s0 + 1 : -1;
        if (g > 0 && (tokens.is(g, "two") || tokens.is(g, "three") || tokens.is(g, "four"))) g++;
        return g > 0 && g < trig && lexicon.countedGroups.contains(tokens.lower(g));
    }

    /**
     * "During the talks,", "In the meeting,", "At the summit,": the clause opens with a preposition, "the" and its
     * meeting noun, then a comma, after a meeting was told and with fewer than two people named that are not in the
     * last one.
     */
    private boolean openingReference(int a, int trig, Trigger trigger, List<Mention> ments) {
        if (trigger == null || trigger.verbal() || discourse.meetings.isEmpty() || trig != a + 2 || !tokens.is(a + 1, "the")
                || !lexicon.referencePrepositions.contains(tokens.lower(a)) || !tokens.is(trig + 1, ",")) {
            return false;
        }
        MeetingDraft lastM = discourse.meetings.get(discourse.meetings.size() - 1);
        int newPeople = 0;
        for (Mention m : ments) {
            boolean in = false;
            for (Party p : lastM.parties) in |= m.party.person != null && p.person == m.party.person;
            if (m.party.person != null && !in) newPeople++;
        }
        return newPeople < 2;
    }

    /**
     * The comma closing a relative clause opened at {@code start} that holds the trigger after an [open-offer] word
     * ("who offered to host the talks,"), when a trigger comes after it in {@code [.., b)}; else -1.
     */
    private int relativeOfferEnd(int start, int trig, int b) {
        boolean offer = false;
        for (int k = start; k < trig; k++) offer |= lexicon.openOffers.contains(tokens.lower(k));
        if (!offer) return -1;
        for (int k = trig + 1; k < b; k++) if (tokens.is(k, ",")) return triggers.findTrigger(k + 1, b) != null ? k : -1;
        return -1;
    }

    /** How many words "visiting" may stand before the name it introduces ("visiting Thai Prime Minister X"). */
    static final int VISITING_REACH = 6;

    /** The index in a pair of the one introduced as "visiting" ("talks with visiting Thai Prime Minister X"), or -1. */
    private int visitingParty(List<Party> pair, List<Mention> ments, int a) {
        for (int i = 0; i < 2; i++) {
            Person p = pair.get(i).person;
            if (p == null) continue;
            for (Mention mm : ments) {
                if (mm.party.person != p) continue;
                for (int k = Math.max(a, mm.start - VISITING_REACH); k < mm.start; k++) {
                    if (tokens.is(k, "visiting") && (tokens.capitalized(k + 1) || inTitle[k + 1])) return i;
                }
            }
        }
        return -1;
    }

    /** How many words a [told-verb] may stand before the name of the one told ("told Russian President Vladimir Putin"). */
    static final int TOLD_REACH = 5;

    /**
     * For a definite meeting noun opening its clause ("In the phone call", "During the talks"): the one who told and the
     * one told ([told-verb]) in the sentence before, when that sentence told no meeting; else null.
     */
    private List<Mention> toldPairBefore(int si, int a, int trig, Trigger trigger) {
        if (trigger == null || trigger.verbal() || si == 0 || trig - a > 4 || !doc.hasAny(Math.max(a, trig - 3), trig, "the")) return null;
        for (MeetingDraft m : discourse.meetings) if (m.sentences.contains(si - 1)) return null;
        Person teller = null;
        int tellerEnd = -1;
        for (Mention m : priorSentenceMentions) {
            if (m.party.person == null) continue;
            if (teller != null && m.party.person != teller) {
                for (int t = tellerEnd; t < m.start; t++) {
                    if (lexicon.toldVerbs.contains(tokens.lower(t)) && m.start - t <= TOLD_REACH) {
                        return List.of(new Mention(a, a + 1, Party.of(teller)), new Mention(a, a + 1, m.party));
                    }
                }
            }
            teller = m.party.person;
            tellerEnd = m.end;
        }
        return null;
    }

    /** Whether every mention starts after the token. */
    private static boolean allAfter(List<Mention> ments, int token) {
        for (Mention m : ments) if (m.start <= token) return false;
        return true;
    }

    /** Whether every mention names a person of the meeting. */
    private static boolean allAmong(List<Mention> ments, MeetingDraft meeting) {
        for (Mention m : ments) {
            boolean in = false;
            for (Party p : meeting.parties) in |= m.party.person != null && p.person == m.party.person;
            if (!in) return false;
        }
        return true;
    }

    /**
     * "X received a call from Y. X also spoke to Z later in the day": a talk verb with "also" and no medium of its
     * own, whose subject's last meeting was a call, is another call; else null.
     */
    private Kind alsoSpokeAfterCall(int a, int trig, List<Mention> allMents) {
        if (trig < 0 || discourse.meetings.isEmpty() || !lexicon.talkVerbs.contains(tokens.lower(trig))
                || !doc.hasAny(Math.max(a, trig - 3), trig, "also")) {
            return null;
        }
        MeetingDraft lastM = discourse.meetings.get(discourse.meetings.size() - 1);
        if (lastM.kind != Kind.CALL || !lastM.kindExplicit) return null;
        for (Mention m : allMents) {
            if (m.start >= trig || m.party.person == null) continue;
            for (Party p : lastM.parties) if (p.person == m.party.person) return Kind.CALL;
        }
        // "He also spoke to Z": the pronoun's person is the last meeting's
        return doc.hasAny(Math.max(a, trig - 3), trig, "he", "she") ? Kind.CALL : null;
    }

    /** How many words "since" may stand before the meeting noun it names ("since a tense 90-minute phone call"). */
    static final int SINCE_REACH = 6;
    /** How far before "since" its "they" may stand ("It was the first time they had met since"). */
    static final int SINCE_SUBJECT_REACH = 12;

    /**
     * "It was the first time they had come face to face since a tense phone call in September": a meeting noun after
     * "since" (lower-case words between), with "they" or "the two" before it in the clause, is the same people's
     * earlier meeting.
     */
    private boolean theySince(int a, int trig) {
        int since = -1;
        for (int k = trig - 1; k >= a && k >= trig - SINCE_REACH; k--) {
            if (tokens.is(k, "since")) {
                since = k;
                break;
            }
            if (tokens.isWord(k) && tokens.capitalized(k) || inName[k] || tokens.is(k, ",")) return false;
        }
        if (since < 0 || triggers.isVerbTrigger(trig, tokens.lower(trig), trig + 1)) return false;
        // (the sentence may have been cut at "since": "they had met | since a phone call")
        for (int k = since - 1; k >= 0 && k >= since - SINCE_SUBJECT_REACH && !tokens.is(k, "."); k--) {
            if (tokens.is(k, "they") || tokens.is(k, "two") && tokens.is(k - 1, "the")) return true;
        }
        return false;
    }

    /** How far ", while" may stand before a later trigger, over the subject's title and name. */
    private static final int WHILE_REACH = 9;

    /** How long an opening phrase before "they" may be ("On Tuesday,", "Earlier this month,"). */
    private static final int OPENER_REACH = 5;

    /** "They agreed to meet again", "(comes) after they first met": "they" opening the clause, within four words of the trigger. */
    private boolean theyOpens(int a, int trig) {
        if (tokens.is(a, "and")) a++; // a clause cut at "and they"
        int s0 = lexicon.timeSubordinators.contains(tokens.lower(a)) ? a + 1 : a;
        // "On Tuesday, they spoke by phone", "Later, they met": a short opening phrase and its comma first
        for (int k = a + 1; k < trig && k <= a + OPENER_REACH && !tokens.is(s0, "they"); k++) {
            if (tokens.is(k, ",") && tokens.is(k + 1, "they")) s0 = k + 1;
            if (inName[k]) break;
        }
        return tokens.is(s0, "they") && trig - s0 <= 4 && trig > s0;
    }

    /** "the pair later met", "the two ministers then met", "both met": a pair as the clause's subject, right before the trigger. */
    private boolean pairSubject(int a, int trig) {
        int from = Math.max(a, trig - 4);
        return doc.hasAny(from, trig, "the pair", "the two", "both") || countedGroup(from, trig, "two") || theTwoSubject(a, trig);
    }

    /** How far before the trigger a group subject may stand ("The two leaders are expected to meet"). */
    static final int GROUP_SUBJECT_REACH = 7;

    /** "The two had previously met", "The two will meet again": "the two" opening the clause as the trigger's subject. */
    private boolean theTwoSubject(int a, int trig) {
        if (tokens.is(a, "and")) a++; // a clause cut at "and the two"
        if (!(tokens.is(a, "the") && tokens.is(a + 1, "two")) || trig - a > GROUP_SUBJECT_REACH || trig <= a + 1) return false;
        for (int k = a + 2; k < trig; k++) {
            // "had previously", "first" ([status-adverb])
            if (!(lexicon.auxiliaries.contains(tokens.lower(k)) || lexicon.statusAdverbs.contains(tokens.lower(k)) || tokens.lower(k).endsWith("ly"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "X met Y on Monday and spoke by phone with Z", "X called on Y and is scheduled to meet Z", "X met Y and held
     * talks with Z": "and" at k, then
     * within {@link #SHARED_SUBJECT_REACH} words a second verb trigger with no subject of its own and a person after
     * it: a second meeting of the first clause's subject.
     */
    private boolean sharedSubjectVerb(int k, int second, int b, List<Mention> allMents) {
        if (!tokens.is(k, "and") || second - k > SHARED_SUBJECT_REACH && !(second - k <= SHARED_TRIP_REACH && tripBetween(k, second))) return false;
        // "... and held talks with Z", "and had a phone call with Z": a meeting noun after a holding verb is as a verb
        if (!triggers.isVerbTrigger(second, tokens.lower(second), b) && !(triggers.isNounTrigger(second, tokens.lower(second)) && heldAfter(k, second))) return false;
        for (int q = k + 1; q < second; q++) if (inName[q] || inTitle[q] || !tokens.isWord(q)) return false;
        for (Mention m : allMents) if (m.start > second && m.party.person != null) return true;
        return false;
    }

    /** A [holding-verb] in {@code (k, noun)}, right after "and" or "and also"/"and later" ("and later held talks"). */
    private boolean heldAfter(int k, int noun) {
        for (int q = k + 1; q < noun && q <= k + 3; q++) if (lexicon.holdingVerbs.contains(tokens.lower(q))) return true;
        return false;
    }

    /**
     * "X will meet Y in Jeddah and then travel to Cairo, where he will meet Z": ", where" at k opens a place's relative
     * clause with a meeting of a person the first clause (a meeting verb's) does not name; not "received Y in Caracas,
     * where the two leaders will hold talks" (the same meeting), nor after a meeting noun ("the call came days after
     * his visit to Kyiv, where he met Z": the trip's meeting is background to the call).
     */
    private boolean whereOtherMeeting(int k, int trig, int second, List<Mention> allMents) {
        if (!tokens.is(k, "where") || !tokens.is(k - 1, ",") || !triggers.isVerbTrigger(trig, tokens.lower(trig), second)) return false;
        Set<Person> first = new LinkedHashSet<>();
        for (Mention m : allMents) if (m.start < k && m.party.person != null) first.add(m.party.person);
        for (Mention m : allMents) if (m.start > second && m.party.person != null && !m.excluded && !first.contains(m.party.person)) return true;
        return false;
    }

    /** How far after "and" a second verb trigger shares the first clause's subject ("and is also scheduled to meet"). */
    private static final int SHARED_SUBJECT_REACH = 5;
    /** ... when a trip leads to it ("and is set to travel to Erbil on Wednesday to meet"). */
    private static final int SHARED_TRIP_REACH = 12;

    /** One of [itinerary-phrases] in {@code (k, second)}: a trip whose purpose is the meeting after it. */
    private boolean tripBetween(int k, int second) {
        for (int q = k + 1; q < second; q++) if (Lexicon.phraseAt(tokens, q, lexicon.itinerary)) return true;
        return false;
    }

    private boolean timeLinked(int a, int trig) {
        if (!lexicon.timeSubordinators.contains(tokens.lower(a))) return false;
        if (trig - a > 3) return onwardTrip(a, trig);
        return tokens.lower(trig).endsWith("ing") || linked(trig);
    }

    /** How far "before heading to Riga to meet" reaches from its subordinator to the meeting verb. */
    static final int ONWARD_TRIP_REACH = 7;

    /** "... before heading to Riga to meet X", "after flying on to Doha to hold talks with Y": a trip on to the meeting. */
    private boolean onwardTrip(int a, int trig) {
        if (trig - a > ONWARD_TRIP_REACH || !tokens.is(trig - 1, "to")) return false;
        for (int k = a + 1; k < trig - 1; k++) {
            if (tokens.lower(k).endsWith("ing") && (lexicon.travelToCountry.contains(tokens.lower(k)) || tokens.lower(k).startsWith("travel"))) return true;
        }
        return false;
    }

    boolean linked(int trig) {
        for (int k = trig + 1; k < tokens.n && k <= trig + 12; k++) {
            if (tokens.is(k, "with") || tokens.is(k, "by") || tokens.is(k, "to") || tokens.is(k, "on") || tokens.is(k, "between")) return true;
            if (inName[k] || inTitle[k]) break;
        }
        return false;
    }

    boolean mentionsAny(List<Mention> ms, MeetingDraft m) {
        for (Mention x : ms) for (Party p : m.parties) if (x.party.person != null && x.party.person == p.person) return true;
        return false;
    }

    /** "Present were X, Y and Z": the delegation of the last meeting. */
    void presentList(int si, int a, int b, List<Mention> ms) {
        if (discourse.meetings.isEmpty() || !(doc.hasAny(a, a + 3, "present were") || doc.hasAny(a, b, "were present")
                || doc.hasAny(a, a + 4, "the delegation included"))) {
            return;
        }
        MeetingDraft m = discourse.meetings.get(discourse.meetings.size() - 1);
        List<Party> add = new ArrayList<>();
        for (Mention x : ms) if (x.party.person != null && !x.excluded) add.add(x.party);
        if (add.isEmpty()) return;
        MeetingDraft n = new MeetingDraft();
        n.parties.addAll(add);
        n.kind = m.kind;
        n.status = m.status;
        discourse.merger.merge(m, n);
        m.sentences.add(si);
    }


    /**
     * Whether the pending kind is this clause's meeting's: a series' kind, or the call of one person told without a
     * partner when that person meets in the next sentence ("She has yet to meet X, although the two have spoken by
     * phone" says nothing of the kind of another's talks after it).
     */
    private boolean pendingKindApplies(int si, List<List<Party>> groups) {
        Person p = discourse.pendingKindPerson;
        if (p == null) return true;
        if (si > discourse.pendingKindSentence + 1) return false;
        for (List<Party> g : groups) for (Party q : g) if (q.person == p) return true;
        return false;
    }

    void pendingKindFrom(int a, int b) {
        Kind k = kindResolver.kind(a, b);
        if (k != null && doc.hasAny(a, b, "series", "calls", "conversations")) {
            discourse.pendingKindPerson = null;
            discourse.pendingKind = k;
            discourse.pendingDate = dateResolver.nearestDate(a, b, a, Status.HELD);
        }
    }

    /**
     * "X held the following meetings in Brussels:": a clause with one side that ends its sentence with a colon opens a
     * list of the meetings it held; its kind, status, day and place are each item's.
     */
    private void listIntro(int si, int a, int b, int trig, Party only, Kind kind, Status status) {
        Sentence s = sentences.get(si);
        if (only.person == null || s.end() - 1 < a || !tokens.is(s.end() - 1, ":") || b < s.end() - 1) return;
        MeetingDraft intro = new MeetingDraft();
        intro.parties.add(only);
        intro.kind = kind;
        intro.status = status;
        DateMention de = dateResolver.nearestDate(a, b, trig, status);
        if (de != null) {
            intro.date = de.date();
            intro.vague = de.vague();
        }
        Venue venue = kind == Kind.IN_PERSON ? venueResolver.venue(a, b, trig) : null;
        if (venue != null) {
            intro.city = venue.city();
            intro.country = venue.country();
            intro.ownCity = venue.city() != null;
        }
        intro.triggerCue = "trigger:" + tokens.lower(trig);
        intro.sentences.add(si);
        discourse.listIntro = intro;
        discourse.listIntroSentence = si;
    }

    /**
     * A list item right after a list intro (or after another item) that names people and no trigger ("- with Y;",
     * "• Y, Minister of Z"): the meeting of the intro's side with them.
     */
    private boolean listItem(int si, int a, int b, List<Mention> ments) {
        MeetingDraft intro = discourse.listIntro;
        if (intro == null || discourse.listIntroSentence != si - 1 || a != sentences.get(si).start()) return false;
        List<Party> people = new ArrayList<>();
        for (Mention m : ments) if (!m.excluded && m.party.person != null && m.party.person != intro.parties.get(0).person) people.add(m.party);
        if (people.isEmpty()) return false;
        MeetingDraft m = new MeetingDraft();
        m.parties.add(intro.parties.get(0));
        m.parties.addAll(people);
        m.kind = intro.kind;
        m.status = intro.status;
        m.date = intro.date;
        m.vague = intro.vague;
        m.city = intro.city;
        m.country = intro.country;
        m.ownCity = intro.ownCity;
        m.triggerCue = intro.triggerCue;
        m.sentences.add(si);
        discourse.merger.add(m);
        discourse.listIntroSentence = si;
        return true;
    }

    /**
     * "Modi, Biden to hold talks in Washington", "Lavrov to meet Wang": a headline's subject, then "to" and the meeting
     * verb (or a hold verb before the meeting noun): the headline's way of saying "will".
     */
    private boolean headlineInfinitive(int a, int trig) {
        if (trig - 2 < a) return false; // a subject, "to", the verb
        int to = -1;
        if (tokens.is(trig - 1, "to")) to = trig - 1; // "to meet"
        else if (lexicon.holdVerbs.contains(tokens.lower(trig - 1)) && tokens.is(trig - 2, "to")) to = trig - 2; // "to hold talks"
        else if (trig - 3 >= a && lexicon.holdVerbs.contains(tokens.lower(trig - 2)) && tokens.is(trig - 3, "to")) to = trig - 3; // "to hold a summit"
        if (to - 1 < a) return false;
        int subject = doc.gazStartCovering(to - 1);
        return inName[to - 1] || subject >= a && doc.placeCode(subject, true, true) != null;
    }

    /**
     * The span of {@code [a, b)} that tells the trigger's own status, day and place: a relative clause holding it ("X,
     * who met Y on Thursday, will fly to New York": from "who" to its closing comma; "began a visit on Thursday, during
     * which he will meet Y": from "during"), or an opening time phrase ("After meeting Y on Thursday, X will fly ...":
     * up to its comma); else the whole clause.
     */
    private int[] ownSpan(int a, int b, int trig) {
        for (int k = trig - 1; k > a; k--) {
            if (tokens.is(k, ",")) break;
            boolean relative = tokens.is(k - 1, ",") && (tokens.is(k, "who") || tokens.is(k, "which") || tokens.is(k, "whom")
                    || k + 1 < trig && (tokens.is(k, "during") || tokens.is(k, "in") || tokens.is(k, "at")) && tokens.is(k + 1, "which"));
            // (not when the main clause has a trigger of its own: "X, who had sought a meeting with Y, finally met him")
            if (relative) return triggers.findTrigger(commaAfter(trig, b), b) == null ? new int[] {k, commaAfter(trig, b)} : new int[] {a, b};
        }
        if (trig > a && trig <= a + 2 && lexicon.timeSubordinators.contains(tokens.lower(a))) return new int[] {a, commaAfter(trig, b)};
        return new int[] {a, b};
    }

    /** The first comma after token i before b, else b. */
    private int commaAfter(int i, int b) {
        for (int e = i + 1; e < b; e++) if (tokens.is(e, ",")) return e;
        return b;
    }

    /**
     * Whether the clause's subject is a role with a determiner and no one it names ("The minister met with ...", "The
     * Secretary also held talks with ..."): a role noun right before the verb (an auxiliary or adverb may come between)
     * that no mention covers.
     */
    private boolean unresolvedRoleSubject(int a, int trig) {
        int k = trig - 1;
        while (k > a && (lexicon.auxiliaries.contains(tokens.lower(k)) || lexicon.statusAdverbs.contains(tokens.lower(k)))) k--;
        if (k < a || !gazetteer.roleNouns.contains(tokens.lower(k)) || inName[k]) return false;
        boolean det = false;
        for (int d = k - 1; d >= a && d >= k - 3; d--) det |= lexicon.determiners.contains(tokens.lower(d));
        if (!det) return false;
        for (int d = a; d <= k; d++) if (doc.placeCode(d, true, true) != null) return false; // "the Kenyan minister": a side
        return true;
    }

    /** A [previous-meeting-word] up to three words before the meeting noun at trig ("the last meeting", "Last year's summit"). */
    private boolean previousWordBefore(int a, int trig) {
        for (int k = Math.max(a, trig - 3); k < trig; k++) if (lexicon.previousMeetingWords.contains(tokens.lower(k))) return true;
        return false;
    }

    /** Another meeting of the last meeting's parties and kind (their earlier one, or the next), told by the trigger of sentence si. */
    private MeetingDraft sameParties(MeetingDraft lastM, int si, int trig) {
        MeetingDraft m = new MeetingDraft();
        m.parties.addAll(lastM.parties);
        m.kind = lastM.kind;
        m.triggerCue = "trigger:" + tokens.lower(trig);
        m.partiesFromContext = true;
        m.sentences.add(si);
        return m;
    }

    /** "It took place ...", "It was held ...": "it" opens the sentence right after the last meeting's ([it-meeting-phrases]). */
    private boolean itIsTheLastMeeting(int si, int a) {
        if (discourse.meetings.isEmpty() || !tokens.is(a, "it") || !Lexicon.phraseAt(tokens, a + 1, lexicon.itMeetingPhrases)) return false;
        return discourse.meetings.get(discourse.meetings.size() - 1).sentences.contains(si - 1);
    }

    /**
     * A sentence about an already reported meeting ("The meetings took place on ... in ..."; "It took place ...", trig
     * then being the "it").
     */
    void reference(int si, int a, int b, int trig, Kind kind, boolean kindExplicit, Status status) {
        if (discourse.meetings.isEmpty()) return;
        boolean it = tokens.is(trig, "it");
        boolean plural = !it && (tokens.lower(trig).endsWith("s") && !tokens.is(trig, "talks") || doc.hasAny(a, b, "the meetings"));
        boolean det = it;
        for (int k = Math.max(a, trig - 3); k < trig; k++) det |= lexicon.determiners.contains(tokens.lower(k)) || tokens.is(k, "'s");
        if (!det) return;
        // "The summit in Samarkand ends on Friday": the day an event opens or closes is not its meetings' day
        DateMention de = doc.sentenceHas(trig + 1, b, lexicon.eventSpanVerbs) ? null : dateResolver.nearestDate(a, b, trig, status);
        Venue venue = venueResolver.venue(a, b, trig);
        MeetingDraft lastM = discourse.meetings.get(discourse.meetings.size() - 1);
        if (lexicon.inPersonNouns.contains(tokens.lower(trig))) {
            // "The Budapest summit ... was shelved after the phone call": the last meeting in person, not a call after it
            for (int k = discourse.meetings.size() - 1; k >= 0 && k >= discourse.meetings.size() - RuleExtractor.WINDOW; k--) {
                MeetingDraft o = discourse.meetings.get(k);
                if (o.kind == Kind.IN_PERSON) {
                    lastM = o;
                    break;
                }
            }
            if (lastM.kind != Kind.IN_PERSON) return;
        }
        // (the sentence's subject: "Their previous meeting was ...", "Last year's summit took place ...", not "since the
        // last meeting on 29 April")
        boolean previous = previousWordBefore(a, trig) && trig - a <= 3 && a == sentences.get(si).start();
        if (previous && !it && !plural) {
            // "Their previous meeting was in Johannesburg in August": the same parties' earlier meeting, told as history
            MeetingDraft m = sameParties(lastM, si, trig);
            m.historical = true;
            if (de != null) {
                m.date = de.vague() ? null : de.date();
                m.vague = de.vague();
            }
            if (venue != null && m.kind == Kind.IN_PERSON) {
                m.city = venue.city();
                m.country = venue.country();
            }
            discourse.meetings.add(m);
            return;
        }
        if (status == Status.PLANNED && lastM.status == Status.HELD && de != null && de.date() != null
                && !Objects.equals(de.date(), lastM.date)) {
            // "Their talks are set to resume on Friday": a new, planned meeting of the same parties
            MeetingDraft m = sameParties(lastM, si, trig);
            m.status = Status.PLANNED;
            m.date = de.date();
            // its own place when the clause names one ("will meet again on Friday in Stockholm"), else the last one's
            boolean ownPlace = venue != null && m.kind == Kind.IN_PERSON;
            m.city = ownPlace ? venue.city() : lastM.city;
            m.country = ownPlace ? venue.country() : lastM.country;
            discourse.meetings.add(m);
            return;
        }
        List<MeetingDraft> targets = plural ? discourse.meetings.subList(Math.max(0, discourse.meetings.size() - RuleExtractor.WINDOW), discourse.meetings.size()) : List.of(lastM);
        if (!plural && tokens.is(trig, "talks")) {
            // "X held meetings with A and B. The talks took place in Y": every meeting read from the last one's sentence
            List<MeetingDraft> sameReport = new ArrayList<>();
            for (int k = Math.max(0, discourse.meetings.size() - RuleExtractor.WINDOW); k < discourse.meetings.size(); k++) {
                MeetingDraft o = discourse.meetings.get(k);
                if (o == lastM || !Collections.disjoint(o.sentences, lastM.sentences)) sameReport.add(o);
            }
            targets = sameReport;
        }
        for (MeetingDraft m : targets) {
            if (de != null && de.date() != null && m.date == null && m.vague && m.vagueRangeHas(de.date())) {
                m.date = de.date(); // "... this week." then "The meeting has been set for 26 November."
                m.vague = false;
            }
            if (m.status != Status.HELD && status == Status.HELD) continue;
            if (de != null && de.date() != null && m.date == null && !m.vague) m.date = de.date();
            if (venue != null && m.kind == Kind.IN_PERSON && (m.city == null && venue.city() != null || m.country == null)) {
                m.city = venue.city();
                m.country = venue.country();
            }
            if (kindExplicit && !m.kindExplicit) m.correctKind(kind);
            if (status == Status.CANCELLED || status == Status.DENIED) m.status = status;
            m.sentences.add(si);
        }
    }
}
