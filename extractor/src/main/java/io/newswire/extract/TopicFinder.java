package io.newswire.extract;

import io.newswire.extract.Enrichment.Country;
import io.newswire.extract.Enrichment.Region;
import io.newswire.extract.Enrichment.Topics;
import io.newswire.extract.Gazetteer.Entry;
import io.newswire.extract.Gazetteer.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the topics: countries named in the text minus the parties' own countries, venues, the dateline and
 * places of a traveller's itinerary; plus, always, countries after a situation noun ("the situation in X")
 * and territories ("Gaza" -> PS); named regions with their countries; themes from the keyword taxonomy.
 */
final class TopicFinder {
    private final Document doc;
    private final Tokens tokens;
    private final boolean[] furniture;
    private final boolean[] inTitle;
    private final Person[] personAt;
    private final int[] gazEnd;
    private final List<Entry>[] gazEntries;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    /** How many words before "in X" an event noun makes X the event's place. */
    static final int EVENT_PLACE_REACH = 10;

    /** Countries discussed in any case: after a situation noun, and those of territories. */
    private final Set<String> forcedTopics = new LinkedHashSet<>();

    TopicFinder(Document doc) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.furniture = doc.furniture;
        this.inTitle = doc.inTitle;
        this.personAt = doc.personAt;
        this.gazEnd = doc.gazEnd;
        this.gazEntries = doc.gazEntries;
        this.lexicon = doc.lexicon;
        this.gazetteer = doc.gazetteer;
    }

    /**
     * "Poland's prime minister", "Qatar's emir": a country whose official the text speaks of without a name (as
     * "the Polish prime minister") says whose official it is, not what was discussed.
     */
    private boolean officialOf(int i) {
        int k = gazEnd[i];
        if (k >= tokens.n || !tokens.is(k, "'s")) return false;
        for (int j = k + 1; j < tokens.n && j <= k + 3; j++) {
            String low = tokens.lower(j);
            if (gazetteer.roleNouns.contains(low)) return true;
            if (!gazetteer.titleWords.contains(low)) return false;
        }
        return false;
    }

    /**
     * How often a side named only by its country must be named for its own situation to be a subject ("Turkey and
     * Greece held talks ... Turkey wants ... Greece and Turkey are allies" names a party three times, no subject).
     */
    static final int SIDE_SUBJECT_MENTIONS = 4;

    /**
     * The topics of the article once every sentence is read.
     *
     * @param meetingPeople the people who take part in a meeting (their itinerary is not a topic)
     * @param processClauses clauses about talks going on ({@code [start, end)}): a country named there with two or
     *     more of the participants' countries is a party to their negotiation, not a subject
     */
    Topics topics(List<MeetingDraft> meetings, List<Person> persons, Set<Person> meetingPeople, NewsContext news, List<int[]> processClauses) {
        // unnamed sides are excluded unless the article keeps naming them (then they are its subject)
        Map<String, Integer> mentions = new HashMap<>();
        for (int i = 0; i < tokens.n; i++) {
            if (furniture[i] || gazEntries[i] == null || inTitle[i] || officialOf(i)) continue;
            Entry c = doc.gaz(i, Type.COUNTRY);
            if (c != null) mentions.merge(c.code(), 1, Integer::sum);
        }
        Set<String> excluded = new LinkedHashSet<>();
        Set<String> personCountries = new LinkedHashSet<>();
        for (MeetingDraft m : meetings) for (Party p : m.parties) if (p.person != null && p.person.country != null) personCountries.add(p.person.country);
        Set<String> participantCountries = new LinkedHashSet<>();
        for (MeetingDraft m : meetings) for (Party p : m.parties) if (p.country() != null) participantCountries.add(p.country());
        for (String c : participantCountries) {
            if (personCountries.contains(c) || mentions.getOrDefault(c, 0) < SIDE_SUBJECT_MENTIONS) excluded.add(c);
        }
        for (Person p : persons) if (p.country != null) excluded.add(p.country);
        // "Ukraine, Syria and gas were on their agenda": named where the talks' subjects are, not a party's own
        for (Sentence s : doc.sentences) {
            if (!doc.sentenceHas(s.start(), s.end(), lexicon.discussionCues)) continue;
            for (int i = s.start(); i < s.end(); i++) {
                if (furniture[i] || gazEntries[i] == null || inTitle[i]) continue;
                Entry c = doc.gaz(i, Type.COUNTRY);
                if (c != null && !participantCountries.contains(c.code())) excluded.remove(c.code());
            }
        }
        for (MeetingDraft m : meetings) if (m.country != null) excluded.add(m.country);
        if (news.datelineCountry() != null) excluded.add(news.datelineCountry());
        for (int i = 1; i < tokens.n; i++) {
            // places travelled to are itinerary, not subjects: "visited Senegal and Niger", "a visit to Armenia"
            if (furniture[i] || !itineraryBefore(i)) continue;
            // only the itinerary of someone who meets in this article
            int sStart = doc.sentStartOf(i);
            boolean traveller = false;
            for (int k = sStart; k < i; k++) {
                Person pp = personAt[k];
                if (pp != null && meetingPeople.contains(pp)) traveller = true;
            }
            if (!traveller) continue;
            for (TokenSpan it : doc.placeList(i, tokens.n)) {
                String c = doc.placeCode(it.start(), false, false);
                if (c != null && !forcedTopics.contains(c)) excluded.add(c);
            }
        }
        // a country named only in passing is not a subject: as an event's place, a city's country or a partner
        Map<String, Integer> asEventPlace = new HashMap<>();
        for (int i = 2; i < tokens.n; i++) {
            if (furniture[i] || gazEntries[i] == null || inTitle[i]) continue;
            Entry c = doc.gaz(i, Type.COUNTRY);
            if (c != null && inPassing(i, c)) asEventPlace.merge(c.code(), 1, Integer::sum);
        }
        for (int[] clause : processClauses) {
            // "Talks between the United States, Canada and Mexico ... have proven complicated" after a US-Mexico call
            List<Integer> at = new ArrayList<>();
            Set<String> named = new LinkedHashSet<>();
            for (int i = clause[0]; i < clause[1]; i++) {
                Entry c = furniture[i] || gazEntries[i] == null || inTitle[i] ? null : doc.gaz(i, Type.COUNTRY);
                if (c != null) {
                    at.add(i);
                    named.add(c.code());
                }
            }
            Set<String> parties = new LinkedHashSet<>(named);
            parties.retainAll(participantCountries);
            if (parties.size() < 2) continue;
            for (int i : at) {
                String code = doc.gaz(i, Type.COUNTRY).code();
                if (!participantCountries.contains(code)) asEventPlace.merge(code, 1, Integer::sum);
            }
        }
        asEventPlace.forEach((code, n) -> {
            if (n >= mentions.getOrDefault(code, 0)) excluded.add(code);
        });
        Set<String> codes = new LinkedHashSet<>();
        Map<String, Region> regions = new LinkedHashMap<>();
        for (int i = 0; i < tokens.n; i++) {
            if (furniture[i] || gazEntries[i] == null) continue;
            // a country inside a person's name is no subject ("Luis Montenegro", "Michael Jordan")
            Entry c = doc.inName[i] ? null : doc.gaz(i, Type.COUNTRY);
            if (c != null && !inTitle[i] && !officialOf(i)) codes.add(c.code());
            Entry r = doc.gaz(i, Type.REGION);
            // a region in an office's name ("Envoy for the Great Lakes") is not a subject, as a country there is not
            if (r != null && !inTitle[i]) regions.putIfAbsent(r.code(), new Region(r.code(), r.name(), r.codes()));
            // hyphenated compounds of demonyms/countries: "Palestinian-Israeli issue"
            Entry d = doc.gaz(i, Type.DEMONYM);
            if ((d != null || c != null) && gazEnd[i] < tokens.n && tokens.hyphenBefore[gazEnd[i]]) {
                String c2 = doc.placeCode(gazEnd[i], true, false);
                if (c2 != null) {
                    codes.add(d != null ? d.code() : c.code());
                    codes.add(c2);
                }
            }
        }
        // a people named in the plural is discussed as such: "freedom of travel for Afghans", "Syrians returning home"
        for (int i = 0; i < tokens.n; i++) {
            if (furniture[i] || inTitle[i] || gazEntries[i] != null || !tokens.isWord(i) || !tokens.capitalized(i)) continue;
            String low = tokens.lower(i);
            if (low.length() < 5 || !low.endsWith("s")) continue;
            String code = gazetteer.demonymCountries.get(low.substring(0, low.length() - 1));
            if (code != null) codes.add(code);
        }
        List<Country> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String code : forcedTopics) if (done.add(code)) addCountry(out, code);
        for (String code : codes) if (!excluded.contains(code) && done.add(code)) addCountry(out, code);
        List<String> themes = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Entry>[] out1 = new List[1];
        for (int i = 0; i < tokens.n; i++) {
            if (furniture[i] || !tokens.isWord(i)) continue;
            int gs = doc.gazStartCovering(i);
            if (gs >= 0 && (doc.gaz(gs, Type.ORG) != null || doc.gaz(gs, Type.VENUE) != null)) continue; // "Security Council"
            int e = gazetteer.matchTheme(tokens, i, out1);
            if (e > 0) {
                String slug = out1[0].get(0).code();
                if (!themes.contains(slug)) themes.add(slug);
                i = e - 1;
            }
        }
        return new Topics(out, new ArrayList<>(regions.values()), themes);
    }

    /**
     * Whether the mention of country {@code c} at token {@code i} names it in passing: the place of an event ("the
     * summit in the Dominican Republic", "the Consultative Meeting of the Heads of State, due in X"), the country of
     * a city ("in Bali, Indonesia") or a partner ("cooperation with Russia"; but "relations with the US" makes the
     * relationship, and so the US, a subject).
     */
    private boolean inPassing(int i, Entry c) {
        return inPassing(i, c, 0);
    }

    /**
     * "Egypt, Ethiopia and Iran became members of BRICS", "The founding members are Brazil, Russia, India, China and
     * South Africa": three or more countries in a sentence with a word of [membership-noun] are a roster, not subjects.
     */
    private boolean membershipList(int i) {
        Sentence s = doc.sentenceOf(i);
        if (s == null) return false;
        return rosters.computeIfAbsent(s.start(), start -> {
            if (!doc.sentenceHas(s.start(), s.end(), lexicon.membershipNouns)) return false;
            Set<String> countries = new LinkedHashSet<>();
            for (int k = s.start(); k < s.end() && countries.size() < MEMBERSHIP_LIST; k++) {
                // "talks on the withdrawal of Mali, Burkina Faso and Niger from the bloc": the talks' subject, no roster
                if (countries.isEmpty() && subjectOfTalksAt(k)) return false;
                Entry c = furniture[k] || inTitle[k] ? null : doc.gaz(k, Type.COUNTRY);
                if (c != null) countries.add(c.code());
            }
            return countries.size() >= MEMBERSHIP_LIST;
        });
    }

    /** "talks on", "discussed", "discussions about": a word of [discussion-cue], or a meeting noun then on/about/over, at k. */
    private boolean subjectOfTalksAt(int k) {
        if (lexicon.discussionCues.contains(tokens.lower(k))) return true;
        return lexicon.nounTriggers.contains(tokens.lower(k)) && (tokens.is(k + 1, "on") || tokens.is(k + 1, "about") || tokens.is(k + 1, "over"));
    }

    /** One of [itinerary-phrases] ends right before token i ("stopped in", "a trip to"; not "the visit"). */
    private boolean itineraryBefore(int i) {
        for (int k = Math.max(0, i - ITINERARY_PHRASE_MAX); k < i; k++) {
            if (Lexicon.phraseEnd(tokens, k, lexicon.itinerary) == i && !(k == i - 1 && tokens.is(k, "visit") && tokens.is(k - 1, "the"))) return true;
        }
        return false;
    }

    /** The longest of [itinerary-phrases], in words. */
    private static final int ITINERARY_PHRASE_MAX = 4;

    /** {@link #membershipList} per sentence start (a sentence of thousands of countries is read once). */
    private final Map<Integer, Boolean> rosters = new HashMap<>();

    /** How many countries in a sentence with a membership word make a roster. */
    static final int MEMBERSHIP_LIST = 3;

    private boolean inPassing(int i, Entry c, int depth) {
        if (tokens.is(i - 1, ",")) {
            int cs = doc.gazStartCovering(i - 2);
            // "in Bali, Indonesia", "Anchorage, US": the country of the place named before it
            Entry city = cs >= 0 ? doc.gaz(cs, Type.CITY) : null;
            if (city == null && cs >= 0) city = doc.gaz(cs, Type.SUBDIVISION);
            if (city != null && c.code().equals(city.code())) return true;
        }
        int k = tokens.is(i - 1, "the") ? i - 2 : i - 1;
        // the rest of a list in passing: "studied in France and the United States", "along with Mexico and Colombia"
        if (depth < 6 && k > 0 && (tokens.is(k, "and") || tokens.is(k, ","))) {
            int prev = doc.gazStartCovering(k - 1);
            Entry before = prev >= 0 ? doc.gaz(prev, Type.COUNTRY) : null;
            if (before != null && inPassing(prev, before, depth + 1)) return true;
        }
        // "the Xinhua news agency of China", "China's state news agency": a news outlet's owner
        if (tokens.is(k, "of") && k > 0 && lexicon.mediaNouns.contains(tokens.lower(k - 1))) return true;
        if (tokens.is(gazEnd[i], "'s")) {
            for (int q = gazEnd[i] + 1; q < tokens.n && q <= gazEnd[i] + 4; q++) if (lexicon.mediaNouns.contains(tokens.lower(q))) return true;
        }
        if (membershipList(i)) return true;
        // "Like France and Italy, Germany wants ...": a comparison opening the sentence
        if ((tokens.is(k, "like") || tokens.is(k, "unlike")) && k == doc.sentStartOf(k)) return true;
        // "the US-led coalition", "a Qatar-brokered deal", "Paris-based": a country qualifying a participle names an actor of it
        int after = gazEnd[i];
        if (after < tokens.n && tokens.hyphenBefore[after] && tokens.isWord(after) && tokens.lower(after).endsWith("ed")) return true;
        if (tokens.is(i - 1, ",")) return false;
        // "studied in France", "a bloc that includes Japan"
        if (k > 0 && lexicon.passingVerbs.contains(tokens.lower(k))) return true;
        if (tokens.is(k, "in") && k > 0 && lexicon.passingVerbs.contains(tokens.lower(k - 1))) return true;
        if (tokens.is(k, "with")) return !lexicon.relationNouns.contains(tokens.lower(k - 1));
        // "arrived from Brazil": where a traveller comes from
        if (tokens.is(k, "from") && k > 0 && lexicon.travelFrom.contains(tokens.lower(k - 1))) return true;
        // "served as ambassador to Germany": the place of an office
        if (tokens.is(k, "to") && k > 0 && gazetteer.roleNouns.contains(tokens.lower(k - 1))) return true;
        if (!tokens.is(k, "in")) return false;
        for (int e = k - 1; e >= Math.max(doc.sentStartOf(k), k - EVENT_PLACE_REACH); e--) {
            if (lexicon.eventNouns.contains(tokens.lower(e))) return true;
        }
        return false;
    }

    void addCountry(List<Country> out, String code) {
        Gazetteer.CountryInfo ci = gazetteer.country(code);
        if (ci == null) return;
        out.add(new Country(code, ci.name(), ci.region(), ci.subregion()));
    }

    /** Collects the countries a sentence {@code [a, b)} discusses whatever else it says: situations and territories. */
    void collectForcedTopics(int a, int b) {
        for (int i = a; i < b; i++) {
            if (furniture[i]) continue;
            Entry te = doc.gaz(i, Type.TERRITORY);
            if (te != null) forcedTopics.addAll(te.codes());
            // "the Syrian crisis", "the North Korean nuclear issue"; "the Ukraine crisis", "the Gaza war" (a country's name
            // as the noun's modifier, after "the")
            Entry demonym = doc.gaz(i, Type.DEMONYM);
            if (demonym == null && i > a && tokens.is(i - 1, "the") && !doc.inName[i]) demonym = doc.gaz(i, Type.COUNTRY);
            if (demonym != null && !inTitle[i] && doc.gazStartCovering(i) == i) {
                int e = gazEnd[i];
                for (int k = e; k < b && k <= e + 1; k++) {
                    if (lexicon.situation.contains(tokens.lower(k))) {
                        String c = doc.placeCode(i, true, false);
                        if (c != null) forcedTopics.add(c);
                        break;
                    }
                    if (!tokens.isWord(k) || doc.inGaz(k)) break;
                }
            }
            if (lexicon.situation.contains(tokens.lower(i)) && i + 1 < b && !inTitle[i]) {
                int k = i + 1;
                if (tokens.is(k, "in") || tokens.is(k, "of") || tokens.is(k, "inside") || tokens.is(k, "around") || tokens.is(k, "on")) {
                    k++;
                    List<TokenSpan> list = doc.placeList(k, b);
                    for (TokenSpan it : list) {
                        String c = doc.placeCode(it.start(), false, false);
                        if (c != null) forcedTopics.add(c);
                    }
                }
            }
        }
    }
}
