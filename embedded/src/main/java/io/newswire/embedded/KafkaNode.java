package io.newswire.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;

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
    private static final String HOST = KraftNodeConfig.HOST;

    private KafkaNode() {}

    /**
     * The node's broker configuration: replication factor 3 and min.insync.replicas 2 for every topic,
     * the internal ones included, so that one node may be down at any time.
     */
    public static Map<String, String> config(int nodeId, int port, int controllerPort, String voters, Path logDir) {
        Map<String, String> props = KraftNodeConfig.combinedNode(nodeId, port, controllerPort, voters, logDir, 3);
        // No unclean leader election: a replica that was out of the ISR never becomes leader (the default, stated).
        props.put("unclean.leader.election.enable", "false");
        // A killed node is noticed within a few seconds rather than the default 9 s heartbeat timeout.
        props.put("broker.session.timeout.ms", "6000");
        props.put("broker.heartbeat.interval.ms", "1000");
        props.put("replica.lag.time.max.ms", "10000");
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
        KraftNodeConfig.format(logDir, nodeId, require(opts, "cluster-id"));

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
