package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newswire.ingest.IngestCommand;
import io.newswire.streams.runtime.StreamsCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * No Docker engine runs here, so docker-compose.yml cannot be started in CI; this checks
 * that it agrees with the app: the app services' commands parse with the real commands, and
 * point at the Kafka listener and the registry the file defines; published ports bind
 * 127.0.0.1 only.
 */
class DockerComposeTest {
    private static JsonNode services;
    /** docker-compose.cluster.yml: what the three-broker overlay adds or replaces. */
    private static JsonNode cluster;

    @BeforeAll
    static void read() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        services = yaml.readTree(Path.of("..", "docker-compose.yml").toFile()).get("services");
        cluster = yaml.readTree(Path.of("..", "docker-compose.cluster.yml").toFile()).get("services");
    }

    @Test
    void definesKafkaTheRegistryTheStreamsAppAndIngest() {
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("kafka", "schema-registry", "streams", "ingest"), names);
        assertTrue(services.get("kafka").get("image").asText().startsWith("apache/kafka:"));
        assertTrue(services.get("schema-registry").get("image").asText().startsWith("confluentinc/cp-schema-registry:"));
    }

    @Test
    void theStreamsAppReachesKafkaAndTheRegistryTheFileDefines() {
        ParseResult parsed = parse(new StreamsCommand(), "streams");
        assertEquals(internalKafkaListener(), parsed.matchedOptionValue("--bootstrap-server", ""));
        assertEquals(registryUrl(), parsed.matchedOptionValue("--schema-registry", ""));
        assertEquals(8080, (int) parsed.matchedOptionValue("--http-port", 0));
        assertTrue(ports("streams").get(0).startsWith("127.0.0.1:8080"), "the first replica answers on 8080");
    }

    @Test
    void ingestReachesKafkaAndTheRegistryTheFileDefines() {
        ParseResult parsed = parse(new IngestCommand(), "ingest");
        assertEquals(internalKafkaListener(), parsed.matchedOptionValue("--bootstrap-server", ""));
        assertEquals(registryUrl(), parsed.matchedOptionValue("--schema-registry", ""));
    }

    @Test
    void everyPublishedPortBindsLoopbackOnly() {
        services.fields().forEachRemaining(service -> {
            for (String port : ports(service.getKey())) {
                assertTrue(port.startsWith("127.0.0.1:"), service.getKey() + " publishes " + port);
            }
        });
    }

    @Test
    void streamsScalesOutEachReplicaAdvertisingItselfWithStateOfItsOwn() {
        ParseResult parsed = parse(new StreamsCommand(), "streams");
        int httpPort = parsed.matchedOptionValue("--http-port", 0);
        assertEquals("0.0.0.0", parsed.matchedOptionValue("--http-host", ""), "other replicas must reach the API");
        assertFalse(parsed.hasMatchedOption("--advertised-host"), "a fixed advertised host would be the same for every replica");
        assertEquals(List.of("127.0.0.1:8080-8089:" + httpPort), ports("streams"), "one host port per replica");
        String stateDir = parsed.matchedOptionValue("--state-dir", Path.of("")).toString();
        JsonNode volumes = services.get("streams").get("volumes");
        if (volumes != null) {
            volumes.forEach(v -> assertFalse(v.asText().endsWith(":" + stateDir), "replicas would share " + v.asText()));
        }
    }

    @Test
    void theStreamsHealthCheckAsksForReadinessOnTheApiPort() {
        int httpPort = parse(new StreamsCommand(), "streams").matchedOptionValue("--http-port", 0);
        List<String> test = new ArrayList<>();
        services.get("streams").get("healthcheck").get("test").forEach(t -> test.add(t.asText()));
        String probe = String.join(" ", test);
        assertTrue(probe.contains("/dev/tcp/127.0.0.1/" + httpPort) && probe.contains("GET /health/ready "), probe);
    }

    @Test
    void ingestFollowsTheFolderItMounts() {
        List<String> args = command(services, "ingest");
        String folder = args.get(args.size() - 1);
        List<String> mounts = new ArrayList<>();
        services.get("ingest").get("volumes").forEach(v -> mounts.add(v.asText()));
        assertTrue(mounts.stream().anyMatch(m -> m.endsWith(":" + folder + ":ro")), mounts + " does not mount " + folder);
        assertTrue(args.contains("--follow"));
    }

    @Test
    void theClusterOverlayRunsThreeKraftNodesInOneQuorum() {
        List<String> nodes = List.of("kafka", "kafka-2", "kafka-3");
        JsonNode first = cluster.get("kafka").get("environment");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode env = cluster.get(nodes.get(i)).get("environment");
            assertEquals(Integer.toString(i + 1), env.get("KAFKA_NODE_ID").asText());
            assertEquals("1@kafka:9093,2@kafka-2:9093,3@kafka-3:9093", env.get("KAFKA_CONTROLLER_QUORUM_VOTERS").asText());
            assertEquals(first.get("CLUSTER_ID"), env.get("CLUSTER_ID"));
            assertEquals("3", env.get("KAFKA_DEFAULT_REPLICATION_FACTOR").asText());
            assertEquals("2", env.get("KAFKA_MIN_INSYNC_REPLICAS").asText());
            assertEquals("3", env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR").asText());
            assertEquals("3", env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asText());
            assertEquals("2", env.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asText());
            String advertised = env.get("KAFKA_ADVERTISED_LISTENERS").asText();
            assertTrue(advertised.contains("INTERNAL://" + nodes.get(i) + ":19092"), advertised);
            String external = advertised.replaceFirst(".*EXTERNAL://127\\.0\\.0\\.1:(\\d+).*", "$1");
            JsonNode published = cluster.get(nodes.get(i)).has("ports") ? cluster.get(nodes.get(i)).get("ports") : services.get("kafka").get("ports");
            assertEquals("127.0.0.1:" + external + ":9092", published.get(0).asText(), nodes.get(i) + " publishes its advertised port");
        }
    }

    @Test
    void onTheClusterTheAppsReachEveryBrokerAndEveryTopicHasThreeReplicas() {
        ParseResult streams = new CommandLine(new StreamsCommand()).parseArgs(args(command(cluster, "streams")));
        ParseResult ingest = new CommandLine(new IngestCommand()).parseArgs(args(command(cluster, "ingest")));
        for (ParseResult parsed : List.of(streams, ingest)) {
            assertEquals("kafka:19092,kafka-2:19092,kafka-3:19092", parsed.matchedOptionValue("--bootstrap-server", ""));
            assertEquals(registryUrl(), parsed.matchedOptionValue("--schema-registry", ""));
        }
        java.util.Map<String, String> extra = io.newswire.clients.ClientProperties.pairs(streams.matchedOptionValue("-X", List.of()));
        assertEquals("3", extra.get("replication.factor"), "internal topics");
        assertEquals("3", extra.get("newswire.topic.replication.factor"), "the pipeline's own topics");
        assertTrue((int) streams.matchedOptionValue("--standby-replicas", 0) >= 1, "a standby takes over a lost instance's stores");
    }

    private static String[] args(List<String> command) {
        return command.subList(1, command.size()).toArray(new String[0]);
    }

    private static List<String> command(JsonNode file, String service) {
        List<String> args = new ArrayList<>();
        file.get(service).get("command").forEach(a -> args.add(a.asText()));
        return args;
    }

    /** The app's command line in the file, parsed by the app's own picocli command. */
    private static ParseResult parse(Object command, String service) {
        List<String> args = new ArrayList<>();
        services.get(service).get("command").forEach(a -> args.add(a.asText()));
        assertEquals(service, args.get(0), "the launcher subcommand");
        return new CommandLine(command).parseArgs(args.subList(1, args.size()).toArray(new String[0]));
    }

    /** host:port of the Kafka listener advertised to other containers. */
    private static String internalKafkaListener() {
        String advertised = services.get("kafka").get("environment").get("KAFKA_ADVERTISED_LISTENERS").asText();
        for (String listener : advertised.split(",")) {
            URI uri = URI.create(listener.replaceFirst("^[A-Z_]+://", "kafka://"));
            if (uri.getHost().equals("kafka")) {
                return uri.getHost() + ":" + uri.getPort();
            }
        }
        throw new AssertionError("no listener advertised as kafka:PORT in " + advertised);
    }

    private static String registryUrl() {
        URI listener = URI.create(services.get("schema-registry").get("environment").get("SCHEMA_REGISTRY_LISTENERS").asText());
        return "http://schema-registry:" + listener.getPort();
    }

    private static List<String> ports(String service) {
        List<String> out = new ArrayList<>();
        JsonNode ports = services.get(service).get("ports");
        if (ports != null) {
            ports.forEach(p -> out.add(p.asText()));
        }
        return out;
    }
}
