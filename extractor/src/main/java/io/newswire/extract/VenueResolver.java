package io.newswire.extract;

import io.newswire.extract.Gazetteer.Entry;
import io.newswire.extract.Gazetteer.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides a meeting's venue from its clause: a known venue ("the Kremlin", "AU Headquarters") near the trigger,
 * else the nearest city after "in", "at", "travel to", "visiting" ("in the capital, X", "X hotel", "in Japan's
 * Osaka", "X will host", "talks with Y, X, May 19"), else a country after "in"/"travel to" (country only).
 * Places of reported speech, of attributions ("according to the Kremlin"), situations and topics ("investment
 * in Kenya") are skipped. Also reads the place a sentence says someone arrived in ({@link #arrival}) and a
 * headline's meeting place ({@link #headlinePlace}), for {@link MeetingDefaults}.
 */
final class VenueResolver {
    private final Document doc;
    private final Tokens tokens;
    private final boolean[] furniture;
    private final boolean[] inTitle;
    private final boolean[] inName;
    private final int[] gazEnd;
    private final List<Entry>[] gazEntries;
    private final Lexicon lexicon;

    VenueResolver(Document doc) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.furniture = doc.furniture;
        this.inTitle = doc.inTitle;
        this.inName = doc.inName;
        this.gazEnd = doc.gazEnd;
        this.gazEntries = doc.gazEntries;
        this.lexicon = doc.lexicon;
    }

    Venue venue(int a, int b, int trig) {
        a = ownDayPart(a, trig);
        Venue best = null;
        int bestDist = Integer.MAX_VALUE;
        Venue countryOnly = null;
        int coDist = Integer.MAX_VALUE;
        for (int i = a; i < b; i++) {
            // (not a word of a known name: "the Dominican Republic", "the United Kingdom")
            if (!furniture[i] && lexicon.placeNouns.contains(tokens.lower(i)) && !doc.inGaz(i)) {
                // "the fighting in Sudan's Darfur region": a place described after a situation noun is a subject
                Venue described = situationIn(a, i) ? null : described(a, b, i);
                if (described != null) {
                    int dist = Math.abs(i - trig);
                    if (described.city() != null && (bestDist == Integer.MAX_VALUE || dist - 6 < bestDist)) {
                        best = described;
                        bestDist = dist - 6; // as explicit as a known venue
                    } else if (described.city() == null && dist < coDist) {
                        countryOnly = described;
                        coDist = dist;
                    }
                }
                continue;
            }
            if (furniture[i] || gazEntries[i] == null || inTitle[i]) continue;
            // "..., their last meeting before Donald Trump returns to the White House": a place in a time clause after the
            // trigger with a subject of its own is that subject's
            if (i > trig && trig >= a && otherSubjectsClause(trig, i)) continue;
            // "X, who will travel to Berlin next month, met Y": a trip to come in a relative clause is not this meeting's place
            if (i < trig && doc.inRelativeClauseBefore(a, i, trig) && futureBefore(a, i)) continue;
            Entry v = doc.gaz(i, Type.VENUE);
            int dist = Math.abs(i - trig);
            if (v != null && gazEnd[i] < b && lexicon.speech.contains(tokens.lower(gazEnd[i]))) continue;
            if (v != null && i > a && (tokens.is(i - 1, "from") || tokens.is(i - 2, "from") && tokens.is(i - 1, "the"))) continue;
            // "according to the State Department": the source of the report, not the place of the meeting
            if (v != null && attribution(a, i)) continue;
            // "The Kremlin denied ...": a venue that opens the clause and is followed by a verb speaks for a government
            if (v != null && subjectOfClause(a, i)) continue;
            // "Kremlin spokesman X", "State Department officials": the venue names an office, not a place of the meeting
            // ("Kremlin aide Yuri Ushakov", "Kremlin sources": [venue-staff], words the titles do not hold)
            // (a title word only with a role after it: "White House press secretary", not "the COP28 climate conference")
            if (v != null && gazEnd[i] < b && (officeAfter(gazEnd[i], b) || inTitle[gazEnd[i]]
                    || lexicon.venueStaff.contains(tokens.lower(gazEnd[i]))) && !residenceAfter(gazEnd[i], b)) {
                continue;
            }
            // "the White House National Security Council": the venue's name inside an organisation's
            if (v != null && gazEnd[i] < b && tokens.capitalized(gazEnd[i]) && gazEntries[gazEnd[i]] == null && !inName[gazEnd[i]]
                    && !furniture[gazEnd[i]] && !residenceAfter(gazEnd[i], b)) {
                continue;
            }
            // "the OAS General Assembly", "the General Assembly of the OAS": another body's assembly, not the UN's
            if (v != null && otherBodyAround(i, b)) continue;
            // "talks ahead of the UN General Assembly", "before the General Assembly session": an event still to come
            if (v != null && eventAheadBefore(a, i)) continue;
            if (v != null) {
                if (bestDist == Integer.MAX_VALUE || dist < bestDist + 6) {
                    best = new Venue(v.city(), v.code());
                    bestDist = dist - 6; // known venues win
                }
                continue;
            }
            boolean speechBetween = false;
            for (int k = Math.min(i, trig); k < Math.max(i, trig); k++) {
                // ("told visiting X in Beijing": the trigger itself is no attribution)
                speechBetween |= lexicon.speech.contains(tokens.lower(k)) && !tokens.is(k + 1, "no") && k != trig; // "said no to coming" is not attribution
            }
            if (speechBetween && i > trig) continue;
            Entry c = doc.gaz(i, Type.CITY);
            boolean travelTo = travelsTo(a, i, trig, lexicon.travelToCity);
            boolean visitCity = visits(a, i, trig, lexicon.visitCity);
            boolean prep = i > a && (tokens.is(i - 1, "in") || tokens.is(i - 1, "at") || travelTo || visitCity || inCountrys(a, i)
                    || placeAndDate(a, b, i) || afterPlaceNoun(a, i) || afterNamedSite(a, i) || welcomedTo(a, i) || whereAfter(i, trig)
                    // "a summit, which had been scheduled for Budapest": the place it was set for
                    || i - 2 >= a && tokens.is(i - 1, "for") && lexicon.scheduledFor.contains(tokens.lower(i - 2))
                    || tokens.is(i - 1, ",") && tokens.is(i - 2, "capital")
                    || i - 2 >= a && (tokens.is(i - 2, "in") || tokens.is(i - 2, "at")) && lexicon.cityParts.contains(tokens.lower(i - 1)))
                    || hostsAfter(i, b) || gazEnd[i] < b && tokens.is(gazEnd[i], "hotel") || i > a + 1 && tokens.is(i - 2, "in") && tokens.is(i - 1, "the");
            // "the situation in Singapore": a subject, not a place of the meeting
            boolean situation = i - 2 >= a && tokens.is(i - 1, "in") && lexicon.situation.contains(tokens.lower(i - 2))
                    || topicBefore(a, i) || eventElsewhere(a, i, trig);
            // "at a palace near Muscat": the country only
            if (c != null && i > a && lexicon.nearCity.contains(tokens.lower(i - 1)) && !inName[i] && !situation) {
                if (dist < coDist) {
                    countryOnly = new Venue(null, c.code());
                    coDist = dist;
                }
                continue;
            }
            if (c != null && (prep && !inName[i] || opensEventName(i, b)) && !situation) {
                if (dist < bestDist) {
                    best = new Venue(c.city(), c.code());
                    bestDist = dist;
                }
                continue;
            }
            Entry co = doc.gaz(i, Type.COUNTRY);
            // "in Wilmington, US": a town the gazetteer does not know, named with its country (or "US", "UK")
            Entry townCountry = co != null ? co : tokens.allCaps(i) ? doc.gaz(i, Type.DEMONYM) : null;
            String town = townCountry == null || situation ? null : townBefore(a, i);
            if (town != null) {
                if (dist < bestDist) {
                    best = new Venue(town, townCountry.code());
                    bestDist = dist;
                }
                continue;
            }
            if (co != null && (i > a || hostsAfter(i, b))) {
                boolean inPrep = hostsAfter(i, b) || i > a && tokens.is(i - 1, "in") || i - 2 >= a && tokens.is(i - 2, "in") && Character.isLowerCase(tokens.tok[i - 1].charAt(0))
                        && tokens.isWord(i - 1) && !tokens.is(i - 1, "the")
                        || travelsTo(a, i, trig, lexicon.travelToCountry) || visits(a, i, trig, lexicon.visitCountry)
                        || welcomedTo(a, i) // "welcomed X to Ethiopia"
                        // "from Poland, where he met X" (not the last of "Argentina and Brazil, where": which one is whose)
                        || whereAfter(i, trig) && !tokens.is(i - 1, "and") && !tokens.is(i - 1, ",")
                        || theCountryIn(a, i, b); // "in the Netherlands on Monday"
                // "the war in (eastern) Ukraine", "how things stand in X": a situation, not a place of the meeting (but
                // "war-torn Ukraine" is one)
                boolean situationIn = i - 2 >= a && lexicon.situation.contains(tokens.lower(i - 2)) && !tokens.hyphenBefore[i - 1]
                        || i - 3 >= a && lexicon.situation.contains(tokens.lower(i - 3)) && !tokens.hyphenBefore[i - 2];
                if (inPrep && !situationIn && !topicBefore(a, i) && !eventElsewhere(a, i, trig) && dist < coDist) {
                    countryOnly = new Venue(null, co.code());
                    coDist = dist;
                }
            }
            // "met in Alaska", "talks in Bavaria": a state, province or island of one country, its country only
            String within = co == null && c == null ? subdivisionCountry(i) : null;
            if (within != null && !inName[i] && !situation && dist < coDist
                    && (prep || travelsTo(a, i, trig, lexicon.travelToCountry) || visits(a, i, trig, lexicon.visitCountry))) {
                countryOnly = new Venue(null, within);
                coDist = dist;
            }
        }
        if (best != null) {
            // "in St Petersburg, Russia" etc: city wins
            return best;
        }
        return countryOnly;
    }

    /**
     * The place a sentence says someone reached or is visiting ("arrived in Moscow", "is on a visit to Kenya",
     * "landed in the Saudi capital"), or null: the venue of meetings reported next to it.
     */
    Venue arrival(int a, int b) {
        for (int k = a; k + 1 < b; k++) {
            if (furniture[k]) continue;
            String w = tokens.lower(k);
            int p = -1;
            if (lexicon.arrival.contains(w) && (tokens.is(k + 1, "in") || tokens.is(k + 1, "at"))) p = k + 2; // "arrived in"
            else if (lexicon.stayVerbs.contains(w)) p = afterIn(k + 1, b); // "spent two days in Beijing"
            else if (w.equals("visiting") || w.equals("visited") || w.equals("visits")) p = k + 1; // "visited Baku on Monday"
            else if (lexicon.tourOf.contains(w) && tokens.is(k + 1, "of")) p = k + 2; // "a tour of Kenya"
            else if (lexicon.travelToCountry.contains(w) || w.startsWith("travel")) p = afterTo(k + 1, b); // "a visit (on Friday) to"
            if (p < 0 || p >= b || aboutBefore(a, k) || otherTrip(a, k, p, triggerBefore(a, k))) continue; // "briefed X about his trip to Kenya"
            if (futureRelative(a, k)) continue; // "X, who will travel to Berlin next month, met Y": not where they are
            Venue place = null;
            if (tokens.is(p, "the")) {
                place = described(a, b, placeNounAfter(p, b));
                if (place == null && gazEntries[p] == null && p + 1 < b) p++; // "visiting the United States" ("the US" is one entry)
            }
            if (place == null && (gazEntries[p] == null || inName[p] || inTitle[p])) continue;
            if (place == null) place = placeAt(p);
            if (place == null) continue;
            // "X, who met Y on Thursday, will fly to New York": a trip still to come ("will", "is due to" up to three words before)
            boolean ahead = false;
            for (int q = Math.max(a, k - 3); q < k && !ahead; q++) ahead = lexicon.futureAux.contains(tokens.lower(q)) || lexicon.intention.contains(tokens.lower(q));
            return ahead ? place.asTripAhead() : place;
        }
        return null;
    }

    /** The known place at token p (a venue, a city, a country not in the possessive, a state or island), else null. */
    private Venue placeAt(int p) {
        Entry v = doc.gaz(p, Type.VENUE);
        if (v != null) return new Venue(v.city(), v.code());
        Entry c = doc.gaz(p, Type.CITY);
        if (c != null) return new Venue(c.city(), c.code());
        Entry co = doc.gaz(p, Type.COUNTRY);
        if (co != null && !tokens.is(gazEnd[p], "'s")) return new Venue(null, co.code());
        String within = subdivisionCountry(p);
        if (within != null && !tokens.is(gazEnd[p], "'s")) return new Venue(null, within); // "arrived in Alaska"
        return null;
    }

    /**
     * Whether a word of [event-ahead] comes up to five words before the venue at i with no meeting word between
     * ("ahead of Week of General Assembly"; not "after talks at the White House": those talks are the venue's).
     */
    private boolean eventAheadBefore(int a, int i) {
        for (int w = i - 1; w >= a && w >= i - 5; w--) {
            String low = tokens.lower(w);
            if (lexicon.nounTriggers.contains(low) || lexicon.verbTriggers.contains(low) || !tokens.isWord(w) && !tokens.is(w, "'s")) return false;
            if (lexicon.eventAhead.contains(low)) return true;
        }
        return false;
    }

    /** Whether token q is a [situation] noun ("the war in Ukraine"): what follows it is a subject, not a venue. */
    private boolean situationWord(int q) {
        return lexicon.situation.contains(tokens.lower(q));
    }

    /**
     * Whether an international body other than the UN is named right before the venue at i or right after it with
     * "of (the)": "the OAS General Assembly", "the General Assembly of the OAS".
     */
    private boolean otherBodyAround(int i, int b) {
        int before = i - 1 >= 0 ? doc.gazStartCovering(i - 1) : -1;
        int after = gazEnd[i] + 1 < b && tokens.is(gazEnd[i], "of") ? gazEnd[i] + (tokens.is(gazEnd[i] + 1, "the") ? 2 : 1) : -1;
        for (int k : new int[] {before, after}) {
            if (k < 0 || k >= b || gazEntries[k] == null) continue;
            Entry org = doc.gaz(k, Type.ORG);
            if (org != null && !"UN".equals(org.code()) && !"MEDIA".equals(org.code())) return true;
        }
        return false;
    }

    /**
     * The places listed right before "respectively" in {@code [a, b)}, in order ("in Amman and Cairo respectively",
     * "in Amman, Cairo and Beirut, respectively"); empty when the clause has no such list of two or more.
     */
    List<Venue> respectivePlaces(int a, int b) {
        int r = -1;
        for (int k = a; k < b && r < 0; k++) if (tokens.is(k, "respectively")) r = k;
        if (r < 0) return List.of();
        List<Venue> places = new ArrayList<>();
        int k = r - 1;
        if (k >= a && tokens.is(k, ",")) k--;
        while (k >= a) {
            int gs = doc.gazStartCovering(k);
            Venue place = gs >= a ? placeAt(gs) : null;
            if (place == null) break;
            places.add(0, place);
            k = gs - 1;
            if (k >= a && (tokens.is(k, ",") || tokens.is(k, "and"))) {
                k--;
                if (k >= a && tokens.is(k, ",")) k--; // the serial comma: ", Cairo, and Beirut"
                continue;
            }
            break;
        }
        return places.size() >= 2 ? places : List.of();
    }

    /**
     * The country of a state, province or island at token i ("Alaska", "Crete", and a territory of one country such
     * as "Gaza"), or null.
     */
    private String subdivisionCountry(int i) {
        Entry sub = doc.gaz(i, Type.SUBDIVISION);
        if (sub != null) return sub.code();
        Entry territory = doc.gaz(i, Type.TERRITORY);
        return territory != null && territory.codes().size() == 1 ? territory.codes().get(0) : null;
    }

    /** The token after "in" when it comes within four words of i ("two days in", "the weekend in"), else -1. */
    private int afterIn(int i, int b) {
        for (int k = i; k < b && k < i + 4; k++) {
            if (tokens.is(k, "in")) return k + 1;
            if (!tokens.isWord(k) || gazEntries[k] != null || inName[k]) return -1;
        }
        return -1;
    }

    /** The token after "to" when it comes within four words of i ("on Friday to", "this week to"), else -1. */
    private int afterTo(int i, int b) {
        for (int k = i; k < b && k < i + 4; k++) {
            if (tokens.is(k, "to")) return k + 1;
            if (!tokens.isWord(k) || gazEntries[k] != null || inName[k]) return -1;
        }
        return -1;
    }

    /** The place a headline names for a meeting ("FMs hold talks in Moscow"): needs a meeting word; else null. */
    Venue headlinePlace(int a, int b) {
        // "... followed up on the previous one held in Buenos Aires": a past meeting's place
        if (doc.hasAny(a, b, "previous", "earlier", "last", "ago", "had")) return null;
        for (int k = a; k < b; k++) {
            String w = tokens.lower(k);
            if (lexicon.verbTriggers.contains(w) || lexicon.nounTriggers.contains(w)) return venue(a, b, k);
        }
        return null;
    }

    /** The place noun of "the (demonym) capital" starting at p ("the", then up to two words), else b. */
    private int placeNounAfter(int p, int b) {
        for (int k = p + 1; k < b && k <= p + 3; k++) if (lexicon.placeNouns.contains(tokens.lower(k)) && !doc.inGaz(k)) return k;
        return b;
    }

    /** The capitalised words of a place name starting at i ("Wakefield", "San Isidro"). */
    private String nameAt(int i, int b) {
        int e = i + 1;
        while (e < b && e < i + 3 && tokens.capitalized(e) && tokens.isWord(e) && gazEntries[e] == null) e++;
        return doc.text.substring(tokens.start[i], tokens.end[e - 1]);
    }

    /**
     * The name of an unknown town right before ", Country" at i and after "in"/"at" ("in Wilmington, US"), or null:
     * one or two capitalised words that are no known place, name or title.
     */
    private String townBefore(int a, int i) {
        if (i - 3 < a || !tokens.is(i - 1, ",")) return null;
        int s = i - 2;
        if (s > a && unknownWord(s - 1) && !tokens.is(s - 2, ",")) s--;
        if (!unknownWord(s) || !unknownWord(i - 2) || !(tokens.is(s - 1, "in") || tokens.is(s - 1, "at"))) return null;
        return doc.text.substring(tokens.start[s], tokens.end[i - 2]);
    }

    private boolean unknownWord(int k) {
        return tokens.isWord(k) && tokens.capitalized(k) && gazEntries[k] == null && !inName[k] && !inTitle[k] && !furniture[k]
                && !doc.inGaz(k) && !doc.gazetteer.stopwords.contains(tokens.lower(k));
    }

    /** The country right after a place's name: ", Quebec, Canada", "in China's Yunnan Province" (up to 6 tokens). */
    private String countryAfter(int i, int b) {
        for (int k = i; k < b && k < i + 6; k++) {
            if (gazEntries[k] != null) {
                Entry co = doc.gaz(k, Type.COUNTRY);
                if (co != null && (tokens.is(k - 1, ",") || tokens.is(k - 1, "in") || tokens.is(k - 1, "of"))) return co.code();
                Entry dem = doc.gaz(k, Type.DEMONYM);
                if (dem != null && tokens.is(k - 1, "the") && tokens.is(k - 2, "in")) return dem.code(); // "in the Chinese province of Y"
            }
            if (!tokens.capitalized(k) && !tokens.is(k, ",") && !tokens.is(k, "in") && !tokens.is(k, "of") && !tokens.is(k, "the")) return null;
        }
        return null;
    }

    /** "... talks with X and Y, Moscow, May 19, 2023": a city between commas, then a date (transcripts, captions). */
    private boolean placeAndDate(int a, int b, int i) {
        int e = gazEnd[i];
        if (!(i > a && tokens.is(i - 1, ",") && e + 1 < b && tokens.is(e, ","))) return false;
        String next = tokens.lower(e + 1);
        return lexicon.dateWords.contains(next) || Character.isDigit(next.charAt(0)) && lexicon.dateWords.contains(tokens.lower(e + 2));
    }

    /** "in the capital Nairobi", "in the capital city, Nairobi": a place noun (and a comma) right before i. */
    private boolean afterPlaceNoun(int a, int i) {
        int k = tokens.is(i - 1, ",") ? i - 2 : i - 1;
        return k > a && lexicon.placeNouns.contains(tokens.tok[k]) && (tokens.is(k - 1, "the") || lexicon.placeNouns.contains(tokens.tok[k - 1]));
    }

    /** "at State House, Nairobi", "at the Foreign Ministry, Nairobi": a named site after "at", a comma, then i. */
    private boolean afterNamedSite(int a, int i) {
        // ("at State House Entebbe": a residence's name right before the city, no comma)
        boolean residence = i - 1 > a && tokens.capitalized(i - 1) && lexicon.residenceNouns.contains(tokens.lower(i - 1));
        if (!tokens.is(i - 1, ",") && !residence) return false;
        for (int k = residence ? i - 1 : i - 2; k > a && k >= i - 5; k--) {
            if (!tokens.capitalized(k) || gazEntries[k] != null || inName[k]) return false;
            if (tokens.is(k - 1, "at") || tokens.is(k - 1, "the") && k - 2 >= a && tokens.is(k - 2, "at")) return true;
        }
        return false;
    }

    /**
     * Whether the city at i opens a capitalised event's name after "the": "the Munich Security Conference", "the
     * Doha Forum" (named-event in venue.txt). Such a name is often read as an organisation's, hence no inName test.
     */
    private boolean opensEventName(int i, int b) {
        // "the 60th Munich Security Conference", "the 2024 Doha Forum": an edition's number may come between
        int the = i - 1;
        if (the > 0 && Character.isDigit(tokens.tok[the].charAt(0))) the--;
        if (!tokens.is(the, "the")) return false;
        // "the Budapest summit", "the Geneva talks": a city naming the meeting itself
        // ("the Samarkand forum", "the Geneva conference": an event noun in lower case)
        if (gazEnd[i] < b && !tokens.capitalized(gazEnd[i]) && (lexicon.nounTriggers.contains(tokens.lower(gazEnd[i]))
                || lexicon.eventNouns.contains(tokens.lower(gazEnd[i])))) {
            return true;
        }
        for (int k = gazEnd[i]; k < b && k <= gazEnd[i] + 3; k++) {
            if (!tokens.capitalized(k) || !tokens.isWord(k)) return false;
            if (lexicon.namedEvents.contains(tokens.lower(k))) return true;
        }
        return false;
    }

    /** Whether the city at i follows "to" in a clause with a welcome verb before it: "X welcomed Y to Astana". */
    private boolean welcomedTo(int a, int i) {
        if (!tokens.is(i - 1, "to")) return false;
        for (int k = i - 2; k >= a && k >= i - 10; k--) {
            if (lexicon.welcomeVerbs.contains(tokens.lower(k))) return true;
        }
        return false;
    }

    /**
     * Whether the place at i is that of an event the meeting precedes or follows, not its own: "met ... ahead of
     * next week's summit in Quito" (an event noun within six words before "in", an event-ahead word within five before that).
     */
    private boolean eventElsewhere(int a, int i, int trig) {
        if (!tokens.is(i - 1, "in")) return false;
        for (int e = i - 2; e >= a && e >= i - 7; e--) {
            if (!lexicon.eventNouns.contains(tokens.lower(e))) continue;
            // "after talks with Z in Sucre", "after meeting Z in Sucre", "said after their talks in Canberra": the
            // place of the clause's own meeting (but "met Z before the summit in Quito": another event's)
            if (e == trig && (tokens.is(e + 1, "with") || tokens.lower(e).endsWith("ing") && !tokens.is(e - 1, "the")
                    || e > a && lexicon.ownPossessives.contains(tokens.lower(e - 1)))) {
                return false;
            }
            // "The gathering in Quebec City paves the way for a summit": another event's place, that event the subject
            int after = gazEnd[i];
            if (e == i - 2 && e < trig && after < tokens.n && tokens.isWord(after) && !tokens.capitalized(after)
                    && !lexicon.afterCalledPerson.contains(tokens.lower(after)) && !tokens.is(after, "between")) {
                return true;
            }
            // "agreed to expand trade following talks in Beijing": the trigger's own bare noun is no other event (as
            // "before the summit in Quito" is)
            if (e == trig && e > a && lexicon.eventAhead.contains(tokens.lower(e - 1))) return false;
            // "after X held talks in Kampala with Y": the trigger held by the clause's own verb is its own meeting
            if (e == trig && (e - 1 >= a && lexicon.holdingVerbs.contains(tokens.lower(e - 1))
                    || e - 2 >= a && lexicon.holdingVerbs.contains(tokens.lower(e - 2)) && (tokens.is(e - 1, "a") || tokens.is(e - 1, "an")))) {
                return false;
            }
            for (int w = e - 1; w >= a && w >= e - 5; w--) {
                if (lexicon.eventAhead.contains(tokens.lower(w))) return true;
            }
            return false;
        }
        return false;
    }

    /**
     * "received Y at the Chancellery", "welcomed Y to the presidential palace": a seat of government
     * ([seat-of-government-phrases]) after "at"/"in"/"to", with no place or "of" after it ("the presidential office in
     * Yongsan", "the Presidential Villa, Abuja", "the office of the UN").
     */
    boolean seatOfGovernment(int a, int b) {
        for (int k = a; k + 1 < b; k++) {
            if (!(tokens.is(k, "at") || tokens.is(k, "in") || tokens.is(k, "to"))) continue;
            int p = tokens.is(k + 1, "the") || tokens.is(k + 1, "his") || tokens.is(k + 1, "her") ? k + 2 : k + 1;
            int end = Lexicon.phraseEnd(tokens, p, lexicon.seatOfGovernmentPhrases);
            if (end < 0 || end > b) continue;
            boolean placeAfter = end < b && (tokens.is(end, "in") || tokens.is(end, "of") || tokens.is(end, "'s")
                    || tokens.is(end, ",") && end + 1 < b && gazEntries[end + 1] != null);
            if (!placeAfter) return true;
        }
        return false;
    }

    /** A [time-subordinator] between the trigger and the place at i, then (up to three words on) a person named. */
    private boolean otherSubjectsClause(int trig, int i) {
        for (int k = trig + 1; k < i; k++) {
            if (!lexicon.timeSubordinators.contains(tokens.lower(k))) continue;
            for (int q = k + 1; q < i && q <= k + 3; q++) if (inName[q]) return true;
        }
        return false;
    }

    /** Title words from k that end in a role noun or a [venue-staff] word ("press secretary", "spokesman", "deputy chief of staff"). */
    private boolean officeAfter(int k, int b) {
        for (int q = k; q < b && q <= k + 3; q++) {
            String low = tokens.lower(q);
            if (doc.gazetteer.roleNouns.contains(low) || lexicon.venueStaff.contains(low)) return true;
            if (!doc.gazetteer.titleWords.contains(low)) return false;
        }
        return false;
    }

    /** Whether the clause says "in the capital" and no more (no demonym, no name after it): "hosted Y in the capital". */
    boolean bareCapital(int a, int b) {
        for (int k = a + 2; k < b; k++) {
            if (!tokens.is(k, "capital") || !tokens.is(k - 1, "the") || !tokens.is(k - 2, "in")) continue;
            return k + 1 >= b || !(tokens.is(k + 1, "of") || tokens.is(k + 1, ",") || tokens.capitalized(k + 1));
        }
        return false;
    }

    /** ", who will" / ", who plans to" opening a relative clause up to five words before k. */
    private boolean futureRelative(int a, int k) {
        for (int r = Math.max(a + 1, k - 5); r < k; r++) {
            if (lexicon.personRelatives.contains(tokens.lower(r)) && tokens.is(r - 1, ",")) return futureBefore(r, k);
        }
        return false;
    }

    /** A future auxiliary or a word of intention ("will", "plans to") up to six words before i, within the clause. */
    private boolean futureBefore(int a, int i) {
        for (int k = Math.max(a, i - 6); k < i; k++) {
            String low = tokens.lower(k);
            if (lexicon.futureAux.contains(low) || lexicon.intention.contains(low)) return true;
        }
        return false;
    }

    /**
     * Where the trigger's own part of the clause starts: after ", and" when a day follows it before the trigger ("Last
     * week X travelled to Ukraine, and on Monday he talked with Y": the trip is the other verb's); else {@code a}.
     */
    int ownDayPart(int a, int trig) {
        for (int k = trig - 1; k > a; k--) {
            if (!tokens.is(k, "and") || !tokens.is(k - 1, ",")) continue;
            for (int d = k + 1; d < trig; d++) {
                if (lexicon.dateWords.contains(tokens.lower(d)) || tokens.is(d, "today") || tokens.is(d, "yesterday")) return k;
            }
            return a;
        }
        return a;
    }

    /**
     * The city of an event a sentence names: an event noun and a city after "in" ("Leaders gathered in Lima for the
     * summit", "The summit opened in Lima"), or null.
     */
    Venue eventPlace(int a, int b) {
        boolean event = false;
        for (int k = a; k < b && !event; k++) event = !furniture[k] && (lexicon.eventNouns.contains(tokens.lower(k)) || lexicon.namedEvents.contains(tokens.lower(k)));
        if (!event) return null;
        for (int k = a + 1; k < b; k++) {
            // (or the city an event's name opens: "attended the Antalya Diplomacy Forum")
            if (furniture[k] || gazEntries[k] == null || inName[k] || !tokens.is(k - 1, "in") && !opensEventName(k, b)) continue;
            Entry c = doc.gaz(k, Type.CITY);
            if (c != null) return new Venue(c.city(), c.code());
        }
        // "the OSCE Ministerial Council held in Malta": a country right after an event noun's "(held) in", no city named
        for (int k = a + 2; k < b; k++) {
            if (furniture[k] || gazEntries[k] == null || inName[k] || !tokens.is(k - 1, "in")) continue;
            Entry co = doc.gaz(k, Type.COUNTRY);
            String within = co == null ? subdivisionCountry(k) : null;
            if (co == null && within == null || tokens.is(gazEnd[k], "'s")) continue;
            // (the event noun up to seven words back over its name: "the 31st meeting of the OSCE Ministerial Council held in")
            int e = k - 2;
            if (tokens.is(e, "held")) e--;
            boolean named = false;
            for (int q = e; q >= a && q >= k - 8 && !named && tokens.isWord(q) && !situationWord(q); q--) {
                named = lexicon.eventNouns.contains(tokens.lower(q)) || lexicon.namedEvents.contains(tokens.lower(q));
            }
            if (named) return new Venue(null, co != null ? co.code() : within);
        }
        return null;
    }

    /** Whether the sentence places an event it names "here", at the dateline: "on the sidelines of the G20 summit here". */
    boolean eventHere(int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (!tokens.is(k, "here") || furniture[k]) continue;
            String before = tokens.lower(k - 1);
            if (lexicon.eventNouns.contains(before) || lexicon.namedEvents.contains(before)) return true;
        }
        return false;
    }

    /**
     * A place named by its country only, made the city of the rotating summit the sentence names when that summit met
     * in the same country ("arrived in Kyrgyzstan to attend the CIS summit": Bishkek); else the place as it is.
     */
    Venue withSummitCity(Venue place, int a, int b, java.time.LocalDate day) {
        if (place == null || place.city() != null) return place;
        Venue summit = rotatingSummit(a, b, day);
        return summit != null && summit.city() != null && place.country().equals(summit.country()) ? summit : place;
    }

    /** The place of a rotating summit the sentence names without a city ("the G20 summit"), in the year of {@code day}, or null. */
    Venue rotatingSummit(int a, int b, java.time.LocalDate day) {
        if (a >= b) return null;
        return doc.gazetteer.summits.placeOf(doc.text.subSequence(tokens.start[a], tokens.end[b - 1]), day);
    }

    /**
     * The place of an event someone attends now, as a sentence says it: "On the sidelines of the UN General Assembly",
     * "Within the ASEAN meeting in Jakarta", "in Lima for the summit": an event noun (or a [sidelines-noun]) after one
     * of [attend-event], and its city ({@link #eventPlace}) or a known event venue ("UN General Assembly"); null when
     * the sentence has none, puts the event ahead ("ahead of next week's summit in Quito") or speaks of the future
     * ("will", "is scheduled to"); {@link Venue#UNPLACED} when it attends an event whose place it does not give.
     */
    Venue attendedEvent(int a, int b) {
        boolean attended = false;
        for (int k = a; k < b && !attended; k++) {
            if (furniture[k] || !(lexicon.eventNouns.contains(tokens.lower(k)) || lexicon.namedEvents.contains(tokens.lower(k))
                    || lexicon.sidelinesNouns.contains(tokens.lower(k)))) continue;
            boolean ahead = false, attends = lexicon.sidelinesNouns.contains(tokens.lower(k));
            // "hosted X on Thursday for talks": talks "for" which someone came are the meeting itself, no event attended
            boolean meetingItself = lexicon.nounTriggers.contains(tokens.lower(k)) && !lexicon.namedEvents.contains(tokens.lower(k))
                    && !tokens.lower(k).startsWith("summit");
            for (int j = k - 1; j >= a && j >= k - 6; j--) {
                ahead |= lexicon.eventAhead.contains(tokens.lower(j));
                attends |= lexicon.attendEvent.contains(tokens.lower(j)) && !(meetingItself && tokens.is(j, "for"));
            }
            attended = attends && !ahead;
        }
        // "X will attend the summit in Lima", "is scheduled to meet Y at the summit in Lima": not where anyone is now
        if (!attended || doc.sentenceHas(a, b, lexicon.futureAux) || doc.sentenceHas(a, b, lexicon.intention)
                || doc.sentenceHas(a, b, lexicon.plannedParticiples) || doc.sentenceHas(a, b, lexicon.coming)) {
            return null;
        }
        Venue city = eventPlace(a, b);
        if (city != null) return city;
        for (int k = a; k < b; k++) {
            if (furniture[k] || gazEntries[k] == null) continue;
            Entry v = doc.gaz(k, Type.VENUE);
            if (v != null && v.city() != null && lexicon.eventNouns.contains(tokens.lower(gazEnd[k] - 1)) && !otherBodyAround(k, b)) {
                return new Venue(v.city(), v.code());
            }
        }
        return Venue.UNPLACED; // the article may give the event's place elsewhere ("The summit in Samarkand ends on Friday")
    }

    /** "the Akorda presidential residence", "the Kremlin Senate Palace": one or two words, then a [residence-noun], from k. */
    private boolean residenceAfter(int k, int b) {
        for (int q = k; q < b && q <= k + 2; q++) if (lexicon.residenceNouns.contains(tokens.lower(q))) return q > k;
        return false;
    }

    /** "returned from Nairobi, where he met X": the place a "where" clause holding the trigger follows. */
    private boolean whereAfter(int i, int trig) {
        int e = gazEnd[i];
        return trig > e + 1 && tokens.is(e, ",") && tokens.is(e + 1, "where") || trig > e && tokens.is(e, "where");
    }

    /** Whether "in Country's" ends right before token i ("in Japan's Osaka"). */
    private boolean inCountrys(int a, int i) {
        if (!tokens.is(i - 1, "'s")) return false;
        for (int j = i - 2; j > a && j >= i - 5; j--) {
            if (gazEntries[j] != null && gazEnd[j] == i - 1) return doc.gaz(j, Type.COUNTRY) != null && (tokens.is(j - 1, "in") || tokens.is(j - 1, "at"));
        }
        return false;
    }

    /**
     * Whether the place at i is a subject, not a venue: "investment in Kenya", "the elections in Venezuela", or the
     * object of "discussed" ("discussed the war in X", "to discuss Chile's projects in Kenya").
     */
    private boolean topicBefore(int a, int i) {
        // "spoke to X about his trip to Kenya": a trip the talk was about
        int to = beforePlace(a, i);
        if (to - 1 >= a && tokens.is(to, "to") && lexicon.travelToCity.contains(tokens.lower(to - 1)) && aboutBefore(a, to - 1)) return true;
        // "in Gaza", "in southern Lebanon": one lower-case word may stand between "in" and the place
        int in = tokens.is(i - 1, "in") ? i - 1
                : i - 2 >= a && tokens.is(i - 2, "in") && tokens.isWord(i - 1) && !tokens.capitalized(i - 1) && !tokens.is(i - 1, "the") ? i - 2 : -1;
        if (in < 0) return false;
        // "discussed the situation in Gaza in Cairo": a second place phrase right after the subject's is the venue
        int prev = in - 1 >= a ? doc.gazStartCovering(in - 1) : -1;
        if (prev > a && tokens.is(prev - 1, "in") && doc.gazEnd[prev] == in) return false;
        // a sector has no place of its own: "discussed trade in Beijing" is talks held in that capital
        if (lexicon.sectorNouns.contains(tokens.tok[in - 1]) && doc.capitalCountry(i) != null) return false;
        // "held trade talks in Geneva": the place of the meeting noun right before "in", whatever its subject
        if (in - 1 >= a && lexicon.nounTriggers.contains(tokens.lower(in - 1)) && !lexicon.situation.contains(tokens.lower(in - 1))) return false;
        for (int k = in - 1; k >= a && k >= in - 2; k--) {
            // lower case only: "the Organisation of Islamic Cooperation in Islamabad" is a name; "the drought in
            // Somalia", "the situation in Sudan" ([situation] of discourse.txt, right before "in": not "peace talks in
            // Geneva") are subjects too
            if (lexicon.topicNouns.contains(tokens.tok[k]) || k == in - 1 && lexicon.situation.contains(tokens.tok[k])) return true;
        }
        if (situationClause(a, in)) return true;
        for (int k = in - 1; k >= a && k >= in - PURPOSE_REACH; k--) {
            // "met X to discuss the war in Y", "to push for a ceasefire between A and B in Lebanon": the purpose's subject
            if (in - k <= 5 && tokens.lower(k).startsWith("discuss") || tokens.is(k - 1, "to") && lexicon.purposeVerbs.contains(tokens.lower(k))) {
                return true;
            }
            if (!tokens.isWord(k) || lexicon.verbTriggers.contains(tokens.lower(k))) return false;
            // "agreed to resolve disputes during talks in Nairobi": the place of the talks the purpose was pursued in
            if (lexicon.nounTriggers.contains(tokens.lower(k)) && (duringOrAt(k - 1) || duringOrAt(k - 2) && !tokens.capitalized(k - 1))) return false;
        }
        return false;
    }

    private boolean duringOrAt(int k) {
        return tokens.is(k, "during") || tokens.is(k, "at");
    }

    /** How many words before a place "to discuss", "to push for" may stand ("to push for a ceasefire between A and B in C"). */
    private static final int PURPOSE_REACH = 9;

    /**
     * Whether the "in" at token {@code in} ends a clause opened by a [situation-opener] whose subject is a
     * [situation] or [topic-noun] word, lower-case words only between ("as Israeli strikes in", "days after a
     * ceasefire took effect in", "amid heavy fighting in"): the place is the situation's.
     */
    private boolean situationClause(int a, int in) {
        for (int s = in - 1; s >= a && s >= in - 5; s--) {
            if (!tokens.isWord(s) || tokens.capitalized(s) && doc.gazStartCovering(s) < 0 || lexicon.verbTriggers.contains(tokens.lower(s))) {
                return false;
            }
            if (!(lexicon.situation.contains(tokens.tok[s]) || lexicon.topicNouns.contains(tokens.tok[s]))) continue;
            for (int o = s - 1; o >= a && o >= s - 3; o--) {
                if (lexicon.situationOpeners.contains(tokens.lower(o))) return true;
                if (!tokens.isWord(o)) return false;
            }
        }
        return false;
    }

    /**
     * "two days after his visit to Kenya", "back from a trip to Kenya", "ahead of a visit to Oslo": the trip at token
     * k is another event than the clause's meeting (a word of [event-ahead] or [trip-back] up to four words before it),
     * unless the place at p goes on to ", where" ("after his visit to Kenya, where he met X") and the clause's
     * trigger (-1 when there is none) is not before the trip ("met Y before flying to Quito, where she will meet Z").
     */
    private boolean otherTrip(int a, int k, int p, int trig) {
        int e = p < tokens.n && gazEntries[p] != null ? gazEnd[p] : p + 1;
        if ((tokens.is(e, ",") && tokens.is(e + 1, "where") || tokens.is(e, "where")) && !(trig >= 0 && trig < k)) return false;
        for (int j = k - 1; j >= a && j >= k - 4; j--) {
            String w = tokens.lower(j);
            if (lexicon.eventAhead.contains(w) || lexicon.tripBack.contains(w)) return true;
            if (!tokens.isWord(j) && !tokens.is(j, "'s")) return false;
        }
        return false;
    }

    /** "in" after a [situation] noun up to six words before token i ("the fighting in Sudan's Darfur region"). */
    private boolean situationIn(int a, int i) {
        for (int q = i - 1; q > a && q >= i - 6; q--) {
            if (tokens.is(q, "in")) return lexicon.situation.contains(tokens.lower(q - 1));
        }
        return false;
    }

    /**
     * A word of [topic-preposition] up to three words before token k ("about his recent trip"), "preparations for"
     * there, or a verb of informing up to six words before it ("briefed X on his recent trip to Washington").
     */
    private boolean aboutBefore(int a, int k) {
        for (int j = k - 1; j >= a && j >= k - 6; j--) if (lexicon.briefingVerbs.contains(tokens.lower(j))) return true;
        for (int j = k - 1; j >= a && j >= k - 3; j--) {
            if (lexicon.topicPrepositions.contains(tokens.lower(j))) return true;
            // "discussed preparations for X's visit to Ethiopia": a trip being prepared is a subject
            if (tokens.is(j, "for") && j - 1 >= a && tokens.lower(j - 1).startsWith("prepar")) return true;
        }
        return false;
    }

    /** "Moscow will host the talks", "Qatar hosted the meeting": the place at i is the subject of a hosting verb. */
    private boolean hostsAfter(int i, int b) {
        int k = gazEnd[i];
        if (k < b && lexicon.auxiliaries.contains(tokens.lower(k))) k++;
        return k < b && lexicon.hostVerbs.contains(tokens.lower(k)) && !(i > 0 && (tokens.is(i - 1, "of") || tokens.is(i - 1, "'s")));
    }

    /** "travelled to (the) X", "flew to X": one of {@code verbs} (or a form of "travel") then "to" before the place at i. */
    private boolean travelsTo(int a, int i, int trig, java.util.Set<String> verbs) {
        int to = beforePlace(a, i);
        int v = to - 1;
        if (tokens.is(v, "on") && v - 1 >= a) v--; // "fly on to Luanda", "travel on to Riga"
        // ("depart for Accra", "left for Accra")
        if (v >= a && tokens.is(to, "for") && lexicon.travelFor.contains(tokens.lower(v))) return !otherTrip(a, v, i, trig);
        return v >= a && tokens.is(to, "to") && (tokens.lower(v).startsWith("travel") || verbs.contains(tokens.lower(v)))
                && !otherTrip(a, v, i, trig);
    }

    /** "visited (the) X", "visiting X": one of {@code verbs} right before the place at i (or before its "the"). */
    private boolean visits(int a, int i, int trig, java.util.Set<String> verbs) {
        int v = beforePlace(a, i);
        return v >= a && verbs.contains(tokens.lower(v)) && !otherTrip(a, v, i, trig);
    }

    /** The token before the place at i and its "the" or hyphenated epithets ("to (the) war-torn Ukraine"). */
    private int beforePlace(int a, int i) {
        int k = i - 1;
        for (int n = 0; n < 2 && k - 1 > a && tokens.hyphenBefore[k] && tokens.isWord(k - 1) && !tokens.capitalized(k); n++) k -= 2;
        return tokens.is(k, "the") ? k - 1 : k;
    }

    /** The first meeting word (verb or noun of [verb], [noun]) in {@code [a, k)}, or -1. */
    private int triggerBefore(int a, int k) {
        for (int j = a; j < k; j++) {
            String w = tokens.lower(j);
            if (!furniture[j] && (lexicon.verbTriggers.contains(w) || lexicon.nounTriggers.contains(w))) return j;
        }
        return -1;
    }

    /** Whether "according to (the)" ends right before token i. */
    private boolean attribution(int a, int i) {
        int k = i - 1;
        if (k >= a && tokens.is(k, "the")) k--;
        return k - 1 >= a && tokens.is(k, "to") && tokens.is(k - 1, "according");
    }

    /**
     * A place described by its kind ({@code place-noun} at token {@code p}): "in the Turkish resort of Antalya",
     * "in the city of Langfang" (the city; a name not in the gazetteer gives the demonym's country only), "in the
     * Saudi capital" (that country's capital). Null when {@code p} is not such a description.
     */
    private Venue described(int a, int b, int p) {
        if (p >= b) return null;
        int k = p - 1;
        String country = null;
        // an optional demonym or "Country's" before the place noun
        int d = k;
        while (d > a && gazEntries[d] == null && tokens.isWord(d) && !tokens.is(d, "the") && !tokens.is(d, "a") && d > p - 4) d--;
        for (int q = p - 1; q >= a && q >= p - 3; q--) { // "Japan's (ancient) capital", "Egypt's Red Sea resort"
            if (!tokens.is(q, "'s")) continue;
            for (int j = q - 1; j >= a && j >= q - 4; j--) if (gazEntries[j] != null && gazEnd[j] == q) d = j;
            break;
        }
        if (d >= a && gazEntries[d] != null && gazEnd[d] <= p) {
            Entry dem = doc.gaz(d, Type.DEMONYM);
            Entry co = doc.gaz(d, Type.COUNTRY);
            if (dem != null) country = dem.code();
            else if (co != null && tokens.is(gazEnd[d], "'s")) country = co.code();
            if (country != null) k = d - 1;
            // "in the southern Chinese city of X": lower-case adjectives before the demonym
            if (dem != null) {
                int adj = k;
                while (adj > a && adj >= d - 3 && tokens.isWord(adj) && !tokens.capitalized(adj) && !tokens.is(adj, "the")
                        && !tokens.is(adj, "a") && !tokens.is(adj, "in") && !tokens.is(adj, "at") && !tokens.is(adj, "to")) adj--;
                if (adj < k && (tokens.is(adj, "the") || tokens.is(adj, "a"))) k = adj;
            }
            // "in Japan's capital Tokyo": the possessive stands for "the"
            if (co != null && dem == null && country != null && k >= a && (tokens.is(k, "in") || tokens.is(k, "at"))) k = d;
        } else if (d >= a && (tokens.is(d, "the") || tokens.is(d, "a"))) {
            k = d; // "in the coastal city of X"
        }
        if (country == null && k >= a && !tokens.is(k, "the") && !tokens.is(k, "a")) {
            // "in the Gulf state of Oman", "in the Black Sea nation": a region's name among the words before the noun
            for (int j = k - 1; j >= a && j >= p - 5 && tokens.isWord(j); j--) {
                if (tokens.is(j, "the") || tokens.is(j, "a")) {
                    k = j;
                    break;
                }
            }
        }
        boolean possessive = k >= a && gazEntries[k] != null && tokens.is(gazEnd[k], "'s");
        // ("on the island of Crete": "on" for an island only)
        boolean onIsland = k - 1 >= a && tokens.is(k - 1, "on") && lexicon.islandNouns.contains(tokens.lower(p));
        if (!(k >= a && (tokens.is(k, "the") || tokens.is(k, "a") || possessive) && k - 1 >= a
                && (tokens.is(k - 1, "in") || tokens.is(k - 1, "at") || tokens.is(k - 1, "to") || onIsland))) {
            return null;
        }
        if (p + 2 < b && tokens.is(p + 1, "of") && tokens.capitalized(p + 2) && !inName[p + 2]) {
            Entry c = gazEntries[p + 2] == null ? null : doc.gaz(p + 2, Type.CITY);
            if (c != null && (country == null || country.equals(c.code()))) return new Venue(c.city(), c.code());
            Entry named = c == null && gazEntries[p + 2] != null ? doc.gaz(p + 2, Type.COUNTRY) : null;
            if (named != null && !tokens.is(gazEnd[p + 2], "'s")) return new Venue(null, named.code()); // "the Gulf state of Oman"
            // "the Greek island of Crete", "the US state of Alaska"
            String within = c == null && named == null && gazEntries[p + 2] != null ? subdivisionCountry(p + 2) : null;
            if (within != null && (country == null || country.equals(within)) && !tokens.is(gazEnd[p + 2], "'s")) return new Venue(null, within);
            if (c == null && gazEntries[p + 2] != null) return null; // "the region of Kashmir", "the city of Ankara's"
            if (country == null) country = countryAfter(p + 3, b);
            if (country == null) return null;
            // a place the gazetteer does not know ("the village of Wakefield"): its name, when a town's
            if (lexicon.townNouns.contains(tokens.lower(p)) && c == null && !tokens.is(p + 3, "'s")) return new Venue(nameAt(p + 2, b), country);
            return new Venue(null, country);
        }
        // "in Peru's second city Arequipa", "in the port city Odesa": the named city right after the place noun
        Entry named = p + 1 < b && gazEntries[p + 1] != null && !inName[p + 1] ? doc.gaz(p + 1, Type.CITY) : null;
        if (named != null && (country == null || country.equals(named.code()))) return new Venue(named.city(), named.code());
        // "the Venezuelan capital, when they ...", not "the capital, Caracas" (that name is the venue)
        boolean namedAfter = tokens.is(p + 1, ",") && p + 2 < b && tokens.capitalized(p + 2);
        if (tokens.is(p, "capital") && country != null && !namedAfter) {
            Gazetteer.CountryInfo info = doc.gazetteer.country(country);
            if (info != null && info.capital() != null && !info.capital().isEmpty()) return new Venue(info.capital(), country);
            return new Venue(null, country);
        }
        if (country != null && !tokens.is(p + 1, ",") && !tokens.is(p + 1, "of")) return new Venue(null, country);
        // "met Y in the Himalayan kingdom", "in the Central Asian country": the country named last before it
        // (with a word that describes it: "the country to his north" is no reference to a country named before)
        if (country == null && tokens.is(k, "the") && p - k >= 2 && lexicon.countryNouns.contains(tokens.lower(p)) && !doc.inGaz(p)
                && !tokens.capitalized(p) && !tokens.is(p + 1, "of")
                && !tokens.is(p + 1, "'s") && !(p + 1 < b && tokens.capitalized(p + 1) && tokens.isWord(p + 1))) {
            String meant = countryNamedBefore(k);
            if (meant != null) return new Venue(null, meant);
        }
        return null;
    }

    /**
     * "in the Netherlands", "in the United States on Monday", "in the Dominican Republic, where": a country whose
     * name takes "the", after "in the", with no noun it qualifies after it ("in the Ukraine war" is a subject).
     */
    private boolean theCountryIn(int a, int i, int b) {
        if (i - 2 < a || !tokens.is(i - 1, "the") || !tokens.is(i - 2, "in")) return false;
        int next = gazEnd[i];
        return next >= b || !tokens.isWord(next) || tokens.capitalized(next) || lexicon.afterPlaceWords.contains(tokens.lower(next));
    }

    /** How many tokens back "the kingdom" looks for the country it stands for (about two sentences). */
    static final int COUNTRY_ANAPHOR_REACH = 80;

    /** The country named (or meant by a demonym) last before token {@code from}, outside the page furniture, or null. */
    private String countryNamedBefore(int from) {
        for (int j = from - 1; j >= 0 && j >= from - COUNTRY_ANAPHOR_REACH; j--) {
            if (furniture[j] || gazEntries[j] == null) continue;
            String code = doc.placeCode(j, true, false);
            if (code != null && Party.countryOf(code) != null) return code;
        }
        return null;
    }

    /** A known venue as the clause's subject: its first words ("The White House said"), then a lower-case word. */
    private boolean subjectOfClause(int a, int i) {
        boolean opens = i == a || i == a + 1 && tokens.is(a, "the");
        int next = gazEnd[i];
        return opens && next < tokens.n && tokens.isWord(next) && !tokens.capitalized(next)
                && !lexicon.nounTriggers.contains(tokens.lower(next));
    }
}
