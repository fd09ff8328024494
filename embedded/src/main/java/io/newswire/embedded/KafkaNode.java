package io.newswire.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One node of a multi-node KRaft cluster (broker and controller combined), run as its own process so that it
 * can be killed for real: {@code java -cp ... io.newswire.embedded.KafkaNode --node-id 1 --port 9092
 * --controller-port 9093 --voters 1@127.0.0.1:9093,2@...,3@... --cluster-id ID --data-dir DIR [-X key=value]...}.
 * Started from the kafka_2.13 jars the way {@link EmbeddedKafka} starts its single node; listeners bind
 * 127.0.0.1 only. The data folder is formatted on the first start (all nodes of a cluster share the cluster
 * id) and reused afterwards. SIGTERM shuts the node down cleanly (controlled shutdown: its partitions get
 * other leaders first); SIGKILL is a crash. Prints {@code KafkaNode <id> READY} once the broker serves.
 */
public final class KafkaNode {
    private static final String HOST = "127.0.0.1";

    private KafkaNode() {}

    /**
     * The node's broker configuration: replication factor 3 and min.insync.replicas 2 for every topic,
     * the internal ones included, so that one node may be down at any time.
     */
    public static Map<String, String> config(int nodeId, int port, int controllerPort, String voters, Path logDir) {
        Map<String, String> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(nodeId));
        props.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("controller.quorum.voters", voters);
        props.put("log.dirs", logDir.toString());
        props.put("default.replication.factor", "3");
        props.put("min.insync.replicas", "2");
        props.put("offsets.topic.replication.factor", "3");
        props.put("offsets.topic.num.partitions", "4");
        props.put("transaction.state.log.replication.factor", "3");
        props.put("transaction.state.log.min.isr", "2");
        props.put("transaction.state.log.num.partitions", "4");
        props.put("share.coordinator.state.topic.replication.factor", "3");
        props.put("share.coordinator.state.topic.min.isr", "2");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "1");
        // No unclean leader election: a replica that was out of the ISR never becomes leader (the default, stated).
        props.put("unclean.leader.election.enable", "false");
        // A killed node is noticed within a few seconds rather than the default 9 s heartbeat timeout.
        props.put("broker.session.timeout.ms", "6000");
        props.put("broker.heartbeat.interval.ms", "1000");
        props.put("replica.lag.time.max.ms", "10000");
        props.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
        return props;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("-X")) {
                String[] kv = args[i + 1].split("=", 2);
                overrides.put(kv[0], kv.length > 1 ? kv[1] : "");
            } else {
                opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
        }
        int nodeId = Integer.parseInt(require(opts, "node-id"));
        int port = Integer.parseInt(require(opts, "port"));
        int controllerPort = Integer.parseInt(require(opts, "controller-port"));
        Path logDir = Path.of(require(opts, "data-dir")).toAbsolutePath().resolve("kafka-logs");
        Files.createDirectories(logDir);
        Map<String, String> props = config(nodeId, port, controllerPort, require(opts, "voters"), logDir);
        props.putAll(overrides);
        format(logDir, nodeId, require(opts, "cluster-id"));

        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("KafkaNode " + nodeId + " shutting down");
            server.shutdown();
            server.awaitShutdown();
            System.out.println("KafkaNode " + nodeId + " stopped");
            stopped.countDown();
        }, "kafka-node-shutdown"));
        server.startup();
        awaitServing(nodeId, HOST + ":" + port);
        System.out.println("KafkaNode " + nodeId + " READY on " + HOST + ":" + port);
        System.out.flush();
        server.awaitShutdown();
        stopped.await(60, TimeUnit.SECONDS);
    }

    private static String require(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return v;
    }

    /** Formats the log folder once with the cluster's id; a folder already formatted is left as it is. */
    static void format(Path logDir, int nodeId, String clusterId) throws Exception {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(nodeId)
                .setClusterId(clusterId)
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setControllerListenerName("CONTROLLER")
                .setIgnoreFormatted(true)
                .run();
    }

    /** Waits until this node's broker is registered and unfenced: the cluster lists it among its brokers. */
    private static void awaitServing(int nodeId, String bootstrap) throws InterruptedException, IOException {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        try (Admin admin = Admin.create(p)) {
            while (true) {
                try {
                    if (admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).stream().anyMatch(n -> n.id() == nodeId)) {
                        return;
                    }
                } catch (Exception retry) {
                    // not serving yet (no quorum, not registered)
                }
                Thread.sleep(200);
            }
        }
    }
}
