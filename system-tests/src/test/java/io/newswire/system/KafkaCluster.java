package io.newswire.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitionReassignment;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.ElectionType;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;

/**
 * Three KRaft nodes (broker and controller combined, {@link io.newswire.embedded.KafkaNode}) as child JVMs on
 * 127.0.0.1, each on fixed ports and its own data folder, so that one can be SIGKILLed, stopped and started
 * again as it was.
 */
final class KafkaCluster implements AutoCloseable {
    static final String HOST = "127.0.0.1";

    private final Path dir;
    private final Path logs;
    private final String clusterId = Uuid.randomUuid().toString();
    private final int[] ports;
    private final int[] controllerPorts;
    private final Process[] processes;
    private final long[] logOffsets;
    private final String voters;

    private KafkaCluster(Path dir, Path logs, int nodes) {
        this.dir = dir;
        this.logs = logs;
        this.ports = new int[nodes + 1];
        this.controllerPorts = new int[nodes + 1];
        this.processes = new Process[nodes + 1];
        this.logOffsets = new long[nodes + 1];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int id = 1; id <= nodes; id++) { // held open together so that no two nodes get the same port
                ServerSocket a = new ServerSocket(0, 50, InetAddress.getByName(HOST));
                ServerSocket b = new ServerSocket(0, 50, InetAddress.getByName(HOST));
                held.add(a);
                held.add(b);
                ports[id] = a.getLocalPort();
                controllerPorts[id] = b.getLocalPort();
            }
        } catch (IOException e) {
            throw new IllegalStateException("no free ports on " + HOST, e);
        } finally {
            for (ServerSocket s : held) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing a probe socket
                }
            }
        }
        List<String> v = new ArrayList<>();
        for (int id = 1; id <= nodes; id++) {
            v.add(id + "@" + HOST + ":" + controllerPorts[id]);
        }
        this.voters = String.join(",", v);
    }

    /** Starts {@code nodes} nodes at once (none can serve before a majority of the quorum is up) and waits for all. */
    static KafkaCluster start(Path dir, Path logs, int nodes, Duration timeout) throws IOException, InterruptedException {
        KafkaCluster cluster = new KafkaCluster(dir, logs, nodes);
        try {
            for (int id = 1; id <= nodes; id++) {
                cluster.launch(id);
            }
            for (int id = 1; id <= nodes; id++) {
                cluster.awaitReady(id, timeout);
            }
            cluster.awaitHealthy(timeout);
            return cluster;
        } catch (RuntimeException | IOException | InterruptedException e) {
            cluster.close();
            throw e;
        }
    }

    int size() {
        return processes.length - 1;
    }

    String bootstrapServers() {
        List<String> s = new ArrayList<>();
        for (int id = 1; id <= size(); id++) {
            s.add(HOST + ":" + ports[id]);
        }
        return String.join(",", s);
    }

    Map<String, Object> clientProperties() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    }

    Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        return Admin.create(p);
    }

    private void launch(int id) throws IOException {
        Files.createDirectories(logs);
        Path log = logs.resolve("kafka-" + id + ".log");
        logOffsets[id] = Files.exists(log) ? Files.size(log) : 0;
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "io.newswire.embedded.KafkaNode",
                "--node-id", Integer.toString(id),
                "--port", Integer.toString(ports[id]),
                "--controller-port", Integer.toString(controllerPorts[id]),
                "--voters", voters,
                "--cluster-id", clusterId,
                "--data-dir", dir.resolve("node-" + id).toAbsolutePath().toString()));
        processes[id] = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** Waits until node {@code id} (since its last start) reports its broker registered and unfenced. */
    void awaitReady(int id, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!logSinceStart(id).contains("KafkaNode " + id + " READY")) {
            if (!processes[id].isAlive()) {
                throw new IllegalStateException("kafka node " + id + " exited with " + processes[id].exitValue() + ":\n" + tail(id));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("kafka node " + id + " not ready after " + timeout + ":\n" + tail(id));
            }
            Thread.sleep(200);
        }
    }

    /** SIGKILL: no controlled shutdown, no flush. */
    void kill(int id) throws InterruptedException {
        processes[id].destroyForcibly();
        if (!processes[id].waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("kafka node " + id + " survived SIGKILL");
        }
    }

    /** SIGTERM: a controlled shutdown (leadership moves away first); returns the milliseconds it took. */
    long stop(int id, Duration timeout) throws InterruptedException, IOException {
        long t0 = System.nanoTime();
        processes[id].destroy();
        if (!processes[id].waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("kafka node " + id + " did not stop within " + timeout + ":\n" + tail(id));
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /** Starts node {@code id} again on its ports and data folder, and waits until it serves. */
    void restart(int id, Duration timeout) throws IOException, InterruptedException {
        if (processes[id].isAlive()) {
            throw new IllegalStateException("kafka node " + id + " is still running");
        }
        launch(id);
        awaitReady(id, timeout);
    }

    boolean isAlive(int id) {
        return processes[id].isAlive();
    }

    /** The node id of the active controller (the quorum's leader). */
    int activeController(Admin admin) throws Exception {
        return admin.describeMetadataQuorum().quorumInfo().get(20, TimeUnit.SECONDS).leaderId();
    }

    /** Leader node id of each partition of {@code topic}. */
    Map<Integer, Integer> leaders(Admin admin, String topic) throws Exception {
        Map<Integer, Integer> out = new TreeMap<>();
        TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get(20, TimeUnit.SECONDS).get(topic);
        for (TopicPartitionInfo p : d.partitions()) {
            out.put(p.partition(), p.leader() == null ? -1 : p.leader().id());
        }
        return out;
    }

    /**
     * Makes {@code node} the leader of every partition of {@code topic}: the same replicas, reordered so that
     * {@code node} is the preferred one, then a preferred leader election. Every replica must be in sync.
     */
    void moveLeadership(Admin admin, String topic, int node, Duration timeout) throws Exception {
        TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get(20, TimeUnit.SECONDS).get(topic);
        Map<TopicPartition, Optional<NewPartitionReassignment>> moves = new HashMap<>();
        for (TopicPartitionInfo p : d.partitions()) {
            List<Integer> order = new ArrayList<>(List.of(node));
            p.replicas().stream().map(org.apache.kafka.common.Node::id).filter(id -> id != node).forEach(order::add);
            moves.put(new TopicPartition(topic, p.partition()), Optional.of(new NewPartitionReassignment(order)));
        }
        admin.alterPartitionReassignments(moves).all().get(20, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!admin.listPartitionReassignments(moves.keySet()).reassignments().get(20, TimeUnit.SECONDS).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("replica reorder of " + topic + " not done after " + timeout);
            }
            Thread.sleep(200);
        }
        while (leaders(admin, topic).values().stream().anyMatch(l -> l != node)) {
            try {
                admin.electLeaders(ElectionType.PREFERRED, moves.keySet()).partitions().get(20, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // ElectionNotNeeded for partitions already led by node; the loop checks the outcome
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("node " + node + " does not lead every partition of " + topic + ": " + leaders(admin, topic));
            }
            Thread.sleep(200);
        }
    }

    /**
     * Waits until every node is an unfenced broker, every node is in the quorum and has caught up with its
     * leader, and every partition of every topic has a leader and all its replicas in sync.
     */
    void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        try (Admin admin = admin()) {
            while (true) {
                try {
                    last = unhealthy(admin);
                    if (last.isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    last = e.toString();
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cluster not healthy after " + timeout + ": " + last);
                }
                Thread.sleep(300);
            }
        }
    }

    private String unhealthy(Admin admin) throws Exception {
        int brokers = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
        if (brokers != size()) {
            return brokers + " of " + size() + " brokers";
        }
        var quorum = admin.describeMetadataQuorum().quorumInfo().get(10, TimeUnit.SECONDS);
        long leaderEnd = quorum.voters().stream().filter(r -> r.replicaId() == quorum.leaderId())
                .mapToLong(r -> r.logEndOffset()).findFirst().orElse(-1);
        if (quorum.voters().size() != size() || quorum.voters().stream().anyMatch(r -> r.logEndOffset() < 0)) {
            return "quorum " + quorum;
        }
        if (quorum.voters().stream().anyMatch(r -> leaderEnd - r.logEndOffset() > 100)) {
            return "quorum voters lagging: " + quorum;
        }
        var topics = admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true)).names()
                .get(10, TimeUnit.SECONDS);
        for (TopicDescription d : admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
            for (TopicPartitionInfo p : d.partitions()) {
                if (p.leader() == null || p.leader().isEmpty() || p.isr().size() != p.replicas().size()) {
                    return d.name() + "-" + p.partition() + " leader " + p.leader() + " isr " + p.isr() + " replicas " + p.replicas();
                }
            }
        }
        return "";
    }

    String logSinceStart(int id) throws IOException {
        Path log = logs.resolve("kafka-" + id + ".log");
        if (!Files.exists(log)) {
            return "";
        }
        byte[] all = Files.readAllBytes(log);
        int from = (int) Math.min(all.length, logOffsets[id]);
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }

    String tail(int id) throws IOException {
        String s = logSinceStart(id);
        return s.length() > 6000 ? s.substring(s.length() - 6000) : s;
    }

    /** Kills every node still running (a clean shutdown of the last nodes of a quorum can wait forever). */
    @Override
    public void close() {
        for (int id = 1; id < processes.length; id++) {
            if (processes[id] != null && processes[id].isAlive()) {
                processes[id].destroyForcibly();
            }
        }
        for (int id = 1; id < processes.length; id++) {
            if (processes[id] != null) {
                try {
                    processes[id].waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
