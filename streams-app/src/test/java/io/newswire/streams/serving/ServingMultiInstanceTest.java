package io.newswire.streams.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.embedded.LocalCluster;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.runtime.StreamsSettings;
import io.newswire.streams.topology.StoreNames;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the application (same application.id, own state folders, own HTTP
 * ports) share four partitions. Whichever instance is asked, every answer is the whole
 * answer, equal to what the published articles say; and while one instance goes away, an
 * answer is either whole or says which partitions it is missing.
 */
class ServingMultiInstanceTest {
    private static final int PARTITIONS = 4;
    private static final List<String> AGGREGATES = List.of(
            "meetings-per-region", "meetings-per-country", "meetings-per-body", "meetings-per-venue-country", "topics-per-region",
            "topics-per-country", "themes-per-day");

    @TempDir
    Path work;

    @Test
    void everyInstanceAnswersEveryQueryWholeAndSaysWhenPartitionsAreMissing() throws Exception {
        Wire wire = Wire.generate(5, 90);
        try (LocalCluster cluster = LocalCluster.start(work, 0, 0)) {
            PipelineTopics.ensure(StreamsSettings.of(cluster.bootstrapServers(), cluster.registryUrl(), work.resolve("x"),
                    TopicNames.DEFAULTS, Map.of(StreamsSettings.PARTITIONS, Integer.toString(PARTITIONS))), TopicNames.DEFAULTS);
            Instance a = new Instance(cluster, work.resolve("state-a"), PARTITIONS);
            Instance b = new Instance(cluster, work.resolve("state-b"), PARTITIONS);
            try (a) {
                try (b) {
                    a.runner.awaitRunning(Duration.ofMinutes(2));
                    b.runner.awaitRunning(Duration.ofMinutes(2));
                    awaitBothHostPartitions(a, b);
                    wire.publishTo(cluster);
                    CaughtUp.await(a.runner.properties(), TopicNames.DEFAULTS, Duration.ofMinutes(3));

                    assertTrue(ownedBy(a, b, wire) > 0 && ownedBy(b, a, wire) > 0, "each instance owns some of the meetings");
                    for (Instance asked : List.of(a, b)) {
                        assertWholeAnswers(asked, wire);
                    }
                    printLatencies(a, wire);
                    b.runner.streams().close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                            .withTimeout(Duration.ofSeconds(30)));
                }
                answersAreWholeOrSayWhatIsMissingUntilWhole(a, wire, Duration.ofMinutes(2));
            }
        }
    }

    private static void assertWholeAnswers(Instance asked, Wire wire) throws Exception {
        for (String what : AGGREGATES) {
            String path = what.equals("themes-per-day") ? "/api/topics/per-theme" : "/api/" + what.replaceFirst("-", "/");
            JsonNode all = asked.get(path).json();
            assertTrue(all.get("complete").asBoolean(), path + ": " + all);
            assertEquals(wire.rows(what, null, null), all.get("rows"), path + " asked of " + asked.server.port());
            JsonNode some = asked.get(path + "?from=2024-04-26&to=2024-04-29").json();
            assertEquals(wire.rows(what, LocalDate.of(2024, 4, 26), LocalDate.of(2024, 4, 29)), some.get("rows"), path);
        }
        Map<String, List<String>> reports = wire.reports();
        JsonNode list = asked.get("/api/meetings?limit=1000").json();
        assertTrue(list.get("complete").asBoolean());
        assertEquals(reports.keySet(), ids(list.get("meetings")), "every meeting, from every instance");
        assertEquals(reports.size(), list.get("total").asInt());
        for (Map.Entry<String, List<String>> meeting : reports.entrySet()) {
            Instance.Answer answer = asked.get("/api/meetings/" + meeting.getKey());
            assertEquals(200, answer.status(), answer.body());
            List<String> articles = new ArrayList<>();
            answer.json().get("articleIds").forEach(n -> articles.add(n.asText()));
            assertEquals(meeting.getValue(), articles, "meeting " + meeting.getKey());
        }
        assertEquals(404, asked.get("/api/meetings/ffffffffffffffffffffffff").status());
    }

    /**
     * After the other instance left: each answer is the whole truth, or says it is not
     * complete and names partitions, or is a 503; and in the end, once the partitions have
     * moved, it is whole again.
     */
    private static void answersAreWholeOrSayWhatIsMissingUntilWhole(Instance a, Wire wire, Duration timeout) throws Exception {
        JsonNode truth = wire.rows("meetings-per-region", null, null);
        long deadline = System.nanoTime() + timeout.toNanos();
        int incomplete = 0;
        while (System.nanoTime() < deadline) {
            Instance.Answer answer = a.get("/api/meetings/per-region");
            if (answer.status() == 503) {
                incomplete++;
            } else {
                assertEquals(200, answer.status(), answer.body());
                JsonNode body = answer.json();
                if (body.get("complete").asBoolean()) {
                    assertEquals(truth, body.get("rows"), "a complete answer is the whole answer");
                    if (a.runner.streams().state() == KafkaStreams.State.RUNNING && hosts(a).size() == 1) {
                        System.out.println("after instance B left: " + incomplete + " answers said they were incomplete");
                        assertWholeAnswers(a, wire);
                        return;
                    }
                } else {
                    incomplete++;
                    assertFalse(body.get("unavailablePartitions").isEmpty(), body.toString());
                    assertTrue(body.get("warning").asText().contains("incomplete"), body.toString());
                }
            }
            Thread.sleep(100);
        }
        fail("instance A did not take over every partition within " + timeout + " (" + incomplete + " incomplete answers)");
    }

    /** Median times of a gathered range and of local and forwarded key lookups, for the record. */
    private static void printLatencies(Instance a, Wire wire) throws Exception {
        List<Long> range = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long t = System.nanoTime();
            a.get("/api/meetings/per-region");
            range.add(System.nanoTime() - t);
        }
        HostInfo self = new HostInfo("127.0.0.1", a.server.port());
        List<Long> local = new ArrayList<>();
        List<Long> forwarded = new ArrayList<>();
        for (String id : wire.reports().keySet()) {
            boolean mine = self.equals(a.runner.streams().queryMetadataForKey(StoreNames.MEETINGS, id, Serdes.String().serializer()).activeHost());
            long t = System.nanoTime();
            a.get("/api/meetings/" + id);
            (mine ? local : forwarded).add(System.nanoTime() - t);
        }
        System.out.printf("latency (median ms): gathered range %.2f, local key %.2f (%d), forwarded key %.2f (%d)%n",
                median(range), median(local), local.size(), median(forwarded), forwarded.size());
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2) / 1e6;
    }

    private static void awaitBothHostPartitions(Instance a, Instance b) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (hosts(a).size() == 2 && hosts(b).size() == 2
                    && a.runner.streams().state() == KafkaStreams.State.RUNNING && b.runner.streams().state() == KafkaStreams.State.RUNNING) {
                return;
            }
            Thread.sleep(200);
        }
        fail("the two instances did not share the partitions: " + hosts(a) + " / " + hosts(b));
    }

    private static Set<HostInfo> hosts(Instance i) {
        Set<HostInfo> out = new java.util.HashSet<>();
        for (StreamsMetadata m : i.runner.streams().streamsMetadataForStore(StoreNames.MEETINGS)) {
            if (!m.topicPartitions().isEmpty()) {
                out.add(m.hostInfo());
            }
        }
        return out;
    }

    /** How many of the wire's meetings {@code owner} hosts, as {@code asker} sees it. */
    private static long ownedBy(Instance owner, Instance asker, Wire wire) {
        HostInfo host = new HostInfo("127.0.0.1", owner.server.port());
        return wire.reports().keySet().stream().filter(id -> host.equals(asker.runner.streams()
                .queryMetadataForKey(StoreNames.MEETINGS, id, Serdes.String().serializer()).activeHost())).count();
    }

    private static Set<String> ids(JsonNode meetings) {
        Set<String> out = new TreeSet<>();
        meetings.forEach(m -> out.add(m.get("meetingId").asText()));
        return out;
    }
}
