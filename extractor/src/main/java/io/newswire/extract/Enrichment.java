package io.newswire.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything read from one article.
 *
 * @param published the publication date used to resolve relative dates: the
 *                  article's own, else one read from the page (not from a photo caption alone), else null
 * @param meetings  each distinct meeting once, in order of first mention
 * @param topics    countries, regions and themes discussed
 */
public record Enrichment(LocalDate published, List<Meeting> meetings, Topics topics) {
    public Enrichment {
        meetings = List.copyOf(meetings);
    }

    /**
     * A participant: a named person, or an organisation/country side when {@code name} is null.
     *
     * @param organization the body or ministry the person speaks for, or the name of a side without a person
     * @param country      ISO 3166-1 alpha-2 code of the person's or side's country; null when unknown and for
     *                     international bodies
     * @param body         code of the international body ({@code AU}, {@code EU}, {@code UN}, {@code NATO}, ...)
     *                     the side is, or whose official the person is; null for countries. At most one of
     *                     {@code country} and {@code body} is set.
     */
    public record Participant(String name, String title, String organization, String country, String body) {}

    /** A venue; region and subregion are the UN M49 names of the country. */
    public record Location(String city, String country, String region, String subregion) {}

    /** A sentence a meeting was read from: offsets into {@link Article#text()}. */
    public record Evidence(int start, int end, String text) {}

    public enum Kind { IN_PERSON, CALL, VIDEO }

    public enum Status { HELD, PLANNED, CANCELLED, DENIED }

    /**
     * One meeting.
     *
     * @param date     day of the meeting, null when the text does not determine it
     * @param location venue, null for calls/video or when not stated
     * @param cameo      CAMEO code: 036, 040, 041, 042, 043, 044 or 046
     * @param confidence how sure the extractor is that this is a real meeting, 0 to 1: a logistic score of the
     *                   {@code cues}, calibrated on the dev set (see docs/extractor.md, "Confidence")
     * @param cues       the cues that decided the confidence, strongest first, at most {@link #MAX_CUES} of
     *                   at most {@link #MAX_CUE_CHARS} characters each ("trigger:met", "side-unnamed:RU")
     */
    public record Meeting(List<Participant> participants, Kind kind, Status status, LocalDate date,
                          Location location, String cameo, List<Evidence> evidence, double confidence, List<String> cues) {
        /** Bounds of {@link #cues}: the strongest are kept. */
        public static final int MAX_CUES = 12, MAX_CUE_CHARS = 60;

        public Meeting {
            participants = List.copyOf(participants);
            evidence = List.copyOf(evidence);
            cues = List.copyOf(cues);
            if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence " + confidence + " not in [0, 1]");
        }

        /** A meeting without a measured confidence (scripted or generated meetings): confidence 1, no cues. */
        public Meeting(List<Participant> participants, Kind kind, Status status, LocalDate date,
                       Location location, String cameo, List<Evidence> evidence) {
            this(participants, kind, status, date, location, cameo, evidence, 1.0, List.of());
        }
    }

    /** A country or territory discussed, with its M49 region and subregion. */
    public record Country(String code, String name, String region, String subregion) {}

    /** A named region discussed ("the Middle East"), with the countries it expands to. */
    public record Region(String code, String name, List<String> countries) {
        public Region {
            countries = List.copyOf(countries);
        }
    }

    /** @param themes slugs from the documented theme taxonomy, e.g. "peacekeeping" */
    public record Topics(List<Country> countries, List<Region> regions, List<String> themes) {
        public Topics {
            countries = List.copyOf(countries);
            regions = List.copyOf(regions);
            themes = List.copyOf(themes);
        }

        public static Topics none() {
            return new Topics(List.of(), List.of(), List.of());
        }
    }
}
