package io.newswire.streams.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.RawArticle;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One real meeting, one event (issue 17): reports of one meeting from several wires, with other spellings, a side
 * named only by its country, another day or status, become one event, counted once; different meetings stay
 * apart; and every count stays exact through merges, corrections and retractions. The wires and names are made up.
 */
class IdentityResolutionTest {
    private static final String LISBON = "Lisbon,PT,Europe,Southern Europe";
    private static final String MADRID = "Madrid,ES,Europe,Southern Europe";
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MAY_2_2019 = LocalDate.of(2019, 5, 2);
    /** When an archive of older articles is replayed. */
    private static final Instant TODAY = Instant.parse("2026-03-10T08:00:00Z");
    /** The count bucket of a meeting with no day at all. */
    private static final String UNKNOWN_DAY = "unknown";

    private TopologyFixture pipeline;

    @BeforeEach
    void start() {
        pipeline = new TopologyFixture("identity-resolution", new ScriptedExtractor());
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Test
    void threeSpellingsOfOneFamilyNameAreOneMeeting() {
        publish("wire-a", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Mevlut Cavusoglu,TR | Ana Costa,PT");
        publish("wire-b", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Mevlüt Çavuşoğlu,TR | Ana Costa,PT");
        publish("wire-c", MARCH_2.plusDays(1), "MEETING HELD IN_PERSON 2026-03-02 - | Mevlut Cavushoglu,TR | Ana Costa,PT");

        MeetingEvent meeting = onlyMeeting();
        assertEquals(List.of("wire-a", "wire-b", "wire-c"), meeting.getArticleIds());
        assertEquals(Map.of("PT", 1L, "TR", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2026-03-02"));
        assertEquals(Map.of("Europe/Southern Europe", 1L), pipeline.counts(StoreNames.MEETINGS_PER_REGION, "2026-03-02"));
    }

    @Test
    void aSideNamedOnlyByItsCountryJoinsTheReportThatNamesThePerson() {
        publish("wire-a", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | ,TR | Ana Costa,PT");
        publish("wire-b", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Mevlut Cavusoglu,TR | Ana Costa,PT");

        MeetingEvent meeting = onlyMeeting();
        assertEquals("Mevlut Cavusoglu", meeting.getParticipants().get(0).getName(), "the event names the people a report names");
        assertEquals(Map.of("PT", 1L, "TR", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2026-03-02"));
    }

    @Test
    void aMeetingAnnouncedAsPlannedAndReportedAsHeldIsOneMeetingCountedOnce() {
        publish("wire-a", MARCH_2.minusDays(4), "MEETING PLANNED IN_PERSON 2026-03-02 - | Lena Berg,SE | Ana Costa,PT");
        MeetingEvent planned = onlyMeeting();
        assertEquals(MeetingStatus.PLANNED, planned.getStatus());

        publish("wire-b", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT");

        MeetingEvent held = onlyMeeting();
        assertEquals(planned.getMeetingId(), held.getMeetingId(), "the same event moves from PLANNED to HELD");
        assertEquals(MeetingStatus.HELD, held.getStatus());
        assertEquals("036", planned.getCameo(), "intent to meet");
        assertEquals("040", held.getCameo(), "the held report's code, not the announcement's");
        assertEquals(Map.of("PT", 1L, "SE", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2026-03-02"));
    }

    @Test
    void aTitleOneWireGivesAndAnotherLeavesOutIsTheMeetingsTitle() {
        publish("wire-a", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT,Foreign Minister");
        publish("wire-b", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE,Premier | Ana Costa,PT");

        MeetingEvent meeting = onlyMeeting();
        assertEquals(List.of("Premier", "Foreign Minister"), meeting.getParticipants().stream().map(p -> p.getTitle()).toList());
    }

    @Test
    void anUndatedMeetingReportedOnTwoPublicationDaysIsOneMeeting() {
        publish("wire-a", MARCH_2, "MEETING HELD CALL - - | Lena Berg,SE | Ana Costa,PT");
        publish("wire-b", MARCH_2.plusDays(1), "MEETING HELD CALL - - | Lena Berg,SE | Ana Costa,PT");

        MeetingEvent meeting = onlyMeeting();
        assertEquals(MARCH_2, meeting.getDay(), "counted on the first publication day");
        assertEquals(Map.of("PT", 1L, "SE", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2026-03-02"));
        assertNull(pipeline.dailyCounts(StoreNames.MEETINGS_PER_COUNTRY, "2026-03-03"));
    }

    @Test
    void anArchivedReportWithNoDateAtAllJoinsTheOneMeetingOfItsPeopleReceivedWithIt() {
        // A folder of old articles ingested today: one without any date is of the meeting a dated one reports.
        publish("wire-a", MAY_2_2019, TODAY, "MEETING HELD IN_PERSON 2019-05-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT");
        publish("wire-b", null, TODAY, "MEETING HELD IN_PERSON - - | Lena Berg,SE | Ana Costa,PT");

        MeetingEvent meeting = onlyMeeting();
        assertEquals(List.of("wire-a", "wire-b"), meeting.getArticleIds());
        assertEquals(MAY_2_2019, meeting.getDay());
        assertEquals(Map.of("PT", 1L, "SE", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2019-05-02"));
        assertEquals(Map.of(), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, UNKNOWN_DAY), "nothing counted without a day");
    }

    @Test
    void aDatedReportReceivedAfterAnUndatedOneJoinsItAndGivesTheCountItsDay() {
        publish("wire-b", null, TODAY, "MEETING HELD IN_PERSON - - | Lena Berg,SE | Ana Costa,PT");
        assertEquals(Map.of("PT", 1L, "SE", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, UNKNOWN_DAY), "no day known yet");

        publish("wire-a", MAY_2_2019, TODAY, "MEETING HELD IN_PERSON 2019-05-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT");

        MeetingEvent meeting = onlyMeeting();
        assertEquals(MAY_2_2019, meeting.getDay());
        assertEquals(Map.of("PT", 1L, "SE", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2019-05-02"));
        assertEquals(Map.of(), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, UNKNOWN_DAY));
    }

    @Test
    void aReportWithNoDateAtAllJoinsNeitherOfTwoMeetingsOfItsPeople() {
        publish("wire-a", MAY_2_2019, TODAY, "MEETING HELD IN_PERSON 2019-05-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT");
        publish("wire-b", MAY_2_2019.plusYears(1), TODAY, "MEETING HELD IN_PERSON 2020-05-02 " + MADRID + " | Lena Berg,SE | Ana Costa,PT");
        publish("wire-c", null, TODAY, "MEETING HELD IN_PERSON - - | Lena Berg,SE | Ana Costa,PT");

        assertEquals(3, liveMeetings().size(), "which of the two wire c means is unknown: " + liveMeetings());
    }

    @Test
    void aReportWithNoDateAtAllReceivedWeeksAfterAMeetingsReportsStaysApart() {
        publish("wire-a", MARCH_2, Instant.parse("2026-03-02T09:00:00Z"), "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT");
        publish("wire-b", null, Instant.parse("2026-03-30T09:00:00Z"), "MEETING HELD IN_PERSON - - | Lena Berg,SE | Ana Costa,PT");

        assertEquals(2, liveMeetings().size(), "a live wire's undated report is of a recent meeting: " + liveMeetings());
    }

    @Test
    void differentMeetingsOfTheSameCountriesStayApart() {
        // The same people three days apart, another minister of the same country, a call against a visit.
        publish("wire-a", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT");
        publish("wire-b", MARCH_2.plusDays(3), "MEETING HELD IN_PERSON 2026-03-05 " + MADRID + " | Lena Berg,SE | Ana Costa,PT");
        publish("wire-c", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE | Rui Mota,PT");
        publish("wire-d", MARCH_2, "MEETING HELD CALL 2026-03-02 - | Lena Berg,SE | Ana Costa,PT\n"
                + "MEETING HELD IN_PERSON 2026-03-03 " + LISBON + " | Lena Berg,SE | Ana Costa,PT");

        assertEquals(4, liveMeetings().size(), "wires a, b and c, and d's call; d's visit the next day joins a's: " + liveMeetings());
        assertEquals(Map.of("PT", 3L, "SE", 3L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2026-03-02"));
    }

    @Test
    void aMultilateralThatOneWireNamesWithOneSideFewerIsOneMeeting() {
        publish("wire-a", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON
                + " | Lena Berg,SE | Ana Costa,PT | Jan Ek,FI | Ola Lie,NO");
        publish("wire-b", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT | Jan Ek,FI");
        // a trilateral of three other sides, and one that differs by a side, stay apart
        publish("wire-c", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT | Per Dahl,DK");

        assertEquals(2, liveMeetings().size(), "wires a and b are one meeting, c another: " + liveMeetings());
        MeetingEvent quad = liveMeetings().values().stream().filter(m -> m.getArticleIds().size() == 2).findFirst().orElseThrow();
        assertEquals(List.of("wire-a", "wire-b"), quad.getArticleIds());
        assertEquals(4, quad.getParticipants().size(), "the event names every side a report names");
        assertEquals(Map.of("PT", 2L, "SE", 2L, "FI", 1L, "NO", 1L, "DK", 1L),
                pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2026-03-02"));
    }

    @Test
    void oneArticlesUndatedHeldAndPlannedMeetingsOfTheSamePeopleAreTwoMeetings() {
        // "Berg and Costa met in Lisbon. They will meet again in Stockholm": one id (same sides, no day, same kind)
        publish("wire-a", null, "MEETING HELD IN_PERSON - " + LISBON + " | Lena Berg,SE | Ana Costa,PT\n"
                + "MEETING PLANNED IN_PERSON - - | Lena Berg,SE | Ana Costa,PT");

        assertEquals(2, liveMeetings().size(), "the extractor told them apart: " + liveMeetings());
    }

    @Test
    void oneArticlesUndatedMeetingsOfTheSamePeopleInTwoCountriesAreTwoMeetings() {
        // "Costa welcomed Berg in Lisbon ... last week Costa paid a similar visit to Madrid": one id, two venues
        publish("wire-a", MARCH_2, "MEETING HELD IN_PERSON - " + LISBON + " | Lena Berg,SE | Ana Costa,PT\n"
                + "MEETING HELD IN_PERSON - " + MADRID + " | Lena Berg,SE | Ana Costa,PT");
        // an article with no date at all, received with it, of the Lisbon visit
        publish("wire-b", null, "MEETING HELD IN_PERSON - " + LISBON + " | Lena Berg,SE | Ana Costa,PT");

        assertEquals(2, liveMeetings().size(), "the extractor told them apart by their venues: " + liveMeetings());
        MeetingEvent lisbon = liveMeetings().values().stream().filter(m -> m.getArticleIds().size() == 2).findFirst().orElseThrow();
        assertEquals("Lisbon", lisbon.getLocation().getCity(), "wire b joins the visit it names the venue of");
    }

    @Test
    void oneArticlesDatedAndUndatedMeetingsOfTheSamePeopleAreTwoMeetingsOnThePublicationDayToo() {
        // "Berg received Costa today ... The two first met in Lisbon": the undated one, placed on the publication
        // day, takes the dated one's id only because that is the same day; a day later it would have had its own
        publish("wire-a", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT\n"
                + "MEETING HELD IN_PERSON - " + LISBON + " | Lena Berg,SE | Ana Costa,PT");
        publish("wire-b", MARCH_2.plusDays(1), "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT\n"
                + "MEETING HELD IN_PERSON - " + LISBON + " | Lena Berg,SE | Ana Costa,PT");

        assertEquals(2, liveMeetings().size(), liveMeetings().toString());
    }

    @Test
    void aReportOfAHeldCallJoinsTheHeldOneOfAnArticlesHeldAndPlannedCalls() {
        // "Berg and Costa spoke by phone ... they agreed to talk again": both undated; another wire reports the call
        publish("wire-a", null, TODAY, "MEETING HELD CALL - - | Lena Berg,SE | Ana Costa,PT\n"
                + "MEETING PLANNED CALL - - | Lena Berg,SE | Ana Costa,PT");
        publish("wire-b", null, TODAY, "MEETING HELD CALL - - | Lena Berg,SE | Ana Costa,PT");

        assertEquals(2, liveMeetings().size(), liveMeetings().toString());
        MeetingEvent held = liveMeetings().values().stream().filter(m -> m.getStatus() == MeetingStatus.HELD).findFirst().orElseThrow();
        assertEquals(List.of("wire-a", "wire-b"), held.getArticleIds());
    }

    @Test
    void undatedReportsOfAHeldCallJoinTheDatedOneReceivedWithThemNotTheNextCallPlanned() {
        // An archive ingested today: one wire dates the call; two do not, and one of those also reports the next call
        // planned. Each undated held report fits the dated call and (by days, both undated) the planned one: the
        // report's own status tells which.
        publish("wire-a", MAY_2_2019, TODAY, "MEETING HELD CALL 2019-05-02 - | Lena Berg,SE | Ana Costa,PT");
        publish("wire-b", null, TODAY, "MEETING HELD CALL - - | Lena Berg,SE | Ana Costa,PT\n"
                + "MEETING PLANNED CALL - - | Lena Berg,SE | Ana Costa,PT");
        publish("wire-c", null, TODAY, "MEETING HELD CALL - - | Lena Berg,SE | Ana Costa,PT");

        assertEquals(2, liveMeetings().size(), liveMeetings().toString());
        MeetingEvent held = liveMeetings().values().stream().filter(m -> m.getStatus() == MeetingStatus.HELD).findFirst().orElseThrow();
        assertEquals(List.of("wire-a", "wire-b", "wire-c"), held.getArticleIds());
        assertEquals(MAY_2_2019, held.getDay());
    }

    @Test
    void oneArticleTellingOneMeetingTwiceGivesOneMeeting() {
        publish("wire-a", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT\n"
                + "MEETING HELD IN_PERSON 2026-03-02 - | Lena Berg,SE | Ana Costa,PT");

        assertEquals(1, liveMeetings().size(), liveMeetings().toString());
    }

    @Test
    void oneArticlesTwoReportsOfTheSamePeopleAreTwoMeetings() {
        publish("wire-a", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT\n"
                + "MEETING HELD IN_PERSON 2026-03-03 " + LISBON + " | Lena Berg,SE | Ana Costa,PT");

        assertEquals(2, liveMeetings().size());
    }

    @Test
    void aLaterReportThatJoinsTwoMeetingsMergesThemAndEveryCountMoves() {
        publish("wire-a", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE | Ana Costa,PT");
        String first = onlyMeeting().getMeetingId();
        // Another wire dates it two days later (a weekday read into the wrong week): two meetings, for now.
        publish("wire-b", MARCH_2.plusDays(4), "MEETING HELD IN_PERSON 2026-03-04 - | Lena Berg,SE | Ana Costa,PT");
        assertEquals(2, liveMeetings().size());
        String second = liveMeetings().keySet().stream().filter(id -> !id.equals(first)).findFirst().orElseThrow();

        // An undated report published on the 4th fits both: they are one meeting.
        publish("wire-c", MARCH_2.plusDays(2), "MEETING HELD IN_PERSON - - | Lena Berg,SE | Ana Costa,PT");

        List<TestRecord<String, MeetingEvent>> changes = drain();
        assertTrue(changes.stream().anyMatch(r -> r.key().equals(second) && r.value() == null), "the later id gets a tombstone: " + changes);
        MeetingEvent merged = onlyMeeting();
        assertEquals(first, merged.getMeetingId(), "the first meeting's id survives");
        assertEquals(List.of("wire-a", "wire-b", "wire-c"), merged.getArticleIds());
        assertEquals(Map.of("PT", 1L, "SE", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2026-03-02"));
        assertNull(pipeline.dailyCounts(StoreNames.MEETINGS_PER_COUNTRY, "2026-03-04"), "the second meeting's count moved");

        // A merge is not undone, and retractions stay exact.
        pipeline.retract("wire-c");
        assertEquals(first, onlyMeeting().getMeetingId());
        pipeline.retract("wire-a");
        assertEquals(first, onlyMeeting().getMeetingId(), "the id stays while a report remains");
        assertEquals(List.of("wire-b"), onlyMeeting().getArticleIds());
        assertEquals(Map.of("PT", 1L, "SE", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2026-03-04"));
        assertNull(pipeline.dailyCounts(StoreNames.MEETINGS_PER_COUNTRY, "2026-03-02"));
        pipeline.retract("wire-b");
        assertTrue(liveMeetings().isEmpty());
        assertNull(pipeline.dailyCounts(StoreNames.MEETINGS_PER_COUNTRY, "2026-03-04"));
        assertTrue(pipeline.storedMeetings().isEmpty());
    }

    @Test
    void aCorrectionKeepsItsReportInItsMeetingAndARetractionLeavesTheOthers() {
        publish("wire-a", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 - | Lena Berg,SE | Ana Costa,PT");
        publish("wire-b", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 - | Lena Berg,SE | ,PT");
        String id = onlyMeeting().getMeetingId();

        publish("wire-b", MARCH_2, "MEETING HELD IN_PERSON 2026-03-02 " + LISBON + " | Lena Berg,SE | ,PT");
        assertEquals(id, onlyMeeting().getMeetingId());
        assertEquals("Lisbon", onlyMeeting().getLocation().getCity(), "the correction's venue");
        assertEquals(Map.of("Europe/Southern Europe", 1L), pipeline.counts(StoreNames.MEETINGS_PER_REGION, "2026-03-02"));

        pipeline.retract("wire-a");
        assertEquals(List.of("wire-b"), onlyMeeting().getArticleIds());
        assertEquals(Map.of("PT", 1L, "SE", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2026-03-02"));
    }

    @Test
    void theSeedAndACopyThatNamesTheRussianSideOnlyByCountryGiveThreeHeldMeetings() {
        String newYork = "New York,US,Americas,Northern America";
        publish("tass-1", LocalDate.of(2021, 9, 22),
                "MEETING HELD IN_PERSON 2021-09-21 " + newYork + " | Sergey Vershinin,RU | Rosemary DiCarlo,body:UN\n"
                        + "MEETING HELD IN_PERSON 2021-09-21 " + newYork + " | Sergey Vershinin,RU | Jean-Pierre Lacroix,body:UN\n"
                        + "MEETING HELD IN_PERSON 2021-09-21 " + newYork + " | Sergey Vershinin,RU | Atul Khare,body:UN");
        // Another wire without the first paragraph: "the Russian senior diplomat".
        publish("other-9", LocalDate.of(2021, 9, 22),
                "MEETING HELD IN_PERSON 2021-09-21 " + newYork + " | ,RU | Rosemary DiCarlo,body:UN\n"
                        + "MEETING HELD IN_PERSON 2021-09-21 " + newYork + " | ,RU | Jean-Pierre Lacroix,body:UN\n"
                        + "MEETING HELD IN_PERSON 2021-09-21 " + newYork + " | ,RU | Atul Khare,body:UN");

        assertEquals(3, liveMeetings().size());
        assertEquals(Map.of("RU", 3L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2021-09-21"));
        assertEquals(Map.of("Americas/Northern America", 3L), pipeline.counts(StoreNames.MEETINGS_PER_REGION, "2021-09-21"));
        for (MeetingEvent m : liveMeetings().values()) {
            assertEquals(List.of("other-9", "tass-1"), m.getArticleIds());
            assertEquals("Sergey Vershinin", m.getParticipants().get(0).getName());
        }
    }

    private MeetingEvent onlyMeeting() {
        Map<String, MeetingEvent> live = liveMeetings();
        assertEquals(1, live.size(), "one meeting: " + live);
        MeetingEvent meeting = live.values().iterator().next();
        assertNotNull(pipeline.meeting(meeting.getMeetingId()), "kept by id for the API");
        return meeting;
    }

    /** The meetings on news.meetings, tombstones applied, read cumulatively. */
    private final Map<String, MeetingEvent> live = new java.util.TreeMap<>();

    private Map<String, MeetingEvent> liveMeetings() {
        drain();
        return live;
    }

    /** The meeting records since the last read, applied to {@link #live}. */
    private List<TestRecord<String, MeetingEvent>> drain() {
        List<TestRecord<String, MeetingEvent>> changes = pipeline.meetingChanges();
        for (TestRecord<String, MeetingEvent> r : changes) {
            if (r.value() == null) {
                live.remove(r.key());
            } else {
                live.put(r.key(), r.value());
            }
        }
        return changes;
    }

    private void publish(String id, LocalDate published, String text) {
        publish(id, published, Instant.parse("2026-03-10T00:00:00Z"), text);
    }

    private void publish(String id, LocalDate published, Instant received, String text) {
        pipeline.publish(RawArticle.newBuilder().setId(id).setPublished(published).setReceivedAt(received).setBody(text + "\n").build());
    }
}
