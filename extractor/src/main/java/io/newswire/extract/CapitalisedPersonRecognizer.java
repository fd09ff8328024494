package io.newswire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule-based person recognizer: runs of capitalised name tokens ({@link CapitalisedNames}; particles,
 * initials and hyphenated parts allowed inside). A run is a person when it is a known name (coreference by
 * {@link People}), has two or more parts, follows a role noun or honorific ("Minister Pandor"), or is
 * coordinated with a known person. A speaker ("X said"), a source ("according to X") and staff are mentioned
 * but excluded from meetings.
 */
final class CapitalisedPersonRecognizer implements EntityRecognizer {
    /** How long a person's relative clause may be before the verb it is the subject of ("X, who attended the talks, said"). */
    private static final int RELATIVE_REACH = 15;

    private final Document doc;
    private final String text;
    private final Tokens tokens;
    private final boolean[] furniture;
    private final boolean[] inTitle;
    private final boolean[] inName;
    private final Person[] personAt;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final People people;
    private final TitleReader titles;
    private final CapitalisedNames names;
    private final Triggers triggers;

    CapitalisedPersonRecognizer(Document doc, People people, TitleReader titles, CapitalisedNames names, Triggers triggers) {
        this.doc = doc;
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.furniture = doc.furniture;
        this.inTitle = doc.inTitle;
        this.inName = doc.inName;
        this.personAt = doc.personAt;
        this.lexicon = doc.lexicon;
        this.gazetteer = doc.gazetteer;
        this.people = people;
        this.titles = titles;
        this.names = names;
        this.triggers = triggers;
    }

