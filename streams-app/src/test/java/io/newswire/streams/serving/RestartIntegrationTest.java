package io.newswire.streams.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.embedded.LocalCluster;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.runtime.GroupMembership;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unchanged instance stopped and started again on its state folder answers completely
 * within seconds: as a static member it takes its old place in the group at once, instead of
 * waiting for its previous self to miss the 45 s session timeout (issue 16, item 3).
 */
class RestartIntegrationTest {
    /** Far below the 45 s session timeout this guards against; generous for a loaded machine. */
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path work;

    @Test
    void aRestartedInstanceAnswersCompletelyWithinSecondsWithTheSameAnswers() throws Exception {
        Wire wire = Wire.generate(5, 40);
        Path state = work.resolve("state");
        try (LocalCluster cluster = LocalCluster.start(work.resolve("cluster"), 0, 0)) {
            JsonNode before;
            String instanceId;
            try (Instance first = new Instance(cluster, state, 3)) {
                PipelineTopics.ensure(first.runner.properties(), TopicNames.DEFAULTS);
                wire.publishTo(cluster);
                first.runner.awaitRunning(Duration.ofMinutes(1));
                CaughtUp.await(first.runner.properties(), TopicNames.DEFAULTS, Duration.ofMinutes(3));
                before = awaitComplete(first, Duration.ofMinutes(1)).get("rows");
                instanceId = first.runner.properties().getProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
            }
            assertEquals(instanceId, Files.readString(state.resolve(GroupMembership.ID_FILE)).trim(), "the id is kept in the state folder");

            long restarted = System.nanoTime();
            try (Instance second = new Instance(cluster, state, 3)) {
                // Poll until complete, then judge the time: a slow machine fails the bound, not the poll.
                JsonNode after = awaitComplete(second, Duration.ofMinutes(2));
                Duration took = Duration.ofNanos(System.nanoTime() - restarted);
                System.out.println("restart: complete answers " + took.toMillis() + " ms after the new instance was started");

                assertEquals(instanceId, second.runner.properties().getProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG));
                assertTrue(took.compareTo(BOUND) < 0, "complete answers " + took.toMillis() + " ms after the restart; bound " + BOUND);
                assertEquals(before, after.get("rows"), "the same answer as before the restart");
                assertTrue(before.size() > 3, "the wire has meetings: " + before);
            }
        }
    }

    private static JsonNode awaitComplete(Instance instance, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Instance.Answer last = null;
        while (System.nanoTime() < deadline) {
            last = instance.get("/api/meetings/per-region");
            if (last.status() == 200 && last.json().get("complete").asBoolean()) {
                return last.json();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no complete answer within " + timeout + "; last: " + (last == null ? "none" : last.status() + " " + last.body()));
    }
}
