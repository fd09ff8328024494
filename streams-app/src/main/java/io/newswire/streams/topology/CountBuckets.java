package io.newswire.streams.topology;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.Participant;
import io.newswire.schema.TopicEvent;
import io.newswire.schema.TopicKind;

/**
 * Which day and buckets a meeting or a topic event counts in, one rule per daily-count store
 * ({@link StoreNames}). The processors that emit count changes ({@link MeetingResolver} for meetings,
 * {@link ArticleReports} for topics) call these twice per change, for the old state (-1) and the new one
 * (+1), so a rule must depend on the event alone.
 */
public final class CountBuckets {
    /** Bucket of calls and video meetings in the region counts. */
    public static final String REMOTE = "REMOTE";
    /** Bucket of in-person meetings whose venue the text does not state. */
    public static final String UNKNOWN = "UNKNOWN";

    private CountBuckets() {}

    /** The day a meeting counts on: its merged day ({@link MeetingMerger}: its date, else the earliest publication date). */
    static String meetingDay(MeetingEvent m) {
        return m.getDay() == null ? "unknown" : m.getDay().toString();
    }

    /** Held meetings only: by venue region, REMOTE for calls and video, UNKNOWN without a venue. */
    static Collection<String> venueBucket(MeetingEvent m) {
        if (m.getStatus() != MeetingStatus.HELD) {
            return List.of();
        }
        if (m.getKind() != MeetingKind.IN_PERSON) {
            return List.of(REMOTE);
        }
        if (m.getLocation() == null || m.getLocation().getRegion() == null) {
            return List.of(UNKNOWN);
        }
        return List.of(regionBucket(m.getLocation().getRegion(), m.getLocation().getSubregion()));
    }

    /** Held in-person meetings whose venue country the text states: that country (the map's venue view). */
    static Collection<String> venueCountry(MeetingEvent m) {
        if (m.getStatus() != MeetingStatus.HELD || m.getKind() != MeetingKind.IN_PERSON
                || m.getLocation() == null || m.getLocation().getCountry() == null) {
            return List.of();
        }
        return List.of(m.getLocation().getCountry());
    }

    /**
     * Held meetings only: each distinct participant country once. Countries only: a side without a
     * country (a body, or not stated) is not counted here, so no UNKNOWN country and no body code that
     * shares a country's (the African Union's AU is Australia's).
     */
    static Collection<String> participantCountries(MeetingEvent m) {
        if (m.getStatus() != MeetingStatus.HELD) {
            return List.of();
        }
        Set<String> countries = new LinkedHashSet<>();
        for (Participant p : m.getParticipants()) {
            if (p.getCountry() != null) {
                countries.add(p.getCountry());
            }
        }
        return countries;
    }

    /** Held meetings only: each distinct international body among the participants once. */
    static Collection<String> participantBodies(MeetingEvent m) {
        if (m.getStatus() != MeetingStatus.HELD) {
            return List.of();
        }
        Set<String> bodies = new LinkedHashSet<>();
        for (Participant p : m.getParticipants()) {
            if (p.getBody() != null) {
                bodies.add(p.getBody());
            }
        }
        return bodies;
    }

    /** A country topic: its 'region/subregion' (UNKNOWN without a region) or, {@code byRegion} false, its country code. */
    static Collection<String> countryTopic(TopicEvent t, boolean byRegion) {
        if (t.getKind() != TopicKind.COUNTRY) {
            return List.of();
        }
        if (!byRegion) {
            return List.of(t.getCode());
        }
        return List.of(t.getRegion() == null ? UNKNOWN : regionBucket(t.getRegion(), t.getSubregion()));
    }

    /** A theme topic: its theme. */
    static Collection<String> theme(TopicEvent t) {
        return t.getKind() == TopicKind.THEME ? List.of(t.getCode()) : List.of();
    }

    /** 'region/subregion', or the region alone when the subregion is not known. */
    static String regionBucket(String region, String subregion) {
        return subregion == null ? region : region + "/" + subregion;
    }
}
