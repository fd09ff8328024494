package io.newswire.extract;

import io.newswire.extract.Enrichment.Kind;
import io.newswire.extract.Enrichment.Status;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * Defaults for what the text leaves open, decided once all sentences are read. A held meeting without a date
 * takes the previous held meeting's date (the first one: the next dated report's); an in-person meeting
 * without a venue takes the previous meeting's venue on the same day, else a place someone arrived
 * in or is visiting up to two sentences before its report (one after, for a meeting not held), or a headline's
 * place, else the place of the one event someone attends named before it (a roundup from a summit), else the
 * place of the trip the article's lead reports, else the dateline city for meetings of the news day; a planned
 * meeting takes the venue of the trip's earlier meetings (not an event one takes part in, nor a meeting over a
 * week old). Without a dateline, an in-person meeting left without a venue takes the one country named as a place
 * ("in Ethiopia", "a visit to Kenya") within two sentences of its report, when no city is named there (a city
 * named nearby is as often another event's). A held meeting placed in a country only takes the city the headline
 * gives its meeting in that country. Calls and video meetings have no venue.
 */
final class MeetingDefaults {
    private final List<MeetingDraft> meetings;
    private final NewsContext news;
    private final List<Venue> places, arrivals, eventPlaces, attendedEvents;
    private final IntFunction<DateMention> periods;
    private final IntPredicate nextLeg;
    /** The city the headline places its meeting in ("Tokayev meets Putin in Bishkek"), or null. */
    private final Venue headlineCity;
    /** The sentences of historical meetings: a country named there is no later meeting's place. */
    private final Set<Integer> background = new HashSet<>();
    /** How many meetings each sentence reports: a trip told with another meeting is that one's. */
    private final Map<Integer, Integer> reports = new HashMap<>();

    private MeetingDefaults(List<MeetingDraft> meetings, NewsContext news, List<Venue> places, List<Venue> arrivals, List<Venue> eventPlaces,
            List<Venue> attendedEvents, IntFunction<DateMention> periods, IntPredicate nextLeg, Venue headlineCity) {
        this.meetings = meetings;
        this.news = news;
        this.places = places;
        this.arrivals = arrivals;
        this.eventPlaces = eventPlaces;
        this.attendedEvents = attendedEvents;
        this.periods = periods;
        this.nextLeg = nextLeg;
        this.headlineCity = headlineCity != null && headlineCity.city() != null ? headlineCity : null;
        for (MeetingDraft m : meetings) if (m.historical) background.addAll(m.sentences);
        for (MeetingDraft m : meetings) for (int si : m.sentences) reports.merge(si, 1, Integer::sum);
    }

    /**
     * Fills the defaults of every meeting of the article, in order of first report; {@code places} holds, for each sentence of the article, the place it names as a venue
     * would be named ({@link VenueResolver}), or null; {@code arrivals}, for each sentence, the place it says someone
     * arrived in or is visiting ({@link VenueResolver#arrival}), or null: it beats the dateline for the meetings
     * reported with it; {@code eventPlaces}, for each sentence, the city of an event it names ({@link
     * VenueResolver#eventPlace}), or null: the place of meetings on the sidelines reported after it; {@code
     * attendedEvents}, for each sentence, the place of an event it says someone attends ({@link
     * VenueResolver#attendedEvent}); {@code periods}, for a sentence, the period it names ("this week"), or null;
     * {@code headlineCity}, the place the headline gives its meeting ({@link VenueResolver#headlinePlace}), or null.
     */
    static void apply(List<MeetingDraft> meetings, NewsContext news, List<Venue> places, List<Venue> arrivals, List<Venue> eventPlaces,
            List<Venue> attendedEvents, IntFunction<DateMention> periods, IntPredicate nextLeg, Venue headlineCity) {
        new MeetingDefaults(meetings, news, places, arrivals, eventPlaces, attendedEvents, periods, nextLeg, headlineCity).applyInOrder();
    }

    /** The default rules, each for what the ones before it left open, meeting by meeting. */
    private void applyInOrder() {
        MeetingDraft prev = null; // the previous held meeting
        for (int mi = 0; mi < meetings.size(); mi++) {
            MeetingDraft m = meetings.get(mi);
            if (m.hostCountry == null && m.hostParty != null) {
                // "President X received Y": the host's country as the actor lists give it, now known
                m.hostCountry = m.hostParty.country();
                m.guestCountry = m.guestParty == null ? null : m.guestParty.country();
            }
            if (m.kind != Kind.IN_PERSON) {
                m.city = null;
                m.country = null;
            }
            if (m.status == Status.HELD && m.date == null && !m.vague && !m.historical) dayOfUndatedHeld(m, mi, prev);
            if (m.kind == Kind.IN_PERSON && m.country == null && m.sidelines && !m.historical) sidelinesEventPlace(m);
            if (m.kind == Kind.IN_PERSON && m.country == null && !m.historical && !m.vague
                    && (m.status == Status.HELD || m.status == Status.PLANNED && m.date != null)) {
                placeOfTripOrDateline(m, prev);
            }
            if (m.kind == Kind.IN_PERSON && m.country == null && m.status != Status.HELD && !m.event) placeOfTraveller(m);
            if (m.kind == Kind.IN_PERSON && m.country == null && !m.historical && !m.vague && news.datelineCountry() == null) {
                // no dateline: the one country named as a place near the report ("talks in Ethiopia")
                String near = nearbyCountry(places, m, NEARBY, background, nextLeg);
                if (near != null) m.country = near;
            }
            if (m.status == Status.PLANNED && m.kind == Kind.IN_PERSON && m.country == null && !m.vague && !m.event) placeOfEarlierOnTrip(m, mi);
            if (m.kind == Kind.IN_PERSON && m.city == null && m.country != null && m.country.equals(news.datelineCountry())
                    && m.status == Status.HELD && !m.historical && !m.vague && (m.date == null || news.lastDays(m.date))) {
                // "NAIROBI - X, who is on a state visit to Kenya, met Y": the dateline names the city of the country told
                m.city = news.datelineCity();
            }
            if (m.kind == Kind.IN_PERSON && m.country == null && m.laterCountry == null && Party.countryOf(m.hostCountry) != null
                    && m.status == Status.HELD && !m.historical && !m.vague && news.datelineCountry() == null) {
                // "Georgian Foreign Minister X hosted Y at the Tsinandali estate": no place the gazetteer knows, no
                // dateline: the host received the guest at home, as far as the text says
                m.country = m.hostCountry;
            }
            // no default placed it: the country a later report named
            if (m.kind == Kind.IN_PERSON && m.country == null && m.laterCountry != null) m.country = m.laterCountry;
            if (headlineCity != null && m.kind == Kind.IN_PERSON && m.city == null && headlineCity.country().equals(m.country)
                    && m.status == Status.HELD && !m.historical && !m.vague) {
                // "Tokayev meets Putin in Bishkek" over "... arrived in Kyrgyzstan": the headline's city of the country
                m.city = headlineCity.city();
            }
            if (m.kind == Kind.IN_PERSON && m.city == null && m.seatOfGovernmentCity != null
                    && (m.country == null || m.country.equals(m.hostCountry))) {
                // "X received Y at the Chancellery", no other place known: the host's seat of government, in its capital
                m.city = m.seatOfGovernmentCity;
                m.country = m.hostCountry;
            }
            if (m.status == Status.HELD && !m.historical) prev = m;
        }
    }

    /** A held meeting without a day: the previous held meeting's, else (the first) an event's, a visit's or the next report's. */
    private void dayOfUndatedHeld(MeetingDraft m, int mi, MeetingDraft prev) {
        LocalDate tripDay;
        if (prev != null && prev.date != null) {
            m.date = prev.date;
        } else if (prev == null && m.sidelines && (tripDay = arrivalDay(attendedEvents, periods, m)) != null) {
            // "X attended the Antalya Diplomacy Forum on Saturday. On the sidelines, he met Y": the event's day
            m.date = tripDay;
        } else if (prev == null && !news.captionDated() && (tripDay = arrivalDay(arrivals, periods, m)) != null) {
            // "Baerbock visited Kyiv on Tuesday. She met Zelenskiy": the day of the visit told just before
            // (not counted from a photo's day, which may be a week off)
            m.date = tripDay;
        } else if (prev == null) {
            // the next dated report of the same day ("Lavrov met X. On Wednesday he also met ...")
            for (int k = mi + 1; k < meetings.size() && k <= mi + RuleExtractor.WINDOW; k++) {
                MeetingDraft o = meetings.get(k);
                if (o.status == Status.HELD && o.date != null && !o.historical && !o.vague && o.kind == m.kind) {
                    m.date = o.date;
                    break;
                }
            }
        }
    }

    /** "Leaders gathered in Lima for the summit. On the sidelines, X met Y": the event's city. */
    private void sidelinesEventPlace(MeetingDraft m) {
        Venue event = arrivedNear(eventPlaces, m, EVENT_BEFORE, 0);
        if (event != null) {
            m.city = event.city();
            m.country = event.country();
        }
    }

    /**
     * A held meeting (or a dated planned one) without a place: the previous meeting's of the same day, a trip told
     * around it, the event the article reports from, the lead's trip, the traveller's last place, else the dateline.
     */
    private void placeOfTripOrDateline(MeetingDraft m, MeetingDraft prev) {
        // a trip named after a planned meeting's report is still its place ("He will travel to Geneva on Wednesday")
        Venue arrived = arrivedNear(arrivals, m, ARRIVAL_BEFORE, m.status == Status.HELD ? 0 : 1);
        // "X, who met Y on Thursday, will fly to New York": a trip still to come is no place of a meeting held
        if (arrived != null && arrived.ahead() && m.status == Status.HELD) arrived = null;
        // "a visit to Algeria" under an ALGIERS dateline: the dateline names the city
        if (arrived != null && arrived.city() == null && arrived.country().equals(news.datelineCountry())) arrived = null;
        // "Within the summit in Lima, X is holding meetings ...": the event the article reports from beats the dateline
        Venue attended = attendedBefore(attendedEvents, eventPlaces, m);
        OnePlace trip;
        if (prev != null && prev.country != null && Objects.equals(prev.date, m.date) && prev.kind == Kind.IN_PERSON) {
            m.city = prev.city;
            m.country = prev.country;
        } else if (arrived != null) {
            m.city = arrived.city();
            m.country = arrived.country();
        } else if (attended != null && m.status == Status.HELD
                && (m.date == null || news.aboutNewsDay(m.date) || attendedInPeriod(attendedEvents, periods, m))) {
            m.city = attended.city();
            m.country = attended.country();
        } else if ((trip = leadTripBefore(arrivals, m, news)) != null && m.status == Status.HELD
                && (m.date == null || news.aboutNewsDay(m.date) || dayOf(periods, trip.firstAt(), m.date))) {
            // "X is on a three-day visit to Tanzania. ... On Tuesday X called on President Y": the lead's trip
            // ("X arrived in Washington on Friday. ... He met Y on Friday": a day before the news day, the trip's)
            m.city = trip.place().city();
            m.country = trip.place().country();
        } else if (sameTrip(prev, m, places)) {
            // "On Monday he met X in Beijing. On Tuesday he held talks with Y": the traveller's place until another is named
            m.city = prev.city;
            m.country = prev.country;
        } else if (news.datelineCountry() != null && (m.date == null || news.lastDays(m.date) || m.sidelines && news.inEventWeek(m.date))
                && !talkAbroad(m, news)) {
            // ("ADDIS ABABA - X met Y on the sidelines of the summit on Saturday": an event covered from the dateline)
            // "NAIROBI - Ethiopia's Abiy hosted Kenya's Ruto": a dateline in the guest's country is the reporter's
            // home, the host's country the meeting's
            boolean hostElsewhere = m.hostCountry != null && !m.hostCountry.equals(news.datelineCountry())
                    && news.datelineCountry().equals(m.guestCountry);
            m.city = hostElsewhere ? null : news.datelineCity();
            m.country = hostElsewhere ? m.hostCountry : news.datelineCountry();
        }
    }

    /**
     * A meeting not (yet) held: the place its traveller is going to or staying in, named around it (not a trip told
     * after it with a meeting of its own: "... was not planned. X will travel to Cairo, where he is due to meet Z").
     */
    private void placeOfTraveller(MeetingDraft m) {
        Venue arrived = arrivedNear(arrivals, m, ARRIVAL_BEFORE, ownNextSentence(m, reports, arrivals.size()) ? 1 : 0);
        if (arrived != null && arrived.city() == null && arrived.country().equals(news.datelineCountry())) {
            arrived = new Venue(news.datelineCity(), arrived.country()); // "a visit to Algeria" under an ALGIERS dateline
        }
        if (arrived != null) {
            m.city = arrived.city();
            m.country = arrived.country();
        }
    }

    /** A planned meeting of the same trip: the venue of the meetings reported before it (not one over a week old). */
    private void placeOfEarlierOnTrip(MeetingDraft m, int mi) {
        for (int k = mi - 1; k >= 0 && k >= mi - RuleExtractor.WINDOW; k--) {
            MeetingDraft o = meetings.get(k);
            if (o.country != null && o.kind == Kind.IN_PERSON && !o.historical && !past(o, news)) {
                m.city = o.city;
                m.country = o.country;
                return;
            }
        }
    }

    /**
     * The one day named in the sentence, up to {@link #ARRIVAL_BEFORE} before a meeting's first report, that says
     * someone arrived or is visiting ("visited Kyiv on Tuesday"; given the attended events, that someone attends an
     * event: "attended the Doha Forum on Saturday"), else null.
     */
    static LocalDate arrivalDay(List<Venue> arrivals, IntFunction<DateMention> periods, MeetingDraft m) {
        if (m.sentences.isEmpty()) return null;
        int first = m.sentences.iterator().next();
        for (int i = Math.min(first - 1, arrivals.size() - 1); i >= 0 && i >= first - ARRIVAL_BEFORE; i--) {
            if (arrivals.get(i) == null) continue;
            DateMention d = periods.apply(i);
            return d == null || d.vague() ? null : d.date();
        }
        return null;
    }

    /** How many days after the previous meeting of one of its people a meeting is taken to be of the same stay. */
    static final int TRIP_DAYS = 3;

    /**
     * Whether a meeting is of the same stay as the previous held meeting: an in-person meeting with a place,
     * sharing a person with it, dated up to {@link #TRIP_DAYS} days from it, and no place named in the sentences
     * from the previous report's to this one's (a place named there may be where the traveller went next).
     */
    static boolean sameTrip(MeetingDraft prev, MeetingDraft m, List<Venue> places) {
        if (prev == null || prev.country == null || prev.kind != Kind.IN_PERSON || m.date == null || prev.date == null) return false;
        // either way: "On Wednesday he had met Y" after Thursday's talks in Washington
        if (m.date.isBefore(prev.date.minusDays(TRIP_DAYS)) || m.date.isAfter(prev.date.plusDays(TRIP_DAYS))) return false;
        if (prev.sentences.isEmpty() || m.sentences.isEmpty()) return false;
        boolean shared = false;
        for (Party p : m.parties) for (Party q : prev.parties) if (p.person != null && p.person == q.person) shared = true;
        if (!shared) return false;
        int from = prev.sentences.iterator().next();
        int to = m.sentences.iterator().next();
        for (int i = from + 1; i <= to && i < places.size(); i++) if (places.get(i) != null) return false;
        return true;
    }

    /** Whether the meeting is dated over a week before the news (background, not the current trip). */
    static boolean past(MeetingDraft o, NewsContext news) {
        return o.date != null && news.newsDate() != null && o.date.isBefore(news.newsDate().minusDays(7));
    }

    /** How many sentences before a meeting's first report are searched for an arrival. */
    static final int ARRIVAL_BEFORE = 2;

    /** Whether the sentence after m's first reports no other meeting (its trip may then be m's). */
    private static boolean ownNextSentence(MeetingDraft m, Map<Integer, Integer> reports, int sentences) {
        if (m.sentences.isEmpty()) return false;
        int next = m.sentences.iterator().next() + 1;
        if (next >= sentences) return true;
        return reports.getOrDefault(next, 0) - (m.sentences.contains(next) ? 1 : 0) == 0;
    }

    /** The nearest arrival place from {@code before} sentences before the meeting's first report to {@code after} after it (earlier first). */
    static Venue arrivedNear(List<Venue> arrivals, MeetingDraft m, int before, int after) {
        if (arrivals.isEmpty() || m.sentences.isEmpty()) return null;
        int first = m.sentences.iterator().next();
        for (int i = Math.min(first, arrivals.size() - 1); i >= 0 && i >= first - before; i--) {
            if (i == first && m.ownDayPart) continue;
            if (arrivals.get(i) != null) return arrivals.get(i);
        }
        for (int i = first + 1; i < arrivals.size() && i <= first + after; i++) {
            if (arrivals.get(i) != null) return arrivals.get(i);
        }
        return null;
    }

    /**
     * "MOSCOW: ... on Monday Modi talked over the situation with Biden": a talk (no meeting, visit or host verb) of
     * two sides none of which is of the dateline's country is not placed there; the reporter's city is no cue that
     * they were together at all.
     */
    private static boolean talkAbroad(MeetingDraft m, NewsContext news) {
        if (!m.talkVerb) return false;
        for (Party p : m.parties) if (news.datelineCountry().equals(p.country())) return false;
        return true;
    }

    /**
     * The place of the event someone attends ({@link VenueResolver#attendedEvent}) named in the sentences up to a
     * meeting's first report, when they name one only (a roundup from a summit), else null; an event attended whose
     * sentence gives no place takes the one event place the article names.
     */
    static Venue attendedBefore(List<Venue> attendedEvents, List<Venue> eventPlaces, MeetingDraft m) {
        if (attendedEvents.isEmpty() || m.sentences.isEmpty()) return null;
        // "On the sidelines of the SCO summit, ..." and elsewhere "The summit in Samarkand ...": the one event place the article names
        OnePlace found = onePlace(attendedEvents, m.sentences.iterator().next(), -1,
                v -> v == Venue.UNPLACED ? place(onePlace(eventPlaces, eventPlaces.size() - 1, -1, UnaryOperator.identity())) : v);
        return place(found);
    }

    /**
     * "X led the delegation to the UN General Assembly this week. On Tuesday he met Y": a sentence up to the meeting's
     * first report that says someone attends an event names a period ("this week") holding the meeting's day, or the
     * event's day up to {@link #EVENT_DAYS} days before it.
     */
    static boolean attendedInPeriod(List<Venue> attendedEvents, IntFunction<DateMention> periods, MeetingDraft m) {
        if (m.date == null || m.sentences.isEmpty()) return false;
        int first = m.sentences.iterator().next();
        for (int i = 0; i <= first && i < attendedEvents.size(); i++) {
            if (attendedEvents.get(i) == null) continue;
            DateMention d = periods.apply(i);
            if (d != null && d.from() != null && d.to() != null && !m.date.isBefore(d.from()) && !m.date.isAfter(d.to())) return true;
            // "attended the SCO summit in Astana on July 3-4" (its first day): meetings within the days of such an event
            if (d != null && d.date() != null && !m.date.isBefore(d.date()) && !m.date.isAfter(d.date().plusDays(EVENT_DAYS))) return true;
        }
        return false;
    }

    /** How many days after an attended event's named day its meetings may still be held there (a summit's length). */
    static final int EVENT_DAYS = 3;

    /** How many sentences open an article: a trip named there is the trip the article reports. */
    static final int LEAD_SENTENCES = 3;

    /**
     * The place of the trip the article's lead reports ({@link VenueResolver#arrival} in one of its first {@link
     * #LEAD_SENTENCES} sentences), when every arrival named up to the meeting's first report is that place; null
     * otherwise, or when it is the dateline's country without a city (the dateline names the city then).
     */
    static OnePlace leadTripBefore(List<Venue> arrivals, MeetingDraft m, NewsContext news) {
        if (arrivals.isEmpty() || m.sentences.isEmpty()) return null;
        int first = m.sentences.iterator().next();
        OnePlace found = onePlace(arrivals, first, m.ownDayPart ? first : -1, UnaryOperator.identity());
        if (found == null || found.firstAt() >= LEAD_SENTENCES) return null;
        if (found.place().city() == null && found.place().country().equals(news.datelineCountry())) return null;
        // a trip still to come ("will fly to New York") is no place of a meeting already held
        if (found.place().ahead() && m.status == Status.HELD) return null;
        return found;
    }

    /** Whether sentence {@code si} names {@code day} as its one exact day ("arrived in Washington on Friday"). */
    private static boolean dayOf(IntFunction<DateMention> periods, int si, LocalDate day) {
        DateMention d = periods.apply(si);
        return d != null && !d.vague() && day.equals(d.date());
    }

    /** A place the sentences agree on, and the first sentence that names it. */
    record OnePlace(Venue place, int firstAt) {}

    private static Venue place(OnePlace found) {
        return found == null ? null : found.place();
    }

    /**
     * The one place sentences 0 to {@code last} give ({@code read} turns each sentence's place into the one meant;
     * sentence {@code skip} is left out), or null when they give none or two that differ.
     */
    static OnePlace onePlace(List<Venue> places, int last, int skip, UnaryOperator<Venue> read) {
        OnePlace found = null;
        for (int i = 0; i <= last && i < places.size(); i++) {
            Venue v = i == skip ? null : places.get(i);
            if (v != null) v = read.apply(v);
            if (v == null) continue;
            if (found != null && !found.place().samePlace(v)) return null;
            if (found == null) found = new OnePlace(v, i);
        }
        return found;
    }

    /** How many sentences before a meeting on the sidelines are searched for the event's city. */
    static final int EVENT_BEFORE = 3;

    /** How many sentences either side of a meeting's first report are searched for a named country. */
    static final int NEARBY = 2;

    /**
     * The one country named as a place within {@code window} sentences of the meeting's first report, or null
     * when none, several, or a city is named there.
     */
    static String nearbyCountry(List<Venue> places, MeetingDraft m, int window, Set<Integer> background, IntPredicate nextLeg) {
        if (places.isEmpty()) return null;
        int first = m.sentences.isEmpty() ? 0 : m.sentences.iterator().next();
        String country = null;
        for (int i = Math.max(0, first - window); i < places.size() && i <= first + window; i++) {
            Venue v = places.get(i);
            // the place of a meeting reported as background ("weeks after X visited Peru, where ...") is not this one's
            if (v == null || background.contains(i) && i != first) continue;
            // "Ruto flew to Ethiopia later in the day": the next leg of the trip, not where the meeting was
            if (i > first && nextLeg.test(i)) continue;
            if (v.city() != null || country != null && !country.equals(v.country())) return null;
            country = v.country();
        }
        return country;
    }
}
