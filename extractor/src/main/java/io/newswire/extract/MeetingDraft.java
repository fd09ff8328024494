package io.newswire.extract;

import io.newswire.extract.Enrichment.Kind;
import io.newswire.extract.Enrichment.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A meeting while the article is read: later sentences and merging still change it. */
final class MeetingDraft {
    final List<Party> parties = new ArrayList<>();
    Kind kind = Kind.IN_PERSON;
    /** The text names the kind (phone, video, in person): an implicit kind may be corrected later. */
    boolean kindExplicit;
    /** One of several bilaterals the text keeps apart ("met A and B separately"): never part of a larger meeting. */
    boolean separate;
    Status status = Status.HELD;
    LocalDate date;
    /** The text dates it vaguely ("in June", "last week"): no default date. */
    boolean vague;
    /** The range a vague date allows, when known. */
    LocalDate vagueFrom, vagueTo;

    /** Whether the day lies in the range of this meeting's vague date ("this week"). */
    boolean vagueRangeHas(LocalDate day) {
        return vagueFrom != null && !day.isBefore(vagueFrom) && !day.isAfter(vagueTo);
    }
    /** Reported as background ("had met earlier"): takes no defaults and sets none. */
    boolean historical;
    /** Whether its clause names a year before the news year ("when they met in 2019"): never the meeting of a day this year. */
    boolean earlierYear;
    /** Whether its clause has a part of its own after ", and" and a day ("X travelled to Kyiv last week, and on Monday
     * he talked with Y"): a place someone travelled to, named in its sentence, is not its venue. */
    boolean ownDayPart;
    String city;
    String country;
    /** The countries of the side that hosted or received the other and of its guest ("X hosted Y", "Y was received by X"), or null. */
    String hostCountry, guestCountry;
    /** The host and guest themselves: a known actor's country is filled in after the clause is read ("President X received Y"). */
    Party hostParty, guestParty;
    /** Negotiations (CAMEO 046). */
    boolean negotiation;
    /** "take part in", "attend": a gathering whose place may differ from the trip's. */
    boolean event;
    /** Told as earlier or later on the same day than another meeting ("Earlier that day, X met ..."): never merged
     * with a meeting of more or fewer people. */
    boolean otherTimeOfDay;
    /** Reported as held on the sidelines of an event ("on the margins of the summit"). */
    boolean sidelines;
    /** The host's capital when the host received the guest at a seat of government ("at the Chancellery"), no city named. */
    String seatOfGovernmentCity;
    /** Read from a clause that dates another meeting ("a day after meeting Z"): not what "the two" refers to. */
    boolean background;
    /**
     * Confidence cue of the clause that first reported it: {@code trigger:WORD} (a verb, or a noun after
     * "held"/"had"), {@code noun-trigger:WORD} (a bare noun) or {@code weak-trigger} ("discussed" between two
     * people); null for a meeting not read from a trigger. Read by {@link Confidence} only.
     */
    String triggerCue;
    /** First reported by a verb of talking ("talked with", "spoke to"), which tells nothing of a place. */
    boolean talkVerb;
    /** Its participants came from an earlier sentence ("the two leaders", "their talks"), not its own clause. */
    boolean partiesFromContext;
    /** The text itself dated / placed it (set before {@link MeetingDefaults} fills what the text left open). */
    boolean datedByText, placedByText;
    /** Indexes of the sentences it was read from (the evidence). */
    final Set<Integer> sentences = new LinkedHashSet<>();

    /**
     * The country alone that a later report of it names ("Kibaki gave a warm welcome to Liu on his trip to Kenya"):
     * the country only when no default finds a place ({@link MeetingDefaults}), since a dateline or a trip names the
     * city too.
     */
    String laterCountry;

    /** Its own clause named its city ("met Y in Oslo"): it was held in person there. */
    boolean ownCity;

    /** A later sentence names the kind ("... by telephone"); a call or video meeting has no venue. */
    void correctKind(Kind named) {
        // "X met Y in Oslo. Both later addressed the summit by video": a medium told later is another event's
        if (named != Kind.IN_PERSON && ownCity) return;
        kind = named;
        kindExplicit = true;
        if (named != Kind.IN_PERSON) {
            city = null;
            country = null;
        }
    }
}
