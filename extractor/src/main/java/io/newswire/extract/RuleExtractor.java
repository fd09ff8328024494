package io.newswire.extract;

import io.newswire.extract.Enrichment.Country;
import io.newswire.extract.Enrichment.Evidence;
import io.newswire.extract.Enrichment.Kind;
import io.newswire.extract.Enrichment.Location;
import io.newswire.extract.Enrichment.Meeting;
import io.newswire.extract.Enrichment.Participant;
import io.newswire.extract.Enrichment.Region;
import io.newswire.extract.Enrichment.Status;
import io.newswire.extract.Enrichment.Topics;
import io.newswire.extract.Gazetteer.Entry;
import io.newswire.extract.Gazetteer.Type;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rule-based extractor: furniture stripping, gazetteer and name spotting, coreference,
 * meeting triggers with status/kind/date/venue cues, merging, and topics. See docs/extractor.md.
 * Stateless apart from the immutable gazetteer: every call works on its own {@link Run}.
 */
final class RuleExtractor implements Extractor {
    /** Inputs longer than this are cut (the tail is ignored) to bound the work per article. */
    static final int MAX_CHARS = 1 << 20;

    /** {@code -Dnewswire.debug} prints sentences, clauses and people to stderr (development aid). */
    static final boolean DEBUG = Boolean.getBoolean("newswire.debug") || System.getProperty("newswire.debug") != null;

    final Gazetteer gazetteer;
    final Lexicon lexicon;

    RuleExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    @Override
    public Enrichment extract(Article article) {
        Objects.requireNonNull(article, "article");
        return new Run(article).run();
    }

    // ------------------------------------------------------------------ vocabulary

    /** How far back merging and reference resolution look (bounds the work on huge inputs). */
    static final int WINDOW = 64;

    // ------------------------------------------------------------------ per-article state

    @SuppressWarnings({"unchecked", "rawtypes"}) // generic arrays of gazetteer matches
    final class Run {
        final Document doc;
        final String text;
        final Tokens tokens;
        final boolean[] furniture;
        final boolean[] inTitle;
        final boolean[] inName;
        final Person[] personAt;
        final int[] gazEnd;
        final List<Entry>[] gazEntries;
        final List<Sentence> sentences;
        final KindResolver kindResolver;
        final StatusResolver statusResolver;
        final VenueResolver venueResolver;
        final Triggers triggers;
        final TitleReader titles;
        final CapitalisedNames names;
        /** Entity recognizers, run in order on each sentence; each adds mentions of the people it finds. */
        final List<EntityRecognizer> recognizers;
        LocalDate published;
        NewsContext news;
        DateResolver dateResolver;
        final People people = new People();
        final List<MeetingDraft> meetings = new ArrayList<>();
        final MeetingMerger merger = new MeetingMerger(meetings);
        final MeetingOutput output;
        final TopicFinder topicFinder;
        Person focus;
        final Map<Person, Integer> meetCount = new LinkedHashMap<>();
        int focusCount;
        Kind pendingKind;
        DateMention pendingDate;

        Run(Article a) {
            String s = a.text();
            doc = new Document(s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s, gazetteer, lexicon);
            text = doc.text;
            tokens = doc.tokens;
            furniture = doc.furniture;
            inTitle = doc.inTitle;
            inName = doc.inName;
            personAt = doc.personAt;
            gazEnd = doc.gazEnd;
            gazEntries = doc.gazEntries;
            sentences = doc.sentences;
            kindResolver = new KindResolver(doc);
            statusResolver = new StatusResolver(doc);
            venueResolver = new VenueResolver(doc);
            triggers = new Triggers(doc);
            titles = new TitleReader(doc, people);
            names = new CapitalisedNames(doc);
            recognizers = List.of(new CapitalisedPersonRecognizer(doc, people, titles, names, triggers));
            output = new MeetingOutput(doc);
            topicFinder = new TopicFinder(doc);
            published = a.published();
        }

