package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newswire.ingest.IngestCommand;
import io.newswire.streams.StreamsCommand;
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

    @BeforeAll
    static void read() throws Exception {
        services = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "docker-compose.yml").toFile()).get("services");
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
        assertTrue(ports("streams").contains("127.0.0.1:8080:8080"));
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
