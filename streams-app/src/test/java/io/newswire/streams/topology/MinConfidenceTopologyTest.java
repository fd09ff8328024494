package io.newswire.streams.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.newswire.schema.MeetingEvent;
import io.newswire.schema.RawArticle;
import io.newswire.streams.runtime.StreamsSettings;
import org.junit.jupiter.api.Test;

/** {@code newswire.meetings.min.confidence}: meetings below it are neither published nor counted. */
class MinConfidenceTopologyTest {
    private static final String NAIROBI = "Nairobi,KE,Africa,Sub-Saharan Africa";
    private static final String ARTICLE =
            "MEETING HELD IN_PERSON 2024-03-11 " + NAIROBI + " | Grace Wanjiru,KE | Penny Walsh,AU\n"
            + "CONFIDENCE 0.93 trigger:met both-sides-named date:explicit venue:explicit\n"
            + "MEETING HELD IN_PERSON 2024-03-11 " + NAIROBI + " | Grace Wanjiru,KE | ,UG\n"
            + "CONFIDENCE 0.41 trigger:sat hedged:reportedly side-unnamed:UG\n";

    @Test
    void belowTheThresholdAMeetingIsNeitherPublishedNorCounted() {
        try (TopologyFixture pipeline = new TopologyFixture("min-confidence-set", new ScriptedExtractor(), 0.5)) {
            publish(pipeline, "wire-1", ARTICLE);
            Map<String, MeetingEvent> latest = pipeline.latestMeetings();
            assertEquals(1, latest.size(), "only the strong meeting: " + latest.keySet());
            MeetingEvent strong = latest.values().iterator().next();
            assertEquals(0.93, strong.getConfidence());
            assertEquals(List.of("trigger:met", "both-sides-named", "date:explicit", "venue:explicit"), strong.getCues());
            assertEquals(Map.of("KE", 1L, "AU", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2024-03-11"), "Uganda not counted");
            assertEquals(Map.of("KE", 1L), pipeline.counts(StoreNames.MEETINGS_PER_VENUE_COUNTRY, "2024-03-11"));
        }
    }

    @Test
    void byDefaultEveryMeetingIsKept() {
        try (TopologyFixture pipeline = new TopologyFixture("min-confidence-default", new ScriptedExtractor())) {
            publish(pipeline, "wire-1", ARTICLE);
            Map<String, MeetingEvent> latest = pipeline.latestMeetings();
            assertEquals(2, latest.size());
            assertTrue(latest.values().stream().anyMatch(m -> m.getConfidence() == 0.41
                    && m.getCues().equals(List.of("trigger:sat", "hedged:reportedly", "side-unnamed:UG"))));
            assertEquals(Map.of("KE", 2L, "AU", 1L, "UG", 1L), pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2024-03-11"));
            assertEquals(Map.of("KE", 2L), pipeline.counts(StoreNames.MEETINGS_PER_VENUE_COUNTRY, "2024-03-11"));
        }
    }

    @Test
    void mergedReportsKeepTheHighestConfidenceAndItsCues() {
        try (TopologyFixture pipeline = new TopologyFixture("min-confidence-merge", new ScriptedExtractor())) {
            String meeting = "MEETING HELD IN_PERSON 2024-03-11 " + NAIROBI + " | Grace Wanjiru,KE | Penny Walsh,AU\n";
            publish(pipeline, "wire-1", meeting + "CONFIDENCE 0.6 trigger:sat\n");
            publish(pipeline, "wire-2", meeting + "CONFIDENCE 0.9 trigger:met\n");
            publish(pipeline, "wire-3", meeting + "CONFIDENCE 0.7 noun-trigger:talks\n");
            MeetingEvent merged = pipeline.storedMeetings().values().iterator().next();
            assertEquals(3, merged.getArticleIds().size());
            assertEquals(0.9, merged.getConfidence());
            assertEquals(List.of("trigger:met"), merged.getCues());
            pipeline.retract("wire-2");
            assertEquals(0.7, pipeline.storedMeetings().values().iterator().next().getConfidence(), "recomputed from the rest");
        }
    }

    @Test
    void theSettingIsValidated() {
        Properties p = new Properties();
        assertEquals(0.0, StreamsSettings.minConfidence(p));
        p.setProperty(StreamsSettings.MIN_CONFIDENCE, "0.75");
        assertEquals(0.75, StreamsSettings.minConfidence(p));
        for (String bad : List.of("1.5", "-0.1", "high", "NaN")) {
            p.setProperty(StreamsSettings.MIN_CONFIDENCE, bad);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StreamsSettings.minConfidence(p));
            assertTrue(e.getMessage().contains("newswire.meetings.min.confidence") && e.getMessage().contains(bad), e.getMessage());
        }
    }

    private static void publish(TopologyFixture pipeline, String id, String text) {
        pipeline.publish(RawArticle.newBuilder().setId(id).setPublished(LocalDate.of(2024, 3, 12))
                .setReceivedAt(Instant.parse("2024-03-12T00:00:00Z")).setBody(text).build());
    }
}
