package io.newswire.streams.serving;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.Participant;

/**
 * Which meetings a list query wants: a day or a day range, a participant or venue country, a
 * participant international body, a venue region or subregion, a participant's name (part of it, any
 * case), a status, a kind and a least confidence ({@code min_confidence}). Null fields match everything.
 */
record MeetingFilter(LocalDate day, LocalDate from, LocalDate to, String country, String body, String region,
                     String person, MeetingStatus status, MeetingKind kind, Double minConfidence) {
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
        String person = params.code("person");
        if (person != null && person.strip().length() < 2) {
            throw ApiException.badRequest("'person' must have at least 2 letters of a participant's name");
        }
        return new MeetingFilter(day, range[0], range[1], params.code("country", Vocabulary.COUNTRIES_NOT_BODIES), body(params),
                params.code("region", Vocabulary.REGIONS), person == null ? null : person.strip().toLowerCase(Locale.ROOT),
                symbol(params, "status", MeetingStatus.class), symbol(params, "kind", MeetingKind.class),
                params.decimal("min_confidence", 0, 1));
    }

    private static <E extends Enum<E>> E symbol(Params params, String name, Class<E> type) {
        String v = params.code(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'" + name + "' must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ", got '" + Params.abbreviate(v) + "'");
        }
    }

    /**
     * The {@code body} parameter: one of the codes the extractor gives international bodies (any case), else a
     * 400 that lists them (an unknown code would only ever answer "no meetings").
     */
    static String body(Params params) {
        return params.code("body", Vocabulary.BODIES);
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
        if (status != null && m.getStatus() != status || kind != null && m.getKind() != kind
                || minConfidence != null && m.getConfidence() < minConfidence) {
            return false;
        }
        if (person != null && m.getParticipants().stream()
                .noneMatch(p -> p.getName() != null && p.getName().toLowerCase(Locale.ROOT).contains(person))) {
            return false;
        }
        if (body != null && m.getParticipants().stream().noneMatch(p -> body.equals(p.getBody()))) {
            return false;
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
        put(out, "body", body);
        put(out, "region", region);
        put(out, "person", person);
        put(out, "status", status);
        put(out, "kind", kind);
        put(out, "min_confidence", minConfidence);
        return out;
    }

    private static void put(Map<String, String> out, String name, Object value) {
        if (value != null) {
            out.put(name, value.toString());
        }
    }
}