    @Override
    public void recognize(int a, int b, List<Mention> mentions) {
        int i = a;
        while (i < b) {
            if (!names.nameStart(i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < b) {
                if (names.nameCont(j)) { j++; continue; }
                if (tokens.is(j, ".") && tokens.tok[j - 1].length() == 1 && tokens.cap[j - 1] && j + 1 < b && names.nameWord(j + 1)
                        && tokens.end[j] < tokens.start[j + 1]) {
                    j++;
                    continue;
                }
                if (j == i + 1 && tokens.tok[j].equals("He") && !furniture[j] && i > a && !tokens.is(j + 1, "said")
                        && (gazetteer.roleNouns.contains(tokens.lower(i - 1)) || people.find(List.of(tokens.lower(i), "he")) != null)) {
                    j++;
                    continue;
                }
                if (lexicon.nameParticles.contains(tokens.lower(j)) && j + 1 < b && names.nameWord(j + 1)) { j += 2; continue; }
                // "Hussein al-Sheikh": a capitalised word hyphenated to an article is a name, even a title's word
                if (lexicon.nameParticles.contains(tokens.lower(j)) && j + 1 < b && tokens.hyphenBefore[j + 1] && tokens.isWord(j + 1)
                        && tokens.cap[j + 1] && !furniture[j + 1]) {
                    j += 2;
                    continue;
                }
                // two particles: "Ursula von der Leyen", "Maria de la Cruz"
                if (lexicon.nameParticles.contains(tokens.lower(j)) && j + 2 < b && lexicon.nameParticles.contains(tokens.lower(j + 1))
                        && names.nameWord(j + 2)) {
                    j += 3;
                    continue;
                }
                int known = knownActorThrough(i, j, b);
                if (known > j) { j = known; continue; }
                break;
            }
            if (pairBeforeMeetingNoun(i, j, b)) {
                // "the Biden-Xi meeting", "the Putin-Xi talks": the two leaders the meeting noun is of
                for (int k = i; k < j; k++) {
                    List<String> one = List.of(tokens.lower(k));
                    Person part = people.find(one);
                    if (part == null) {
                        part = titles.newPerson(k, k + 1, a, b);
                        part.provisional = true;
                    }
                    mentions.add(claim(part, k, k + 1, a, b));
                }
                i = j;
                continue;
            }
            int headlineEnd = knownActorInHeadline(i, j);
            boolean headlineCut = headlineEnd < j;
            j = headlineEnd;
            List<String> toks = new ArrayList<>();
            for (int k = i; k < j; k++) if (tokens.isWord(k) && !lexicon.nameParticles.contains(tokens.lower(k))) toks.add(tokens.lower(k));
            if (toks.isEmpty()) {
                i = j;
                continue;
            }
            Person p = people.find(toks);
            boolean titled = i > a && (gazetteer.roleNouns.contains(tokens.lower(i - 1)) || gazetteer.honorifics.contains(tokens.lower(i - 1))
                    || tokens.is(i - 1, ".") && i - 1 > a && gazetteer.honorifics.contains(tokens.lower(i - 2)));
            boolean conj = i > a + 1 && tokens.is(i - 1, "and") && i - 2 >= a && inName[i - 2]
                    || j + 1 < b && tokens.is(j, "and") && names.nameWord(j + 1) && people.find(List.of(tokens.lower(j + 1))) != null;
            int primary = 0;
            for (int k = i; k < j; k++) if (!tokens.hyphenBefore[k]) primary++;
            if (p == null && (Lexicon.phraseEnd(tokens, i, lexicon.newsOutlets) >= j || lexicon.afterOutletPossessive(tokens, i))) {
                i = j;
                continue; // "Al Jazeera", "CNN's Jake Tapper": a news outlet or its journalist, no party to a meeting
            }
            if (p == null && institutionAfter(j, b)) {
                i = j;
                continue; // "Al Bateen Executive Airport", "Presidential Administration"
            }
            if (p == null && i > a && (tokens.is(i - 1, "a") || tokens.is(i - 1, "an") || tokens.is(i - 1, "the")) && j < b
                    && lexicon.nounTriggers.contains(tokens.lower(j))) {
                i = j;
                continue; // "for a Weimar Triangle summit", "the Normandy Format talks": an event's name
            }
            if (p == null && i > a && (tokens.is(i - 1, "in") || lexicon.nearCity.contains(tokens.lower(i - 1)))) {
                i = j;
                continue; // "met Y in Puerto Varas": an unknown place, not a person
            }
            // a bare surname as the subject of a meeting verb: "Furthermore, Vershinin met with ..."
            boolean subject = primary == 1 && j == i + 1 && i > a && j < b && triggers.isVerbTrigger(j, tokens.lower(j), b)
                    && !tokens.hyphenBefore[i] && !tokens.is(i - 1, "'s");
            // a known leader's family name on its own: "Scholz hosted Macron" (curated leaders, one country only)
            // (not a short or calendar word: "May", "Abe", "Sen.")
            boolean leader = primary == 1 && j == i + 1 && !tokens.hyphenBefore[i] && tokens.tok[i].length() >= 4
                    && Dates.month(tokens.tok[i]) == 0 && gazetteer.actors.familyCountry(tokens.lower(i)) != null
                    // "Amir-Abdollahian", "Ramos-Horta": a hyphenated family name on its own
                    || primary == 1 && j > i + 1 && !tokens.hyphenBefore[i] && hyphenatedFamily(i, j);
            // one word set off by commas after an office: "the prime minister of Malaysia, Anwar, and ..."
            boolean appositive = primary == 1 && j == i + 1 && i - 2 >= a && tokens.is(i - 1, ",") && titles.titleStart(i, a) < i - 1
                    && (j == b || tokens.is(j, ",") || tokens.is(j, "and") || tokens.is(j, "."));
            if (p == null && (primary >= 2 || titled || conj && i > a || subject || leader || appositive)) {
                if (primary == 1 && i == a && !leader) {
                    i = j;
                    continue; // a lone capitalised word opening a sentence
                }
                p = titles.newPerson(i, j, a, b);
                // the first full name that refers to it completes it (also a known name a headline's verb was cut from)
                // ("Rubio, Lavrov meet in Riyadh" over "... Sergei Lavrov met ...": a headline's subject too)
                // ("Mr. Wang met Ms. Kallas ... Foreign Minister Wang Yi": a family name after an honorific alone too)
                boolean honorificOnly = primary == 1 && i > a && (gazetteer.honorifics.contains(tokens.lower(i - 1))
                        || tokens.is(i - 1, ".") && i - 1 > a && gazetteer.honorifics.contains(tokens.lower(i - 2)));
                if (primary == 1 && (leader || conj) && !titled && (!subject || inHeadline(i)) || headlineCut || honorificOnly) {
                    p.provisional = true;
                    p.namedInHeadline = headlineCut;
                }
            } else if (p != null && (p.title == null || p.nationalityOnly)) { // "Kenya's Ruto" in the headline, then "President William Ruto"
                int ts = titles.titleStart(i, a);
                if (ts < i) titles.fillTitle(p, ts, i);
            } else if (p != null) {
                int ts = titles.titleStart(i, a);
                for (int k = ts; k < i; k++) inTitle[k] = true;
            }
            if (p != null && p.provisional && primary >= 2 && toks.containsAll(p.nameTokens) && completes(p, toks)) {
                people.completeName(p, text.substring(tokens.start[i], tokens.end[j - 1]), toks);
            }
            if (p != null) mentions.add(claim(p, i, j, a, b));
            i = j;
        }
    }

    /** Two hyphen-joined words {@code [i, j)}, each a curated leader's family name or a person named before, right before a meeting noun. */
    private boolean pairBeforeMeetingNoun(int i, int j, int b) {
        if (j != i + 2 || !tokens.hyphenBefore[i + 1] || tokens.hyphenBefore[i] || j >= b || !triggers.isNounTrigger(j, tokens.lower(j))) return false;
        for (int k = i; k < j; k++) {
            if (tokens.tok[k].length() < 2 || gazetteer.actors.familyCountry(tokens.lower(k)) == null && people.find(List.of(tokens.lower(k))) == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether the hyphen-joined words {@code [i, j)} are a curated leader's family name, whole or by its last part. */
    private boolean hyphenatedFamily(int i, int j) {
        StringBuilder joined = new StringBuilder();
        for (int k = i; k < j; k++) if (tokens.isWord(k)) joined.append(joined.length() == 0 ? "" : "-").append(tokens.lower(k));
        // not a pair ("the Merkel-Putin meeting", "Maduro-Petro talks"): each part another leader's family name
        if (gazetteer.actors.familyCountry(tokens.lower(i)) != null || j < tokens.n && triggers.isNounTrigger(j, tokens.lower(j))) return false;
        return gazetteer.actors.familyCountry(joined.toString()) != null || gazetteer.actors.familyCountry(joined.toString().replace("-", "")) != null
                || gazetteer.actors.familyCountry(tokens.lower(j - 1)) != null;
    }

    /**
     * "Lavrov and Wang Yi Map a Path": in a headline, where every word is capitalised, a run that is a known actor's
     * name and one word more ends before that word. The end of the run, {@code j} or one less.
     */
    private int knownActorInHeadline(int i, int j) {
        if (!inHeadline(i) || j - i < 2 || !tokens.isWord(j - 1) || !titleCase(doc.sentenceOf(i))) return j;
        List<String> run = new ArrayList<>();
        for (int k = i; k < j; k++) if (tokens.isWord(k)) run.add(tokens.lower(k));
        if (gazetteer.actors.knownExactly(run)) return j;
        List<String> shorter = run.subList(0, run.size() - 1);
        boolean known = shorter.size() >= 2 ? gazetteer.actors.knownExactly(shorter)
                : gazetteer.actors.familyCountry(shorter.get(0)) != null;
        return known ? j - 1 : j;
    }

    /**
     * Whether a full name completes a headline's one-word person: not a known actor of another country than the
     * leader whose family name the headline gave.
     */
    private boolean completes(Person p, List<String> toks) {
        if (!p.namedInHeadline || p.nameTokens.size() != 1) return true;
        String family = gazetteer.actors.familyCountry(p.nameTokens.get(0));
        String full = gazetteer.actors.country(toks);
        return family == null || full == null || family.equals(full);
    }

    /** A headline with its words capitalised ("Lavrov and Wang Yi Map a Path"): most words of four letters or more. */
    private boolean titleCase(Sentence s) {
        int words = 0, capitalised = 0;
        for (int k = s.start(); k < s.end(); k++) {
            if (!tokens.isWord(k) || tokens.tok[k].length() < 4) continue;
            words++;
            if (tokens.capitalized(k)) capitalised++;
        }
        return words > 0 && capitalised * 4 >= words * 3;
    }

    private boolean inHeadline(int i) {
        Sentence s = doc.sentenceOf(i);
        return s != null && s.headline();
    }

    /**
     * "President Hassan Sheikh Mohamud": a title word inside a known actor's name. The end of that name when the
     * words from {@code i} through the title word at {@code j} and the name words after it are a known actor's
     * name, else {@code j}.
     */
    private int knownActorThrough(int i, int j, int b) {
        String low = tokens.lower(j);
        if (!(gazetteer.honorifics.contains(low) || gazetteer.titleWords.contains(low)) || j + 1 >= b || !names.nameWord(j + 1)) return j;
        int e = j + 1;
        while (e < b && names.nameCont(e)) e++;
        List<String> name = new ArrayList<>();
        for (int k = i; k < e; k++) if (tokens.isWord(k)) name.add(tokens.lower(k));
        return gazetteer.actors.country(name) != null ? e : j;
    }

    /**
     * Marks {@code [i, j)} as a name of {@code p} in the document and returns its mention, excluded when it is
     * staff, a speaker ("X said"), a source ("according to X") or an aide ("accompanied by X"). Shared with
     * the recognizers listed after this one.
     */
    Mention claim(Person p, int i, int j, int a, int b) {
        for (int k = i; k < j; k++) {
            inName[k] = true;
            personAt[k] = p;
        }
        p.lastMention = i;
        Mention m = new Mention(i, j, Party.of(p));
        if (!p.staff && staffAppositive(j, b)) p.staff = true;
        if (p.staff) m.excluded = true;
        int ae = titles.appositiveEnd(j, b);
        int after = ae > j && ae < b && tokens.is(ae, ",") ? ae + 1 : j;
        // "Premier X of Norway said": the country of the title between the name and its verb
        if (after == j && tokens.is(j, "of") && j + 1 < b && doc.gaz(j + 1, Gazetteer.Type.COUNTRY) != null) after = doc.gazEnd[j + 1];
        if (after < b && tokens.is(after, ")")) after++;
        // "X, who attended the talks, said A and B met": the verb after the person's relative clause
        if (after + 1 < b && tokens.is(after, ",") && (tokens.is(after + 1, "who") || tokens.is(after + 1, "whose"))) {
            for (int q = after + 2; q < b && q <= after + RELATIVE_REACH; q++) {
                if (tokens.is(q, ",")) {
                    // (not "X, who is due to meet Y on Monday, said little": the relative clause is X's own meeting)
                    Trigger own = triggers.findTrigger(after + 2, q);
                    if (q + 1 < b && lexicon.speech.contains(tokens.lower(q + 1)) && (own == null || !own.verbal())) after = q + 1;
                    break;
                }
            }
        }
        int ts = titles.titleStart(i, a);
        // "The Russian delegation was led by presidential aide X", "Ukraine's was headed by Y"
        int ledBy = ledByBefore(ts, a);
        if (ledBy > 0) {
            p.leadsDelegation = true;
            // ... whose country, when no title gave one, is the delegation's ("The Russian delegation was led by X")
            if (p.country == null) p.country = ledGroupCountry(ledBy - 1, a);
        }
        if (after < b && lexicon.speech.contains(tokens.lower(after))) m.excluded = p.staff || triggers.speakerExcluded(after, ts, a, b);
        if (i - 2 >= a && tokens.is(i - 2, "according") && tokens.is(i - 1, "to")) m.excluded = true;
        // an aide: "accompanied by Deputy Minister X" (and the rest of that list)
        int k = ts - 1;
        // (bounded: "Lavrov his Lavrov his ..." for a megabyte without a full stop walked back to the text's start each time)
        while (k > a && k >= ts - AIDE_LIST_REACH && (tokens.is(k, ",") || tokens.is(k, "and") || inName[k] || inTitle[k]
                || gazetteer.honorifics.contains(tokens.lower(k)) || tokens.is(k, ".") && gazetteer.honorifics.contains(tokens.lower(k - 1))
                || tokens.is(k, "of") || doc.gazEntries[k] != null // "Foreign Minister X of Norway and Dr. Y"
                || lexicon.determiners.contains(tokens.lower(k)) && !tokens.is(k, "the"))) k--; // "accompanied by her deputy X", "..., Dr. X"
        // "President X's national security adviser Y": X names whose aide Y is
        if (tokens.is(j, "'s")) {
            for (int r = j + 1; r < b && r <= j + 5 && tokens.isWord(r) && !triggers.isNounTrigger(r, tokens.lower(r)); r++) {
                // "Orban's spokesman ruled out ...": the person speaks through an aide, unnamed or not
                if (gazetteer.titleWords.contains(tokens.lower(r)) && r + 1 < b && tokens.capitalized(r + 1) || gazetteer.staffRoles.contains(tokens.lower(r))) {
                    // ("Zelenskiy's spokesman said a meeting with Putin was not planned": an unnamed aide's words are
                    // the person's own, read as "Zelenskiy said ...")
                    boolean speaksFor = gazetteer.staffRoles.contains(tokens.lower(r)) && r + 1 < b && lexicon.speech.contains(tokens.lower(r + 1));
                    m.excluded = !speaksFor || triggers.speakerExcluded(r + 1, ts, a, b);
                    break;
                }
            }
        }
        // ... but not the subject after a fronted phrase: "Accompanied by Minister X, Premier Y met Z"
        boolean subject = after < b && triggers.isVerbTrigger(after, tokens.lower(after), b);
        if (k > a && tokens.is(k, "by") && lexicon.aideVerbs.contains(tokens.lower(k - 1)) && !subject && !attendedNewEvent(a, k - 1)) m.excluded = true;
        // "was accompanied on the visit by his wife, by intelligence chief X and by ...": the whole list after it
        if (!subject && !m.excluded && entourageBefore(a, ts)) m.excluded = true;
        // a sender: "convey a message from Syrian President X", "a letter from X", "on behalf of X"
        int f = ts - 1;
        if (f > a && tokens.is(f, "the")) f--;
        if (f > a && (tokens.is(f, "from") && lexicon.notReceived.contains(tokens.lower(f - 1))
                || tokens.is(f, "of") && tokens.is(f - 1, "behalf"))) {
            m.excluded = true;
        }
        return m;
    }

    /**
     * "A tripartite summit was held in Cairo on Tuesday, attended by A, B and C": the attendees of an event the sentence
     * introduces ("a"/"an" before its meeting noun) and names no one else for are its participants, not aides (as they
     * are in "The meeting was attended by X").
     */
    private boolean attendedNewEvent(int a, int verb) {
        boolean introduced = false;
        for (int q = a; q < verb; q++) {
            if (inName[q]) return false;
            if (triggers.isNounTrigger(q, tokens.lower(q))) {
                for (int r = Math.max(a, q - 3); r < q; r++) introduced |= tokens.is(r, "a") || tokens.is(r, "an");
            }
        }
        return introduced;
    }

    /** "X, the director of presidential communications, ...": an appositive naming a press unit, not a minister. */
    private boolean staffAppositive(int j, int b) {
        // "X, according to the Communications Directorate": an attribution, not an appositive of X
        if (j >= b || !tokens.is(j, ",") || tokens.is(j + 1, "according")) return false;
        boolean unit = false;
        for (int k = j + 1; k < b && k <= j + 14 && !tokens.is(k, ",") && !tokens.is(k, "."); k++) {
            String low = tokens.lower(k);
            // "X, the spokesperson told reporters": a clause of its own, not an appositive of X
            if (low.startsWith("minist") || inName[k] || lexicon.speech.contains(low) || low.equals("told")) return false;
            unit |= lexicon.staffUnits.contains(low) || gazetteer.staffRoles.contains(low);
        }
        return unit;
    }

    /** Whether one of the (at most two) capitalised words at {@code j} is an institution noun ("Airport", "Treaty"). */
    private boolean institutionAfter(int j, int b) {
        // lower-case: "Simon Bolivar international airport", "Fujian province"
        int n = j < b && lexicon.institutionModifiers.contains(tokens.tok[j]) ? j + 1 : j;
        if (n < b && tokens.isWord(n) && !tokens.capitalized(n) && lexicon.institutionNouns.contains(tokens.tok[n])) return true;
        for (int k = j - 1; k < b && k <= j + 1; k++) {
            if (k < 0 || !tokens.isWord(k) || !tokens.capitalized(k)) return false;
            if (lexicon.institutionNouns.contains(tokens.lower(k))) return true;
        }
        return false;
    }

    /** How far back from a name an aide verb's "by" may open the list it belongs to. */
    private static final int ENTOURAGE_REACH = 25;

    /**
     * Whether the name starting at {@code ts} stands in the list after an [aide-verb] and its "by" ("accompanied on the
     * visit by his wife, by X and by Y"): up to four words between the verb and "by", no meeting trigger or ";" between.
     */
    /** How far back before a name the list of aides it belongs to is followed ("accompanied by Deputy Minister X, Y and Z"). */
    static final int AIDE_LIST_REACH = 40;

    private boolean entourageBefore(int a, int ts) {
        int verb = -1;
        for (int r = ts - 1; r > a && r >= ts - ENTOURAGE_REACH && verb < 0; r--) {
            // "attended by NATO ministers, with X and Y attending in person": "with" opens another list
            if (tokens.is(r, ";") || tokens.is(r, "with") || tokens.is(r, ".") && !gazetteer.honorifics.contains(tokens.lower(r - 1))) return false;
            if (lexicon.aideVerbs.contains(tokens.lower(r))) verb = r;
        }
        if (verb < 0) return false;
        boolean by = false;
        for (int y = verb + 1; y < ts && y <= verb + 5; y++) by |= tokens.is(y, "by");
        if (!by || attendedNewEvent(a, verb)) return false;
        // no meeting of its own between the list's verb and the name (checked last: the trigger tests cost most)
        for (int r = verb + 1; r < ts; r++) {
            String low = tokens.lower(r);
            if (triggers.isNounTrigger(r, low) || triggers.isVerbTrigger(r, low, ts)) return false;
        }
        return true;
    }

    /** The "by" of "led by"/"headed by" right before the title at ts, or up to three lower-case words before it ("led by presidential aide X"); else -1. */
    private int ledByBefore(int ts, int a) {
        for (int k = ts - 1; k - 1 >= a && k >= ts - 4; k--) {
            if (tokens.is(k, "by")) return tokens.is(k - 1, "led") || tokens.is(k - 1, "headed") ? k : -1;
            if (!tokens.isWord(k) || tokens.capitalized(k)) return -1;
        }
        return -1;
    }

    /**
     * The country of "The Russian delegation was" or "Ukraine's was" right before "led"/"headed" at {@code led} (a form of
     * "be", a [group-noun] or "'s", then a demonym or country), else null.
     */
    private String ledGroupCountry(int led, int a) {
        int k = led - 1;
        if (k >= a && lexicon.beForms.contains(tokens.lower(k))) k--;
        if (k >= a && lexicon.groupNouns.contains(tokens.lower(k))) k--;
        if (k >= a && tokens.is(k, "'s")) k--;
        int gs = k >= a ? doc.gazStartCovering(k) : -1;
        if (gs < 0 || doc.gazEnd[gs] != k + 1 || doc.gaz(gs, Gazetteer.Type.DEMONYM) == null && doc.gaz(gs, Gazetteer.Type.COUNTRY) == null) return null;
        return Party.countryOf(doc.placeCode(gs, true, true)); // (an EU delegation's leader keeps no country)
    }
}
