package io.newswire.streams.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.newswire.registry.MockSchemaRegistry;
import io.newswire.schema.ArticleFootprint;
import io.newswire.schema.Evidence;
import io.newswire.schema.Location;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingReport;
import io.newswire.schema.MeetingReports;
import io.newswire.schema.Participant;
import io.newswire.schema.ReportFootprint;
import io.newswire.schema.TopicEvent;
import io.newswire.schema.TopicKind;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The records at every cap of {@link Limits} at once, with the widest characters (3 UTF-8 bytes each): their
 * encodings stay under {@link Limits#MAX_RECORD_BYTES}, and {@link AvroSize} never under-estimates.
 */
class LimitsTest {
    static final String SCOPE = "limits";
    final AvroSerdes avro = new AvroSerdes(Map.of("schema.registry.url", "mock://" + SCOPE));

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    static String wide(int chars) {
        return "語".repeat(chars); // 3 bytes in UTF-8
    }

    @SuppressWarnings("unchecked")
    <T extends SpecificRecord> int encoded(T value) {
        return avro.serde((Class<T>) value.getClass()).serializer().serialize("limits", value).length;
    }

    static MeetingEvent widestReport(String articleId) {
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_PARTICIPANTS; i++) {
            String f = wide(Limits.MAX_FIELD_CHARS);
            people.add(new Participant(f, f, f, f, f));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_EVIDENCE_PER_REPORT; i++) {
            evidence.add(new Evidence(articleId, Integer.MAX_VALUE, Integer.MAX_VALUE, wide(Limits.MAX_EVIDENCE_CHARS)));
        }
        String f = wide(Limits.MAX_FIELD_CHARS);
        List<String> cues = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_CUES; i++) {
            cues.add(wide(Limits.MAX_CUE_CHARS));
        }
        return MeetingEvent.newBuilder().setConfidence(0.5).setCues(cues).setMeetingId("0123456789abcdef01234567").setParticipants(people).setDate(LocalDate.ofEpochDay(Integer.MIN_VALUE))
                .setDay(LocalDate.ofEpochDay(Integer.MIN_VALUE)).setLocation(new Location(f, f, f, f)).setCameo(f).setEvidence(evidence)
                .setArticleIds(new ArrayList<>(List.of(articleId))).build();
    }

    @Test
    void everyRecordAtEveryCapStaysUnderTheRecordLimit() {
        String id = wide(Limits.MAX_ID_CHARS);
        MeetingReport report = new MeetingReport("0123456789abcdef01234567", id, LocalDate.ofEpochDay(Integer.MIN_VALUE), Instant.ofEpochMilli(Long.MIN_VALUE), widestReport(id));
        int reportBytes = encoded(report);

        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_EVIDENCE_PER_MEETING; i++) {
            evidence.add(widestReport(id).getEvidence().get(0));
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_REPORTS_PER_MEETING; i++) {
            ids.add(id);
        }
        MeetingEvent merged = MeetingEvent.newBuilder(widestReport(id)).setEvidence(evidence).setArticleIds(ids).build();
        int mergedBytes = encoded(merged);

        List<ReportFootprint> prints = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_MEETINGS_PER_ARTICLE; i++) {
            prints.add(new ReportFootprint("0123456789abcdef01234567", Long.MIN_VALUE, "x".repeat(MeetingMatcher.MAX_BLOCK_CHARS)));
        }
        List<TopicEvent> topics = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_TOPICS_PER_ARTICLE; i++) {
            // Topic codes and names come from the extractor's tables (short, ASCII); the id is the article's.
            topics.add(new TopicEvent(id, TopicKind.COUNTRY, "XX", "Democratic Republic of the Congo", "Africa",
                    "Sub-Saharan Africa", LocalDate.ofEpochDay(Integer.MIN_VALUE)));
        }
        int footprintBytes = encoded(new ArticleFootprint(id, prints, topics));

        System.out.printf("LimitsTest: widest report %d bytes, merged meeting %d, article footprint %d (limit %d)%n",
                reportBytes, mergedBytes, footprintBytes, Limits.MAX_RECORD_BYTES);
        assertTrue(reportBytes < Limits.MAX_REPORTS_BYTES, "one report fits the reports store's cap: " + reportBytes);
        assertTrue(mergedBytes < Limits.MAX_RECORD_BYTES, "merged meeting: " + mergedBytes);
        assertTrue(footprintBytes < Limits.MAX_RECORD_BYTES, "article footprint: " + footprintBytes);
        assertTrue(Limits.MAX_REPORTS_BYTES < Limits.MAX_RECORD_BYTES);
    }

    @Test
    void theSizeEstimateIsAnUpperBound() {
        Random random = new Random(12);
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(3000);
            for (int k = 0; k < n; k++) {
                text.appendCodePoint(random.nextInt(4) == 0 ? 0x1F600 + random.nextInt(50) : random.nextInt(4) == 0 ? 0x4E00 + random.nextInt(1000) : 'a' + random.nextInt(26));
            }
            MeetingEvent e = widestReport("a-" + i);
            e.setEvidence(new ArrayList<>(List.of(new Evidence("a-" + i, random.nextInt(), random.nextInt(), text.toString()))));
            e.setLocation(random.nextBoolean() ? null : e.getLocation());
            e.setDate(random.nextBoolean() ? null : LocalDate.ofEpochDay(random.nextInt(100_000)));
            MeetingReports aggregate = new MeetingReports("m", new ArrayList<>(List.of(
                    new MeetingReport("m", "a-" + i, null, Instant.ofEpochMilli(random.nextLong(1L << 40)), e))));
            int actual = encoded(aggregate) - 5; // the wire format's magic byte and schema id are not Avro
            assertTrue(AvroSize.upperBound(aggregate) >= actual, "estimate " + AvroSize.upperBound(aggregate) + " < actual " + actual);
        }
    }

    @Test
    void cuttingKeepsSurrogatePairsWhole() {
        assertEquals("abc", Limits.cut("abc", 3));
        assertEquals("ab" + Limits.TRUNCATED, Limits.cut("abcd", 3));
        String cut = Limits.cut("a\uD83D\uDE00bcdef", 3);
        assertEquals("a" + Limits.TRUNCATED, cut, "the pair is not split");
        assertEquals(null, Limits.cut(null, 3));
    }
}
