package io.newswire.streams.topology;

import static io.newswire.streams.topology.TopologyFixture.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.newswire.extract.Article;
import io.newswire.extract.Enrichment;
import io.newswire.extract.Extractor;
import io.newswire.extract.Extractors;
import io.newswire.schema.ArticleFootprint;
import io.newswire.schema.DailyCounts;
import io.newswire.schema.Evidence;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingReport;
import io.newswire.schema.MeetingReports;
import io.newswire.schema.RawArticle;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, way 1: one ordinary article (800 KB repeating one meeting sentence 9,000 times) made a 1.2 MB
 * internal record the producer refused, forever. Every growing field is now capped at the record boundary
 * ({@link Limits}), a meeting reported by any number of articles stays a bounded record, and what would
 * still be too large goes to the dead-letter topic as a reference.
 */
class BoundedRecordsTest {
    static final String SENTENCE = "Sergey Lavrov met Wang Yi in Beijing on Tuesday to discuss the situation in Afghanistan. ";
    static final LocalDate PUBLISHED = LocalDate.of(2026, 12, 1);

    TopologyFixture pipeline;

    void start(Extractor extractor) {
        pipeline = new TopologyFixture("bounded-records", extractor);
    }

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    static RawArticle article(String id, String body) {
        return RawArticle.newBuilder().setId(id).setPublished(PUBLISHED).setReceivedAt(Instant.parse("2026-12-01T08:00:00Z"))
                .setHeadline(null).setBody(body).build();
    }

    <T extends org.apache.avro.specific.SpecificRecord> int encodedSize(Class<T> type, T value) {
        Serde<T> serde = pipeline.avro().serde(type);
        return serde.serializer().serialize("size-probe", value).length;
    }

    @Test
    void theProbesArticleMakesBoundedRecordsAndTheNextArticlesAreProcessed() {
        start(Extractors.standard());
        String probe = "Lavrov and Wang meet in Beijing\n\n" + SENTENCE.repeat(9_000);
        // What the extractor reads from it, uncapped: the record the producer refused before.
        // An id as ingest makes them (a hash of the text): each evidence sentence carries it.
        String id = "sha256:3f9a1c0e7b6d5a4f8e2c1b0a9f8e7d6c5b4a3f2e";
        Enrichment read = Extractors.standard().extract(new Article(id, probe, PUBLISHED, null));
        assertEquals(1, read.meetings().size(), "the probe reports one meeting");
        int evidence = read.meetings().get(0).evidence().size();
        assertTrue(evidence >= 9_000, "one evidence sentence per repetition: " + evidence);
        MeetingReport uncapped = uncappedMention(id, read.meetings().get(0));
        int before = encodedSize(MeetingReport.class, uncapped);
        assertTrue(before > 1_048_576, "the uncapped report is over 1 MiB: " + before);

        pipeline.publish(article(id, probe));
        pipeline.publish(article("next-1", "Antony Blinken met Ali Bagheri in Geneva on Monday."));
        pipeline.publish(article("next-2", "Vladimir Putin held talks with Xi Jinping in Moscow on Wednesday."));

        Map<String, MeetingEvent> latest = pipeline.latestMeetings();
        MeetingEvent probed = latest.values().stream().filter(m -> m.getArticleIds().contains(id)).findFirst().orElseThrow();
        assertEquals(Limits.MAX_EVIDENCE_PER_REPORT, probed.getEvidence().size(), "the first sentences only");
        assertEquals(SENTENCE.strip(), probed.getEvidence().get(0).getText().toString().strip());
        MeetingReports stored = pipeline.reportsOf(probed.getMeetingId());
        int after = encodedSize(MeetingReports.class, stored);
        assertTrue(after < 10_000, "the stored report is small: " + after);
        assertTrue(latest.values().stream().anyMatch(m -> m.getArticleIds().contains("next-1")), "the next article is processed: " + latest.keySet());
        assertTrue(latest.values().stream().anyMatch(m -> m.getArticleIds().contains("next-2")), "and the one after");
        assertTrue(pipeline.noDeadLetters(), "an ordinary article is no dead letter");
        System.out.printf("BoundedRecordsTest: probe of %d chars, %d evidence sentences: report %d bytes uncapped, %d bytes stored%n",
                probe.length(), evidence, before, after);
    }

    /** The report as the topology made it before the caps: every evidence sentence. */
    static MeetingReport uncappedMention(String articleId, Enrichment.Meeting m) {
        List<Evidence> evidence = new ArrayList<>();
        for (Enrichment.Evidence e : m.evidence()) {
            evidence.add(new Evidence(articleId, e.start(), e.end(), e.text()));
        }
        MeetingEvent event = MeetingEvent.newBuilder().setMeetingId("id").setParticipants(new ArrayList<>()).setEvidence(evidence)
                .setArticleIds(new ArrayList<>(List.of(articleId))).build();
        return new MeetingReport("id", articleId, PUBLISHED, Instant.EPOCH, event);
    }

