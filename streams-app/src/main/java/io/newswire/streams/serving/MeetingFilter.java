package io.newswire.streams.serving;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.newswire.schema.MeetingEvent;
import io.newswire.schema.Participant;

/**
 * Which meetings a list query wants: a day or a day range, a participant or venue country, a
 * venue region or subregion. Null fields match everything.
 */
record MeetingFilter(LocalDate day, LocalDate from, LocalDate to, String country, String region) {
    /** Latest day first (undated last), then by id: the order of every meeting list. */
    static final Comparator<Map<String, Object>> LATEST_FIRST = Comparator
            .comparing((Map<String, Object> m) -> (String) m.get("day"), Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(m -> String.valueOf(m.get("meetingId")));

    static MeetingFilter from(Params params) {
        LocalDate[] range = params.dayRange();
        LocalDate day = params.day("day");
        if (day != null && (range[0] != null || range[1] != null)) {
            // One of them used to win silently; say which to give instead.
            throw ApiException.badRequest("'day' cannot be combined with 'from' or 'to': give one day, or a range");
        }
        return new MeetingFilter(day, range[0], range[1], params.code("country", Vocabulary.COUNTRIES),
                params.code("region", Vocabulary.REGIONS));
    }

    boolean test(MeetingEvent m) {
        LocalDate d = m.getDay();
        if (day != null && !day.equals(d)) {
            return false;
        }
        if ((from != null || to != null) && d == null) {
            return false;
        }
        if (from != null && d.isBefore(from) || to != null && d.isAfter(to)) {
            return false;
        }
        if (country != null) {
            boolean venue = m.getLocation() != null && country.equalsIgnoreCase(m.getLocation().getCountry());
            boolean participant = false;
            for (Participant p : m.getParticipants()) {
                participant |= country.equalsIgnoreCase(p.getCountry());
            }
            if (!venue && !participant) {
                return false;
            }
        }
        if (region != null) {
            return m.getLocation() != null && (region.equalsIgnoreCase(m.getLocation().getRegion())
                    || region.equalsIgnoreCase(m.getLocation().getSubregion()));
        }
        return true;
    }

    /** The filter as query parameters, to pass it on to another instance. */
    Map<String, String> asParams() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "day", day);
        put(out, "from", from);
        put(out, "to", to);
        put(out, "country", country);
        put(out, "region", region);
        return out;
    }

    private static void put(Map<String, String> out, String name, Object value) {
        if (value != null) {
            out.put(name, value.toString());
        }
    }
}