        /** A photo caption ("... (R) ...", "[Photo/...]", "In this photo ..."). */
        boolean caption(int si) {
            Sentence s = sentences.get(si);
            for (int i = s.start(); i < s.end(); i++) {
                if (tokens.is(i, "photo") || tokens.is(i, "pictured") || tokens.tok[i].equals("R") && tokens.is(i - 1, "(") && tokens.is(i + 1, ")")
                        || tokens.tok[i].equals("L") && tokens.is(i - 1, "(") && tokens.is(i + 1, ")")) {
                    return true;
                }
            }
            return false;
        }

        String debugPersons() {
            StringBuilder sb = new StringBuilder();
            for (Person p : people.all()) sb.append(p.name).append(" | ").append(p.title).append(" | ").append(p.country)
                    .append(p.staff ? " staff" : "").append('\n');
            return sb.toString();
        }

        Enrichment run() {
            GazetteerAnnotator.annotate(doc);
            news = new Furniture(doc, published).read();
            dateResolver = new DateResolver(doc, news.newsDate());
            new SentenceSplitter(doc).split();
            if (DEBUG) {
                for (Sentence x : sentences) {
                    System.err.println("SENT " + (x.headline() ? "H " : "") + text.substring(tokens.start[x.start()], tokens.end[x.end() - 1]));
                }
            }
            for (int s = 0; s < sentences.size(); s++) sentence(s);
            MeetingDefaults.apply(meetings, news);
            // order of first mention in the body text; meetings only in captions come last
            List<MeetingDraft> ordered = new ArrayList<>(meetings);
            Map<MeetingDraft, Integer> key = new HashMap<>();
            for (MeetingDraft m : meetings) {
                int k = Integer.MAX_VALUE;
                for (int si : m.sentences) k = Math.min(k, caption(si) ? 1_000_000 + si : si);
                key.put(m, k);
            }
            ordered.sort((x, y) -> Integer.compare(key.get(x), key.get(y)));
            List<Meeting> out = new ArrayList<>();
            for (MeetingDraft m : ordered) {
                Meeting mm = output.toMeeting(m);
                if (mm != null) out.add(mm);
            }
            if (DEBUG) System.err.print(debugPersons());
            return new Enrichment(news.newsDate(), out, topicFinder.topics(meetings, people.all(), meetCount.keySet(), news));
        }

        // ------------------------------------------------------------ furniture

        // ------------------------------------------------------------ sentences

        // ------------------------------------------------------------ gazetteer pass

        // ------------------------------------------------------------ names

        // ------------------------------------------------------------ sentence processing

