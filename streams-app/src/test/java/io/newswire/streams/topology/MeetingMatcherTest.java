package io.newswire.streams.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import io.newswire.schema.Location;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.MeetingReport;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules that decide whether two reports can be of one meeting, each with names and days of our own. */
class MeetingMatcherTest {
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "cavusoglu, cavusoglu, true",
            "cavusoglu, cavushoglu, true",       // one letter more: within one edit, and the same skeleton
            "abdollahian, abdullahian, true",     // one vowel
            "afwerki, afeworki, true",            // two edits, the same consonants
            "tchenko, chenko, true",              // one edit
            "wang, wong, false",                  // short names must be spelt alike
            "kim, kin, false",
            "putin, peskov, false",
            "lavrov, ryabkov, false",
            "said, qaboos, false",
    })
    void familyNamesUnderTransliteration(String a, String b, boolean same) {
        assertEquals(same, MeetingMatcher.sameName(a, b));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "Qaboos bin Said, Sultan Qaboos, true", // one's family name is a part of the other's name
            "Wang Yi, Yi, true",
            "Mevlüt Çavuşoğlu, Mevlut Cavusoglu, true",
            "Wang Yi, Wang Yu, false",
            "Ali bin Hamad, Omar bin Zayed, false", // 'bin' is a particle, not a name
    })
    void peopleUnderDifferentSpellings(String a, String b, boolean same) {
        assertEquals(same, MeetingMatcher.samePerson(person(a), person(b)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // description; report A (status date published); report B; compatible
            "two dates a day apart; HELD 2026-03-02 2026-03-03; HELD 2026-03-03 2026-03-03; true",
            "two dates two days apart; HELD 2026-03-02 2026-03-03; HELD 2026-03-04 2026-03-05; false",
            "undated held report five days after the date; HELD 2026-03-02 2026-03-03; HELD - 2026-03-07; true",
            "undated held report nine days after the date; HELD 2026-03-02 2026-03-03; HELD - 2026-03-11; false",
            "undated held report two days before the date; HELD 2026-03-02 2026-03-03; HELD - 2026-02-28; false",
            "undated planned report ten days before the date; HELD 2026-03-12 2026-03-13; PLANNED - 2026-03-02; true",
            "two undated reports on consecutive days; HELD - 2026-03-02; HELD - 2026-03-03; true",
            "two undated reports three days apart; HELD - 2026-03-02; HELD - 2026-03-05; false",
            "planned then held on one date; PLANNED 2026-03-02 2026-02-25; HELD 2026-03-02 2026-03-02; true",
    })
    void daysThatFit(String description, String a, String b, boolean compatible) {
        assertEitherOrder(MeetingMatcher::compatible, description, a, b, compatible);
    }

    /** Reports of the same two people in two wires, at {@code a} and {@code b}: {@code test} says {@code expected} both ways. */
    private static void assertEitherOrder(BiPredicate<MeetingReport, MeetingReport> test, String description, String a, String b,
                                          boolean expected) {
        MeetingReport x = report("wire-a", a, MeetingKind.IN_PERSON, null, "Ana Costa,PT", "Lena Berg,SE");
        MeetingReport y = report("wire-b", b, MeetingKind.IN_PERSON, null, "Ana Costa,PT", "Lena Berg,SE");
        assertEquals(expected, test.test(x, y), description);
        assertEquals(expected, test.test(y, x), description + " (either order)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // description; report A (status date published received); report B; compatible on arrival
            "no date at all, received with a report of an old meeting; HELD - - 2026-03-10; HELD 2019-05-02 2019-05-02 2026-03-10; true",
            "no date at all, received six days after it; HELD - - 2026-03-16; HELD 2019-05-02 2019-05-02 2026-03-10; true",
            "no date at all, received nine days after it; HELD - - 2026-03-19; HELD 2019-05-02 2019-05-02 2026-03-10; false",
            "an article date is a date: it is placed by it; HELD - 2019-06-30 2026-03-10; HELD 2019-05-02 2019-05-02 2026-03-10; false",
            "two dated meetings received together stay apart; HELD 2020-05-02 2020-05-02 2026-03-10; HELD 2019-05-02 2019-05-02 2026-03-10; false",
            "two reports with no date at all, received together; PLANNED - - 2026-03-10; HELD - - 2026-03-10; true",
    })
    void reportsWithNoDateAtAllAreComparedByWhenTheyArrived(String description, String a, String b, boolean compatible) {
        assertEitherOrder(MeetingMatcher::compatibleOnArrival, description, a, b, compatible);
    }

    @Test
    void ofAHeldAndAPlannedCandidateAHeldReportIsMoreLikeTheHeldOne() {
        MeetingReport report = report("wire-b", "HELD - - 2026-03-10", MeetingKind.CALL, null, "Ana Costa,PT", "Lena Berg,SE");
        MeetingReport held = report("wire-a", "HELD - - 2026-03-10", MeetingKind.CALL, null, "Ana Costa,PT", "Lena Berg,SE");
        MeetingReport planned = report("wire-a", "PLANNED - - 2026-03-10", MeetingKind.CALL, null, "Ana Costa,PT", "Lena Berg,SE");
        assertTrue(MeetingMatcher.compatible(report, planned), "status never keeps reports apart");
        assertTrue(MeetingMatcher.similarity(report, held) > MeetingMatcher.similarity(report, planned));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "the same venue country; PT; PT; true",
            "one names no venue; PT; -; true",
            "venues in two countries: a visit and the return visit; PT; SE; false",
    })
    void byArrivalTwoVenueCountriesKeepReportsApart(String description, String venueA, String venueB, boolean compatible) {
        MeetingReport x = report("wire-a", "HELD - - 2026-03-10", MeetingKind.IN_PERSON, venueA, "Ana Costa,PT", "Lena Berg,SE");
        MeetingReport y = report("wire-b", "HELD 2019-05-02 2019-05-02 2026-03-10", MeetingKind.IN_PERSON, venueB, "Ana Costa,PT", "Lena Berg,SE");
        assertEquals(compatible, MeetingMatcher.compatibleOnArrival(x, y), description);
        assertEquals(compatible, MeetingMatcher.compatibleOnArrival(y, x), description + " (either order)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "a side named by one, by country only in the other; Ana Costa,PT | Lena Berg,SE; ,PT | Lena Berg,SE; true",
            "a third person on one side in one report; Ana Costa,PT | Lena Berg,SE; Ana Costa,PT | Rui Mota,PT | Lena Berg,SE; true",
            "another person of the same country; Ana Costa,PT | Lena Berg,SE; Rui Mota,PT | Lena Berg,SE; false",
            "another set of countries; Ana Costa,PT | Lena Berg,SE; Ana Costa,PT | Lena Berg,NO; false",
            "a third country; Ana Costa,PT | Lena Berg,SE; Ana Costa,PT | Lena Berg,SE | Jan Ek,FI; false",
            "a body is not the country of the same code; Ana Costa,PT | Mary Kone,body:AU; Ana Costa,PT | Mary Kone,AU; false",
            "a multilateral one report names with one side fewer; Ana Costa,PT | Lena Berg,SE | Jan Ek,FI | Ola Lie,NO; Ana Costa,PT | Lena Berg,SE | Jan Ek,FI; true",
            "a multilateral with two sides fewer; Ana Costa,PT | Lena Berg,SE | Jan Ek,FI | Ola Lie,NO | Per Dahl,DK; Ana Costa,PT | Lena Berg,SE | Jan Ek,FI; false",
            "a multilateral with another side instead; Ana Costa,PT | Lena Berg,SE | Jan Ek,FI; Ana Costa,PT | Lena Berg,SE | Ola Lie,NO; false",
            "a multilateral with another person on a common side; Ana Costa,PT | Lena Berg,SE | Jan Ek,FI | Ola Lie,NO; Rui Mota,PT | Lena Berg,SE | Jan Ek,FI; false",
    })
    void theSamePeople(String description, String a, String b, boolean compatible) {
        MeetingReport x = report("wire-a", "HELD 2026-03-02 2026-03-03", MeetingKind.IN_PERSON, null, a.split(" \\| "));
        MeetingReport y = report("wire-b", "HELD 2026-03-02 2026-03-03", MeetingKind.IN_PERSON, null, b.split(" \\| "));
        assertEquals(compatible, MeetingMatcher.compatible(x, y), description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "a call and an in-person meeting without venue; CALL; -; IN_PERSON; -; true",
            "a call and an in-person meeting at a venue; CALL; -; IN_PERSON; PT; false",
            "a call and a video call; CALL; -; VIDEO; -; true",
            "two venues in different countries; IN_PERSON; PT; IN_PERSON; ES; true",
    })
    void kindsAndVenues(String description, MeetingKind kindA, String venueA, MeetingKind kindB, String venueB, boolean compatible) {
        MeetingReport x = report("wire-a", "HELD 2026-03-02 2026-03-03", kindA, venueA, "Ana Costa,PT", "Lena Berg,SE");
        MeetingReport y = report("wire-b", "HELD 2026-03-02 2026-03-03", kindB, venueB, "Ana Costa,PT", "Lena Berg,SE");
        assertEquals(compatible, MeetingMatcher.compatible(x, y), description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "the same people, days apart; wire-a; wire-b; true",
            "one article's two reports; wire-a; wire-a; false",
    })
    void twoMeetingsAreMergeableWhenTheyNameTheSamePeopleInTwoArticles(String description, String articleA, String articleB,
                                                                        boolean mergeable) {
        MeetingReport x = report(articleA, "HELD 2026-03-02 2026-03-03", MeetingKind.IN_PERSON, null, "Ana Costa,PT", "Lena Berg,SE");
        MeetingReport y = report(articleB, "HELD 2026-03-05 2026-03-05", MeetingKind.IN_PERSON, null, "Ana Costa,PT", "Lena Berg,SE");
        assertEquals(mergeable, MeetingMatcher.mergeable(List.of(x), List.of(y)), description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Ana Costa,PT | Lena Berg,SE; pt,se",
            "Lena Berg,SE | Ana Costa,PT | Rui Mota,PT; pt,se",
            "Ana Costa,PT | Mary Kone,body:AU; @au,pt",
            "Ana Costa,PT | Lena Berg,SE | Jan Ek,FI; *multilateral",
    })
    void theBlockIsTheSortedSetOfSidesOrOneForAllMultilaterals(String sides, String block) {
        MeetingReport x = report("wire-a", "HELD 2026-03-02 2026-03-03", MeetingKind.IN_PERSON, null, sides.split(" \\| "));
        assertEquals(block, MeetingMatcher.block(x.getMeeting()));
    }

    private static MeetingMatcher.Person person(String name) {
        return MeetingMatcher.Person.of(new Participant(name, null, null, "PT", null));
    }

    /**
     * {@code when} is "STATUS DATE PUBLISHED [RECEIVED]" with '-' for no date (received 2026-03-10 unless given);
     * each side is "name,CC" or "name,body:CODE".
     */
    static MeetingReport report(String articleId, String when, MeetingKind kind, String venueCountry, String... sides) {
        String[] w = when.split(" ");
        LocalDate date = w[1].equals("-") ? null : LocalDate.parse(w[1]);
        LocalDate published = w[2].equals("-") ? null : LocalDate.parse(w[2]);
        Instant received = Instant.parse((w.length > 3 ? w[3] : "2026-03-10") + "T00:00:00Z");
        List<Participant> participants = new ArrayList<>();
        for (String side : sides) {
            String[] p = side.split(",");
            boolean body = p[1].startsWith("body:");
            participants.add(new Participant(p[0].isBlank() ? null : p[0].trim(), null, null, body ? null : p[1], body ? p[1].substring(5) : null));
        }
        MeetingEvent meeting = MeetingEvent.newBuilder()
                .setMeetingId(MeetingIdentity.of(participants, date != null ? date : published, kind))
                .setParticipants(participants)
                .setKind(kind)
                .setStatus(MeetingStatus.valueOf(w[0]))
                .setDate(date)
                .setDay(date != null ? date : published)
                .setLocation(venueCountry == null || venueCountry.equals("-") ? null : new Location(null, venueCountry, null, null))
                .build();
        return new MeetingReport(meeting.getMeetingId(), articleId, published, received, meeting);
    }
}
