package io.newswire.extract;



/**
 * Decides which words make a clause report a meeting (lexicon {@code triggers.txt}): verbs ("met", "received"
 * a person, "sat down", "talked with", "called on" a person, "granted an audience") and nouns ("talks",
 * "summit", "phone call"), not a press conference, a named forum ("CELAC Summit"), a possible or proposed
 * meeting, or "met with criticism".
 */
final class Triggers {
    private final Document doc;
    private final Tokens tokens;
    private final boolean[] furniture;
    private final boolean[] inTitle;
    private final boolean[] inName;
    private final Lexicon lexicon;
    /** isNounTrigger per token: 0 not yet known, 1 yes, 2 no. */
    private final byte[] nounTriggerMemo;

    Triggers(Document doc) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.furniture = doc.furniture;
        this.inTitle = doc.inTitle;
        this.inName = doc.inName;
        this.lexicon = doc.lexicon;
        this.nounTriggerMemo = new byte[tokens.n];
    }

    /** The first verb trigger, or a noun after "held"/"had"; else the first noun trigger; null when none. */
    Trigger findTrigger(int a, int b) {
        int noun = -1;
        for (int i = a; i < b; i++) {
            if (furniture[i] || !tokens.isWord(i)) continue;
            String low = tokens.lower(i);
            if (isVerbTrigger(i, low, b)) return new Trigger(i, true);
            if (isNounTrigger(i, low)) {
                for (int k = Math.max(a, i - 3); k < i; k++) {
                    if (lexicon.holdingVerbs.contains(tokens.lower(k))) return new Trigger(i, true);
                }
                if (noun < 0) noun = i;
            }
        }
        return noun < 0 ? null : new Trigger(noun, false);
    }

    boolean isVerbTrigger(int i, String low, int b) {
        if ((lexicon.verbTriggers.contains(low) && (!lexicon.infinitiveOnly.contains(low) || infinitive(i)) || progressiveMeeting(i, low))) {
            if ((low.startsWith("meet") || low.equals("met")) && notMetObject(i, b)) return false;
            // "sat down with X", "sat with X for an hour" (a person right after "with")
            if (low.equals("sat") || low.equals("sits") || low.equals("sit") || low.equals("sitting")) {
                return tokens.is(i + 1, "down") || tokens.is(i + 1, "with") && doc.personStart(i + 2) >= 0;
            }
            if (lexicon.talkVerbs.contains(low)) {
                // "Speaking with X by telephone, Y ...", "after talking to X, Y ...": a participle opens a phrase
                if (low.endsWith("ing") && i > 0 && (tokens.isWord(i - 1) && !furniture[i - 1] && !doc.newlineBetween(i - 1, i) || low.equals("speaking"))
                        && !lexicon.timeSubordinators.contains(tokens.lower(i - 1))) {
                    return false;
                }
                // "discussed trade with X during their meeting", "In a call on Tuesday, X and Y discussed trade": the
                // meeting noun of the sentence is the trigger
                if (low.equals("discussed")) {
                    boolean partner = false;
                    for (int k = i + 1; k < b; k++) {
                        if (lexicon.nounTriggers.contains(tokens.lower(k))) return false;
                        partner |= tokens.is(k, "with") && k <= i + TALKED_REACH;
                    }
                    // (with a partner of its own the verb is the trigger: "in a different summit, X discussed trade with Y")
                    for (int k = i - 1; !partner && k >= 0 && !tokens.is(k, ".") && !doc.newlineBetween(k, k + 1); k--) {
                        if (lexicon.nounTriggers.contains(tokens.lower(k))) return false;
                    }
                }
                return talkedWith(i);
            }
            if (lexicon.personObjectVerbs.contains(low)) {
                // needs a person object, not "received support" / "received a letter" / "welcomed the decision by X"
                for (int k = i + 1; k < b && k <= i + 12; k++) {
                    if (lexicon.notReceived.contains(tokens.lower(k))) return false;
                    if (inName[k] || inTitle[k] || tokens.is(k, "him") || tokens.is(k, "her") || tokens.is(k, "them")
                            || lexicon.groupNouns.contains(tokens.lower(k)) || doc.gazetteer.roleNouns.contains(tokens.lower(k))) {
                        return true; // a person ("the Saudi foreign minister"), or a delegation
                    }
                    // (the full stop of an honorific, "received Dr. X", is no sentence end)
                    if (tokens.is(k, ".") && !doc.gazetteer.honorifics.contains(tokens.lower(k - 1)) || tokens.is(k, ";")
                            || tokens.is(k, "that") || tokens.is(k, "which")) {
                        return false;
                    }
                }
                return false;
            }
            return true;
        }
        if (doc.calledPerson(i)) return true;
        if ((low.equals("called") || low.equals("calls") || low.equals("call")) && tokens.is(i + 1, "on")) {
            int k = i + 2;
            while (k < b && k <= i + 8 && !inName[k]) k++;
            return k < b && inName[k] && !(k + 1 < b && tokens.is(k + 1, "to"));
        }
        if (low.equals("joined") && tokens.is(i + 1, "by")) return true;
        // "X was accepted by the President of Uzbekistan Y" (translated copy: received); not "accepted the resignation of Y"
        if (low.equals("accepted") && tokens.is(i + 1, "by") && i > 0 && lexicon.beForms.contains(tokens.lower(i - 1))
                && (doc.personStart(i + 2) >= 0 || tokens.is(i + 2, "the") && i + 3 < tokens.n && doc.gazetteer.roleNouns.contains(tokens.lower(i + 3)))) {
            return true;
        }
        // "caught up with President X", "came together with his Greek counterpart X": a phrase of [person-after-phrases]
        // with a person right after it
        int phraseEnd = Lexicon.phraseEnd(tokens, i, lexicon.personAfterPhrases);
        if (phraseEnd > 0 && doc.personStart(phraseEnd) >= 0) return true;
        if (toldTheVisitor(i)) return true;
        // "handed President X a letter from Y", "visited President X at the Elysee", "is greeted by Prime Minister Y"
        // ([person-next-verb]; not "visited President X's home town"); "to visit President X"
        if (lexicon.personNextVerbs.contains(low) || low.equals("visit") && infinitive(i)) {
            int object = tokens.is(i + 1, "by") ? i + 2 : i + 1;
            if (object < tokens.n && doc.personStart(object) >= 0 && !possessiveAfter(object)) return true;
        }
        // "received a message from X, delivered by Foreign Minister Y": the envoy who brought it was received
        if (low.equals("delivered") && tokens.is(i + 1, "by") && i + 2 < tokens.n && (inTitle[i + 2] || inName[i + 2] || doc.personStart(i + 2) >= 0)) {
            for (int k = i - 1; k >= 0 && k >= i - 12 && !tokens.is(k, "."); k--) {
                if (lexicon.notReceived.contains(tokens.lower(k)) && k > 1 && (tokens.is(k - 2, "received") || tokens.is(k - 3, "received"))) return true;
            }
        }
        // "intends to see Wang Yi again", "looks forward to seeing the President": an intended meeting with a person
        if (lexicon.seeVerbs.contains(low) && tokens.is(i - 1, "to") && doc.personStart(i + 1) >= 0) return true;
        // "has played host to X", "will play host to Y", "was host to Y", "will be host to Y"
        if (low.equals("host") && tokens.is(i + 1, "to") && i > 0
                && (tokens.lower(i - 1).startsWith("play") || lexicon.beForms.contains(tokens.lower(i - 1)))) {
            return true;
        }
        return lexicon.grantingVerbs.contains(low) && grantedMeeting(i);
    }

    /** How many words a [granting-verb] may stand before its [granted-meeting] noun ("accorded a ceremonial welcome"). */
    static final int GRANTED_REACH = 4;

    /** Whether a [granted-meeting] noun follows the verb at i, lower-case words (or hyphens) only between. */
    private boolean grantedMeeting(int i) {
        for (int k = i + 1; k < tokens.n && k <= i + GRANTED_REACH; k++) {
            if (lexicon.grantedMeetings.contains(tokens.lower(k))) return true;
            if (!tokens.isWord(k) && !tokens.hyphenBefore[k] || tokens.capitalized(k) || furniture[k]) return false;
        }
        return false;
    }

    /**
     * "met with criticism", "met expectations", "meet the deadline", "was meeting the deadline": an object of
     * [not-met] within four words (not "met Taiwanese opposition leader X", "met student leaders": the word qualifies a role).
     */
    private boolean notMetObject(int i, int b) {
        for (int k = i + 1; k < b && k <= i + 4; k++) {
            boolean qualifies = k + 1 < tokens.n && (inTitle[k + 1] || inName[k + 1] || doc.gazetteer.roleNouns.contains(tokens.lower(k + 1)));
            if (lexicon.notMet.contains(tokens.lower(k)) && !qualifies) return true;
        }
        return false;
    }

    /** "who is meeting X", "are also meeting in Moscow": "meeting" after a form of "be" is the verb, not the noun. */
    private boolean progressiveMeeting(int i, String low) {
        if (!low.equals("meeting") || i == 0) return false;
        int be = lexicon.statusAdverbs.contains(tokens.lower(i - 1)) ? i - 2 : i - 1;
        return be >= 0 && lexicon.beForms.contains(tokens.lower(be)) && !furniture[be];
    }

    /** "will host", "is set to host": a base form ([infinitive-only]) used as a verb. */
    private boolean infinitive(int i) {
        return i > 0 && lexicon.infinitiveModals.contains(tokens.lower(i - 1))
                || i > 1 && tokens.is(i - 1, "to") && lexicon.infinitiveLeads.contains(tokens.lower(i - 2));
    }

    /** Whether the noun at token i is a meeting trigger (memoised: the answer does not depend on the clause). */
    boolean isNounTrigger(int i, String low) {
        if (i < 0 || i >= tokens.n) return false;
        byte memo = nounTriggerMemo[i];
        if (memo != 0) return memo == 1;
        boolean r = isNounTrigger0(i, low);
        nounTriggerMemo[i] = (byte) (r ? 1 : 2);
        return r;
    }

    private boolean isNounTrigger0(int i, String low) {
        if (low.equals("together") && tokens.hyphenBefore[i] && i > 0 && tokens.is(i - 1, "get")) return true;
        // "a one-on-one with X", "a tete-a-tete with X": hyphenated words are several tokens
        if (tokens.hyphenBefore[i] && i > 1 && tokens.hyphenBefore[i - 1] && (low.equals("one") && tokens.is(i - 1, "on") && tokens.is(i - 2, "one")
                || (low.equals("tete") || low.equals("tête")) && (tokens.is(i - 1, "a") || tokens.is(i - 1, "à")))) {
            return true;
        }
        // "the priority was meeting the deadline": the verb with an object of [not-met], no meeting noun
        if (progressiveMeeting(i, low) && notMetObject(i, tokens.n)) return false;
        // (a [with-noun] word is a meeting noun only right before "with", see below: "held discussion with X")
        if (!lexicon.nounTriggers.contains(low) && !lexicon.withNouns.contains(low)) {
            if (invitedTrip(i, low)) return true;
            if ((low.equals("video") || low.equals("phone") || low.equals("telephone")) && tokens.is(i + 1, "conference")) {
                return true;
            }
            // "paid a courtesy visit", "a farewell visit" ([visit-call] of kind.txt): a visit to someone
            if (low.equals("visit") && i > 0 && lexicon.visitCalls.contains(tokens.lower(i - 1))) return true;
            // "paid a visit to President X": a visit to a person
            if (low.equals("visit") && tokens.is(i + 1, "to") && doc.personStart(i + 2) >= 0 && !possessiveAfter(i + 2)) return true;
            // "held a bilateral with X", "will hold bilaterals with": the adjective used as a noun
            if ((low.equals("bilateral") || low.equals("bilaterals")) && tokens.is(i + 1, "with") && heldBefore(i)) return true;
            return false;
        }
        if (i > 0 && (tokens.is(i - 1, "press") || tokens.is(i - 1, "news"))) return false;
        // "their annual consultation", "held a consultation with X"; with no article before it ("in close consultation
        // with X", "by way of consultation") a manner of acting, not a meeting
        if (low.equals("consultation") && !articleBefore(i)) return false;
        // "the items on the summit's agenda": a possessive names another event's attribute, not a meeting of the clause
        if (tokens.is(i + 1, "'s")) return false;
        int pv = i > 0 && tokens.is(i - 1, "'s") ? i - 2 : i - 1;
        if (tokens.capitalized(i) && pv >= 0 && tokens.capitalized(pv) && tokens.isWord(pv) && !doc.newlineBetween(pv, i)
                && !(tokens.is(i + 1, "with") && namedHeldBefore(i))) {
            return false; // a named forum: "CELAC Summit", "Ibero-American Summit"
        }
        if ((low.equals("call") || low.equals("calls")) && (tokens.is(i + 1, "for") || tokens.is(i + 1, "to") && !doc.callToPerson(i)
                || tokens.is(i - 1, "so"))) {
            return false;
        }
        if (lexicon.withNouns.contains(low) && !tokens.is(i + 1, "with")) return false;
        if (lexicon.mealNouns.contains(low)) {
            // someone hosts it ("hosted a working lunch for X"), or has it with someone ("had lunch with X")
            // ("had a working lunch", "X and Y had breakfast together", "X joined Y for dinner": a meal of the clause's people)
            return i > 1 && (tokens.is(i - 1, "to") || tokens.is(i - 1, "a") || tokens.is(i - 1, "working"))
                    && hasWordBefore(i, "host", 8)
                    || heldBefore(i) && (tokens.is(i + 1, "with") || tokens.is(i + 1, "together") || tokens.is(i - 1, "working"))
                    || joinedFor(i)
                    // "attended a dinner hosted by X", "a luncheon given by X in her honour"
                    || lexicon.mealHostVerbs.contains(tokens.lower(i + 1)) && tokens.is(i + 2, "by");
        }
        // "seven summits held last year", "dozens of calls": a count of meetings, not one
        // ("about 25 meetings ..., in particular with X" still names one)
        if (lexicon.countableMeetings.contains(low) && !hasWordAfter(i, "with", 8)) {
            for (int k = Math.max(0, i - 3); k < i; k++) {
                if (lexicon.meetingCounts.contains(tokens.lower(k)) || Dates.number(tokens.tok[k]) > 1) return false;
            }
        }
        // "offer of talks", "possible summit"
        for (int k = Math.max(0, i - 3); k < i; k++) if (lexicon.notYet.contains(tokens.lower(k))) return false;
        if (tokens.is(i + 1, "of") && tokens.is(i + 2, "talks")) return false;
        return true;
    }

    /** "a consultation", "their annual consultation": an article or [determiner] up to three words before the noun at i (adjectives between). */
    private boolean articleBefore(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String q = tokens.lower(k);
            if (q.equals("a") || q.equals("an") || q.equals("'s") || lexicon.determiners.contains(q)) return true;
            if (!tokens.isWord(k) || q.equals("of") || q.equals("in") || q.equals("by") || q.equals("through")) return false;
        }
        return false;
    }

    /** How far before "at the invitation of" its trip word may be ("will pay a three-day state visit to X from Saturday"). */
    static final int INVITED_TRIP_REACH = 16;

    /**
     * "visited Ethiopia at the invitation of Prime Minister X", "At the invitation of X, Y paid a state visit": the
     * invitation of a person to a trip named in the same sentence is a meeting of the traveller with the one who
     * invited (a visit alone names no counterpart and is none).
     */
    private boolean invitedTrip(int i, String low) {
        if (!low.equals("invitation") || !tokens.is(i + 1, "of") || !tokens.is(i - 1, "the") || i < 2
                || !lexicon.invitationPreps.contains(tokens.lower(i - 2))) {
            return false;
        }
        for (int k = i - 3; k >= 0 && k >= i - INVITED_TRIP_REACH && !tokens.is(k, "."); k--) {
            if (lexicon.invitedTripWords.contains(tokens.lower(k))) return !underway(k);
        }
        // "At the invitation of X, Y paid a state visit": the trip after it
        for (int k = i + 2; k < tokens.n && k <= i + INVITED_TRIP_REACH + 8 && !tokens.is(k, "."); k++) {
            if (lexicon.invitedTripWords.contains(tokens.lower(k))) return !underway(k);
        }
        return false;
    }

    /** "is visiting", "is travelling to": a trip under way, whose meetings the text reports in their own words. */
    private boolean underway(int k) {
        return tokens.lower(k).endsWith("ing") && k > 0 && lexicon.be.contains(tokens.lower(k - 1));
    }

    /**
     * "spoke with", "talked by phone", "having spoken yesterday with" (one word between), "talked on the phone
     * with": a verb of speaking is a meeting only with its partner or medium next to it.
     */
    private boolean talkedWith(int i) {
        int k = i + 1;
        if ((tokens.is(k, "on") || tokens.is(k, "over")) && tokens.is(k + 1, "the") && (tokens.is(k + 2, "phone") || tokens.is(k + 2, "telephone"))) {
            k += 3;
        }
        // a participle needs its partner named ("Speaking with X", not "Speaking by phone from Kyiv, X told reporters")
        boolean participle = tokens.lower(i).endsWith("ing");
        if (!participle && (tokens.is(k, "with") || tokens.is(k, "by") || k == i + 1 && tokens.is(k + 1, "with") && tokens.isWord(k))) return true;
        // "X and Y talked about Arctic security": two people as the subject talked with each other
        if (!participle && twoPeopleBefore(i)) return true;
        // "With CIA Director X, he discussed Iran": the partner fronted
        if (!participle && frontedWith(i)) return true;
        // "talked to the Russian President", "spoke about the war with President X": a person as the partner, the
        // subject of the talk perhaps between (not "spoke to reporters")
        for (int j = i + 1; j < tokens.n && j <= i + TALKED_REACH; j++) {
            // not "Obama speaking, with Biden listening"
            if (tokens.is(j, ".") || tokens.is(j, ";") || tokens.is(j, ":") || j == i + 1 && tokens.is(j, ",") || inName[j] || inTitle[j]) return false;
            // "Speaking to reporters after talks with X": the partner is the later meeting's
            if (lexicon.timeSubordinators.contains(tokens.lower(j)) || lexicon.nounTriggers.contains(tokens.lower(j))) return false;
            if (participle && j > i + 1) return false; // "Speaking with X", "speaking to X": the partner right after it
            if ((tokens.is(j, "to") && j == i + 1 || tokens.is(j, "with")) && doc.personStart(j + 1) >= 0) {
                return !(participle && (interview(j + 1) || ownerOnly(doc.personStart(j + 1))));
            }
        }
        return false;
    }

    /** How far before its verb a fronted "With X," may open the sentence. */
    static final int FRONTED_WITH_REACH = 14;

    /** "With CIA Director X, he discussed ...": the sentence opens with "With", a named person, then a comma before token i. */
    private boolean frontedWith(int i) {
        return frontedWithComma(i) >= 0;
    }

    /**
     * The comma that closes a sentence-opening "With" and a named person before token i ("With CIA Director X, he
     * discussed ..."): the partner fronted, for the trigger here and for {@link MentionFinder} (not the antecedent of
     * "he"); -1 when there is none.
     */
    int frontedWithComma(int i) {
        int comma = -1;
        boolean named = false;
        for (int k = i - 1; k >= 0 && k >= i - FRONTED_WITH_REACH; k--) {
            if (tokens.is(k, ".") || tokens.is(k, ";") || doc.newlineBetween(k, k + 1)) return -1;
            if (tokens.is(k, ",") && !named) comma = k;
            named |= comma >= 0 && inName[k];
            if (tokens.tok[k].equals("With")) {
                boolean opens = k == 0 || !tokens.isWord(k - 1) || doc.newlineBetween(k - 1, k);
                return comma >= 0 && named && opens ? comma : -1;
            }
        }
        return -1;
    }

    /**
     * Whether two people joined by "and" end right before token i (up to two lower-case words between: "X and Y
     * later talked"), the first named right before "and" ("Foreign Minister X and Swedish Foreign Minister Y").
     */
    private boolean twoPeopleBefore(int i) {
        int j = i - 1;
        for (int skipped = 0; j >= 0 && skipped < 2 && tokens.isWord(j) && !tokens.capitalized(j) && !inName[j]; skipped++) j--;
        j = nameEndBefore(j);
        if (j < 0 || !inName[j]) return false;
        while (j >= 0 && (inName[j] || inTitle[j])) j--;
        // (a demonym of the second person's title: "and Swedish Foreign Minister Y")
        if (j >= 0 && doc.gazEntries[j] != null && !tokens.is(j, "and") && tokens.capitalized(j)) j--;
        if (j < 1 || !tokens.is(j, "and") || !inName[nameEndBefore(j - 1)]) return false;
        // "On the call, X and Y talked about ...": what was said at a meeting the sentence names already
        for (int k = j - 1; k >= 0 && k >= j - TALKED_REACH && !tokens.is(k, ".") && !doc.newlineBetween(k, k + 1); k--) {
            if (lexicon.nounTriggers.contains(tokens.lower(k))) return false;
        }
        return true;
    }

    /** The last token of a name ending at j, past its country ("Premier X of Norway"); j itself otherwise. */
    private int nameEndBefore(int j) {
        for (int s = j; s >= 2 && s >= j - 3; s--) {
            if (doc.gazEntries[s] != null && doc.gazEnd[s] == j + 1 && tokens.is(s - 1, "of") && inName[s - 2]) return s - 2;
        }
        return j;
    }

    /** "speaking to President X's cabinet": the person at k owns the partner, is not it. */
    private boolean ownerOnly(int k) {
        while (k < tokens.n && (inName[k] || inTitle[k])) k++;
        return tokens.is(k, "'s");
    }

    /** "CNN's Jake Tapper", "Al Jazeera", "Russia's RIA Novosti": a news outlet (or one of its people) at token k. */
    private boolean interview(int k) {
        if (tokens.is(k, "the") && !Lexicon.phraseAt(tokens, k, lexicon.newsOutlets)) k++;
        if (k < tokens.n && doc.gazEntries[k] != null && tokens.is(doc.gazEnd[k], "'s")) k = doc.gazEnd[k] + 1; // "Russia's"
        if (Lexicon.phraseAt(tokens, k, lexicon.newsOutlets)) return true;
        for (int e = Math.min(tokens.n, k + 6); k < e && !inName[k]; ) k++;
        return k < tokens.n && inName[k] && lexicon.afterOutletPossessive(tokens, k);
    }

    /** How far back from a speaker the list of speakers it ends may start ("X and her counterpart Y said"). */
    private static final int SUBJECT_LIST_REACH = 16;

    /** How far after "talked" its partner ("with X") can come. */
    private static final int TALKED_REACH = 12;

    private boolean hasWordAfter(int i, String word, int span) {
        for (int k = i + 1; k < tokens.n && k <= i + span; k++) if (tokens.is(k, word)) return true;
        return false;
    }

    private boolean hasWordBefore(int i, String prefix, int span) {
        for (int k = Math.max(0, i - span); k < i; k++) if (tokens.lower(k).startsWith(prefix)) return true;
        return false;
    }

    /**
     * "..., who is on a working visit to Algeria, said a statement from the Presidency": after a comma, the verb of
     * saying and then its own subject, a source of [inverted-source] after "a"/"the" that ends the clause or goes on
     * with "from"/"of".
     */
    private boolean invertedAttribution(int speechTok, int b) {
        if (!tokens.is(speechTok - 1, ",")) return false;
        int k = speechTok + 1;
        if (!(tokens.is(k, "a") || tokens.is(k, "an") || tokens.is(k, "the"))) return false;
        for (k++; k < b && k <= speechTok + 5 && tokens.isWord(k); k++) {
            if (!lexicon.invertedSources.contains(tokens.lower(k))) continue;
            return k + 1 >= b || !tokens.isWord(k + 1) || tokens.is(k + 1, "from") || tokens.is(k + 1, "of") || tokens.is(k + 1, "in");
        }
        return false;
    }

    boolean speakerExcluded(int speechTok, int subjectStart, int a, int b) {
        if (toldTheVisitor(speechTok)) return false; // the speaker met the visitor told
        if (invertedAttribution(speechTok, b)) return false; // ", said a statement from the Presidency": the source speaks
        // "Speaking after talks with Y, X said", "After meeting Y in Brussels, X said": the opening phrase's meeting,
        // with no subject of its own, is the speaker's
        int comma = subjectStart - 1; // back over the subject's title words ("the Swedish minister")
        while (comma > a && comma >= subjectStart - 4 && tokens.isWord(comma) && !inName[comma]) comma--;
        // ... and over the rest of a list of subjects ("X and her counterpart Y said", "X, Y and Z said")
        if (comma > a && (inName[comma] || tokens.is(comma, "and"))) {
            int k = comma;
            boolean and = false;
            for (int q = comma; q < subjectStart; q++) and |= tokens.is(q, "and");
            while (k > a && k >= subjectStart - SUBJECT_LIST_REACH && (inName[k] || inTitle[k] || doc.gazEntries[k] != null
                    || lexicon.determiners.contains(tokens.lower(k)) || tokens.is(k, "and") || tokens.is(k, ",") && inName[k - 1])) {
                and |= tokens.is(k, "and");
                k--;
            }
            if (and && tokens.is(k, ",")) comma = k;
        }
        if (comma > a && tokens.is(comma, ",") && (subordinateMeeting(a, comma, true) || openingVerbParticiple(a, comma)
                || openingMeetingNoun(a, comma) >= 0)) {
            return false;
        }
        // "At a meeting with the Quad diplomats — A, B and C — Prime Minister X said": a dash closes the opening phrase
        if (comma > a && (tokens.is(comma, "\u2014") || tokens.is(comma, "\u2013") || tokens.is(comma, "-"))) {
            for (int c = a; c < comma && c <= a + 4; c++) {
                if (tokens.is(c, ",") && (openingMeetingNoun(a, c) >= 0 || openingMeetingNoun(c + 1, comma) >= 0)) return false;
            }
        }
        // "Lavrov said at the meeting with X", "Erdogan told (President) Putin in a phone call" keep the speaker:
        // a trigger within four words, not counting the names and titles of the one told
        int words = 0;
        int k0 = speechTok + 1;
        // "said Thursday she had a conversation with Y", "said on Monday he would meet Y": the statement's day first
        if (tokens.is(k0, "on") && k0 + 1 < tokens.n && Dates.WEEKDAYS.containsKey(tokens.lower(k0 + 1))) k0 += 2;
        else if (k0 < tokens.n && Dates.WEEKDAYS.containsKey(tokens.lower(k0)) || tokens.is(k0, "today") || tokens.is(k0, "yesterday")) k0++;
        // "confirmed to Y" (Y's name may not be read yet: a capitalised word will do)
        boolean toPerson = tokens.is(k0, "to") && k0 + 1 < b && (inName[k0 + 1] || inTitle[k0 + 1] || tokens.capitalized(k0 + 1));
        if (toPerson) k0++;
        if (toPerson || lexicon.toldVerbs.contains(tokens.lower(speechTok))) {
            while (k0 < b && k0 <= speechTok + 6 && (inName[k0] || inTitle[k0] || tokens.capitalized(k0))) {
                k0++; // the one told
                // "... Premier X of Sweden"
                if (tokens.is(k0, "of") && doc.gaz(k0 + 1, Gazetteer.Type.COUNTRY) != null) k0 = doc.gazEnd[k0 + 1];
            }
        } else if (k0 < b && (inName[k0] || inTitle[k0] || tokens.capitalized(k0))) {
            return true; // "spokeswoman X said Lavrov met Wang": a reported clause with its own subject
        } else if (k0 < b && lexicon.subjectPronouns.contains(tokens.lower(k0))) {
            return false; // "X said she had discussed trade with Y during their meeting": X is the reported subject
        }
        for (int k = k0; k < b && words < 4; k++) {
            if (tokens.is(k, "that")) return true; // "said that X met Y": reported, not the speaker's meeting
            words++;
            String low = tokens.lower(k);
            if (lexicon.nounTriggers.contains(low) || lexicon.verbTriggers.contains(low)) return false;
        }
        // "X said there were no plans for him to meet Y", "X said Z had invited her to hold talks with Y": the
        // speaker, as the object pronoun of the reported clause, is the one to meet
        if (speakerToMeet(k0, b)) return false;
        // "X said ties were strong after talks with Y": a meeting after a time subordinator, no subject before it
        return !subordinateMeeting(k0, Math.min(b, k0 + 12), false);
    }

    /** How far after the speech verb "him to meet" may stand ("said there were no plans for him to meet"). */
    static final int SPEAKER_TO_MEET_REACH = 10;

    /** "him/her to" right before a meeting verb (or "hold talks") in the reported clause from {@code k0}. */
    private boolean speakerToMeet(int k0, int b) {
        for (int k = k0; k + 2 < b && k <= k0 + SPEAKER_TO_MEET_REACH; k++) {
            if (!(tokens.is(k, "him") || tokens.is(k, "her")) || !tokens.is(k + 1, "to")) continue;
            String verb = tokens.lower(k + 2);
            if (lexicon.verbTriggers.contains(verb) || lexicon.holdingVerbs.contains(verb) && k + 3 < b && lexicon.nounTriggers.contains(tokens.lower(k + 3))) {
                return true;
            }
        }
        return false;
    }

    /** "Speaking with Y by telephone, X told him": a phrase opened by a meeting verb's participle, its subject X's. */
    private boolean openingVerbParticiple(int from, int to) {
        int k = from;
        while (k < to && (furniture[k] || !tokens.isWord(k))) k++;
        if (k >= to || !openingParticiple(from, k)) return false;
        // "Meeting Japanese Foreign Minister X in Beijing, Y said": the noun's spelling as a participle before a person
        return isVerbTrigger(k, tokens.lower(k), to)
                || lexicon.nounTriggers.contains(tokens.lower(k)) && k + 1 < to && (inName[k + 1] || inTitle[k + 1]);
    }

    /**
     * "In a meeting with Y on Monday, X said", "During their talks in Beijing, X told Y": a phrase of [meeting-opener],
     * then up to three lower-case words and a meeting noun, opens the clause: the meeting is the speaker's. Returns
     * the noun's token, or -1.
     */
    int openingMeetingNoun(int from, int to) {
        int k = from;
        while (k < to && (furniture[k] || !tokens.isWord(k))) k++;
        if (k >= to || !lexicon.meetingOpeners.contains(tokens.lower(k))) return -1;
        for (int n = k + 1; n < to && n <= k + 4; n++) {
            if (!tokens.isWord(n) || tokens.capitalized(n)) return -1;
            if (lexicon.nounTriggers.contains(tokens.lower(n))) return tokens.is(n + 1, "between") || tokens.is(n + 1, "of") ? -1 : n;
        }
        return -1;
    }

    /** The clause {@code [a, ...)} opens with the trigger, a participle ("Speaking with Y, ...", "Meeting Y on Friday, ..."). */
    boolean openingParticiple(int a, int trig) {
        int k = a;
        while (k < trig && (furniture[k] || !tokens.isWord(k))) k++;
        return k == trig && tokens.lower(trig).endsWith("ing");
    }

    /**
     * The clause opens with a time phrase whose meeting is the trigger: "(Shortly) after talking to Y", "Ahead of his
     * meeting with Y", "Following talks with Y" ([time-opener-phrases], then at most two of [determiner]).
     */
    boolean openingTimePhrase(int a, int trig) {
        for (int k = a; k < trig && k <= a + 3; k++) {
            int e = Lexicon.phraseEnd(tokens, k, lexicon.timePhraseOpeners);
            if (e < 0) continue;
            while (e < trig && e <= k + 4 && lexicon.determiners.contains(tokens.lower(e))) e++;
            if (e == trig) return true;
        }
        return false;
    }

    /**
     * Whether {@code [from, to)} holds, before any name or "that", a meeting trigger right after a time subordinator
     * ("after talks with", "following a meeting with", "after meeting"), not "talks between": a meeting with no
     * subject of its own, so the clause's subject's.
     */
    private boolean subordinateMeeting(int from, int to, boolean opening) {
        for (int k = from; k < to; k++) {
            // a name, "that", or a subject of the reported words' own ("said the ministers were tired after talks");
            // an opening phrase has no such subject ("Speaking at a news conference after their talks, X said")
            if (inName[k] || tokens.is(k, "that") || tokens.is(k, ".") || tokens.is(k, ";") || !opening && lexicon.determiners.contains(tokens.lower(k))
                    && !lexicon.timeSubordinators.contains(tokens.lower(k - 1))) {
                return false;
            }
            String low = tokens.lower(k);
            if (!(lexicon.nounTriggers.contains(low) || lexicon.verbTriggers.contains(low) && isVerbTrigger(k, low, to))) continue;
            boolean subordinate = false;
            for (int q = Math.max(from, k - 2); q < k; q++) subordinate |= lexicon.timeSubordinators.contains(tokens.lower(q));
            return subordinate && !tokens.is(k + 1, "between") && !tokens.is(k + 2, "between");
        }
        return false;
    }

    /** "had", "held" ([holding-verb]) within three words before token i. */
    /**
     * "held a Japan-India Summit Meeting with X": a holding verb and "a" before the capitalised name the meeting noun
     * ends (up to six words), so the name is this meeting's, held with the person after it.
     */
    private boolean namedHeldBefore(int i) {
        for (int k = i - 1; k > 0 && k >= i - 6; k--) {
            if (tokens.is(k, "a") || tokens.is(k, "an")) return lexicon.holdingVerbs.contains(tokens.lower(k - 1));
            if (!(tokens.capitalized(k) || !tokens.isWord(k) || tokens.is(k, "'"))) return false;
        }
        return false;
    }

    /** The title and name starting at k end in "'s" ("President X's grave"). */
    private boolean possessiveAfter(int k) {
        while (k < tokens.n && (inName[k] || inTitle[k])) k++;
        return tokens.is(k, "'s");
    }

    /** "joined President X for dinner", "joined X for a working lunch": "for" (and "a working") after "joined" and a person. */
    private boolean joinedFor(int i) {
        int f = i - 1;
        while (f > 0 && f >= i - 3 && !tokens.is(f, "for")) f--;
        if (!tokens.is(f, "for")) return false;
        for (int k = f - 1; k > 0 && k >= f - 8; k--) {
            if (tokens.is(k, "joined") || tokens.is(k, "joins")) return doc.personStart(k + 1) >= 0;
            if (!(inName[k] || inTitle[k] || tokens.capitalized(k) || tokens.is(k, "of") || tokens.is(k, "the"))) return false;
        }
        return false;
    }

    /** "told visiting President X that", "urged his visiting counterpart Y to": the visitor is met in person. */
    boolean toldTheVisitor(int i) {
        if (!lexicon.visitorVerbs.contains(tokens.lower(i))) return false;
        int v = tokens.is(i + 1, "his") || tokens.is(i + 1, "her") || tokens.is(i + 1, "the") ? i + 2 : i + 1;
        // (the visitor's name may not be read yet: a capitalised word will do)
        return tokens.is(v, "visiting") && v + 1 < tokens.n && (inTitle[v + 1] || inName[v + 1] || tokens.capitalized(v + 1) && tokens.isWord(v + 1));
    }

    private boolean heldBefore(int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) if (lexicon.holdingVerbs.contains(tokens.lower(k))) return true;
        return false;
    }
}
