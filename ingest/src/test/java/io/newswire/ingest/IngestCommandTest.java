package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The ingest command as a user runs it: --dry-run output, summary, exit codes. */
class IngestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** One run's exit code and output. */
    record Run(int exit, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> l = new ArrayList<>();
            for (String s : out.split("\n")) {
                if (!s.isBlank()) {
                    l.add(JSON.readTree(s));
                }
            }
            return l;
        }
    }

    static Run run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = IngestCommand.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    @Test
    void dryRunPrintsOneJsonLinePerRecordAndExitsZero() throws IOException {
        Fixtures.write(dir, "a.txt", Fixtures.TASS);
        Fixtures.write(dir, "b.txt", Fixtures.XINHUA);
        Run r = run("--dry-run", "-q", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> lines = r.lines();
        assertEquals(2, lines.size());
        JsonNode first = lines.get(0);
        assertEquals("news.articles.raw", first.get("topic").asText());
        assertEquals(dir.getFileName() + "/a.txt", first.get("key").asText(), "a file's id is its path under the folder given");
        assertEquals(first.get("key").asText(), first.get("value").get("id").asText());
        assertEquals("2021-09-22", first.get("value").get("published").asText());
        assertEquals("TASS", first.get("value").get("provider").asText());
        assertEquals(Fixtures.TASS, first.get("value").get("body").asText());
        assertTrue(r.err().contains("read 2, published 2, 0 duplicates skipped, 0 rejected"), r.err());
        assertTrue(r.err().contains("articles/s"), r.err());
    }

    @Test
    void duplicatesWithinARunAreSkippedAndCounted() throws IOException {
        Fixtures.write(dir, "a.txt", Fixtures.TASS);
        Fixtures.write(dir, "copy/a-again.txt", Fixtures.TASS.replace("\n\n", "\n \n"));
        Fixtures.write(dir, "b.txt", Fixtures.XINHUA);
        Run r = run("--dry-run", "-q", "--id-from", "content", dir.toString(), dir.resolve("b.txt").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, r.lines().size());
        assertTrue(r.err().contains("read 4, published 2, 2 duplicates skipped, 0 rejected"), r.err());
    }

    @Test
    void rejectedInputsAreNamedWithTheReasonAndTheExitCodeIsOne() throws IOException {
        Fixtures.write(dir, "good.txt", Fixtures.TASS);
        Fixtures.write(dir, "empty.txt", "");
        Fixtures.write(dir, "bad.jsonl", "{\"body_text\":\"fine\"}\n{oops\n");
        Run r = run("--dry-run", "-q", dir.toString(), dir.resolve("missing.txt").toString());
        assertEquals(ExitCodes.SOME_REJECTED, r.exit(), r.err());
        assertEquals(2, r.lines().size());
        assertTrue(r.err().contains("rejected " + dir.resolve("empty.txt") + ": empty file"), r.err());
        assertTrue(r.err().contains("rejected " + dir.resolve("bad.jsonl") + ":2: malformed JSON"), r.err());
        assertTrue(r.err().contains("rejected " + dir.resolve("missing.txt") + ": no such file or folder"), r.err());
        assertTrue(r.err().contains("read 2, published 2, 0 duplicates skipped, 3 rejected"), r.err());
        assertTrue(r.err().contains("rejected: 1 malformed JSON, 1 empty file, 1 no such file or folder (each named above)"), r.err());
    }

    @Test
    void stdinIsReadAsJsonLines() throws IOException {
        String in = "{\"guid\":\"g1\",\"body_text\":\"one\"}\n{\"guid\":\"g2\",\"body_text\":\"two\"}\n";
        Run r = run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), "--dry-run", "-q", "-");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("g1", "g2"), r.lines().stream().map(l -> l.get("key").asText()).toList());
        assertEquals("stdin", r.lines().get(0).get("value").get("source").asText());
    }

    @Test
    void stdinMayBeOneTextArticle() throws IOException {
        Run r = run(new ByteArrayInputStream(Fixtures.TASS.getBytes(StandardCharsets.UTF_8)), "--dry-run", "-q", "--format", "text", "-");
        assertEquals(0, r.exit(), r.err());
        assertEquals(ArticleIds.forText(Fixtures.TASS), r.lines().get(0).get("key").asText());
    }

    @Test
    void topicLanguageAndProviderDefaultsApply() throws IOException {
        Fixtures.write(dir, "plain.txt", "Just a paragraph about talks.\n");
        Run r = run("--dry-run", "-q", "--topic", "other.topic", "--language", "en", "--provider", "Desk", dir.toString());
        JsonNode line = r.lines().get(0);
        assertEquals("other.topic", line.get("topic").asText());
        assertEquals("en", line.get("value").get("language").asText());
        assertEquals("Desk", line.get("value").get("provider").asText());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(ExitCodes.USAGE, run().exit(), "no source");
        assertEquals(ExitCodes.USAGE, run("--no-such-option", "x").exit());
        assertEquals(ExitCodes.USAGE, run("--format", "xml", "--dry-run", "x").exit());
        assertEquals(ExitCodes.USAGE, run("--interval", "soon", "x").exit());
        assertEquals(ExitCodes.USAGE, run("--dry-run", "-", "-").exit());
        Run r = run("--dry-run", "-X", "sasl.jaas.config", "x");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("-X expects KEY=VALUE"), r.err());
        assertEquals(ExitCodes.USAGE, run("--config", dir.resolve("none.properties").toString(), "x").exit());
    }

    @Test
    void showConfigMasksSecretsAndShowsOverrides() throws IOException {
        Fixtures.write(dir, "a.txt", Fixtures.TASS);
        Path config = Fixtures.write(dir, "client.properties",
                "security.protocol=SASL_SSL\nsasl.jaas.config=x required password=\"hunter2\";\n"
                        + "ssl.truststore.password=trust-pw\nbasic.auth.user.info=u:reg-pw\ncompression.type=lz4\n");
        Run r = run("--dry-run", "-q", "--show-config", "--config", config.toString(), "-X", "linger.ms=50",
                "-X", "compression.type=gzip", "-r", "https://u:url-pw@registry.example:8081", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("  security.protocol=SASL_SSL"), r.err());
        assertTrue(r.err().contains("  linger.ms=50"), r.err());
        assertTrue(r.err().contains("  compression.type=gzip"), "-X wins over --config: " + r.err());
        assertTrue(r.err().contains("  enable.idempotence=true"), r.err());
        assertTrue(r.err().contains("  acks=all"), r.err());
        assertTrue(r.err().contains("  sasl.jaas.config=[hidden]"), r.err());
        assertTrue(r.err().contains("  schema.registry.url=https://***@registry.example:8081"), r.err());
        for (String secret : List.of("hunter2", "trust-pw", "reg-pw", "url-pw")) {
            assertFalse(r.err().contains(secret), secret + " leaked: " + r.err());
        }
    }

    @Test
    void helpListsTheExitCodes() {
        Run r = run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(r.out().contains("--bootstrap-server"), r.out());
    }

    @Test
    void unreachableKafkaFailsWithinTheTimeoutWithExitThreeAndNoSecrets() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Fixtures.write(dir, "a.txt", Fixtures.TASS);
        Path config = Fixtures.write(dir, "client.properties",
                "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"hunter2-secret\";\n"
                        + "basic.auth.user.info=user:registry-secret\n");
        long t0 = System.nanoTime();
        Run r = run("-q", "--bootstrap-server", "127.0.0.1:" + port, "--schema-registry", "mock://unreachable",
                "--timeout", "3s", "--config", config.toString(), dir.toString());
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertEquals(ExitCodes.FATAL, r.exit(), r.err());
        assertTrue(seconds < 30, "took " + seconds + " s (--timeout 3s)");
        assertTrue(r.err().contains("unreachable"), r.err());
        assertTrue(r.err().contains("127.0.0.1:" + port), r.err());
        assertFalse(r.err().contains("hunter2-secret") || r.out().contains("hunter2-secret"), r.err());
        assertFalse(r.err().contains("registry-secret") || r.out().contains("registry-secret"), r.err());
    }

    @Test
    void followPicksUpNewFilesInAFolderUntilStopped() throws Exception {
        Fixtures.write(dir, "a.txt", Fixtures.TASS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        IngestCommand cmd = new IngestCommand(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int[] exit = {-1};
        Thread t = new Thread(() -> exit[0] = new CommandLine(cmd).execute("--dry-run", "--follow", "--scan-interval", "100ms",
                "--id-from", "content", dir.toString()));
        t.start();
        waitFor(() -> out.toString(StandardCharsets.UTF_8).lines().count() == 1, "first file");
        Fixtures.write(dir, "later/b.txt", Fixtures.XINHUA);
        waitFor(() -> out.toString(StandardCharsets.UTF_8).lines().count() == 2, "the file added later");
        Files.writeString(dir.resolve("later/c.txt"), Fixtures.TASS);
        waitFor(() -> err.toString(StandardCharsets.UTF_8).contains("0 published, 1 duplicate(s)"), "a copy counted as duplicate");
        cmd.stop();
        t.join(10_000);
        assertFalse(t.isAlive());
        assertEquals(0, exit[0], err.toString(StandardCharsets.UTF_8));
        assertEquals(2, out.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void feedsAndFilesTogetherAndAFailingFeedIsRejected() throws Exception {
        try (FeedServer server = new FeedServer()) {
            server.set("/rss", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(
                    FeedServer.rssItem("wire-1", "One", "Text one.", "Fri, 01 Mar 2024 09:30:00 GMT")), "\"v1\"", null));
            server.set("/down", FeedServer.Response.status(500));
            Fixtures.write(dir, "a.txt", Fixtures.TASS);
            Run r = run("--dry-run", "-q", server.url("/rss"), server.url("/down"), dir.toString());
            assertEquals(ExitCodes.SOME_REJECTED, r.exit(), r.err());
            assertEquals(List.of("wire-1", dir.getFileName() + "/a.txt"), r.lines().stream().map(l -> l.get("key").asText()).toList());
            assertTrue(r.err().contains("rejected " + server.url("/down") + ": HTTP 500 Internal Server Error"), r.err());
        }
    }

    @Test
    void followKeepsPollingAFailingFeedWhichThenRecovers() throws Exception {
        try (FeedServer server = new FeedServer()) {
            server.set("/rss", FeedServer.Response.status(503));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            IngestCommand cmd = new IngestCommand(new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            int[] exit = {-1};
            Thread t = new Thread(() -> exit[0] = new CommandLine(cmd).execute("--dry-run", "--follow", "--interval", "100ms",
                    server.url("/rss")));
            t.start();
            waitFor(() -> server.requests.size() >= 2, "a second poll after the failure");
            server.set("/rss", FeedServer.Response.feed("application/rss+xml", FeedServer.rss(
                    FeedServer.rssItem("wire-1", "One", "Text one.", "Fri, 01 Mar 2024 09:30:00 GMT")), "\"v1\"", null));
            waitFor(() -> out.toString(StandardCharsets.UTF_8).contains("wire-1"), "the item once the feed recovers");
            cmd.stop();
            t.join(10_000);
            assertEquals(ExitCodes.SOME_REJECTED, exit[0], "the failures are reported in the exit code");
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("HTTP 503"), err.toString(StandardCharsets.UTF_8));
        }
    }

    static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
