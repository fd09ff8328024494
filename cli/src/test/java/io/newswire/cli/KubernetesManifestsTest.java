package io.newswire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newswire.ingest.IngestCommand;
import io.newswire.streams.runtime.StreamsCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * No Kubernetes cluster runs here, so deploy/k8s cannot be applied in CI; this checks that the
 * manifests agree with the app and with each other: the containers' arguments parse with the app's
 * own commands once Kubernetes has expanded {@code $(VAR)}, each streams pod advertises the DNS name
 * its headless Service gives it, the state folder is on the pod's own volume, the probes ask the API
 * port for liveness and readiness, and nothing runs as root or on the host's network.
 */
class KubernetesManifestsTest {
    private static final Path K8S = Path.of("..", "deploy", "k8s");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\(([A-Z_]+)\\)");
    private static final List<JsonNode> resources = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> files;
        try (Stream<Path> listing = Files.list(K8S)) {
            files = listing.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("kustomization.yaml")).sorted().toList();
        }
        for (Path file : files) {
            try (MappingIterator<JsonNode> documents = yaml.readerFor(JsonNode.class).readValues(file.toFile())) {
                documents.forEachRemaining(d -> {
                    if (d != null && !d.isEmpty()) resources.add(d);
                });
            }
        }
        JsonNode kustomization = yaml.readTree(K8S.resolve("kustomization.yaml").toFile());
        List<String> listed = new ArrayList<>();
        kustomization.get("resources").forEach(r -> listed.add(r.asText()));
        assertEquals(files.stream().map(f -> f.getFileName().toString()).toList(), listed.stream().sorted().toList(),
                "kustomization.yaml lists every manifest");
    }

    @Test
    void eachStreamsPodAdvertisesItsOwnNameInTheHeadlessService() {
        JsonNode statefulSet = resource("StatefulSet", "newswire-streams");
        JsonNode container = container(statefulSet);
        ParseResult parsed = new CommandLine(new StreamsCommand()).parseArgs(expandedArgs(container, "newswire-streams-0"));
        String serviceName = statefulSet.at("/spec/serviceName").asText();
        JsonNode headless = resource("Service", serviceName);
        assertEquals("None", headless.at("/spec/clusterIP").asText(), serviceName + " must be headless");
        assertEquals(statefulSet.at("/spec/template/metadata/labels"), labelsMatching(headless.at("/spec/selector"), statefulSet));
        assertEquals("newswire-streams-0." + serviceName, parsed.matchedOptionValue("--advertised-host", ""));
        assertEquals("0.0.0.0", parsed.matchedOptionValue("--http-host", ""));
        int httpPort = parsed.matchedOptionValue("--http-port", 0);
        assertEquals(httpPort, containerPort(container, headless.at("/spec/ports/0/targetPort").asText()));
    }

    @Test
    void theStateFolderIsOnThePodsOwnVolume() {
        JsonNode statefulSet = resource("StatefulSet", "newswire-streams");
        JsonNode container = container(statefulSet);
        ParseResult parsed = new CommandLine(new StreamsCommand()).parseArgs(expandedArgs(container, "newswire-streams-0"));
        String stateDir = parsed.matchedOptionValue("--state-dir", Path.of("")).toString();
        String claim = statefulSet.at("/spec/volumeClaimTemplates/0/metadata/name").asText();
        boolean mounted = false;
        for (JsonNode mount : container.get("volumeMounts")) {
            mounted |= mount.get("name").asText().equals(claim) && mount.get("mountPath").asText().equals(stateDir);
        }
        assertTrue(mounted, "the claim " + claim + " is mounted at --state-dir " + stateDir);
    }

    @Test
    void probesAskTheApiForLivenessAndReadiness() {
        JsonNode container = container(resource("StatefulSet", "newswire-streams"));
        int httpPort = new CommandLine(new StreamsCommand()).parseArgs(expandedArgs(container, "p"))
                .matchedOptionValue("--http-port", 0);
        assertEquals("/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertEquals(httpPort, containerPort(container, container.at("/" + probe + "/httpGet/port").asText()), probe);
        }
    }

    @Test
    void storesHaveAStandbyAndTopicsThreeReplicas() {
        JsonNode container = container(resource("StatefulSet", "newswire-streams"));
        ParseResult parsed = new CommandLine(new StreamsCommand()).parseArgs(expandedArgs(container, "p"));
        assertTrue((int) parsed.matchedOptionValue("--standby-replicas", 0) >= 1);
        Map<String, String> extra = io.newswire.clients.ClientProperties.pairs(parsed.matchedOptionValue("-X", List.of()));
        assertEquals("3", extra.get("replication.factor"));
        assertEquals("3", extra.get("newswire.topic.replication.factor"));
    }

    @Test
    void theHeapFitsInsideTheMemoryLimit() {
        for (String name : List.of("newswire-streams", "newswire-ingest")) {
            JsonNode workload = resources.stream().filter(r -> r.at("/metadata/name").asText().equals(name)
                    && r.has("spec") && r.at("/spec/template").isObject()).findFirst().orElseThrow();
            JsonNode container = container(workload);
            String heap = env(container).get("JAVA_TOOL_OPTIONS").replaceAll(".*-Xmx(\\d+)m.*", "$1");
            String limit = container.at("/resources/limits/memory").asText();
            assertTrue(limit.endsWith("Mi"), limit);
            assertTrue(Integer.parseInt(heap) * 1.5 <= Integer.parseInt(limit.replace("Mi", "")),
                    name + ": -Xmx" + heap + "m leaves too little of " + limit + " for RocksDB and the JVM");
            assertFalse(container.at("/resources/requests").isMissingNode(), name + " requests resources");
        }
    }

    @Test
    void ingestReachesTheSameClusterAsTheStreamsApp() {
        JsonNode container = container(resource("Deployment", "newswire-ingest"));
        ParseResult ingest = new CommandLine(new IngestCommand()).parseArgs(expandedArgs(container, "p"));
        ParseResult streams = new CommandLine(new StreamsCommand())
                .parseArgs(expandedArgs(container(resource("StatefulSet", "newswire-streams")), "p"));
        assertEquals(streams.matchedOptionValue("--bootstrap-server", ""), ingest.matchedOptionValue("--bootstrap-server", ""));
        assertEquals(streams.matchedOptionValue("--schema-registry", ""), ingest.matchedOptionValue("--schema-registry", ""));
        assertTrue(ingest.hasMatchedOption("--follow"));
    }

    @Test
    void nothingRunsAsRootOrOnTheHostNetwork() {
        for (JsonNode r : resources) {
            JsonNode pod = r.at("/spec/template/spec");
            if (pod.isMissingNode()) continue;
            String name = r.at("/metadata/name").asText();
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), name);
            assertFalse(pod.path("hostNetwork").asBoolean(false), name);
            for (JsonNode c : pod.get("containers")) {
                assertFalse(c.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), name);
                c.path("ports").forEach(p -> assertFalse(p.has("hostPort"), name + " binds a host port"));
            }
        }
    }

    /** The container's args as Kubernetes passes them: $(VAR) from its env, the ConfigMap it loads, the pod name. */
    private static String[] expandedArgs(JsonNode container, String podName) {
        Map<String, String> env = env(container);
        env.put("POD_NAME", podName);
        List<String> args = new ArrayList<>();
        for (JsonNode arg : container.get("args")) {
            Matcher m = VARIABLE.matcher(arg.asText());
            StringBuilder expanded = new StringBuilder();
            while (m.find()) {
                String value = env.get(m.group(1));
                assertNotNull(value, m.group(1) + " is not defined for " + container.get("name").asText());
                m.appendReplacement(expanded, Matcher.quoteReplacement(value));
            }
            args.add(m.appendTail(expanded).toString());
        }
        assertEquals(container.get("name").asText(), args.get(0), "the launcher subcommand");
        return args.subList(1, args.size()).toArray(new String[0]);
    }

    private static Map<String, String> env(JsonNode container) {
        Map<String, String> env = new HashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            resource("ConfigMap", source.at("/configMapRef/name").asText()).get("data")
                    .fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        for (JsonNode var : container.path("env")) {
            if (var.has("value")) env.put(var.get("name").asText(), var.get("value").asText());
        }
        return env;
    }

    private static int containerPort(JsonNode container, String portName) {
        for (JsonNode port : container.get("ports")) {
            if (port.get("name").asText().equals(portName)) return port.get("containerPort").asInt();
        }
        throw new AssertionError("no container port named " + portName);
    }

    /** The pod labels, when the selector picks them out (an assertion fails otherwise). */
    private static JsonNode labelsMatching(JsonNode selector, JsonNode workload) {
        JsonNode labels = workload.at("/spec/template/metadata/labels");
        selector.fields().forEachRemaining(e -> assertEquals(e.getValue(), labels.get(e.getKey()), "selector " + e.getKey()));
        return labels;
    }

    private static JsonNode container(JsonNode workload) {
        return workload.at("/spec/template/spec/containers/0");
    }

    private static JsonNode resource(String kind, String name) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind) && r.at("/metadata/name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + K8S));
    }
}
