package io.newswire.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of the rules, loaded once from {@code lexicon/*.txt} (see the README there for the format).
 * Immutable and shared by every thread. Each list is a field named after its list, so a rule says which
 * words it tests.
 */
final class Lexicon {
    private static final String DIR = "lexicon/";

    // triggers.txt
    final Set<String> verbTriggers;
    final Set<String> nounTriggers;
    /** [person-next-verb]: "handed President X a letter", "visited President X": a meeting with a person right after. */
    final Set<String> personNextVerbs;
    /** [meal-noun]: "lunch", "dinner": a meeting noun only when someone hosts the meal or has it with someone (Triggers). */
    final Set<String> mealNouns;
    /** [with-noun]: "an interaction with X": a meeting noun only right before "with". */
    final Set<String> withNouns;
    final Set<String> weakVerbs;
    final Set<String> madeVerbs;
    final Map<String, List<String[]>> notWeakPhrases;
    /** "It took place", "It was held": after "it" opening a sentence, the meeting of the sentence before ([it-meeting-phrases]). */
    final Map<String, List<String[]>> itMeetingPhrases;
    /** "During the talks, ...": prepositions that, opening a clause before "the" and a meeting noun, refer to the last meeting. */
    final Set<String> referencePrepositions;
    /** "officials": role nouns any title fits, whose plural names unnamed people of a side ([generic-role]). */
    final Set<String> genericRoles;
    /** "Their previous meeting was in Johannesburg": words before a meeting noun that make it an earlier one. */
    final Set<String> previousMeetingWords;
    /** "- with X;", "• X": marks that open a list item. */
    final Set<String> listBullets;
    /** "summit": meeting nouns that are never a call ([in-person-noun]). */
    final Set<String> inPersonNouns;
    final Set<String> holdingVerbs;
    final Set<String> talkVerbs;
    final Map<String, List<String[]>> newsOutlets;
    /** "called X": see {@link Document#calledPerson}. */
    final Set<String> callVerbs, afterCalledPerson;
    final Set<String> notMet;
    final Set<String> notReceived;
    final Set<String> receptionVerbs, arrivalPlaces;
    final Set<String> personObjectVerbs;
    final Set<String> infinitiveOnly;
    final Set<String> mediaNouns;
    final Set<String> membershipNouns;
    final Set<String> nearCity;
    final Set<String> infinitiveModals;
    final Set<String> infinitiveLeads;
    final Set<String> openOffers;
    /** Words of a negotiation's state ([process-state] of status.txt): "talks have stalled" is no meeting. */
    final Set<String> processStates;
    /** US states as datelines write them ([us-state] of venue.txt, spaces removed, lower case): "calif.", "n.y.". */
    final Set<String> usStates;
    /** Verbs of informing ([briefing-verb] of venue.txt): "briefed X on his trip to Y" names a subject, not a venue. */
    final Set<String> briefingVerbs;
    /** Present-tense travel verbs ([present-travel-verb] of status.txt): "X heads to Nairobi on Friday" is to come. */
    final Set<String> presentTravelVerbs;
    /** Verbs of an event's span ([event-span-verb] of dates.txt): "the summit ends on Friday" dates the event only. */
    final Set<String> eventSpanVerbs;
    final Set<String> toldVerbs;
    /** [visitor-verb]: "told visiting President X" is a meeting with the visitor. */
    final Set<String> visitorVerbs;
    final Set<String> subjectPronouns;
    final Set<String> clauseCuts;
    /** [contrast-cut]: ", while", ", whereas" open a clause. */
    final Set<String> contrastCuts;
    final Set<String> notYet;
    /** Plural meeting nouns and the counts before them that make an aggregate ("seven summits"). */
    final Set<String> countableMeetings, meetingCounts;
    final Set<String> speech;
    /** "One day after he briefed X, Y talked to Z": see {@code Grouping}. */
    final Set<String> timeSubordinators;
    /** "after", "ahead of", "prior to": a time phrase opening a clause with a meeting of its own. */
    final Map<String, List<String[]>> timePhraseOpeners;
    // status.txt
    final Set<String> denied;
    final Map<String, List<String[]>> deniedPhrases;
    final Set<String> deniedAfterNo;
    final Set<String> deniedAfterNot;
    final Set<String> rejectionVerbs, rejectedReports;
    /** [request-noun] and [request-rejection-verb] of status.txt: "a request for a meeting ... was rejected". */
    final Set<String> requestNouns, requestRejectionVerbs;
    final Set<String> cancelled;
    final Map<String, List<String[]>> cancelledPhrases;
    final Set<String> inviteVerbs;
    final Set<String> possibleAux;
    final Map<String, List<String[]>> unsetPhrases;
    final Map<String, List<String[]>> aheadOfPhrases;
    final Set<String> futureAux;
    final Set<String> planVerbs;
    final Set<String> intention;
    /** "agreed on Monday to meet": verbs whose day is their own, not that of the meeting they promise. */
    final Set<String> agreementVerbs;
    final Set<String> intendedVerbs;
    final Set<String> be;
    final Set<String> beToVerbs;
    /** Adverbs between "is"/"expected" and "to" ("is also to meet"). */
    final Set<String> statusAdverbs;
    final Set<String> plannedParticiples;
    final Set<String> coming;
    final Set<String> pastVerbs;
    final Set<String> relativePronouns;
    final Set<String> personRelatives;
    final Set<String> requestVerbs;
    final Set<String> requestStops;
    final Set<String> simplePastTriggers;
    final Set<String> expectedIn;
    final Set<String> beIngVerbs;
    final Set<String> futureDays;
    final Set<String> cancelOffVerbs;
    // kind.txt
    final Set<String> videoCues;
    final Set<String> callCues;
    final Set<String> callNouns;
    /** After "video"/"phone", the nouns that make it a contact ("video link"), not a clip or a line (KindFromContext). */
    final Set<String> contactNouns;
    /** [call-record]: "a readout of the call" is the clause's own call. */
    final Set<String> callRecords;
    /** [joining-participle]: "with Z joining by video link": a medium after one of these is one participant's. */
    final Set<String> joiningParticiples;
    /** "courtesy", "farewell": a call noun after one of these is a visit in person (lexicon kind.txt [visit-call]). */
    final Set<String> visitCalls;
    // grouping.txt
    final Set<String> separateCues;
    /** [list-intro-phrases]: "Among them were", "They included": the people of the sentence before's plural object. */
    final Map<String, List<String[]>> listIntroPhrases;
    final Set<String> togetherCues;
    final String[] togetherPhrases;
    /** "on their own", "one-on-one": a two-sided meeting apart from a larger one around it. */
    final String[] apartPhrases;
    /** "earlier that day": a meeting at another time of the same day than the one told before. */
    final String[] otherTimePhrases;
    /** [in-person-phrases] of kind.txt: "met in person", "a face-to-face meeting": the kind stated. */
    final String[] inPersonPhrases;
    // dates.txt
    final Set<String> periods;
    final Set<String> periodQualifiers;
    // venue.txt
    final Set<String> travelToCity;
    /** "depart for X", "left for X": verbs whose "for" leads to a trip's end ([travel-for]). */
    final Set<String> travelFor;
    final Set<String> visitCity;
    final Set<String> groupNouns;
    /** Plural people of a legislature, a side only as a meeting's object ("met U.S. lawmakers"). */
    final Set<String> memberNouns;
    /** "representatives of the Nigerian government": words of a government after a demonym. */
    final Set<String> governmentWords;
    final Set<String> aideVerbs;
    final Set<String> postedAbroad;
    final Set<String> institutionNouns;
    /** Lower-case words between a name and its institution noun ("international" airport). */
    final Set<String> institutionModifiers;
    /** Words of an appositive that make the named person staff ("director of presidential communications"). */
    final Set<String> staffUnits;
    /** "relations with X": X is discussed, not a partner. */
    final Set<String> relationNouns;
    /** "X, who heads the UN mission": the body a person leads. */
    final Set<String> leadVerbs;
    final Set<String> eventNouns;
    final Set<String> holdVerbs;
    final Set<String> travelFrom;
    /** "had met", "weeks after": a clause that reports a meeting as background (phrases for Document.hasAny). */
    final String[] backgroundPhrases;
    /** "earlier today": a clause that stays foreground despite a background phrase. */
    final String[] foregroundPhrases;
    /** "weeks after": background when it comes before the meeting's trigger. */
    final String[] backgroundBeforeTrigger;
    /** "visited", "a trip to", "stopped in": what puts a place on a traveller's itinerary. */
    final Map<String, List<String[]>> itinerary;
    final Set<String> passingVerbs;
    final Set<String> discussionCues;
    final Set<String> lastDayParts;
    /** Photo credits whose neighbouring date dates a caption ("07/02/2018 REUTERS"). */
    final Set<String> photoCredits;
    /** Words that label a page's own date stamp ("Last Updated : Aug 27 2024"). */
    final Set<String> stampLabels;
    final Set<String> linkLabels;
    /** A line that is only one of these heads a block of links to other stories ([link-heading-phrases]). */
    final Set<String> linkHeadings;
    /** "after", "before": a clause cut at one of these dates another meeting, told as background ([dating-subordinator]). */
    final Set<String> datingSubordinators;
    /** Words that label a site banner's date, the day of the crawl ("Today: ..."), not the news'. */
    final Set<String> bannerLabels;
    /** Words before a date that bound the meeting's day without being it ("before 15 December"). */
    final Set<String> dateBounds;
    /** Parts of a day that may precede "of" and a date ("the morning of June 5"). */
    final Set<String> ofDayParts;
    /** Small words between a verb of saying and its date ("said on Friday", "said here Saturday"). */
    final Set<String> statementGlue;
    final Set<String> statementAudience;
    /** Words before the day a meeting was scheduled for ("set for Friday"): that day lies ahead even if it was called off. */
    final Set<String> scheduledFor;
    /** [missed-verb] of dates.txt: "skipped a scheduled meeting on Monday" - that day has passed. */
    final Set<String> missedVerbs;
    /** Plurals of counterparts: a lead meeting them ("met with several presidents") sums up the meetings told later. */
    final Set<String> counterpartPlurals;
    final Set<String> spans;
    final Set<String> spanDirections;
    final Set<String> placeNouns;
    final Set<String> travelToCountry;
    final Set<String> visitCountry;
    final Set<String> arrival;
    /** "spent two days in Beijing": words that, up to three words before "in", tell where someone stays. */
    final Set<String> stayVerbs;
    final Set<String> townNouns;
    /** "on the island of Crete": place nouns that take "on" as well as "in". */
    final Set<String> islandNouns;
    /** Words after "in the Netherlands" that leave it a place, not a noun's qualifier ("in the Ukraine war"). */
    final Set<String> afterPlaceWords;
    /** Words that make a sentence after a meeting's report the next leg of the trip ("flew to Ethiopia later"). */
    final Set<String> nextLeg;
    /** Words after a day without its month that leave it a day ("on the 12th in Abuja"). */
    final Set<String> afterDayWords;
    /** "at/on/upon the invitation of X" and the trip words it makes a meeting of ("visited ... at the invitation of X"). */
    final Set<String> invitationPreps, invitedTripWords;
    /** [granting-verb] and [granted-meeting] of triggers.txt: "granted an audience to X", "accorded a welcome by X". */
    final Set<String> grantingVerbs, grantedMeetings;
    /** [see-verb] of triggers.txt: "intends to see X", "looks forward to seeing X". */
    final Set<String> seeVerbs;
    /** [meal-host-verb] of triggers.txt: "a dinner hosted by X". */
    final Set<String> mealHostVerbs;
    /** "the visiting Chinese foreign minister": words a role phrase holds before its nationality. */
    final Set<String> roleAdjectives;
    /** Prepositions that open a phrase of the speaker's meeting ("In a meeting with Y, X said"). */
    final Set<String> meetingOpeners;
    /** Words for a part of a city between "in" and its name ("in downtown Cairo"). */
    final Set<String> cityParts;
    /** Nouns that stand for a country already named ("in the Himalayan kingdom"). */
    final Set<String> countryNouns;
    final Set<String> dateWords;
    final Set<String> topicNouns;
    /** [sector-noun] of venue.txt: topic nouns that name no place of their own ("trade in Beijing" is a venue). */
    final Set<String> sectorNouns;
    /** [one-event-noun] of grouping.txt: "hosted A and B for a summit" - the guests met together. */
    final Set<String> oneEventNouns;
    /** [host-between-verb] of grouping.txt: "hosted talks between A and B" - the host takes part. */
    final Set<String> hostBetweenVerbs;
    final Set<String> topicPrepositions;
    final Set<String> situationOpeners;
    final Set<String> purposeVerbs;
    final Set<String> hostVerbs;
    final Set<String> tourOf;
    final Set<String> namedEvents;
    final Set<String> welcomeVerbs;
    final Set<String> eventAhead;
    /** Words before an event noun that place someone at the event now ([attend-event] of venue.txt). */
    final Set<String> attendEvent;
    final Set<String> ownPossessives;
    final Set<String> venueStaff;
    /** [residence-noun]: "the Akorda presidential residence": a title word before one of these is part of the place. */
    final Set<String> residenceNouns;
    final Map<String, List<String[]>> seatOfGovernmentPhrases;
    final Set<String> invertedSources;
    final Set<String> resumedWith;
    final Map<String, List<String[]>> personAfterPhrases;
    final Set<String> nationalOffice;
    final Set<String> countedGroups;
    final Set<String> objectPronouns;
    final Set<String> tripBack;
    final Set<String> hostCapitalVerbs;
    final Set<String> beForms;
    final Set<String> sidelinesNouns;
    // discourse.txt
    final Set<String> nameParticles;
    final Set<String> auxiliaries;
    final Set<String> listGlue;
    final Set<String> determiners;
    final Set<String> longForm;
    final Set<String> situation;
    final Set<String> abbreviations;
    // confidence.txt
    final Set<String> hedges;

    /** Bits of {@link #cues(String)}: the status and kind lists a word is in. */
    static final int DENIED = 1, DENIED_PHRASE = 1 << 1, CANCELLED = 1 << 2, CANCELLED_PHRASE = 1 << 3,
            FUTURE_AUX = 1 << 4, BE = 1 << 5, INTENTION = 1 << 6, COMING = 1 << 7, VIDEO = 1 << 8, CALL = 1 << 9,
            CALL_NOUN = 1 << 10;
    /** Word -> the bits of the status and kind lists it is in; most words are in none (one lookup per token). */
    private final Map<String, Integer> cueBits = new HashMap<>();

    private static final class Holder {
        static final Lexicon STANDARD = new Lexicon();
    }

    /** The lexicon of the resource files, loaded on first use. */
    static Lexicon standard() {
        return Holder.STANDARD;
    }

    private Lexicon() {
        Map<String, Set<String>> t = load("triggers.txt");
        verbTriggers = list(t, "verb");
        mealNouns = list(t, "meal-noun");
        withNouns = list(t, "with-noun");
        personNextVerbs = list(t, "person-next-verb");
        nounTriggers = union(list(t, "noun"), mealNouns);
        weakVerbs = list(t, "weak-verb");
        madeVerbs = list(t, "made-verb");
        notWeakPhrases = phrases(t, "not-weak-phrases");
        holdingVerbs = list(t, "holding-verb");
        talkVerbs = list(t, "talk-verb");
        meetingOpeners = list(t, "meeting-opener");
        invitationPreps = list(t, "invitation-prep");
        grantingVerbs = list(t, "granting-verb");
        grantedMeetings = list(t, "granted-meeting");
        seeVerbs = list(t, "see-verb");
        mealHostVerbs = list(t, "meal-host-verb");
        invitedTripWords = list(t, "invited-trip-word");
        newsOutlets = phrases(t, "news-outlet-phrases");
        callVerbs = list(t, "call-verb");
        afterCalledPerson = list(t, "after-called-person");
        notMet = list(t, "not-met");
        notReceived = list(t, "not-received");
        receptionVerbs = list(t, "reception-verb");
        arrivalPlaces = list(t, "arrival-place");
        personObjectVerbs = list(t, "person-object-verb");
        infinitiveOnly = list(t, "infinitive-only");
        infinitiveModals = list(t, "infinitive-modal");
        infinitiveLeads = list(t, "infinitive-lead");
        toldVerbs = list(t, "told-verb");
        visitorVerbs = list(t, "visitor-verb");
        subjectPronouns = list(t, "subject-pronoun");
        notYet = list(t, "not-yet");
        countableMeetings = list(t, "countable-meeting");
        meetingCounts = list(t, "meeting-count");
        speech = list(t, "speech");
        timeSubordinators = list(t, "time-subordinator");
        timePhraseOpeners = phrases(t, "time-opener-phrases");
        Map<String, Set<String>> s = load("status.txt");
        denied = list(s, "denied");
        deniedPhrases = phrases(s, "denied-phrases");
        deniedAfterNo = list(s, "denied-after-no");
        deniedAfterNot = list(s, "denied-after-not");
        rejectionVerbs = list(s, "rejection-verb");
        rejectedReports = list(s, "rejected-report");
        requestNouns = list(s, "request-noun");
        requestRejectionVerbs = list(s, "request-rejection-verb");
        cancelled = list(s, "cancelled");
        cancelledPhrases = phrases(s, "cancelled-phrases");
        inviteVerbs = list(s, "invite-verb");
        possibleAux = list(s, "possible-aux");
        unsetPhrases = phrases(s, "unset-phrases");
        aheadOfPhrases = phrases(s, "ahead-of-phrases");
        futureAux = list(s, "future-aux");
        planVerbs = list(s, "plan-verb");
        intention = list(s, "intention");
        agreementVerbs = list(s, "agreement-verb");
        intendedVerbs = list(s, "intended-verb");
        be = list(s, "be");
        beToVerbs = list(s, "be-to-verb");
        statusAdverbs = list(s, "status-adverb");
        plannedParticiples = list(s, "planned-participle");
        coming = list(s, "coming");
        pastVerbs = list(s, "past-verb");
        relativePronouns = list(s, "relative-pronoun");
        cancelOffVerbs = list(s, "cancel-off-verb");
        requestVerbs = list(s, "request-verb");
        openOffers = list(s, "open-offer");
        processStates = list(s, "process-state");
        presentTravelVerbs = list(s, "present-travel-verb");
        requestStops = list(s, "request-stop");
        simplePastTriggers = list(s, "simple-past-trigger");
        expectedIn = list(s, "expected-in");
        beIngVerbs = list(s, "be-ing-verb");
        futureDays = list(s, "future-day");
        Map<String, Set<String>> k = load("kind.txt");
        inPersonNouns = list(k, "in-person-noun");
        videoCues = list(k, "video");
        callCues = list(k, "call");
        callNouns = list(k, "call-noun");
        contactNouns = list(k, "contact-noun");
        callRecords = list(k, "call-record");
        joiningParticiples = list(k, "joining-participle");
        visitCalls = list(k, "visit-call");
        inPersonPhrases = list(k, "in-person-phrases").toArray(new String[0]);
        Map<String, Set<String>> g = load("grouping.txt");
        separateCues = list(g, "separate");
        listIntroPhrases = phrases(g, "list-intro-phrases");
        clauseCuts = list(g, "clause-cut");
        oneEventNouns = list(g, "one-event-noun");
        hostBetweenVerbs = list(g, "host-between-verb");
        contrastCuts = list(g, "contrast-cut");
        togetherCues = list(g, "together");
        togetherPhrases = list(g, "together-phrases").toArray(new String[0]);
        apartPhrases = list(g, "apart-phrases").toArray(new String[0]);
        otherTimePhrases = list(g, "other-time-phrases").toArray(new String[0]);
        Map<String, Set<String>> d = load("dates.txt");
        afterDayWords = list(d, "after-day-words");
        eventSpanVerbs = list(d, "event-span-verb");
        periods = list(d, "period");
        backgroundPhrases = list(d, "background-phrases").toArray(String[]::new);
        foregroundPhrases = list(d, "foreground-phrases").toArray(String[]::new);
        backgroundBeforeTrigger = list(d, "background-before-trigger-phrases").toArray(String[]::new);
        periodQualifiers = list(d, "period-before");
        lastDayParts = list(d, "last-day-part");
        photoCredits = list(d, "photo-credit");
        stampLabels = list(d, "stamp-label");
        personRelatives = list(d, "person-relative");
        linkLabels = list(d, "link-label-phrases");
        linkHeadings = list(d, "link-heading-phrases");
        datingSubordinators = list(d, "dating-subordinator");
        bannerLabels = list(d, "banner-label");
        dateBounds = list(d, "date-bound");
        ofDayParts = list(d, "of-day-part");
        statementGlue = list(d, "statement-glue");
        statementAudience = list(d, "statement-audience");
        scheduledFor = list(d, "scheduled-for");
        missedVerbs = list(d, "missed-verb");
        counterpartPlurals = list(d, "counterpart-plural");
        spans = list(d, "span");
        spanDirections = list(d, "span-direction");
        Map<String, Set<String>> v = load("venue.txt");
        travelToCity = list(v, "travel-to-city");
        travelFor = list(v, "travel-for");
        visitCity = list(v, "visit-city");
        nearCity = list(v, "near-city");
        travelToCountry = list(v, "travel-to-country");
        visitCountry = list(v, "visit-country");
        placeNouns = list(v, "place-noun");
        arrival = list(v, "arrival");
        stayVerbs = list(v, "stay-verb");
        townNouns = list(v, "town-noun");
        islandNouns = list(v, "island-noun");
        countryNouns = list(v, "country-noun");
        afterPlaceWords = list(v, "after-place-words");
        nextLeg = list(v, "next-leg");
        cityParts = list(v, "city-part");
        dateWords = list(v, "date-word");
        topicNouns = list(v, "topic-noun");
        sectorNouns = list(v, "sector-noun");
        topicPrepositions = list(v, "topic-preposition");
        situationOpeners = list(v, "situation-opener");
        purposeVerbs = list(v, "purpose-verb");
        hostVerbs = list(v, "host-verb");
        tourOf = list(v, "tour-of");
        namedEvents = list(v, "named-event");
        welcomeVerbs = list(v, "welcome-verb");
        eventAhead = list(v, "event-ahead");
        usStates = list(v, "us-state");
        briefingVerbs = list(v, "briefing-verb");
        attendEvent = list(v, "attend-event");
        ownPossessives = list(v, "own-possessive");
        venueStaff = list(v, "venue-staff");
        residenceNouns = list(v, "residence-noun");
        seatOfGovernmentPhrases = phrases(v, "seat-of-government-phrases");
        invertedSources = list(t, "inverted-source");
        resumedWith = list(g, "resumed-with");
        personAfterPhrases = phrases(t, "person-after-phrases");
        tripBack = list(v, "trip-back");
        hostCapitalVerbs = list(v, "host-capital-verb");
        beForms = list(v, "be-form");
        sidelinesNouns = list(v, "sidelines-noun");
        Map<String, Set<String>> f = load("discourse.txt");
        itMeetingPhrases = phrases(f, "it-meeting-phrases");
        referencePrepositions = list(f, "reference-preposition");
        genericRoles = list(f, "generic-role");
        previousMeetingWords = list(f, "previous-meeting-word");
        listBullets = list(f, "list-bullet");
        nationalOffice = list(f, "national-office");
        countedGroups = list(f, "counted-group");
        objectPronouns = list(f, "object-pronoun");
        nameParticles = list(f, "name-particle");
        auxiliaries = list(f, "auxiliary");
        listGlue = list(f, "list-glue");
        determiners = list(f, "determiner");
        roleAdjectives = list(f, "role-adjective");
        longForm = list(f, "long-form");
        situation = list(f, "situation");
        abbreviations = list(f, "abbreviation");
        groupNouns = list(f, "group-noun");
        memberNouns = list(f, "member-noun");
        governmentWords = list(f, "government-word");
        aideVerbs = list(f, "aide-verb");
        postedAbroad = list(f, "posted-abroad");
        institutionNouns = list(f, "institution-noun");
        institutionModifiers = list(f, "institution-modifier");
        staffUnits = list(f, "staff-unit");
        relationNouns = list(f, "relation-noun");
        leadVerbs = list(f, "lead-verb");
        eventNouns = list(f, "event-noun");
        holdVerbs = list(f, "hold-verb");
        travelFrom = list(f, "travel-from");
        itinerary = phrases(f, "itinerary-phrases");
        passingVerbs = list(f, "passing-verb");
        mediaNouns = list(f, "media-noun");
        membershipNouns = list(f, "membership-noun");
        discussionCues = list(f, "discussion-cue");
        Map<String, Set<String>> c = load("confidence.txt");
        hedges = list(c, "hedge");
        addCueBits(denied, DENIED);
        addCueBits(deniedPhrases.keySet(), DENIED_PHRASE);
        addCueBits(cancelled, CANCELLED);
        addCueBits(cancelledPhrases.keySet(), CANCELLED_PHRASE);
        addCueBits(futureAux, FUTURE_AUX);
        addCueBits(be, BE);
        addCueBits(intention, INTENTION);
        addCueBits(coming, COMING);
        addCueBits(videoCues, VIDEO);
        addCueBits(callCues, CALL);
        addCueBits(callNouns, CALL_NOUN);
        for (Map<String, Set<String>> file : List.of(t, s, k, g, d, v, f, c)) {
            if (!file.isEmpty()) throw new IllegalStateException("lexicon: lists not used by any rule: " + file.keySet());
        }
    }

    private void addCueBits(Set<String> words, int bit) {
        for (String w : words) cueBits.merge(w, bit, (x, y) -> x | y);
    }

    /** The status and kind lists the (lower-case) word is in, as bits ({@link #DENIED}, ...); 0 for most words. */
    int cues(String word) {
        Integer bits = cueBits.get(word);
        return bits == null ? 0 : bits;
    }

    /** A list of phrases (each line one phrase, its words separated by blanks), indexed by first word. */
    private static Map<String, List<String[]>> phrases(Map<String, Set<String>> file, String name) {
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        for (String line : list(file, name)) {
            String[] words = line.split(" ");
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
        }
        byFirstWord.replaceAll((w, l) -> List.copyOf(l));
        return Map.copyOf(byFirstWord);
    }

    /** Whether one of the phrases starts at token i (it may run past the clause, as a lookahead does). */
    static boolean phraseAt(Tokens tokens, int i, Map<String, List<String[]>> phrases) {
        return phraseEnd(tokens, i, phrases) >= 0;
    }

    /** The end (exclusive) of the longest of the phrases that starts at token i, or -1. */
    static int phraseEnd(Tokens tokens, int i, Map<String, List<String[]>> phrases) {
        List<String[]> candidates = i < 0 || i >= tokens.n ? null : phrases.get(tokens.lower(i));
        if (candidates == null) return -1;
        int end = -1;
        for (String[] words : candidates) {
            boolean all = true;
            for (int k = 1; k < words.length && all; k++) all = tokens.is(i + k, words[k]);
            if (all) end = Math.max(end, i + words.length);
        }
        return end;
    }

    /** "CNN's Jake Tapper", "the BBC's X": a news outlet's possessive ends right before token i. */
    boolean afterOutletPossessive(Tokens tokens, int i) {
        if (!tokens.is(i - 1, "'s")) return false;
        for (int k = Math.max(0, i - 5); k < i - 1; k++) if (phraseEnd(tokens, k, newsOutlets) == i - 1) return true;
        return false;
    }

    /** Takes a list out of a loaded file (what is left over at the end is an unknown list). */
    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static Set<String> list(Map<String, Set<String>> file, String name) {
        Set<String> words = file.remove(name);
        if (words == null || words.isEmpty()) throw new IllegalStateException("lexicon: no list [" + name + "]");
        return Set.copyOf(words);
    }

    static Map<String, Set<String>> load(String file) {
        Map<String, Set<String>> lists = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(DIR + file)) {
            if (in == null) throw new IllegalStateException("lexicon: missing resource " + DIR + file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            boolean phraseList = false;
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("[") && line.endsWith("]")) {
                    String name = line.substring(1, line.length() - 1);
                    current = new LinkedHashSet<>();
                    phraseList = name.endsWith("-phrases");
                    if (lists.put(name, current) != null) throw new IllegalStateException("lexicon: " + file + ": [" + name + "] twice");
                    continue;
                }
                if (current == null) throw new IllegalStateException("lexicon: " + file + ": words before the first [list]");
                if (phraseList) current.add(String.join(" ", line.split("\\s+")));
                else for (String w : line.split("\\s+")) current.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lists;
    }
}
