package io.newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.newswire.embedded.EmbeddedKafka;
import io.newswire.embedded.LocalCluster;
import io.newswire.embedded.registry.SchemaRegistryServer;
import io.newswire.ingest.ArticleGenerator;
import io.newswire.ingest.GenerateCommand;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.runtime.StreamsCommand;
import io.newswire.streams.runtime.StreamsSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Security defaults (issue 8): local mode listens on 127.0.0.1 only (broker, registry, HTTP API); the HTTP API
 * is read-only and answers oversized or malformed requests with a 4xx, never a 500 or a dropped connection;
 * Kafka client security settings reach every client (ingest and streams through a SASL/PLAIN listener); the
 * password never appears in any log, even at INFO level and when authentication fails.
 */
class SecurityDefaultsTest {
    static final String PASSWORD = "n3wsw1re-S3CRET-pa55";

    @TempDir
    Path work;

    /** A non-loopback address of this machine, if it has one. */
    static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (!a.isLoopbackAddress() && !a.isLinkLocalAddress() && a instanceof java.net.Inet4Address) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    static boolean accepts(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int portOf(String hostPort) {
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1).replaceAll("/.*", ""));
    }

    @Test
    void localModeListensOnLoopbackOnlyAndTheHttpApiIsReadOnlyAndStrict() throws Exception {
        CommandLine streamsCommand = new CommandLine(new StreamsCommand());
        assertEquals("127.0.0.1", streamsCommand.getCommandSpec().findOption("--http-host").defaultValue(), "HTTP API default host");
        assertEquals("127.0.0.1", SchemaRegistryServer.DEFAULT_HOST);
        try (LocalCluster cluster = LocalCluster.start(work, 0, 0)) {
            int httpPort = freePort();
            // The streams command as a user runs it, with its default --http-host.
            try (StreamsProcess streams = StreamsProcess.command("streams-http", work.resolve("logs"), List.of("streams",
                    "--bootstrap-server", cluster.bootstrapServers(), "--schema-registry", cluster.registryUrl(),
                    "--state-dir", work.resolve("state").toString(), "--application-id", "security", "--http-port", Integer.toString(httpPort)))) {
                String base = "http://127.0.0.1:" + httpPort;
                HttpClient http = HttpClient.newHttpClient();
                awaitHttp(http, base + "/health/live", streams);
                int kafkaPort = portOf(cluster.bootstrapServers());
                int registryPort = URI.create(cluster.registryUrl()).getPort();
                InetAddress loopback = InetAddress.getByName("127.0.0.1");
                for (int port : new int[] {kafkaPort, registryPort, httpPort}) {
                    assertTrue(accepts(loopback, port), "listening on 127.0.0.1:" + port);
                }
                Optional<InetAddress> external = externalAddress();
                System.out.println("SecurityDefaultsTest: non-loopback address probed: " + external.map(InetAddress::toString).orElse("none"));
                if (external.isPresent()) {
                    for (int port : new int[] {kafkaPort, registryPort, httpPort}) {
                        assertFalse(accepts(external.get(), port), "not reachable on " + external.get() + ":" + port);
                    }
                }
                streams.awaitRunning(Duration.ofMinutes(2));
                assertEquals(200, send(http, HttpRequest.newBuilder(URI.create(base + "/api/meetings")).GET()).statusCode());
                for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                    HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(base + "/api/meetings"))
                            .method(method, HttpRequest.BodyPublishers.ofString("{\"meetingId\":\"x\"}")));
                    assertTrue(r.statusCode() == 405 || r.statusCode() == 404, method + " is refused: " + r.statusCode());
                }
                // Malformed and oversized requests: a 4xx answer (or a closed connection), never a 500.
                for (String path : List.of("/api/meetings/per-region?from=not-a-day", "/api/meetings/per-region?from=2024-02-30",
                        "/api/meetings/per-region?from=%zz", "/api/meetings/per-region?from=%", "/api/topics/per-country?to=%E0%A4%A",
                        "/api/meetings/per-region?from=" + "9".repeat(5000), "/api/meetings/per-region?" + "a=b&".repeat(20_000))) {
                    int status = rawStatus(httpPort, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
                    assertTrue(status == -1 || (status >= 400 && status < 500),
                            "4xx for " + path.substring(0, Math.min(60, path.length())) + ": " + status);
                }
                int hugeHeader = rawStatus(httpPort, "GET /api/meetings HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                        + "x".repeat(2 * 1024 * 1024) + "\r\nConnection: close\r\n\r\n");
                assertTrue(hugeHeader == -1 || (hugeHeader >= 400 && hugeHeader < 500), "a 2 MB header is refused: " + hugeHeader);
                int hugeBody = rawStatus(httpPort, "POST /api/meetings HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 104857600\r\n"
                        + "Connection: close\r\n\r\n" + "x".repeat(64 * 1024));
                assertTrue(hugeBody == -1 || (hugeBody >= 400 && hugeBody < 500), "a 100 MB body is refused: " + hugeBody);
                int garbage = rawStatus(httpPort, "\u0000\u0001 NOT HTTP\r\n\r\n");
                assertTrue(garbage == -1 || (garbage >= 400 && garbage < 500), "garbage is refused: " + garbage);
                assertEquals(200, send(http, HttpRequest.newBuilder(URI.create(base + "/health/live")).GET()).statusCode(),
                        "and the API still answers");
                assertFalse(streams.log().contains("Exception"), "no stack trace in the log:\n" + streams.tail());
            }
        }
    }

    static void awaitHttp(HttpClient http, String url, StreamsProcess process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                send(http, HttpRequest.newBuilder(URI.create(url)).GET());
                return;
            } catch (IOException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("no HTTP answer on " + url + ":\n" + process.tail());
                }
                Thread.sleep(200);
            }
        }
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends raw bytes; the HTTP status of the answer, or -1 when the server closed without answering. */
    static int rawStatus(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closedWhileSending) {
                return -1;
            }
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(12);
            String line = new String(head, StandardCharsets.ISO_8859_1);
            return line.startsWith("HTTP/1.1 ") ? Integer.parseInt(line.substring(9, 12)) : -1;
        } catch (java.net.SocketException reset) {
            return -1;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    /**
     * A broker with a SASL/PLAIN listener: ingest (-X) and streams (-X, i.e. StreamsSettings overrides) work
     * through it, without credentials they are refused, and the password is in no log line (INFO level).
     */
    @Test
    void saslSettingsReachEveryClientAndThePasswordIsNeverLogged() throws Exception {
        int plain = freePort();
        int sasl = freePort();
        int controller = freePort();
        Map<String, String> broker = new HashMap<>();
        broker.put("listeners", "PLAINTEXT://127.0.0.1:" + plain + ",CONTROLLER://127.0.0.1:" + controller + ",SASL_PLAINTEXT://127.0.0.1:" + sasl);
        broker.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + plain + ",SASL_PLAINTEXT://127.0.0.1:" + sasl);
        broker.put("controller.quorum.voters", "1@127.0.0.1:" + controller);
        broker.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT");
        broker.put("sasl.enabled.mechanisms", "PLAIN");
        broker.put("listener.name.sasl_plaintext.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"admin-pw\""
                        + " user_admin=\"admin-pw\" user_newswire=\"" + PASSWORD + "\";");
        EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("kafka"), plain, broker);
        try (SchemaRegistryServer registry = SchemaRegistryServer.start(kafka.clientProperties(), "127.0.0.1", 0)) {
            String saslBootstrap = "127.0.0.1:" + sasl;
            List<String> security = List.of("security.protocol=SASL_PLAINTEXT", "sasl.mechanism=PLAIN",
                    "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"newswire\" password=\""
                            + PASSWORD + "\";");
            Path logs = work.resolve("logs");
            Path articles = work.resolve("articles.jsonl");
            ArticleGenerator generator = new ArticleGenerator(3);
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                lines.append(GenerateCommand.jsonLine(generator.article(i))).append('\n');
            }
            Files.writeString(articles, lines);
            io.newswire.streams.runtime.PipelineTopics.ensure(StreamsSettings.of(kafka.bootstrapServers(), registry.url(), work.resolve("u"),
                    Pipeline.TOPICS, Map.of()), Pipeline.TOPICS);

            // Without credentials, the SASL listener refuses ingest (fatal, exit 3).
            StreamsProcess refused = StreamsProcess.command("ingest-no-credentials", logs, args(List.of("ingest", "--bootstrap-server",
                    saslBootstrap, "--schema-registry", registry.url(), "--timeout", "10s", "-X", "security.protocol=SASL_PLAINTEXT",
                    "-X", "sasl.mechanism=PLAIN", "-X", "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required"
                            + " username=\"newswire\" password=\"wrong-" + PASSWORD + "\";", articles.toString())));
            assertEquals(3, refused.waitFor(Duration.ofMinutes(2)), "a wrong password is fatal:\n" + refused.tail());

            List<String> ingestArgs = new ArrayList<>(List.of("ingest", "--bootstrap-server", saslBootstrap, "--schema-registry",
                    registry.url(), "--timeout", "60s"));
            security.forEach(s -> ingestArgs.addAll(List.of("-X", s)));
            ingestArgs.add(articles.toString());
            StreamsProcess ingest = StreamsProcess.command("ingest-sasl", logs, args(ingestArgs));
            assertEquals(0, ingest.waitFor(Duration.ofMinutes(2)), "ingest through SASL/PLAIN:\n" + ingest.tail());

            Map<String, String> streamsSecurity = new HashMap<>(CrashRestartTest.FAST_FAILOVER);
            security.forEach(s -> streamsSecurity.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1)));
            try (StreamsProcess streams = StreamsProcess.start("streams-sasl", saslBootstrap, registry.url(), "secure",
                    work.resolve("state"), logs, streamsSecurity, "-Dorg.slf4j.simpleLogger.defaultLogLevel=info")) {
                streams.awaitRunning(Duration.ofMinutes(2));
                CaughtUp.await(StreamsSettings.of(kafka.bootstrapServers(), registry.url(), work.resolve("state"), Pipeline.TOPICS,
                        Map.of("application.id", "secure")), Pipeline.TOPICS, Duration.ofMinutes(3));
            }
            assertTrue(Pipeline.readMeetings(kafka.bootstrapServers(), registry.url()).size() > 0, "streams wrote meetings through SASL");

            for (StreamsProcess p : List.of(refused, ingest)) {
                assertFalse(p.log().contains(PASSWORD), "no password in the log of " + p + ":\n" + p.tail());
            }
            String streamsLog = Files.readString(logs.resolve("streams-sasl.log"));
            assertTrue(streamsLog.contains("sasl.jaas.config = [hidden]"), "the INFO config dump was captured and masks the JAAS config");
            assertFalse(streamsLog.contains(PASSWORD), "no password in the streams log");
            System.out.printf("SecurityDefaultsTest: SASL/PLAIN ingest and streams ok; %d log lines checked for the password%n",
                    (refused.log() + ingest.log() + streamsLog).lines().count());
        } finally {
            kafka.close();
        }
    }

    /** Java options first (INFO logging so that the client config dumps are in the log), then the command. */
    private static List<String> args(List<String> command) {
        List<String> out = new ArrayList<>();
        out.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
        out.addAll(command);
        return out;
    }
}
