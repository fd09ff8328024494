package io.newswire.streams.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How an instance joins and leaves the consumer group, which decides how long a restart leaves
 * the stores unanswered (docs/serving.md, "Restarts").
 *
 * <p>By default an instance is a <b>static member</b> ({@code group.instance.id}): a restarted
 * instance takes its old place and its old tasks at once, without a rebalance, instead of
 * waiting for its previous self to miss the session timeout (45 s). The id is made once and
 * kept in the state folder, so it is as stable as the stores it names and unique per state
 * folder (two instances never share one), also when scaled out; {@code -X group.instance.id=ID}
 * sets it by hand, {@code newswire.static.membership=false} turns it off.
 *
 * <p>Leaving the group on close ({@code newswire.leave.group.on.close}) is off by default: a
 * static member that leaves makes the restart two rebalances instead of none (BENCHMARKS.md).
 */
public final class GroupMembership {
    /** true (default): a static member with a group.instance.id kept in the state folder. */
    public static final String STATIC = "newswire.static.membership";
    /** false (default): close without leaving the group; true: leave, so the tasks move at once. */
    public static final String LEAVE_ON_CLOSE = "newswire.leave.group.on.close";
    /** The file in the state folder that holds the instance id. */
    public static final String ID_FILE = "newswire-instance-id";
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    private GroupMembership() {}

    /**
     * {@code props} with a {@code group.instance.id} when static membership is on and none is
     * given (the id is read from, or first written to, the state folder); else {@code props}.
     */
    public static Properties withInstanceId(Properties props) {
        if (props.getProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG) != null || !staticMembership(props)) {
            return props;
        }
        Properties out = new Properties();
        out.putAll(props);
        out.setProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId(Path.of(props.getProperty(StreamsConfig.STATE_DIR_CONFIG))));
        return out;
    }

    static boolean staticMembership(Properties props) {
        // Kafka's "streams" rebalance protocol (KIP-1071) refuses group.instance.id.
        return flag(props, STATIC, true) && !"streams".equalsIgnoreCase(props.getProperty(StreamsConfig.GROUP_PROTOCOL_CONFIG, "classic"));
    }

    /** How {@link StreamsRunner#close()} closes Kafka Streams. */
    public static CloseOptions closeOptions(Properties props, java.time.Duration timeout) {
        return CloseOptions.groupMembershipOperation(flag(props, LEAVE_ON_CLOSE, false)
                ? CloseOptions.GroupMembershipOperation.LEAVE_GROUP : CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP)
                .withTimeout(timeout);
    }

    /** The id kept in {@code stateDir}, made on first use: this host's name and a random part. */
    public static String instanceId(Path stateDir) {
        Path file = stateDir.resolve(ID_FILE);
        try {
            Files.createDirectories(stateDir);
            try {
                Files.createFile(file);
            } catch (FileAlreadyExistsException kept) {
                // a restart: the id of the previous run
            }
            String id = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (id.isEmpty()) { // new, or a first run stopped before writing it
                id = newId();
                Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
            }
            if (!VALID_ID.matcher(id).matches()) {
                throw new IllegalStateException(file + " must hold one group.instance.id (letters, digits, . _ -), got '"
                        + (id.length() > 40 ? id.substring(0, 40) + "..." : id) + "'; delete it to make a new one");
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the instance id in " + file + ": " + e.getMessage(), e);
        }
    }

    private static String newId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "newswire";
        }
        host = host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
        // The host name tells an operator which machine a member is; the random part keeps two state folders apart.
        return (host.length() > 60 ? host.substring(0, 60) : host) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static boolean flag(Properties props, String name, boolean defaultValue) {
        String v = props.getProperty(name);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        if (!v.trim().equalsIgnoreCase("true") && !v.trim().equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(name + " must be true or false, got '" + v + "'");
        }
        return Boolean.parseBoolean(v.trim());
    }
}
