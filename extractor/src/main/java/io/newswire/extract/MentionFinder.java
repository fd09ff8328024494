package io.newswire.extract;

import io.newswire.extract.Gazetteer.Entry;
import io.newswire.extract.Gazetteer.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the mentions of participants that are not names: role phrases resolved to an earlier person ("the
 * Russian foreign minister", "his counterpart"), pronouns next to a meeting verb ("he met", "received him"),
 * and sides without a named person ("counterparts from China and India", "talks between Tokyo and
 * Washington", "the Armenian side").
 */
final class MentionFinder {
    private final Document doc;
    private final Tokens tokens;
    private final boolean[] furniture;
    private final boolean[] inTitle;
    private final boolean[] inName;
    private final Person[] personAt;
    private final int[] gazEnd;
    private final List<Entry>[] gazEntries;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final People people;
    private final Triggers triggers;
    private final Discourse discourse;

    MentionFinder(Document doc, People people, Triggers triggers, Discourse discourse) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.furniture = doc.furniture;
        this.inTitle = doc.inTitle;
        this.inName = doc.inName;
        this.personAt = doc.personAt;
        this.gazEnd = doc.gazEnd;
        this.gazEntries = doc.gazEntries;
        this.lexicon = doc.lexicon;
        this.gazetteer = doc.gazetteer;
        this.people = people;
        this.triggers = triggers;
        this.discourse = discourse;
    }

    /** Adds the role, pronoun and unnamed-side mentions of the sentence {@code [a, b)}, then sorts all by position. */
    void find(int a, int b, List<Mention> ments) {
        roleMentions(a, b, ments);
        for (int k = a + 1; k < b; k++) {
            if (!(tokens.is(k, "him") || tokens.is(k, "her") && !(k + 1 < b && tokens.isWord(k + 1) && !triggers.isNounTrigger(k + 1, tokens.lower(k + 1))
                    && !tokens.is(k + 1, "to") && !tokens.is(k + 1, "for")))) {
                continue;
            }
            if (!triggers.isVerbTrigger(k - 1, tokens.lower(k - 1), b)) continue;
            Person host = null;
            for (Mention m : ments) if (m.start < k && m.party.person != null) host = m.party.person;
            Person best = null;
            for (Mention m : ments) {
                if (m.start < k && m.party.person != null && m.party.person != host && !m.party.person.staff) {
                    best = m.party.person;
                    break;
                }
            }
            if (best == null && discourse.focus != host) best = discourse.focus;
            // "X arrived in Moscow on Monday. Putin hosted him for dinner": the last sentence's subject
            if (best == null && discourse.subject != host) best = discourse.subject;
            if (best != null) ments.add(new Mention(k, k + 1, Party.of(best)));
        }
        for (int k = a; k + 1 < b; k++) {
            // "'I met with President X yesterday,' Kishida told reporters": the speaker of the quotation
            if (!tokens.tok[k].equals("I") || !meetingVerbAfter(k, b)) continue;
            Person speaker = quoteSpeaker(k, a, b, ments);
            if (speaker != null) ments.add(new Mention(k, k + 1, Party.of(speaker)));
        }
        for (int k = a + 1; k + 1 < b; k++) {
            // "'Had a productive conversation with President X,' Modi said": a quotation opening with the meeting verb,
            // its subject left out, is the speaker's
            if (!tokens.quoteMark(k - 1) || !tokens.capitalized(k)) continue;
            String w = tokens.lower(k);
            // (or with the meeting noun after up to two words, before "with": "Good conversation with X", "Very
            // productive meeting with X", a post's way of saying "I had")
            boolean nounOpens = false;
            for (int n = k; n < b && n <= k + 2 && !nounOpens; n++) {
                nounOpens = lexicon.nounTriggers.contains(tokens.lower(n)) && tokens.is(n + 1, "with");
                if (!tokens.isWord(n) || n > k && tokens.capitalized(n) || inName[n]) break;
            }
            if (!(lexicon.verbTriggers.contains(w) || holdsMeeting(k, k, b) || nounOpens)) continue;
            Person speaker = quoteSpeaker(k, a, b, ments);
            if (speaker != null) ments.add(new Mention(k, k + 1, Party.of(speaker)));
        }
        for (int k = a; k + 1 < b; k++) {
            if ((tokens.is(k, "he") || tokens.is(k, "she")) && discourse.focus != null) personAt[k] = discourse.focus;
            if (!(tokens.is(k, "he") || tokens.is(k, "she"))) continue;
            if (!meetingVerbAfter(k, b) && !pairSubjectBefore(k, b, ments)) continue;
            Person best = null;
            int lastAt = -1;
            // "With CIA Director X, he discussed ...": X, fronted, is the partner, not the pronoun's antecedent
            int fronted = triggers.frontedWithComma(k);
            int from = fronted >= a ? fronted + 1 : a;
            for (Mention m : ments) {
                if (m.start < k && m.start >= from && m.party.person != null && !m.party.person.staff) {
                    best = m.party.person;
                    lastAt = m.start;
                }
            }
            // "X met Y in Muscat before heading to Doha, where he will meet Z": the sentence's subject, not the
            // last name; but "Y, who said he met Z", "Y said he had met Z": the speaker
            Person opener = best == null ? null : subject(a, ments);
            boolean speechBetween = false;
            for (int q = lastAt + 1; q < k && best != null; q++) speechBetween |= lexicon.speech.contains(tokens.lower(q));
            if (opener != null && !speechBetween) best = opener;
            // "Y, who arrived on Tuesday, was given a welcome. He later met Z": a pronoun opening the sentence is
            // the last sentence's subject, else the article's focus
            boolean opens = true;
            for (int q = from; q < k; q++) opens &= !tokens.isWord(q) || lexicon.statusAdverbs.contains(tokens.lower(q)) || tokens.capitalized(q) && q == a;
            // ("He will travel to Dhaka, where he is to meet Z": a pronoun repeating the one that opened the sentence)
            boolean repeats = k > from && tokens.lower(from).equals(tokens.lower(k));
            if (best == null && (opens || repeats) && discourse.subject != null) best = discourse.subject;
            // "'...,' he said, adding that he and X had discussed ...": the one who said it, named before
            if (best == null && discourse.speaker != null && pronounSaidBefore(from, k)) best = discourse.speaker;
            if (best == null) best = discourse.focus != null ? discourse.focus : discourse.subject;
            if (best != null) ments.add(new Mention(k, k + 1, Party.of(best)));
        }
        possessiveMeeting(a, b, ments);
        sideMentions(a, b, ments);
        ments.sort((x, y) -> Integer.compare(x.start, y.start));
        Person opener = subject(a, ments);
        if (opener != null) discourse.subject = opener;
        for (Mention m : ments) {
            if (m.party.person != null && !m.party.person.staff && m.end < b && lexicon.speech.contains(tokens.lower(m.end))) discourse.speaker = m.party.person;
        }
    }

    /** "he said", "she added": a subject pronoun, then a verb of saying, in {@code [from, to)}. */
    private boolean pronounSaidBefore(int from, int to) {
        for (int q = from; q + 1 < to; q++) {
            if (lexicon.subjectPronouns.contains(tokens.lower(q)) && lexicon.speech.contains(tokens.lower(q + 1))) return true;
        }
        return false;
    }

    /**
     * A meeting verb right after the pronoun at {@code k}: "he met", "he has also met", "he as well received", "he is
     * expected to meet", "she is due to hold talks", "he held a meeting".
     */
    private boolean meetingVerbAfter(int k, int b) {
        int v = k + 1;
        while (v < b && v <= k + 4 && (lexicon.auxiliaries.contains(tokens.lower(v)) || lexicon.statusAdverbs.contains(tokens.lower(v))
                || lexicon.intention.contains(tokens.lower(v))
                || tokens.is(v, "as") && tokens.is(v + 1, "well") || tokens.is(v, "well") && tokens.is(v - 1, "as"))) {
            v++;
        }
        return v < b && triggers.isVerbTrigger(v, tokens.lower(v), b) || triggers.isVerbTrigger(k + 1, tokens.lower(k + 1), b)
                || holdsMeeting(k + 1, v, b) || talksAbout(v, b)
                || k + 2 < b && triggers.isVerbTrigger(k + 2, tokens.lower(k + 2), b)
                || tripToMeetAfter(v, b);
    }

    /** How far after "he and X" the pair's meeting word may stand ("he and US Secretary of State X had discussed"). */
    static final int PAIR_SUBJECT_REACH = 12;

    /**
     * "adding that he and US Secretary of State X had discussed the matter in a telephone conversation": the pronoun
     * and a person named right after "and" as one subject, a meeting verb or noun after them.
     */
    private boolean pairSubjectBefore(int k, int b, List<Mention> ments) {
        if (!tokens.is(k + 1, "and")) return false;
        int after = -1;
        for (Mention m : ments) if (m.party.person != null && m.start > k + 1 && m.start <= k + 1 + MAX_ROLE_PHRASE && after < 0) after = m.end;
        if (after < 0) return false;
        for (int v = after; v < b && v <= after + PAIR_SUBJECT_REACH; v++) {
            if (tokens.is(v, ".") || tokens.is(v, ";")) return false;
            if (triggers.isVerbTrigger(v, tokens.lower(v), b) || triggers.isNounTrigger(v, tokens.lower(v))) return true;
        }
        return false;
    }

    /** How far after a travel phrase its purpose may stand ("travel to Doha on Thursday to see"). */
    static final int TRAVEL_PURPOSE_REACH = 8;

    /** How many words after the pronoun's verb its trip may start ("will take a 10-hour train journey to Kyiv"). */
    static final int TRIP_START_REACH = 6;

    /** A trip to meet ({@link #travelsToMeet}) starting at v or a few words after it ("take a ... journey to Kyiv to meet"). */
    private boolean tripToMeetAfter(int v, int b) {
        for (int k = v; k < b && k <= v + TRIP_START_REACH; k++) {
            if (tokens.is(k, ",") || tokens.is(k, ".")) return false;
            if (Lexicon.phraseAt(tokens, k, lexicon.itinerary)) return travelsToMeet(k, b);
        }
        return false;
    }

    /** "(he will) travel to Doha to see X", "fly to Rome for talks with Y": a trip whose purpose is a meeting. */
    private boolean travelsToMeet(int v, int b) {
        for (int k = v + 1; k + 1 < b && k <= v + TRAVEL_PURPOSE_REACH; k++) {
            if (tokens.is(k, ",") || tokens.is(k, ".") || tokens.is(k, ";")) return false;
            if (tokens.is(k, "to") && triggers.isVerbTrigger(k + 1, tokens.lower(k + 1), b)
                    || tokens.is(k, "for") && triggers.isNounTrigger(k + 1, tokens.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He discussed hostage talks with X": a talk verb whose object is a meeting noun (which, not the verb, is then the
     * clause's trigger), its partner after "with".
     */
    private boolean talksAbout(int v, int b) {
        if (v >= b || !lexicon.talkVerbs.contains(tokens.lower(v))) return false;
        for (int j = v + 1; j < b && j <= v + HELD_NOUN_REACH + 1; j++) {
            if (triggers.isNounTrigger(j, tokens.lower(j))) return tokens.is(j + 1, "with");
            if (!tokens.isWord(j) || tokens.capitalized(j)) return false;
        }
        return false;
    }

    /** How many tokens a quotation's speaker may stand from its quotation marks. */
    static final int QUOTE_SPEAKER_REACH = 8;

    /**
     * The named speaker of the quotation holding token {@code k}: after its closing mark ("'...,' Kishida told
     * reporters", "'...,' said Kishida") or before its opening one ("Kishida told reporters: '...'"), in the sentence;
     * null when there is none.
     */
    private Person quoteSpeaker(int k, int a, int b, List<Mention> ments) {
        int open = -1, close = -1;
        for (int q = k - 1; q >= a && open < 0; q--) if (tokens.quoteMark(q)) open = q;
        if (open < 0) return null;
        for (int q = k + 1; q < b && close < 0; q++) if (tokens.quoteMark(q)) close = q;
        if (close >= 0) {
            for (Mention m : ments) {
                if (m.party.person == null || m.start <= close || m.start > close + QUOTE_SPEAKER_REACH) continue;
                boolean speechNear = false;
                for (int q = close + 1; q < Math.min(b, m.start + QUOTE_SPEAKER_REACH); q++) speechNear |= lexicon.speech.contains(tokens.lower(q));
                return speechNear ? m.party.person : null;
            }
        }
        Person before = null;
        for (Mention m : ments) if (m.party.person != null && m.start < open && m.start >= open - QUOTE_SPEAKER_REACH) before = m.party.person;
        if (before == null) return null;
        for (int q = Math.max(a, open - QUOTE_SPEAKER_REACH); q < open; q++) if (lexicon.speech.contains(tokens.lower(q))) return before;
        return null;
    }

    /** Words between a holding verb and its meeting noun ("held a brief meeting", "had separate talks"). */
    static final int HELD_NOUN_REACH = 3;

    /**
     * "held talks", "had a meeting", "has held a brief phone call": a holding verb from {@code from} to {@code to}
     * (past auxiliaries: "had" is one), its meeting noun soon after.
     */
    private boolean holdsMeeting(int from, int to, int b) {
        for (int v = from; v <= to && v < b; v++) {
            if (!lexicon.holdingVerbs.contains(tokens.lower(v))) continue;
            for (int j = v + 1; j < b && j <= v + HELD_NOUN_REACH; j++) {
                if (!tokens.isWord(j) || tokens.capitalized(j)) break;
                if (triggers.isNounTrigger(j, tokens.lower(j))) return true;
            }
        }
        return false;
    }

    /**
     * "Her talks with X focused on trade", "His programme included meetings with X and Y": a possessive that opens
     * the sentence, a meeting noun up to {@link #POSSESSIVE_NOUN_REACH} words after it, is the last sentence's
     * subject (else the article's focus), one side of those meetings.
     */
    private void possessiveMeeting(int a, int b, List<Mention> ments) {
        int k = a;
        while (k < b && (furniture[k] || !tokens.isWord(k))) k++;
        if (k >= b || !(tokens.is(k, "his") || tokens.is(k, "her"))) return;
        for (Mention m : ments) if (m.start < k) return;
        boolean meeting = false;
        for (int j = k + 1; j < b && j <= k + POSSESSIVE_NOUN_REACH && !inName[j] && !meeting; j++) {
            meeting = triggers.isNounTrigger(j, tokens.lower(j));
        }
        if (!meeting) return;
        Person who = discourse.subject != null ? discourse.subject : discourse.focus;
        if (who != null && !who.staff) ments.add(new Mention(k, k + 1, Party.of(who)));
    }

    /** How far after "his"/"her" a meeting noun may come ("Her programme included meetings"). */
    private static final int POSSESSIVE_NOUN_REACH = 4;

    /**
     * The person the sentence opens with ("President X arrived ...", "The Norwegian premier, X, ...", after an
     * opening phrase closed by a comma: "During his visit to Quito, X spoke ..."), or null.
     */
    Person subject(int a, List<Mention> ments) {
        for (Mention m : ments) {
            if (m.party.person == null || m.excluded) return null;
            boolean opens = true;
            for (int k = a; k < m.start; k++) opens &= furniture[k] || inTitle[k] || !tokens.isWord(k) || tokens.is(k, "the");
            if (!opens) {
                int k = m.start;
                while (k > a && (furniture[k - 1] || inTitle[k - 1] || tokens.is(k - 1, "the"))) k--;
                if (!openingPhrase(a, k - 1)) return null;
            }
            return m.party.person.staff ? null : m.party.person;
        }
        return null;
    }

    /** Whether {@code [a, comma)} is a phrase that opens a sentence before its subject: no name, no verb of speech. */
    private boolean openingPhrase(int a, int comma) {
        if (comma <= a || !tokens.is(comma, ",")) return false;
        for (int q = a; q < comma; q++) {
            if (inName[q] || tokens.is(q, ",") || lexicon.speech.contains(tokens.lower(q))) return false;
        }
        return true;
    }

    /**
     * Gives the names listed from token {@code nf} ("X, Y and Z") the countries {@code cs} in order, one each (a name
     * alone takes the first): only to those with no country yet.
     */
    private void countriesInOrder(int nf, int b, List<String> cs) {
        countriesInOrder(nf, b, cs, null);
    }

    /** ... and each of them with no title (or a nationality only) the singular {@code title} of the plural role. */
    private void countriesInOrder(int nf, int b, List<String> cs, String title) {
        int idx = 0;
        for (int m = nf; m < b && idx < cs.size(); m++) {
            if (inName[m] && (m == nf || !inName[m - 1])) {
                for (Person pp : people.recent(32)) {
                    if (pp.lastMention != m) continue;
                    if (pp.country == null) pp.country = cs.get(idx);
                    if (title != null && (pp.title == null || pp.nationalityOnly)) {
                        pp.title = title;
                        pp.nationalityOnly = false;
                    }
                }
                idx++;
            } else if (!(inName[m] || tokens.is(m, "and") || tokens.is(m, ","))) {
                break;
            }
        }
    }

    /**
     * Gives the names listed right before token {@code end} ("X and Y") the countries {@code cs} in order, to those
     * with no country yet; as many names as countries, else none.
     */
    private void countriesOfNamesBefore(int end, int a, List<String> cs) {
        List<Person> names = new ArrayList<>();
        for (int m = end - 1; m >= a && names.size() < cs.size(); m--) {
            if (inName[m] && personAt[m] != null && (m == a || !inName[m - 1])) {
                names.add(0, personAt[m]);
            } else if (!(inName[m] || inTitle[m] || tokens.is(m, "and") || tokens.is(m, ","))) {
                break;
            }
        }
        if (names.size() != cs.size()) return;
        for (int n = 0; n < names.size(); n++) if (names.get(n).country == null) names.get(n).country = cs.get(n);
    }

    /** "Press Service of the President", "the press office of the Prime Minister": a [staff-unit] word, then "of (the)" right before the role noun at i. */
    private boolean officeOfRole(int a, int i) {
        int k = tokens.is(i - 1, "the") ? i - 2 : i - 1;
        if (k <= a || !tokens.is(k, "of")) return false;
        for (int j = k - 1; j >= a && j >= k - 2; j--) if (lexicon.staffUnits.contains(tokens.lower(j))) return true;
        return false;
    }

    /** The most tokens a role phrase reaches back before its role noun ("Japan and South Korea's top foreign"). */
    static final int MAX_ROLE_PHRASE = 16;

    void roleMentions(int a, int b, List<Mention> ments) {
        for (int i = a; i < b; i++) {
            if (furniture[i] || inTitle[i] || inName[i] || !tokens.isWord(i)) continue;
            String low = tokens.lower(i);
            boolean plural = gazetteer.pluralRole(low);
            if (!plural && !gazetteer.roleNouns.contains(low)) continue;
            // title of a following name?
            if (i + 1 < b && (inName[i + 1] || inTitle[i + 1])) continue;
            if (i + 2 < b && tokens.is(i + 1, ",") && inName[i + 2] && !plural) continue; // (plurals: names in order, below)
            if (i + 1 < b && gazetteer.titleWords.contains(tokens.lower(i + 1)) && !tokens.is(i + 1, "'s")) continue;
            boolean nameSoon = false;
            // ("the Norwegian leader welcomed President X": a name after the meeting verb is the object)
            for (int k = i + 1; k < b && k <= i + 3 && !triggers.isVerbTrigger(k, tokens.lower(k), b); k++) nameSoon |= inName[k];
            if (nameSoon && !plural && !(tokens.is(i + 1, "of") || tokens.is(i + 1, "from"))) continue;
            // "the Press Service of the President of Uzbekistan reported": an office of the role, the report's source
            if (officeOfRole(a, i)) continue;
            // phrase start
            int k = i - 1;
            String country = null;
            // bounded: "Minister UN Minister UN ..." without a full stop would walk back over the whole text each time
            int phraseFloor = Math.max(a, i - MAX_ROLE_PHRASE);
            boolean theInPlace = false;
            while (k >= phraseFloor) {
                String q = tokens.lower(k);
                int gs = doc.gazStartCovering(k);
                if (gs >= 0 && (doc.gaz(gs, Type.DEMONYM) != null || doc.gaz(gs, Type.COUNTRY) != null || doc.gaz(gs, Type.ORG) != null)) {
                    String c = doc.placeCode(gs, true, true);
                    if (country == null) country = c;
                    theInPlace |= tokens.is(gs, "the"); // "the US envoy": the gazetteer's "the US" holds the determiner
                    k = gs - 1;
                    continue;
                }
                // "the Kremlin leader", "the Elysee chief": a seat of government stands for its country
                Gazetteer.Entry seat = gs >= 0 && gazEnd[gs] == k + 1 && gs - 1 >= a && tokens.is(gs - 1, "the") ? doc.gaz(gs, Type.VENUE) : null;
                if (seat != null && seat.code() != null) {
                    if (country == null) country = seat.code();
                    k = gs - 1;
                    continue;
                }
                if (q.equals("'s") || gazetteer.titleWords.contains(q) || q.equals("top") || lexicon.roleAdjectives.contains(q)) {
                    k--;
                    continue;
                }
                // "Japan and South Korea's foreign ministers", "Japan's and Korea's": countries listed before a possessive
                int prev = k - 1 > a && tokens.is(k - 1, "'s") && plural ? k - 2 : k - 1;
                // "Russia's, Armenia's, and Azerbaijan's foreign ministers": the serial comma before "and"
                if (q.equals("and") && prev > a && tokens.is(prev, ",")) prev = prev - 1 > a && tokens.is(prev - 1, "'s") && plural ? prev - 2 : prev - 1;
                if ((q.equals("and") || q.equals(",")) && prev >= a && doc.gazStartCovering(prev) >= 0
                        && (doc.gaz(doc.gazStartCovering(prev), Type.DEMONYM) != null
                            || plural && doc.gaz(doc.gazStartCovering(prev), Type.COUNTRY) != null && possessiveBetween(k, i))) {
                    k--;
                    continue;
                }
                break;
            }
            boolean det = k >= a && lexicon.determiners.contains(tokens.lower(k)) || k + 1 <= i && tokens.is(k + 1, "'s") == false
                    && k >= a && tokens.is(k, "'s") || theInPlace;
            boolean possessive = false;
            for (int m = k + 1; m < i; m++) possessive |= tokens.is(m, "'s");
            boolean ofList = plural && i + 1 < b && (tokens.is(i + 1, "of") || tokens.is(i + 1, "from"));
            boolean demList = false;
            if (plural) {
                int dn = 0;
                for (int m = k + 1; m < i; m++) if (sideWord(m, i)) dn++;
                demList = dn >= 2 || dn == 1 && k >= a && (tokens.is(k, "with") || triggers.isVerbTrigger(k, tokens.lower(k), b));
            }
            if (!det && !possessive && !ofList && !demList) continue;
            // "... of/from COUNTRY(, COUNTRY)* and COUNTRY" => sides
            int j = i + 1;
            if (j < b && (tokens.is(j, "of") || tokens.is(j, "from"))) {
                int j2 = j + 1;
                while (j2 < b && j2 <= j + 5 && doc.placeCode(j2, false, true) == null
                        && (gazetteer.titleWords.contains(tokens.lower(j2)) || tokens.is(j2, "of") || tokens.is(j2, "the") || tokens.is(j2, "and"))) {
                    j2++;
                }
                if (j2 > j + 1 && !tokens.is(j2 - 1, "of") && !tokens.is(j2 - 1, "the")) j2 = j + 1;
                List<TokenSpan> list = doc.placeList(j2, b);
                if (!list.isEmpty()) {
                    int after = list.get(list.size() - 1).end();
                    int nf = after;
                    if (nf + 1 < b && tokens.is(nf, "to") && doc.placeCode(nf + 1, false, true) != null) nf = gazEnd[nf + 1];
                    else if (nf + 2 < b && tokens.is(nf, "to") && tokens.is(nf + 1, "the") && doc.placeCode(nf + 2, false, true) != null) {
                        nf = gazEnd[nf + 2];
                    }
                    if (nf < b && tokens.is(nf, ",")) nf++;
                    // (and initials: "of Uzbekistan B.Saidov", "Sh.Mirziyoyev")
                    while (nf < b && (gazetteer.titleWords.contains(tokens.lower(nf)) || gazetteer.honorifics.contains(tokens.lower(nf))
                            || tokens.is(nf, ".") || tokens.tok[nf].length() <= 2 && tokens.capitalized(nf) && tokens.is(nf + 1, "."))) nf++;
                    boolean nameFollows = nf < b && inName[nf];
                    if (after < b && (tokens.is(after, "member") || tokens.is(after, "members") || tokens.is(after, "countries")
                            || tokens.is(after, "states") || tokens.is(after, "nations"))) {
                        continue;
                    }
                    if (nameFollows) {
                        // "the foreign ministers of Chile and Peru, Ana Soto and Luis Vega": countries in order
                        List<String> cs = new ArrayList<>();
                        for (TokenSpan it : list) cs.add(doc.placeCode(it.start(), true, true));
                        countriesInOrder(nf, b, cs, singularTitle(k + 1, i));
                    }
                    if (!nameFollows) {
                        // ("Leaders of Egypt, Jordan and Iraq held a summit, attended by A, B and C": each side may be
                        // the one person of its country the article names, RoleSides)
                        String role = plural ? gazetteer.singular(low) : low;
                        for (TokenSpan it : list) ments.add(new Mention(it.start(), it.end(), Party.roleSide(doc.placeCode(it.start(), true, true), role)));
                    }
                    for (TokenSpan it : list) for (int m = it.start(); m < it.end(); m++) inTitle[m] = true;
                    continue;
                }
            }
            // "American and Russian officials said ...": the report's sources, not sides
            if (plural && i + 1 < b && lexicon.speech.contains(tokens.lower(i + 1))) continue;
            if (plural) {
                // "the Russian and Azerbaijani counterparts" (no names follow): sides
                List<String> cs = new ArrayList<>();
                for (int m = k + 1; m < i; m++) {
                    if (sideWord(m, i)) cs.add(doc.placeCode(m, true, true));
                }
                int nf = i + 1;
                if (nf < b && (tokens.is(nf, ",") || tokens.is(nf, "-") || tokens.is(nf, "—") || tokens.is(nf, ":"))) nf++;
                // "Joe Biden and Vladimir Putin, the U.S. and Russian presidents, met": an appositive of the names before it
                if (cs.size() >= 2 && k - 2 >= a && tokens.is(k, "the") && tokens.is(k - 1, ",") && inName[k - 2]) {
                    countriesOfNamesBefore(k - 1, a, cs);
                    continue;
                }
                boolean objectPos = k >= a && (tokens.is(k, "with") || triggers.isVerbTrigger(k, tokens.lower(k), b));
                if ((cs.size() >= 2 || cs.size() == 1 && objectPos) && !(nf < b && inName[nf])) {
                    // "the Armenian and Azerbaijani foreign ministers met": the ministers of those countries named
                    // before, each a person of that country whose title fits; else the country's side
                    // ("Ukrainian officials" are unnamed: no one named before whom any title fits)
                    boolean generic = lexicon.genericRoles.contains(gazetteer.singular(low));
                    for (String c : cs) {
                        Person p = c == null || generic ? null : resolveRole(gazetteer.singular(low), c, i, k + 1, a);
                        if (p != null && p.country == null) p.country = c; // a known actor whose country is filled in later
                        if (p != null && c.equals(p.country)) {
                            p.lastMention = i;
                            ments.add(new Mention(i, i + 1, Party.of(p)));
                        } else {
                            ments.add(new Mention(i, i + 1, Party.side(c)));
                        }
                    }
                } else if (cs.size() >= 2) {
                    countriesInOrder(nf, b, cs, singularTitle(k + 1, i)); // "his US and UK counterparts, Rex Tillerson and Boris Johnson"
                }
                continue;
            }
            if (low.equals("counterparts")) continue;
            if (low.equals("counterpart") && country == null) continue;
            Person p = resolveRole(low, country, i, k + 1, a);
            if (p != null) {
                if (p.country == null) p.country = country;
                p.lastMention = i;
                Mention m = new Mention(i, i + 1, Party.of(p));
                int after = i + 1;
                if (after < b && lexicon.speech.contains(tokens.lower(after))) m.excluded = triggers.speakerExcluded(after, i, a, b);
                if (p.staff) m.excluded = true;
                ments.add(m);
            } else if (country != null && !low.equals("official")) {
                ments.add(new Mention(i, Party.roleSide(country, low)));
            } else if (country == null && det) {
                // "The Secretary-General met today with X" (a UN readout): an office whose title alone tells its body
                String office = tokens.hyphenBefore[i] && i - 1 >= a ? tokens.lower(i - 1) + "-" + low : low;
                String body = gazetteer.titleCountry(office, true);
                if (body != null) ments.add(new Mention(i, Party.roleSide(body, office)));
            }
        }
        // "ambassadors from different countries, among them the Czech Republic, Australia and Turkmenistan"
        for (int i = a; i + 2 < b; i++) {
            boolean intro = tokens.is(i, "among") && (tokens.is(i + 1, "them") || tokens.is(i + 1, "whom")) || tokens.is(i, "including")
                    || tokens.is(i, "such") && tokens.is(i + 1, "as");
            if (!intro) continue;
            boolean pluralRole = false;
            for (int k = Math.max(a, i - 10); k < i; k++) {
                String q = tokens.lower(k);
                pluralRole |= q.endsWith("s") && gazetteer.roleNouns.contains(q) && !q.equals("affairs");
            }
            if (!pluralRole) continue;
            int st = tokens.is(i, "including") ? i + 1 : i + 2;
            for (TokenSpan it : doc.placeList(st, b)) ments.add(new Mention(it.start(), Party.side(doc.placeCode(it.start(), true, true))));
        }
        // "the Armenian side", "a Chinese government delegation", "Turkey's delegation", "a delegation from Turkey"
        for (int i = a; i < b; i++) {
            boolean members = lexicon.memberNouns.contains(tokens.lower(i));
            if (furniture[i] || inName[i] || inTitle[i] || !(members || lexicon.groupNouns.contains(tokens.lower(i)))) continue;
            // "Russian and Ukrainian delegations met": a plural group of two or more nationalities, one side each
            List<Integer> listed = members ? List.of() : nationalitiesBefore(a, i);
            if (listed.size() >= 2) {
                // (each side may be the one person of its country the text says led a delegation, RoleSides)
                for (int at : listed) ments.add(new Mention(at, Party.roleSide(doc.placeCode(at, true, true), RoleSides.DELEGATION)));
                continue;
            }
            String code = null;
            int at = -1;
            for (int k = i - 1; k >= a && k >= i - 4 && code == null; k--) {
                // not across the meeting verb: "Premier X of Norway met a delegation from Turkey"
                if (lexicon.verbTriggers.contains(tokens.lower(k))) break;
                int gs = doc.gazStartCovering(k);
                if (gs >= 0 && (doc.gaz(gs, Type.DEMONYM) != null || doc.gaz(gs, Type.COUNTRY) != null || doc.gaz(gs, Type.ORG) != null)) {
                    code = doc.placeCode(gs, true, true); // "a Turkish delegation", "EU leaders"
                    at = gs;
                    break;
                }
                if (!(tokens.is(k, "'s") || tokens.isWord(k) && !tokens.capitalized(k) && !lexicon.determiners.contains(tokens.lower(k)))) break;
            }
            // a body's group needs no determiner: "met EU leaders", "NATO delegation"
            boolean bodyGroup = code != null && Party.bodyOf(code) != null && gazEnd[at] == i;
            // "met U.S. lawmakers", "talks with Brazilian senators": members of a country's legislature as the object
            if (members) {
                if (code == null || gazEnd[at] != i || at == a || !(tokens.is(at - 1, "with") || triggers.isVerbTrigger(at - 1, tokens.lower(at - 1), b))) continue;
                ments.add(new Mention(at, Party.side(code)));
                continue;
            }
            // ("Turkish negotiators met X", "a meeting between Turkish mediators and X": a plural group opening the
            // sentence, or after "between", needs none)
            boolean pluralOpens = code != null && tokens.lower(i).endsWith("s") && gazEnd[at] == i && (at == a || tokens.is(at - 1, "between"));
            if (code != null && !bodyGroup && !pluralOpens && !(at > a && (lexicon.determiners.contains(tokens.lower(at - 1)) || tokens.is(at - 1, "a")
                    || tokens.is(at - 1, "an") || tokens.is(at - 1, "with")) || tokens.is(at + 1, "'s") || doc.gaz(at, Type.COUNTRY) != null)) {
                code = null; // "Iranian-led side effects"
            }
            if (code == null && i + 2 < b && (tokens.is(i + 1, "from") || tokens.is(i + 1, "of"))) {
                int k = tokens.is(i + 2, "the") ? i + 3 : i + 2;
                List<TokenSpan> list = tokens.lower(i).endsWith("s") ? doc.placeList(k, b) : List.of();
                if (list.size() >= 2) { // "delegations from Chile and Peru": one side each
                    for (TokenSpan it : list) ments.add(new Mention(it.start(), Party.side(doc.placeCode(it.start(), false, true))));
                    continue;
                }
                code = doc.placeCode(k, false, true); // "a delegation from Turkey", "of the African Union"
                // "a delegation of US senators", "a group of Brazilian lawmakers": a demonym before a plural noun
                Entry dem = code == null && gazEntries[k] != null ? doc.gaz(k, Type.DEMONYM) : null;
                int noun = dem == null ? -1 : gazEnd[k];
                // ("representatives of the Nigerian government": a demonym before a word of government)
                if (dem != null && noun < b && tokens.isWord(noun) && !tokens.capitalized(noun)
                        && (tokens.lower(noun).endsWith("s") || lexicon.governmentWords.contains(tokens.lower(noun)))) {
                    code = dem.code();
                }
                at = k;
            }
            if (code == null) continue;
            // "the Vietnamese delegation led by Deputy Prime Minister X": the side is its leader, of its country
            Person leader = Party.bodyOf(code) == null ? leaderAfter(i, b, ments) : null;
            if (leader != null) {
                if (leader.country == null) leader.country = code;
                continue;
            }
            ments.add(new Mention(at, Party.side(code)));
        }
    }

    /** The person named right after "led by" / "headed by" within a few words after the group noun at i, or null. */
    private Person leaderAfter(int i, int b, List<Mention> ments) {
        for (int k = i + 1; k + 1 < b && k <= i + LEADER_REACH; k++) {
            if (tokens.is(k, ",") || lexicon.verbTriggers.contains(tokens.lower(k))) return null;
            if (!(tokens.is(k, "led") || tokens.is(k, "headed")) || !tokens.is(k + 1, "by")) continue;
            for (Mention m : ments) {
                if (m.start > k + 1 && m.start <= k + 1 + LEADER_REACH && m.party.person != null) {
                    for (int q = k + 2; q < m.start; q++) if (!inTitle[q] && !tokens.is(q, "the") && !doc.inGaz(q)) return null;
                    return m.party.person;
                }
            }
            return null;
        }
        return null;
    }

    /** How far after a group noun "led by" is looked for, and how far after it the leader's name. */
    private static final int LEADER_REACH = 8;

    /** A demonym ("the Russian and Azerbaijani ministers"), or a country in a possessive list ("Japan and Korea's"). */
    private boolean sideWord(int m, int role) {
        return gazEntries[m] != null && (doc.gaz(m, Type.DEMONYM) != null || doc.gaz(m, Type.COUNTRY) != null && possessiveBetween(m, role));
    }

    /** An "'s" in {@code (from, to)}. */
    private boolean possessiveBetween(int from, int to) {
        for (int m = from + 1; m < to; m++) if (tokens.is(m, "'s")) return true;
        return false;
    }

    Person resolveRole(String role, String country, int at, int phraseStart, int sentenceStart) {
        Person best = null;
        int bestScore = -1;
        boolean tied = false;
        for (Person p : people.recent(256)) {
            if (p.staff || p.lastMention >= at && p.lastMention != at) continue;
            // "Prime Minister X held talks with his Greek counterpart": X is not his own counterpart (a person of this
            // sentence is one only when the text gave them that country: "welcomed Indian PM X ... his Indian counterpart")
            if (role.equals("counterpart") && country != null && !country.equals(p.country) && p.lastMention >= sentenceStart) continue;
            // "the Kazakh minister" may be a person whose country the text has not given yet
            if (country != null && p.country != null && !country.equals(p.country)) continue;
            // ... but not a known actor of another country ("President Vladimir Putin held talks with the U.S.
            // president": Putin is no American president), nor the subject of this sentence, who meets the role
            String known = country != null && p.country == null ? knownCountry(p) : null;
            if (known != null && !known.equals(country)) continue;
            if (country != null && p.country == null && known == null && p.lastMention >= sentenceStart && p.lastMention < phraseStart) continue;
            // "X met Lars Berg ... The Swedish premier said": a person with neither title nor country may be the role
            // (a known actor of that country too: "Lavrov hosted Mirzoyan and Bayramov; the Armenian and Azerbaijani
            // foreign ministers then met")
            boolean untold = p.titleLow().isEmpty() && p.country == null && country != null;
            if (!roleFitsLow(role, p.titleLow()) && !untold) continue;
            int score = country != null && p.country != null ? 16 : 0;
            String tl = p.titleLow();
            for (int k = Math.max(0, phraseStart); k <= at; k++) {
                String q = tokens.lower(k);
                if (q.length() > 2 && !lexicon.determiners.contains(q) && tl.contains(q)) score += 4;
            }
            if (p == discourse.focus) score += 2;
            if (best != null && score == bestScore) tied = true;
            if (best == null || score > bestScore || score == bestScore && p.lastMention > best.lastMention) {
                if (score > bestScore) tied = false;
                best = p;
                bestScore = score;
            }
        }
        // a nationality gives a person a country only when the role phrase fits that person alone
        if (best != null && country != null && best.country == null && tied) return null;
        return best;
    }

    /**
     * The title a plural role phrase {@code [from, i]} gives each person it names ("Armenia's and Azerbaijan's foreign
     * ministers" -> "foreign minister"): its title words after the countries, the role noun in the singular; null for
     * "counterparts" (no title of its own).
     */
    private String singularTitle(int from, int i) {
        if (!tokens.lower(i).endsWith("s")) return null;
        String role = gazetteer.singular(tokens.lower(i));
        if (role.equals("counterpart")) return null;
        int s = i;
        while (s - 1 >= from && gazetteer.titleWords.contains(tokens.lower(s - 1)) && doc.gazStartCovering(s - 1) < 0) s--;
        StringBuilder t = new StringBuilder();
        for (int k = s; k < i; k++) t.append(tokens.tok[k]).append(' ');
        return t.append(tokens.tok[i], 0, tokens.tok[i].length() - (tokens.lower(i).length() - role.length())).toString();
    }

    /** The country the actor lists give this person ("Sergey Lavrov", or a leader's family name alone: "Mirzoyan"), or null. */
    private String knownCountry(Person p) {
        return p.nameTokens.size() == 1 ? gazetteer.actors.familyCountry(p.nameTokens.get(0)) : gazetteer.actors.country(p.nameTokens);
    }

    static boolean roleFitsLow(String role, String tl) {
        // "his Ivorian counterpart X" holds the subject's office, whatever it is: "the Ivorian minister" may be X
        // ("his Saudi counterpart Prince X": a rank after it tells nothing of the office)
        if (tl.equals("counterpart") || tl.startsWith("counterpart ")) return true;
        switch (role) {
            case "diplomat":
                return tl.contains("minister") || tl.contains("secretary") || tl.contains("ambassador")
                        || tl.contains("envoy") || tl.contains("diplomat") || tl.contains("representative")
                        || tl.contains("negotiator") || tl.contains("commissioner");
            case "leader":
                return tl.contains("president") || tl.contains("prime") || tl.contains("leader") || tl.contains("king")
                        || tl.contains("chancellor") || tl.contains("premier") || tl.contains("emir");
            case "premier":
                return tl.contains("prime") || tl.contains("premier");
            case "official":
            case "head":
            case "chief":
            case "counterpart":
                return true;
            default:
                return tl.contains(role);
        }
    }

    void sideMentions(int a, int b, List<Mention> ments) {
        for (int i = a; i < b; i++) {
            if (furniture[i]) continue;
            // between X and Y (countries, organisations, capitals)
            boolean trigNear = false;
            for (int k = tokens.is(i, "between") ? Math.max(a, i - 7) : i; k < i; k++) {
                String q = tokens.lower(k);
                trigNear |= triggers.isNounTrigger(k, q) || triggers.isVerbTrigger(k, q, b) || q.equals("took") || q.equals("held");
            }
            // "a summit of Japan, China and South Korea": the countries listed right after a meeting noun's "of"
            boolean meetingOf = tokens.is(i, "of") && i > a && triggers.isNounTrigger(i - 1, tokens.lower(i - 1));
            // "a trilateral summit that Japan, China and South Korea had set for Tokyo": the countries that set it
            boolean meetingThat = (tokens.is(i, "that") || tokens.is(i, "which")) && i > a && triggers.isNounTrigger(i - 1, tokens.lower(i - 1));
            if (tokens.is(i, "between") && trigNear || meetingOf || meetingThat) {
                List<TokenSpan> items = new ArrayList<>();
                int k = i + 1;
                while (k < b && items.size() < 6) {
                    if (tokens.is(k, "the")) k++;
                    String c = k < b ? doc.placeCode(k, false, true) : null;
                    if (c == null && k < b) c = doc.capitalCountry(k);
                    if (c == null || gazEnd[k] <= k) break;
                    items.add(new TokenSpan(k, gazEnd[k]));
                    k = gazEnd[k];
                    if (k < b && (tokens.is(k, "and") || tokens.is(k, ","))) k++;
                    else break;
                }
                // (the countries of a relative clause are its subject: a verb follows them)
                boolean subjectOfRelative = !meetingThat || k < b && tokens.isWord(k) && !tokens.capitalized(k) && !tokens.is(k, "and");
                if (items.size() >= 2 && subjectOfRelative) {
                    for (TokenSpan it : items) {
                        String c = doc.placeCode(it.start(), false, true);
                        if (c == null) c = doc.capitalCountry(it.start());
                        if (!inTitle[it.start()]) ments.add(new Mention(it.start(), Party.side(c)));
                    }
                }
            }
            // compound "North Korea-United States ... talks"
            String c1 = doc.placeCode(i, true, true);
            if (c1 != null && !inTitle[i] && gazEnd[i] < b && tokens.hyphenBefore[gazEnd[i]]) {
                int k = gazEnd[i];
                String c2 = doc.placeCode(k, true, true);
                if (c2 != null && gazEnd[k] > k) {
                    int e = gazEnd[k];
                    for (int m = e; m < b && m <= e + 6; m++) {
                        if (tokens.is(m, "talks") || tokens.is(m, "summit") || tokens.is(m, "meeting") || tokens.is(m, "dialogue")) {
                            ments.add(new Mention(i, Party.side(c1)));
                            ments.add(new Mention(k, Party.side(c2)));
                            break;
                        }
                    }
                }
            }
        }
        // subject "X and Y held talks/met"
        for (int i = a; i < b; i++) {
            if (furniture[i] || inTitle[i]) continue;
            if (i > a && !(tokens.is(i - 1, ",") || i - 1 == a || tokens.is(i - 1, "the") && i - 2 <= a)) continue;
            List<TokenSpan> list = doc.placeList(i, b);
            if (list.size() < 2) continue;
            int after = list.get(list.size() - 1).end();
            int k = after;
            while (k < b && k < after + 3 && lexicon.auxiliaries.contains(tokens.lower(k))) k++;
            // "Thailand and Cambodia agreed to hold talks": an intention, then "to"
            if (k + 1 < b && lexicon.intention.contains(tokens.lower(k)) && tokens.is(k + 1, "to")) k += 2;
            if (k < b && (lexicon.verbTriggers.contains(tokens.lower(k)) || heldNoun(k, b) > 0)) {
                for (TokenSpan it : list) ments.add(new Mention(it.start(), Party.side(doc.placeCode(it.start(), false, true))));
            }
        }
        // "Chile held talks with Peru", "India called off next week's talks with Pakistan": one country as the
        // subject, the other after "with"
        for (int i = a; i < b; i++) {
            if (furniture[i] || inTitle[i] || gazEntries[i] == null) continue;
            if (i > a && !(tokens.is(i - 1, ",") || i - 1 == a || tokens.is(i - 1, "the") && i - 2 <= a)) continue;
            String c1 = doc.placeCode(i, false, false);
            if (c1 == null || gazEnd[i] >= b || tokens.is(gazEnd[i], "and") || tokens.is(gazEnd[i], "'s")) continue;
            int k = gazEnd[i];
            while (k < b && k < gazEnd[i] + 3 && lexicon.auxiliaries.contains(tokens.lower(k))) k++;
            int noun = heldNoun(k, b);
            if (noun < 0 || !tokens.is(noun + 1, "with")) continue;
            int o = noun + 2;
            if (o < b && tokens.is(o, "the")) o++;
            String c2 = o < b ? doc.placeCode(o, false, false) : null;
            if (c2 == null || c2.equals(c1) || tokens.is(gazEnd[o], "'s")) continue;
            ments.add(new Mention(i, Party.side(c1)));
            ments.add(new Mention(o, Party.side(c2)));
        }
    }

    /**
     * The starts of the demonyms (or countries) listed right before the plural noun at i ("Russian and Ukrainian
     * delegations", "the Chinese, Japanese and Korean leaders"), in text order; empty unless two or more, no other
     * word between them, and the list opens the clause or follows a determiner, "between" or "with".
     */
    private List<Integer> nationalitiesBefore(int a, int i) {
        if (!tokens.lower(i).endsWith("s")) return List.of();
        List<Integer> starts = new ArrayList<>();
        int k = i - 1;
        while (k >= a) {
            int gs = doc.gazStartCovering(k);
            if (gs < a || gazEnd[gs] != k + 1 || doc.placeCode(gs, true, true) == null) break;
            starts.add(0, gs);
            k = gs - 1;
            if (k >= a && tokens.is(k, "and")) k--;
            if (k >= a && tokens.is(k, ",")) k--;
            if (k + 1 < gs && k >= a && doc.gazStartCovering(k) < 0) break;
            if (k + 1 == gs) break; // no "and" or comma: the list ends
        }
        if (starts.size() < 2) return List.of();
        int before = starts.get(0) - 1;
        boolean opens = before < a || lexicon.determiners.contains(tokens.lower(before)) || tokens.is(before, "between")
                || tokens.is(before, "with") || tokens.is(before, ",");
        return opens ? starts : List.of();
    }

    /**
     * The meeting noun that one or two hold-verbs starting at k govern ("held talks", "called off next week's talks",
     * "will hold secretary-level talks", "postponed their summit"), or -1.
     */
    private int heldNoun(int k, int b) {
        int v = k;
        while (v < b && v < k + 2 && lexicon.holdVerbs.contains(tokens.lower(v))) v++;
        if (v == k) return -1;
        int m = v;
        if (m < b && (lexicon.determiners.contains(tokens.lower(m)) || tokens.is(m, "a") || tokens.is(m, "an"))) m++;
        // ("held a fourth round of indirect talks", "a new round of talks": the words of a round before the noun)
        if (m + 1 < b && (tokens.is(m + 1, "round") || tokens.is(m + 1, "rounds")) && tokens.is(m + 2, "of")) m += 3;
        for (int e = m; e < b && e <= m + 3; e++) {
            if (lexicon.nounTriggers.contains(tokens.lower(e))) return e;
            if (!tokens.isWord(e) && !tokens.is(e, "'s") || tokens.capitalized(e) || tokens.is(e, "with")) return -1;
        }
        return -1;
    }
}
