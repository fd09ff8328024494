package io.newswire.streams.topology;

import static io.newswire.streams.topology.TopologyFixture.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.newswire.schema.ArticleFootprint;
import io.newswire.schema.CountChanges;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.RawArticle;
import io.newswire.schema.TopicEvent;
import io.newswire.schema.TopicKind;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewswireTopologyTest {
    private static final String NEW_YORK = "New York,US,Americas,Northern America";
    private static final String NAIROBI = "Nairobi,KE,Africa,Sub-Saharan Africa";

    private TopologyFixture pipeline;

    @BeforeEach
    void start() {
        pipeline = new TopologyFixture("topology-test", new ScriptedExtractor());
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Test
    void theSeedGivesThreeHeldMeetingsInNewYorkAndOnePlannedOne() {
        publish("tass-1", LocalDate.of(2021, 9, 22), seedLikeText());

        Map<String, MeetingEvent> latest = pipeline.latestMeetings();
        assertEquals(4, latest.size());
        assertEquals(3, latest.values().stream().filter(m -> m.getStatus() == MeetingStatus.HELD).count());
        assertEquals(Map.of("Americas/Northern America", 3L), pipeline.counts(StoreNames.MEETINGS_PER_REGION, "2021-09-21"));
        assertEquals(Map.of("RU", 3L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2021-09-21"), "the UN is not a country");
        assertEquals(Map.of("UN", 3L), pipeline.counts(StoreNames.MEETINGS_PER_BODY, "2021-09-21"));
        assertEquals(Map.of("US", 3L), pipeline.counts(StoreNames.MEETINGS_PER_VENUE_COUNTRY, "2021-09-21"), "held in New York");
    }

    @Test
    void australiaAndTheAfricanUnionOnOneDayCountAuOnceAsACountryAndOnceAsABody() {
        publish("wire-1", LocalDate.of(2024, 3, 12),
                "MEETING HELD IN_PERSON 2024-03-11 " + NAIROBI + " | Penny Walsh,AU | Grace Wanjiru,KE\n");
        publish("wire-2", LocalDate.of(2024, 3, 12),
                "MEETING HELD IN_PERSON 2024-03-11 " + NAIROBI + " | Moussa Diallo,body:AU | Grace Wanjiru,KE\n");

        assertEquals(2, pipeline.latestMeetings().size(), "two meetings, not one");
        assertEquals(Map.of("AU", 1L, "KE", 2L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2024-03-11"), "AU is Australia alone");
        assertEquals(Map.of("AU", 1L), pipeline.counts(StoreNames.MEETINGS_PER_BODY, "2024-03-11"), "the African Union once");

        // Corrections and retractions keep both stores exact: the AU official's meeting moves to a call
        // planned for later (no longer held), then Australia's report is retracted.
        publish("wire-2", LocalDate.of(2024, 3, 12),
                "MEETING PLANNED CALL - - | Moussa Diallo,body:AU | Grace Wanjiru,KE\n");
        assertEquals(Map.of("AU", 1L, "KE", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2024-03-11"));
        assertEquals(Map.of(), pipeline.counts(StoreNames.MEETINGS_PER_BODY, "2024-03-11"));
        publish("wire-2", LocalDate.of(2024, 3, 12),
                "MEETING HELD IN_PERSON 2024-03-11 " + NAIROBI + " | Moussa Diallo,body:AU | Grace Wanjiru,KE\n");
        pipeline.retract("wire-1");
        assertEquals(Map.of("KE", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2024-03-11"), "Australia's meeting is gone");
        assertEquals(Map.of("AU", 1L), pipeline.counts(StoreNames.MEETINGS_PER_BODY, "2024-03-11"));
        pipeline.retract("wire-2");
        assertNull(pipeline.dailyCounts(StoreNames.MEETINGS_PER_COUNTRY, "2024-03-11"));
        assertNull(pipeline.dailyCounts(StoreNames.MEETINGS_PER_BODY, "2024-03-11"));
    }

    @Test
    void aCountrySideAndABodySideWithTheSameCodeAreTwoMeetings() {
        // Sides without a named person: "Australia and Kenya held talks", "the African Union and Kenya held talks".
        publish("wire-1", LocalDate.of(2024, 3, 12), "MEETING HELD IN_PERSON 2024-03-11 " + NAIROBI + " | ,AU | ,KE\n"
                + "MEETING HELD IN_PERSON 2024-03-11 " + NAIROBI + " | ,body:AU | ,KE\n");

        Map<String, MeetingEvent> latest = pipeline.latestMeetings();
        assertEquals(2, latest.size(), "the ids differ: " + latest.keySet());
        assertEquals(Map.of("AU", 1L, "KE", 2L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2024-03-11"));
        assertEquals(Map.of("AU", 1L), pipeline.counts(StoreNames.MEETINGS_PER_BODY, "2024-03-11"));
    }

    @Test
    void aParticipantWithoutACountryIsNotCountedAsAnUnknownCountry() {
        publish("wire-1", LocalDate.of(2024, 3, 12), "MEETING HELD IN_PERSON 2024-03-11 " + NAIROBI + " | Lucas Prado,- | Grace Wanjiru,KE\n");
        assertEquals(Map.of("KE", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2024-03-11"));
        assertEquals(Map.of(), pipeline.counts(StoreNames.MEETINGS_PER_BODY, "2024-03-11"));
    }


    @Test
    void themesAreCountedPerDayAndACorrectionMovesThem() {
        publish("tass-1", LocalDate.of(2021, 9, 22), seedLikeText() + "THEME trade\nTHEME covid-19\n");
        publish("xinhua-7", LocalDate.of(2021, 9, 22), seedLikeText() + "THEME trade\n");
        assertEquals(Map.of("trade", 2L, "covid-19", 1L), pipeline.counts(StoreNames.THEMES_PER_DAY, "2021-09-22"));

        publish("tass-1", LocalDate.of(2021, 9, 22), seedLikeText() + "THEME security\n");
        assertEquals(Map.of("trade", 1L, "security", 1L), pipeline.counts(StoreNames.THEMES_PER_DAY, "2021-09-22"));
        pipeline.retract("xinhua-7");
        assertEquals(Map.of("security", 1L), pipeline.counts(StoreNames.THEMES_PER_DAY, "2021-09-22"));
    }

    @Test
    void aCallCountsForItsParticipantsButHasNoVenueCountry() {
        publish("call-1", LocalDate.of(2024, 3, 6), "MEETING HELD CALL 2024-03-05 - | Sergey Lavrov,RU | Hakan Fidan,TR\n");

        assertEquals(Map.of("RU", 1L, "TR", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2024-03-05"));
        assertEquals(Map.of(), pipeline.counts(StoreNames.MEETINGS_PER_VENUE_COUNTRY, "2024-03-05"));
    }

    @Test
    void theSameMeetingFromTwoArticlesCountsOnceWithTwoMentions() {
        publish("tass-1", LocalDate.of(2021, 9, 22), seedLikeText());
        // Another wire, the same day, spelling the first name differently.
        publish("xinhua-7", LocalDate.of(2021, 9, 22), seedLikeText().replace("Sergey", "Sergei"));

        Map<String, MeetingEvent> latest = pipeline.latestMeetings();
        assertEquals(4, latest.size(), "one event per real meeting");
        for (MeetingEvent m : latest.values()) {
            assertEquals(List.of("tass-1", "xinhua-7"), m.getArticleIds());
        }
        assertEquals(Map.of("Americas/Northern America", 3L), pipeline.counts(StoreNames.MEETINGS_PER_REGION, "2021-09-21"));
    }

    @Test
    void aCorrectedArticleReplacesItsEarlierReports() {
        publish("tass-1", LocalDate.of(2021, 9, 22), seedLikeText());
        pipeline.latestMeetings();
        String corrected = "MEETING HELD IN_PERSON 2021-09-21 " + NEW_YORK + " | Sergey Vershinin,RU | Rosemary DiCarlo,body:UN\n";
        publish("tass-1", LocalDate.of(2021, 9, 22), corrected);

        List<TestRecord<String, MeetingEvent>> changes = pipeline.meetingChanges();
        assertEquals(3, changes.stream().filter(r -> r.value() == null).count(), "three meetings no longer reported: " + changes);
        assertEquals(Map.of("Americas/Northern America", 1L), pipeline.counts(StoreNames.MEETINGS_PER_REGION, "2021-09-21"));
        assertEquals(1, pipeline.storedMeetings().size(), "one meeting left");
    }

    @Test
    void theSameArticleAgainChangesNothing() {
        publish("tass-1", LocalDate.of(2021, 9, 22), seedLikeText() + "TOPIC AF Afghanistan Asia,Southern Asia\n");
        pipeline.meetingChanges();
        pipeline.latestTopics();

        publish("tass-1", LocalDate.of(2021, 9, 22), seedLikeText() + "TOPIC AF Afghanistan Asia,Southern Asia\n");

        assertTrue(pipeline.noMeetingChanges(), "no meeting update");
        assertTrue(pipeline.noTopicChanges(), "no topic update");
        assertEquals(Map.of("Americas/Northern America", 3L), pipeline.counts(StoreNames.MEETINGS_PER_REGION, "2021-09-21"));
        assertEquals(Map.of("AF", 1L), pipeline.counts(StoreNames.TOPICS_PER_COUNTRY, "2021-09-22"));
    }

    @Test
    void aSecondReportOfAKnownMeetingSendsNoCountChangeAndEachArticleOneRecordPerDay() {
        publish("tass-1", LocalDate.of(2021, 9, 22), seedLikeText() + "TOPIC AF Afghanistan Asia,Southern Asia\n");
        List<TestRecord<String, CountChanges>> first = pipeline.countChangesByDay();
        // 3 held meetings on 09-21 (from the meeting step, one record each) and the topic on 09-22 (one record).
        assertEquals(4, first.size(), "one record per state change and day: " + first);
        assertEquals(1, first.stream().filter(r -> r.key().equals("2021-09-22")).count());

        publish("xinhua-7", LocalDate.of(2021, 9, 22), seedLikeText());
        List<TestRecord<String, CountChanges>> second = pipeline.countChangesByDay();
        assertTrue(second.isEmpty(), "the meetings keep their day and buckets, so their -1 and +1 cancel: " + second);
        assertEquals(Map.of("Americas/Northern America", 3L), pipeline.counts(StoreNames.MEETINGS_PER_REGION, "2021-09-21"));
    }

    @Test
    void theFootprintsStoreKeepsAFootprintNotTheArticle() {
        publish("tass-1", LocalDate.of(2021, 9, 22), seedLikeText() + "TOPIC AF Afghanistan Asia,Southern Asia\n");
        ArticleFootprint footprint = pipeline.footprint("tass-1");
        Map<String, MeetingEvent> latest = pipeline.latestMeetings();
        assertEquals(latest.keySet(), footprint.getReports().stream().map(r -> r.getMeetingId()).collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of("AF"), footprint.getTopics().stream().map(TopicEvent::getCode).toList());
    }

    @Test
    void aRetractionRemovesEverythingTheArticleContributed() {
        publish("tass-1", LocalDate.of(2021, 9, 22), seedLikeText() + "TOPIC AF Afghanistan Asia,Southern Asia\n");
        pipeline.retract("tass-1");

        Map<String, MeetingEvent> latest = pipeline.latestMeetings();
        assertEquals(4, latest.size());
        assertTrue(latest.values().stream().allMatch(v -> v == null), "every meeting tombstoned: " + latest);
        assertNull(pipeline.dailyCounts(StoreNames.MEETINGS_PER_REGION, "2021-09-21"));
        assertNull(pipeline.dailyCounts(StoreNames.TOPICS_PER_COUNTRY, "2021-09-22"));
        assertNull(pipeline.latestTopics().get("tass-1|COUNTRY|AF"));
    }

    @Test
    void topicsAreCountedPerCountryAndRegionOnThePublicationDay() {
        publish("a1", LocalDate.of(2021, 9, 22), "TOPIC AF Afghanistan Asia,Southern Asia\nTOPIC SY Syria Asia,Western Asia\n");
        publish("a2", LocalDate.of(2021, 9, 22), "TOPIC AF Afghanistan Asia,Southern Asia\n");

        TopicEvent af = pipeline.latestTopics().get("a1|COUNTRY|AF");
        assertEquals(TopicKind.COUNTRY, af.getKind());
        assertEquals(Map.of("AF", 2L, "SY", 1L), pipeline.counts(StoreNames.TOPICS_PER_COUNTRY, "2021-09-22"));
        assertEquals(Map.of("Asia/Southern Asia", 2L, "Asia/Western Asia", 1L), pipeline.counts(StoreNames.TOPICS_PER_REGION, "2021-09-22"));
    }

    @Test
    void callsCountAsRemoteAndMeetingsWithoutVenueAsUnknown() {
        publish("a1", LocalDate.of(2021, 9, 22),
                "MEETING HELD CALL 2021-09-20 - | Sergey Lavrov,RU | Antony Blinken,US\n"
                + "MEETING HELD IN_PERSON 2021-09-20 - | Sergey Lavrov,RU | Wang Yi,CN\n");
        assertEquals(Map.of(CountBuckets.REMOTE, 1L, CountBuckets.UNKNOWN, 1L),
                pipeline.counts(StoreNames.MEETINGS_PER_REGION, "2021-09-20"));
    }

    @Test
    void anUndatedMeetingIsCountedOnThePublicationDay() {
        publish("a1", LocalDate.of(2021, 9, 22), "MEETING HELD IN_PERSON - " + NEW_YORK + " | Sergey Lavrov,RU | Antonio Guterres,body:UN\n");
        assertEquals(Map.of("Americas/Northern America", 1L), pipeline.counts(StoreNames.MEETINGS_PER_REGION, "2021-09-22"));
    }

    @Test
    void badRecordsGoToTheDeadLetterTopicAndTheRecordsAroundThemAreProcessed() {
        publish("before", LocalDate.of(2021, 9, 22), "MEETING HELD IN_PERSON 2021-09-21 " + NEW_YORK + " | A Alpha,RU | B Beta,body:UN\n");
        pipeline.publishBytes("garbage", "not avro at all".getBytes(StandardCharsets.UTF_8));
        byte[] wrongSchema = pipeline.encoded(new TopicEvent("x", TopicKind.THEME, "trade", "trade", null, null, null));
        pipeline.publishBytes("wrong-schema", wrongSchema);
        publish("extractor-fails", LocalDate.of(2021, 9, 22), "FAIL");
        publish("after", LocalDate.of(2021, 9, 22), "MEETING HELD IN_PERSON 2021-09-21 " + NEW_YORK + " | C Gamma,RU | D Delta,body:UN\n");

        List<TestRecord<String, byte[]>> dead = pipeline.deadLetters();
        assertEquals(List.of("garbage", "wrong-schema", "extractor-fails"), dead.stream().map(TestRecord::key).toList());
        assertEquals("deserialize", header(dead.get(0), DeadLetter.STAGE));
        assertEquals("deserialize", header(dead.get(1), DeadLetter.STAGE));
        assertEquals("enrich", header(dead.get(2), DeadLetter.STAGE));
        assertEquals("news.articles.raw", header(dead.get(0), DeadLetter.TOPIC));
        assertEquals("1", header(dead.get(0), DeadLetter.OFFSET));
        assertEquals("not avro at all", new String(dead.get(0).value(), StandardCharsets.UTF_8), "original bytes kept");
        assertEquals(Map.of("Americas/Northern America", 2L), pipeline.counts(StoreNames.MEETINGS_PER_REGION, "2021-09-21"));
    }

    private void publish(String id, LocalDate published, String text) {
        pipeline.publish(RawArticle.newBuilder().setId(id).setPublished(published)
                .setReceivedAt(Instant.parse("2021-09-23T00:00:00Z")).setBody(text).build());
    }

    private static String seedLikeText() {
        return "MEETING HELD IN_PERSON 2021-09-21 " + NEW_YORK + " | Sergey Vershinin,RU | Rosemary DiCarlo,body:UN\n"
                + "MEETING HELD IN_PERSON 2021-09-21 " + NEW_YORK + " | Sergey Vershinin,RU | Jean-Pierre Lacroix,body:UN\n"
                + "MEETING HELD IN_PERSON 2021-09-21 " + NEW_YORK + " | Sergey Vershinin,RU | Atul Khare,body:UN\n"
                + "MEETING PLANNED IN_PERSON - - | Sergey Lavrov,RU | Antonio Guterres,body:UN\n";
    }
}
