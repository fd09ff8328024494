package io.newswire.streams.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.newswire.extract.DateLine;
import io.newswire.extract.Extractors;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.RawArticle;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's acceptance case with the real rule extractor (no scripted reports): the user's seed article and a
 * second wire's report of the same three meetings (our own rewrite: other spelling of Vershinin, no date of the
 * meetings, UN officials named by office and by a relative clause) give three held meetings on 2021-09-21, each
 * backed by both articles, plus the seed's planned Lavrov-Guterres meeting.
 */
class SeedFromTwoWiresTest {
    private static final Path SEED = Path.of("..", "seeds", "000_bbb0b054668ebffa.txt");
    private static final String SECOND_WIRE = "/wires/seed-story-second-wire.txt";

    private TopologyFixture pipeline;

    @BeforeEach
    void start() {
        pipeline = new TopologyFixture("seed-two-wires", Extractors.standard());
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Test
    void theSeedAndASecondWiresReportGiveThreeHeldMeetingsOnSeptember21() throws IOException {
        publish("tass-seed", Files.readString(SEED, StandardCharsets.UTF_8));
        publish("interfax-copy", new String(SeedFromTwoWiresTest.class.getResourceAsStream(SECOND_WIRE).readAllBytes(),
                StandardCharsets.UTF_8));

        Map<String, MeetingEvent> live = liveMeetings();
        List<MeetingEvent> held = live.values().stream().filter(m -> m.getStatus() == MeetingStatus.HELD).toList();
        assertEquals(3, held.size(), "three held meetings: " + live.values());
        for (MeetingEvent m : held) {
            assertEquals(LocalDate.of(2021, 9, 21), m.getDate());
            assertEquals(List.of("interfax-copy", "tass-seed"), m.getArticleIds().stream().sorted().toList(), m.toString());
        }
        assertEquals(1, live.values().stream().filter(m -> m.getStatus() == MeetingStatus.PLANNED).count(), "Lavrov-Guterres");
        assertEquals(3L, pipeline.counts(StoreNames.MEETINGS_PER_COUNTRY, "2021-09-21").get("RU"));
        assertEquals(Map.of("Americas/Northern America", 3L), pipeline.counts(StoreNames.MEETINGS_PER_REGION, "2021-09-21"));
    }

    private final Map<String, MeetingEvent> live = new TreeMap<>();

    /** The meetings on news.meetings, tombstones applied. */
    private Map<String, MeetingEvent> liveMeetings() {
        for (TestRecord<String, MeetingEvent> r : pipeline.meetingChanges()) {
            if (r.value() == null) {
                live.remove(r.key());
            } else {
                live.put(r.key(), r.value());
            }
        }
        return live;
    }

    private void publish(String id, String text) {
        pipeline.publish(RawArticle.newBuilder().setId(id).setPublished(DateLine.date(text))
                .setReceivedAt(Instant.parse("2021-09-22T12:00:00Z")).setBody(text).build());
    }
}
