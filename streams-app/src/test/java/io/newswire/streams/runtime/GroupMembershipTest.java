package io.newswire.streams.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.internals.CloseOptionsInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the group.instance.id comes from: one per state folder, kept across restarts, the user's own wins. */
class GroupMembershipTest {
    @TempDir
    Path work;

    @Test
    void eachStateFolderHasItsOwnIdKeptAcrossStarts() throws Exception {
        String a = id(settings(work.resolve("a"), Map.of()));
        String b = id(settings(work.resolve("b"), Map.of()));

        assertNotEquals(a, b, "two instances (two state folders) are two members, also on one host");
        assertEquals(a, id(settings(work.resolve("a"), Map.of())), "a restart is the same member");
        assertEquals(a, Files.readString(work.resolve("a").resolve(GroupMembership.ID_FILE)).trim());
        assertTrue(a.matches("[a-z0-9.-]+-[0-9a-f]{8}"), a);
    }

    @Test
    void anIdGivenByTheUserWinsAndStaticMembershipCanBeTurnedOff() {
        assertEquals("pod-2", id(settings(work.resolve("a"), Map.of(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "pod-2"))));
        assertNull(id(settings(work.resolve("b"), Map.of(GroupMembership.STATIC, "false"))));
        // Kafka's streams rebalance protocol refuses static members: none is made for it.
        assertNull(id(settings(work.resolve("c"), Map.of("group.protocol", "streams"))));
        assertThrows(IllegalArgumentException.class, () -> id(settings(work.resolve("d"), Map.of(GroupMembership.STATIC, "yes"))));
    }

    @Test
    void aDamagedIdFileIsAClearErrorAndAnEmptyOneIsReplaced() throws Exception {
        Path damaged = Files.createDirectories(work.resolve("damaged"));
        Files.writeString(damaged.resolve(GroupMembership.ID_FILE), "two words\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> id(settings(damaged, Map.of())));
        assertTrue(e.getMessage().contains("delete it"), e.getMessage());

        Path empty = Files.createDirectories(work.resolve("empty"));
        Files.writeString(empty.resolve(GroupMembership.ID_FILE), "");
        assertTrue(id(settings(empty, Map.of())).matches("[a-z0-9.-]+-[0-9a-f]{8}"));
    }

    @Test
    void closingLeavesTheGroupOnlyWhenAskedTo() {
        assertEquals(CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP, operation(settings(work, Map.of())));
        assertEquals(CloseOptions.GroupMembershipOperation.LEAVE_GROUP,
                operation(settings(work, Map.of(GroupMembership.LEAVE_ON_CLOSE, "true"))));
    }

    private static Properties settings(Path stateDir, Map<String, String> overrides) {
        return StreamsSettings.of("127.0.0.1:9", "mock://x", stateDir, TopicNames.DEFAULTS, overrides);
    }

    private static String id(Properties settings) {
        return GroupMembership.withInstanceId(settings).getProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    }

    private static CloseOptions.GroupMembershipOperation operation(Properties settings) {
        // Kafka Streams reads the choice through CloseOptionsInternal; so does the test.
        return new CloseOptionsInternal(GroupMembership.closeOptions(settings, java.time.Duration.ofSeconds(1))).operation();
    }
}