    @Test
    void aMeetingReportedByManyArticlesListsTheFirstOnesAndCountsOnce() {
        start(new ScriptedExtractor());
        String meeting = "MEETING HELD IN_PERSON 2026-11-30 Vienna,AT,Europe,Western Europe | Lena Marsh,NO | Tomas Brandt,AT\n";
        int articles = Limits.MAX_REPORTS_PER_MEETING + 50;
        for (int i = 0; i < articles; i++) {
            pipeline.publish(article(String.format("wire-%04d", i), meeting));
        }
        Map<String, MeetingEvent> latest = pipeline.latestMeetings();
        assertEquals(1, latest.size());
        MeetingEvent m = latest.values().iterator().next();
        assertEquals(Limits.MAX_REPORTS_PER_MEETING, m.getArticleIds().size(), "article ids listed up to the cap");
        assertEquals("wire-0000", m.getArticleIds().get(0).toString());
        assertEquals(Limits.MAX_EVIDENCE_PER_MEETING, m.getEvidence().size());
        DailyCounts counts = pipeline.dailyCounts(StoreNames.MEETINGS_PER_REGION, "2026-11-30");
        assertEquals(Map.of("Europe/Western Europe", 1L), counts.getCounts(), "the meeting counts once");
        MeetingReports stored = pipeline.reportsOf(m.getMeetingId());
        assertEquals(Limits.MAX_REPORTS_PER_MEETING, stored.getReports().size());

        // Withdrawing a kept report and one past the cap: consistent, and the meeting stays while reports remain.
        pipeline.retract("wire-0000");
        pipeline.retract(String.format("wire-%04d", articles - 1));
        MeetingEvent after = pipeline.latestMeetings().get(m.getMeetingId());
        assertNotNull(after);
        assertEquals(Limits.MAX_REPORTS_PER_MEETING - 1, after.getArticleIds().size());
        assertTrue(!after.getArticleIds().contains("wire-0000"));
    }

    @Test
    void longStringsAreCutWithAMarkerAndEveryListIsCapped() {
        start(new Extractor() {
            @Override
            public Enrichment extract(Article a) {
                List<Enrichment.Participant> people = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    people.add(new Enrichment.Participant("Person " + i + " " + "Z".repeat(5_000), "T".repeat(5_000), null, "NO", null));
                }
                List<Enrichment.Evidence> evidence = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    evidence.add(new Enrichment.Evidence(0, 1, "E".repeat(50_000)));
                }
                List<String> cues = new ArrayList<>();
                for (int i = 0; i < 1_000; i++) {
                    cues.add("cue:" + i + "C".repeat(5_000));
                }
                List<Enrichment.Meeting> meetings = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    meetings.add(new Enrichment.Meeting(people.subList(i % 2, 200), Enrichment.Kind.CALL, Enrichment.Status.HELD,
                            LocalDate.of(2026, 1, 1).plusDays(i), null, "040", evidence, 0.5, cues));
                }
                return new Enrichment(a.published(), meetings, new Enrichment.Topics(List.of(), List.of(), List.of()));
            }
        });
        pipeline.publish(article("huge", "anything"));
        Map<String, MeetingEvent> latest = pipeline.latestMeetings();
        assertEquals(Limits.MAX_MEETINGS_PER_ARTICLE, latest.size());
        for (MeetingEvent m : latest.values()) {
            assertEquals(Limits.MAX_PARTICIPANTS, m.getParticipants().size());
            assertEquals(Limits.MAX_EVIDENCE_PER_REPORT, m.getEvidence().size());
            String text = m.getEvidence().get(0).getText().toString();
            assertEquals(Limits.MAX_EVIDENCE_CHARS, text.length());
            assertTrue(text.endsWith(Limits.TRUNCATED));
            assertEquals(Limits.MAX_FIELD_CHARS, m.getParticipants().get(0).getName().length());
            assertEquals(Limits.MAX_CUES, m.getCues().size());
            assertEquals(Limits.MAX_CUE_CHARS, m.getCues().get(0).length());
            assertTrue(m.getCues().get(0).endsWith(Limits.TRUNCATED));
            assertTrue(encodedSize(MeetingEvent.class, m) < Limits.MAX_RECORD_BYTES);
        }
        ArticleFootprint footprint = pipeline.footprint("huge");
        assertEquals(Limits.MAX_MEETINGS_PER_ARTICLE, footprint.getReports().size());
        assertTrue(pipeline.noDeadLetters());
    }

    @Test
    void anOverlongIdIsADeadLetterAndAnOversizedDeadLetterIsAReference() {
        start(new ScriptedExtractor());
        String longId = "id-" + "x".repeat(Limits.MAX_ID_CHARS);
        pipeline.publish(article(longId, "MEETING HELD CALL - - | A Alpha,RU | B Beta,body:UN\n"));
        byte[] garbage = new byte[1_500_000];
        java.util.Arrays.fill(garbage, (byte) 'x');
        pipeline.publishBytes("garbage", garbage);
        pipeline.publish(article("after", "MEETING HELD CALL - - | C Gamma,RU | D Delta,body:UN\n"));

        List<TestRecord<String, byte[]>> dead = pipeline.deadLetters();
        assertEquals(2, dead.size());
        TestRecord<String, byte[]> idTooLong = dead.get(0);
        assertEquals(Limits.MAX_ID_CHARS, idTooLong.key().length(), "the key is cut too");
        assertTrue(header(idTooLong, DeadLetter.MESSAGE).contains("longer than the limit of " + Limits.MAX_ID_CHARS), header(idTooLong, DeadLetter.MESSAGE));
        assertEquals("deserialize", header(idTooLong, DeadLetter.STAGE));
        TestRecord<String, byte[]> reference = dead.get(1);
        assertEquals("garbage", reference.key());
        assertNull(reference.value(), "a reference, not the 1.5 MB payload");
        assertTrue(header(reference, DeadLetter.PAYLOAD).startsWith("omitted: 1500000 bytes"), header(reference, DeadLetter.PAYLOAD));
        assertEquals("news.articles.raw", header(reference, DeadLetter.TOPIC));
        assertNotNull(header(reference, DeadLetter.OFFSET));
        assertTrue(pipeline.latestMeetings().values().stream().anyMatch(m -> m.getArticleIds().contains("after")));
    }
}