        void sentence(int si) {
            Sentence s = sentences.get(si);
            int a = s.start(), b = s.end();
            boolean headline = s.headline();
            List<Mention> ments = new ArrayList<>();
            for (EntityRecognizer recognizer : recognizers) recognizer.recognize(a, b, ments);
            // 2. roles, pronoun subjects and sides
            roleMentions(a, b, ments);
            for (int k = a + 1; k < b; k++) {
                if (!(tokens.is(k, "him") || tokens.is(k, "her") && !(k + 1 < b && tokens.isWord(k + 1) && !triggers.isNounTrigger(k + 1, tokens.lower(k + 1), b)
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
                if (best == null && focus != host) best = focus;
                if (best != null) ments.add(new Mention(k, k + 1, Party.of(best)));
            }
            for (int k = a; k + 1 < b; k++) {
                if ((tokens.is(k, "he") || tokens.is(k, "she")) && focus != null) personAt[k] = focus;
                if (!(tokens.is(k, "he") || tokens.is(k, "she"))) continue;
                int v = k + 1;
                while (v < b && v <= k + 3 && lexicon.auxiliaries.contains(tokens.lower(v))) v++;
                boolean verbNext = v < b && triggers.isVerbTrigger(v, tokens.lower(v), b) || triggers.isVerbTrigger(k + 1, tokens.lower(k + 1), b)
                        || k + 2 < b && triggers.isVerbTrigger(k + 2, tokens.lower(k + 2), b)
                        || k + 2 < b && (tokens.is(k + 1, "held") || tokens.is(k + 1, "had")) && triggers.isNounTrigger(k + 2, tokens.lower(k + 2), b);
                if (!verbNext) continue;
                Person best = null;
                for (Mention m : ments) if (m.start < k && m.party.person != null && !m.party.person.staff) best = m.party.person;
                if (best == null && focus != null) best = focus;
                if (best != null) ments.add(new Mention(k, k + 1, Party.of(best)));
            }
            sideMentions(a, b, ments);
            ments.sort((x, y) -> Integer.compare(x.start, y.start));
            // 3. topics: forced (situation of X, territories)
            topicFinder.collectForcedTopics(a, b);
            if (headline) {
                return;
            }
            // 4. meetings
            meetingsIn(si, a, b, ments);
        }

        void roleMentions(int a, int b, List<Mention> ments) {
            for (int i = a; i < b; i++) {
                if (furniture[i] || inTitle[i] || inName[i] || !tokens.isWord(i)) continue;
                String low = tokens.lower(i);
                boolean plural = low.length() > 3 && low.endsWith("s") && gazetteer.roleNouns.contains(gazetteer.singular(low));
                if (!plural && !gazetteer.roleNouns.contains(low)) continue;
                // title of a following name?
                if (i + 1 < b && (inName[i + 1] || inTitle[i + 1])) continue;
                if (i + 2 < b && tokens.is(i + 1, ",") && inName[i + 2]) continue;
                if (i + 1 < b && gazetteer.titleWords.contains(tokens.lower(i + 1)) && !tokens.is(i + 1, "'s")) continue;
                boolean nameSoon = false;
                for (int k = i + 1; k < b && k <= i + 3; k++) nameSoon |= inName[k];
                if (nameSoon && !plural && !(tokens.is(i + 1, "of") || tokens.is(i + 1, "from"))) continue;
                // phrase start
                int k = i - 1;
                String country = null;
                while (k >= a) {
                    String q = tokens.lower(k);
                    int gs = doc.gazStartCovering(k);
                    if (gs >= 0 && (doc.gaz(gs, Type.DEMONYM) != null || doc.gaz(gs, Type.COUNTRY) != null || doc.gaz(gs, Type.ORG) != null)) {
                        String c = doc.placeCode(gs, true, true);
                        if (country == null) country = c;
                        k = gs - 1;
                        continue;
                    }
                    if (q.equals("'s") || gazetteer.titleWords.contains(q) || q.equals("top")) {
                        k--;
                        continue;
                    }
                    if ((q.equals("and") || q.equals(",")) && k - 1 >= a && doc.gazStartCovering(k - 1) >= 0
                            && doc.gaz(doc.gazStartCovering(k - 1), Type.DEMONYM) != null) {
                        k--;
                        continue;
                    }
                    break;
                }
                boolean det = k >= a && lexicon.determiners.contains(tokens.lower(k)) || k + 1 <= i && tokens.is(k + 1, "'s") == false
                        && k >= a && tokens.is(k, "'s");
                boolean possessive = false;
                for (int m = k + 1; m < i; m++) possessive |= tokens.is(m, "'s");
                boolean ofList = plural && i + 1 < b && (tokens.is(i + 1, "of") || tokens.is(i + 1, "from"));
                boolean demList = false;
                if (plural) {
                    int dn = 0;
                    for (int m = k + 1; m < i; m++) if (gazEntries[m] != null && doc.gaz(m, Type.DEMONYM) != null) dn++;
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
                        while (nf < b && (gazetteer.titleWords.contains(tokens.lower(nf)) || gazetteer.honorifics.contains(tokens.lower(nf))
                                || tokens.is(nf, "."))) nf++;
                        boolean nameFollows = nf < b && inName[nf];
                        if (after < b && (tokens.is(after, "member") || tokens.is(after, "members") || tokens.is(after, "countries")
                                || tokens.is(after, "states") || tokens.is(after, "nations"))) {
                            continue;
                        }
                        if (nameFollows) {
                            for (Person pp : people.recent(32)) {
                                if (pp.lastMention == nf && pp.country == null) pp.country = doc.placeCode(list.get(0).start(), true, true);
                            }
                        }
                        if (!nameFollows) {
                            for (TokenSpan it : list) ments.add(new Mention(it.start(), it.end(), Party.side(doc.placeCode(it.start(), true, true))));
                        }
                        for (TokenSpan it : list) for (int m = it.start(); m < it.end(); m++) inTitle[m] = true;
                        continue;
                    }
                }
                if (plural) {
                    // "the Russian and Azerbaijani counterparts" (no names follow): sides
                    List<String> cs = new ArrayList<>();
                    for (int m = k + 1; m < i; m++) {
                        if (gazEntries[m] != null && doc.gaz(m, Type.DEMONYM) != null) cs.add(doc.gaz(m, Type.DEMONYM).code());
                    }
                    int nf = i + 1;
                    if (nf < b && (tokens.is(nf, ",") || tokens.is(nf, "-") || tokens.is(nf, "—") || tokens.is(nf, ":"))) nf++;
                    boolean objectPos = k >= a && (tokens.is(k, "with") || triggers.isVerbTrigger(k, tokens.lower(k), b));
                    if ((cs.size() >= 2 || cs.size() == 1 && objectPos) && !(nf < b && inName[nf])) {
                        for (String c : cs) ments.add(new Mention(i, i + 1, Party.side(c)));
                    } else if (cs.size() >= 2) {
                        // "his US and UK counterparts, Rex Tillerson and Boris Johnson": countries in order
                        int idx = 0;
                        for (int m = nf; m < b && idx < cs.size(); m++) {
                            if (inName[m] && (m == nf || !inName[m - 1])) {
                                for (Person pp : people.recent(32)) if (pp.lastMention == m && pp.country == null) pp.country = cs.get(idx);
                                idx++;
                            } else if (!(inName[m] || tokens.is(m, "and") || tokens.is(m, ","))) {
                                break;
                            }
                        }
                    }
                    continue;
                }
                if (low.equals("counterparts")) continue;
                if (low.equals("counterpart") && country == null) continue;
                Person p = resolveRole(low, country, i, k + 1);
                if (p != null) {
                    p.lastMention = i;
                    Mention m = new Mention(i, i + 1, Party.of(p));
                    int after = i + 1;
                    if (after < b && lexicon.speech.contains(tokens.lower(after))) m.excluded = triggers.speakerExcluded(after, b);
                    if (p.staff) m.excluded = true;
                    ments.add(m);
                } else if (country != null && !low.equals("official")) {
                    ments.add(new Mention(i, Party.side(country)));
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
            // "the Armenian side"
            for (int i = a; i + 1 < b; i++) {
                if (furniture[i]) continue;
                Entry d = doc.gaz(i, Type.DEMONYM);
                if (d != null && gazEnd[i] < b && (tokens.is(gazEnd[i], "side") || tokens.is(gazEnd[i], "delegation"))
                        && i > a && tokens.is(i - 1, "the")) {
                    ments.add(new Mention(i, Party.side(d.code())));
                }
            }
        }

        Person resolveRole(String role, String country, int at, int phraseStart) {
            Person best = null;
            int bestScore = -1;
            for (Person p : people.recent(256)) {
                if (p.staff || p.lastMention >= at && p.lastMention != at) continue;
                if (country != null && !country.equals(p.country)) continue;
                if (!roleFitsLow(role, p.titleLow())) continue;
                int score = 0;
                String tl = p.titleLow();
                for (int k = Math.max(0, phraseStart); k <= at; k++) {
                    String q = tokens.lower(k);
                    if (q.length() > 2 && !lexicon.determiners.contains(q) && tl.contains(q)) score += 4;
                }
                if (p == focus) score += 2;
                if (best == null || score > bestScore || score == bestScore && p.lastMention > best.lastMention) {
                    best = p;
                    bestScore = score;
                }
            }
            return best;
        }

        boolean roleFitsLow(String role, String tl) {
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
                    trigNear |= triggers.isNounTrigger(k, q, b) || triggers.isVerbTrigger(k, q, b) || q.equals("took") || q.equals("held");
                }
                if (tokens.is(i, "between") && trigNear) {
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
                    if (items.size() >= 2) {
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
                boolean heldNoun = k + 1 < b && (tokens.is(k, "held") || tokens.is(k, "hold") || tokens.is(k, "continue") || tokens.is(k, "resume")
                        || tokens.is(k, "begin") || tokens.is(k, "start") || tokens.is(k, "have") || tokens.is(k, "had"))
                        && (lexicon.nounTriggers.contains(tokens.lower(k + 1)) || k + 2 < b && lexicon.nounTriggers.contains(tokens.lower(k + 2)));
                if (k < b && (lexicon.verbTriggers.contains(tokens.lower(k)) || heldNoun)) {
                    for (TokenSpan it : list) ments.add(new Mention(it.start(), Party.side(doc.placeCode(it.start(), false, true))));
                }
            }
        }

        // ------------------------------------------------------------ meetings

        void meetingsIn(int si, int a, int b, List<Mention> allMents) {
            Trigger found = triggers.findTrigger(a, b);
            int trig = found == null ? -1 : found.token();
            if (trig > a) {
                for (int i = a; i < trig; i++) {
                    String low = tokens.lower(i);
                    if (!furniture[i] && tokens.isWord(i) && (triggers.isNounTrigger(i, low, b) || triggers.isVerbTrigger(i, low, b))) {
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
                    if (triggers.isVerbTrigger(i, low, b) || triggers.isNounTrigger(i, low, b)) {
                        if (i == prevTrig + 1) {
                            prevTrig = i; // "trilateral meeting", "phone call": one trigger
                            continue;
                        }
                        second = i;
                        break;
                    }
                }
                if (second > 0) {
                    int cut = -1;
                    for (int k = second - 1; k > trig; k--) {
                        String q = tokens.lower(k);
                        if (q.equals("after") || q.equals("following") || q.equals("before") || q.equals("which")
                                || q.equals(";") || q.equals("built") || q.equals("followed") || q.equals("since")
                                || q.equals("and") && tokens.is(k - 1, ",")) {
                            cut = k;
                            break;
                        }
                    }
                    if (cut < 0) {
                        // cut before the list of names that is the subject of the second trigger
                        Mention lastBefore = null, listStart = null;
                        for (Mention m : allMents) {
                            if (m.start <= trig || m.start >= second) continue;
                            if (lastBefore == null || lastBefore.end < 0 || !listGap(lastBefore.end, m.start)) listStart = m;
                            lastBefore = m;
                        }
                        boolean before = false;
                        for (Mention m : allMents) before |= m.start < (listStart == null ? 0 : listStart.start) && m != listStart;
                        boolean verbGap = false;
                        if (lastBefore != null && lastBefore.end > 0) {
                            for (int k = lastBefore.end; k < second; k++) {
                                String q = tokens.lower(k);
                                verbGap |= q.equals("their") || q.equals("his") || q.equals("her") || lexicon.speech.contains(q)
                                        || q.length() > 4 && q.endsWith("ed") && !tokens.capitalized(k);
                            }
                        }
                        if (listStart != null && before && verbGap && lastBefore.end > 0 && second - lastBefore.end <= 6) {
                            cut = listStart.start;
                            while (cut - 1 > trig && inTitle[cut - 1]) cut--;
                        }
                    }
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

        MeetingDraft clause(int si, int a, int b, List<Mention> allMents, MeetingDraft prevClause) {
            Trigger trigger = triggers.findTrigger(a, b);
            int trig = trigger == null ? -1 : trigger.token();
            List<Mention> ments = new ArrayList<>();
            for (Mention m : allMents) if (!m.excluded) ments.add(m);
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
                if (personCount >= 2 && distinct >= 2 && doc.sentenceHas(a, b, lexicon.weakVerbs) && !doc.sentenceHas(a, b, lexicon.nounTriggers)) {
                    trig = ments.get(0).start + 1;
                } else {
                    Kind k = kindResolver.kind(a, b);
                    if (k != null && !meetings.isEmpty()) {
                        MeetingDraft lastM = meetings.get(meetings.size() - 1);
                        if (!lastM.kindExplicit && mentionsAny(allMents, lastM)) {
                            lastM.kind = k;
                            lastM.kindExplicit = true;
                            lastM.city = null;
                            lastM.country = null;
                        }
                    }
                    presentList(si, a, b, allMents);
                    pendingKindFrom(a, b);
                    return null;
                }
            }
            for (int k = Math.max(a, trig - 8); k < trig; k++) {
                if (tokens.is(k, "whether") || tokens.is(k, "unclear") || tokens.is(k, "if") && !tokens.is(k - 1, "as")) return null;
            }
            Kind kind = kindResolver.kind(a, b);
            boolean kindExplicit = kind != null;
            if (kind == null) kind = Kind.IN_PERSON;
            Status status = statusResolver.status(a, b);
            if (ments.isEmpty() && doc.hasAny(a, b, "their", "the two", "they", "them", "previous", "earlier")
                    && a > sentences.get(si).start()) {
                MeetingDraft src = prevClause != null ? prevClause : meetings.isEmpty() ? null : meetings.get(meetings.size() - 1);
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
            if (ments.isEmpty() && !meetings.isEmpty() && (doc.hasAny(Math.max(a, trig - 5), trig, "the two leaders", "the two ministers",
                    "the two presidents", "the two diplomats", "the two sides", "the two men", "the two women")
                    || doc.hasAny(Math.max(a, trig - 2), trig, "the two"))) {
                MeetingDraft lastM = meetings.get(meetings.size() - 1);
                for (Party p : lastM.parties) ments.add(new Mention(a, a + 1, p));
            }
            if (ments.isEmpty()) {
                if (!meetings.isEmpty() && kindExplicit && mentionsAny(allMents, meetings.get(meetings.size() - 1))) {
                    MeetingDraft lastM = meetings.get(meetings.size() - 1);
                    if (!lastM.kindExplicit) {
                        lastM.kind = kind;
                        lastM.kindExplicit = true;
                        lastM.city = null;
                        lastM.country = null;
                    }
                }
                reference(si, a, b, trig, kind, kindExplicit, status);
                pendingKindFrom(a, b);
                return null;
            }
            List<Mention> hosts = new ArrayList<>();
            List<Mention> guests = new ArrayList<>();
            for (Mention m : ments) (m.start < trig ? hosts : guests).add(m);
            if (!hosts.isEmpty() && hosts.get(0).party.person != null && guests.isEmpty() && hosts.size() == 1) focus = hosts.get(0).party.person;
            if (focus == null && ments.size() == 1 && ments.get(0).party.person != null) focus = ments.get(0).party.person;
            // "between" right after the trigger: the parties are those after it
            boolean between = false;
            for (int k = trig; k < b && k <= trig + 4; k++) between |= tokens.is(k, "between");
            if (between && guests.size() >= 2) {
                hosts.clear();
                List<Mention> contiguous = new ArrayList<>();
                for (Mention m : guests) {
                    if (!contiguous.isEmpty()) {
                        Mention p = contiguous.get(contiguous.size() - 1);
                        if (p.end > 0 && !listGap(p.end, m.start)) break;
                    }
                    contiguous.add(m);
                }
                guests = contiguous;
                ments = contiguous;
            }
            boolean sep = doc.sentenceHas(a, b, lexicon.separateCues) || tokens.lower(trig).equals("meetings") && !between;
            boolean multi = doc.sentenceHas(a, b, lexicon.togetherCues) || doc.hasAny(a, b, "group photo", "all three", "three-way", "four-way",
                    "three way", "four way", "joined by");
            boolean singularNoun = (trigger == null || !trigger.verbal()) && trig > a && (tokens.is(trig - 1, "a") || tokens.is(trig - 1, "an")
                    || trig - 2 >= a && (tokens.is(trig - 2, "a") || tokens.is(trig - 2, "an")));
            List<List<Party>> groups = new ArrayList<>();
            if (DEBUG) {
                System.err.println("CLAUSE trig=" + tokens.tok[Math.min(trig, tokens.n - 1)] + " hosts=" + hosts.size() + " guests="
                        + guests.size() + " sep=" + sep + " multi=" + multi + " between=" + between + " focus="
                        + (focus == null ? null : focus.name) + " :: " + text.substring(tokens.start[a], tokens.end[b - 1]));
            }
            if (hosts.size() + guests.size() == 1) {
                Party only = (hosts.isEmpty() ? guests : hosts).get(0).party;
                if (hosts.isEmpty() && focus != null && only.person != focus && linked(trig)) {
                    groups.add(List.of(Party.of(focus), only));
                } else if (hosts.isEmpty() || only.person == null || prevClause != null || !doc.hasAny(a, b, "the two")) {
                    pendingKindFrom(a, b);
                    if (kindExplicit && only.person != null) pendingKind = kind;
                    return null;
                }
                // else "the two" with a single named host: no meeting, but the clause still takes the pending kind and date
            } else if (sep && !hosts.isEmpty()) {
                Party h = hosts.get(0).party;
                for (Mention m : ments) if (m.party != h && !m.party.sameSideAs(h)) groups.add(List.of(h, m.party));
            } else if (sep && hosts.isEmpty() && focus != null) {
                Party h = Party.of(focus);
                boolean focusIn = false;
                for (Mention m : guests) focusIn |= m.party.person == focus;
                if (focusIn) {
                    for (Mention m : guests) if (m.party.person != focus) groups.add(List.of(h, m.party));
                } else {
                    for (Mention m : guests) groups.add(List.of(h, m.party));
                }
            } else if (multi || between || singularNoun && guests.size() >= 2) {
                List<Party> all = new ArrayList<>();
                for (Mention m : (between ? guests : ments)) all.add(m.party);
                groups.add(all);
            } else if (hosts.size() == 1 && guests.size() >= 2) {
                Mention prevG = null;
                for (Mention m : guests) {
                    if (prevG != null && prevG.end > 0 && !listGap(prevG.end, m.start)) break;
                    groups.add(List.of(hosts.get(0).party, m.party));
                    prevG = m;
                }
            } else if (hosts.isEmpty() && guests.size() >= 2 && withBefore(trig, guests.get(0).start) && focus != null) {
                for (Mention m : guests) if (m.party.person != focus) groups.add(List.of(Party.of(focus), m.party));
            } else {
                List<Party> all = new ArrayList<>();
                for (Mention m : hosts) all.add(m.party);
                // guests join a subject group only when linked to the trigger ("A and B met with C")
                boolean linked = hosts.size() < 2 || !guests.isEmpty() && withBefore(trig, guests.get(0).start);
                Mention prevG = null;
                for (Mention m : guests) {
                    if (!linked) break;
                    if (prevG != null && prevG.end > 0 && !listGap(prevG.end, m.start)) break;
                    all.add(m.party);
                    prevG = m;
                }
                groups.add(all);
            }
            if (pendingKind != null && !kindExplicit) {
                kind = pendingKind;
                kindExplicit = true;
            }
            pendingKind = null;
            DateMention de = dateResolver.nearestDate(a, b, trig, status);
            if (de == null && pendingDate != null) de = pendingDate;
            pendingDate = null;
            boolean historical = doc.hasAny(a, b, "earlier", "previous", "previously", "ago", "last", "had met", "since")
                    && !doc.hasAny(a, b, "earlier on", "earlier today", "earlier in the day")
                    // an earlier stop of a tour: "after a stay in Dominica, where he met ..."
                    || doc.hasAny(a, b, "after a stay", "after a stop", "previous stop", "earlier stop", "earlier visited");
            Venue venue = kind == Kind.IN_PERSON ? venueResolver.venue(a, b, trig) : null;
            boolean negotiate = doc.hasAny(a, b, "negotiations", "negotiate", "negotiated");
            MeetingDraft last = null;
            for (List<Party> grp : groups) {
                if (grp.size() < 2) continue;
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
                m.historical = historical || de != null && de.vague();
                if (venue != null) {
                    m.city = venue.city();
                    m.country = venue.country();
                }
                m.negotiation = negotiate;
                m.event = doc.hasAny(Math.max(a, trig - 10), trig, "take part", "takes part", "taking part", "attend", "participate");
                m.sentences.add(si);
                last = merger.add(m);
            }
            if (last != null) {
                for (List<Party> grp : groups) for (Party p : grp) if (p.person != null) meetCount.merge(p.person, 1, Integer::sum);
                // the protagonist: the person in most meetings so far (ties: the host of the latest)
                Party h = last.parties.get(0);
                for (List<Party> grp : groups) {
                    for (Party p : grp) {
                        if (p.person == null) continue;
                        int n = meetCount.get(p.person);
                        if (n > focusCount || n == focusCount && p.person == h.person) {
                            focus = p.person;
                            focusCount = n;
                        }
                    }
                }
                if (h.person != null && meetCount.getOrDefault(h.person, 0) == focusCount) focus = h.person;
            }
            return last;
        }

        /** Tokens between two items of one coordinated list: punctuation, "and", titles, names, places. */
        boolean listGap(int from, int to) {
            for (int k = from; k < to; k++) {
                String q = tokens.lower(k);
                if (!tokens.isWord(k) || tokens.capitalized(k) || inName[k] || inTitle[k] || gazEntries[k] != null || lexicon.listGlue.contains(q)
                        || gazetteer.titleWords.contains(q) || gazetteer.honorifics.contains(q)) {
                    continue;
                }
                return false;
            }
            return true;
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
            if (meetings.isEmpty() || !(doc.hasAny(a, a + 3, "present were") || doc.hasAny(a, b, "were present")
                    || doc.hasAny(a, a + 4, "the delegation included"))) {
                return;
            }
            MeetingDraft m = meetings.get(meetings.size() - 1);
            List<Party> add = new ArrayList<>();
            for (Mention x : ms) if (x.party.person != null && !x.excluded) add.add(x.party);
            if (add.isEmpty()) return;
            MeetingDraft n = new MeetingDraft();
            n.parties.addAll(add);
            n.kind = m.kind;
            n.status = m.status;
            merger.merge(m, n);
            m.sentences.add(si);
        }

        boolean withBefore(int trig, int tok) {
            for (int k = trig; k < tok; k++) if (tokens.is(k, "with")) return true;
            return false;
        }

        void pendingKindFrom(int a, int b) {
            Kind k = kindResolver.kind(a, b);
            if (k != null && doc.hasAny(a, b, "series", "calls", "conversations")) {
                pendingKind = k;
                pendingDate = dateResolver.nearestDate(a, b, a, Status.HELD);
            }
        }

        /** A sentence about an already reported meeting ("The meetings took place on ... in ..."). */
        void reference(int si, int a, int b, int trig, Kind kind, boolean kindExplicit, Status status) {
            if (meetings.isEmpty()) return;
            boolean plural = tokens.lower(trig).endsWith("s") && !tokens.is(trig, "talks") || doc.hasAny(a, b, "the meetings");
            boolean det = false;
            for (int k = Math.max(a, trig - 3); k < trig; k++) det |= lexicon.determiners.contains(tokens.lower(k)) || tokens.is(k, "'s");
            if (!det) return;
            DateMention de = dateResolver.nearestDate(a, b, trig, status);
            Venue venue = venueResolver.venue(a, b, trig);
            MeetingDraft lastM = meetings.get(meetings.size() - 1);
            if (status == Status.PLANNED && lastM.status == Status.HELD && de != null && de.date() != null
                    && !Objects.equals(de.date(), lastM.date)) {
                // "Their talks are set to resume on Friday": a new, planned meeting of the same parties
                MeetingDraft m = new MeetingDraft();
                m.parties.addAll(lastM.parties);
                m.kind = lastM.kind;
                m.status = Status.PLANNED;
                m.date = de.date();
                m.city = lastM.city;
                m.country = lastM.country;
                m.sentences.add(si);
                meetings.add(m);
                return;
            }
            List<MeetingDraft> targets = plural ? meetings.subList(Math.max(0, meetings.size() - WINDOW), meetings.size()) : List.of(lastM);
            for (MeetingDraft m : targets) {
                if (m.status != Status.HELD && status == Status.HELD) continue;
                if (de != null && de.date() != null && m.date == null && !m.vague) m.date = de.date();
                if (venue != null && m.kind == Kind.IN_PERSON && (m.city == null && venue.city() != null || m.country == null)) {
                    m.city = venue.city();
                    m.country = venue.country();
                }
                if (kindExplicit && !m.kindExplicit) {
                    m.kind = kind;
                    m.kindExplicit = true;
                    if (kind != Kind.IN_PERSON) {
                        m.city = null;
                        m.country = null;
                    }
                }
                if (status == Status.CANCELLED || status == Status.DENIED) m.status = status;
                m.sentences.add(si);
            }
        }

        // ------------------------------------------------------------ dates

        // ------------------------------------------------------------ venues

        // ------------------------------------------------------------ merging

        // ------------------------------------------------------------ defaults

        // ------------------------------------------------------------ output

    }


}
