package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.RawArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Hostile input for the file and JSON-lines readers (issue 8): random bytes, invalid UTF-8, huge lines,
 * deeply nested JSON, absurd field values, pathological HTML bodies. Every input ends as an article or as a
 * rejection with a reason naming the file and line, within a bounded time, and the good lines around a bad
 * one are all read.
 */
class HostileReaderTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final ArticleReader READER = new ArticleReader(Fixtures.options());

    static ReadResult readText(byte[] bytes) {
        return assertTimeoutPreemptively(BOUND, () -> READER.readText("hostile.txt", bytes));
    }

    static ReadResult readLines(byte[] bytes) {
        return assertTimeoutPreemptively(BOUND, () -> READER.readJsonLines("hostile.jsonl", new ByteArrayInputStream(bytes)));
    }

    /** Exactly one outcome for one text input: an article, or a rejection with a non-blank reason. */
    @Property(tries = 500)
    void randomBytesAsATextFileGiveAnArticleOrAReason(@ForAll @Size(max = 4096) byte[] bytes) {
        ReadResult r = readText(bytes);
        assertEquals(1, r.articles().size() + r.rejections().size(), "one outcome: " + r);
        r.rejections().forEach(HostileReaderTest::assertReasoned);
        r.articles().forEach(HostileReaderTest::assertWellFormed);
    }

    @Provide
    Arbitrary<String> hostileLine() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),                                   // any text
                Arbitraries.strings().withChars("{}[]\":,\\ntrue0-9.eE").ofMaxLength(300), // JSON-ish punctuation
                Arbitraries.of(
                        "{", "}", "[]", "null", "\"body_text\"", "{\"body_text\": 1}", "{\"body_text\": {}}",
                        "{\"body_text\": \"x\", \"body_text\": \"y\"}", "{\"body_text\": \"\"}", "{\"body_text\": \"   \"}",
                        "{\"body_text\": \"Lavrov met Wang.\", \"versioncreated\": 1e400}",
                        "{\"body_text\": \"Lavrov met Wang.\", \"versioncreated\": 99999999999999999999999999}",
                        "{\"body_text\": \"Lavrov met Wang.\", \"versioncreated\": -99999999999999999}",
                        "{\"body_text\": \"Lavrov met Wang.\", \"versioncreated\": \"+999999999-12-31\"}",
                        "{\"body_text\": \"Lavrov met Wang.\", \"versioncreated\": \"-999999999-01-01T00:00:00Z\"}",
                        "{\"body_text\": \"Lavrov met Wang.\", \"published\": \"2024-13-45\"}",
                        "{\"body_text\": \"Lavrov met Wang.\", \"provider\": {\"name\": {\"x\": 1}}}",
                        "{\"body_text\": \"Lavrov met Wang.\", \"provider\": [1,2]}",
                        "{\"body_text\": \"Lavrov met Wang.\", \"id\": \"\"}",
                        "{\"body_text\": \"Lavrov met Wang.\", \"id\": \"" + "i".repeat(100_000) + "\"}",
                        "{\"body_html\": \"<p>\"}", "{\"body_html\": \"" + "<!--".repeat(20_000) + "\"}",
                        "{\"body_text\": \"\\ud800 lone surrogate\"}", "{\"body_text\": \"\\u0000 nul\"}",
                        "{\"body_text\": \"x\"} trailing", "{\"body_text\": \"x\"}{\"body_text\": \"y\"}",
                        "\uFEFF{\"body_text\": \"BOM inside\"}"));
    }

    /**
     * A JSON-lines file where hostile lines sit between good ones: every good line is read, every non-blank
     * hostile line is an article or a rejection naming its line.
     */
    @Property(tries = 300)
    void hostileLinesBetweenGoodOnesNeverCostTheGoodOnes(@ForAll @Size(max = 12) List<@From("hostileLine") String> hostile) {
        if (hostile.isEmpty()) {
            return;
        }
        StringBuilder file = new StringBuilder();
        List<String> goodIds = new ArrayList<>();
        int line = 0;
        int nonBlankHostile = 0;
        for (String h : hostile) {
            String id = "good-" + line;
            file.append("{\"id\":\"").append(id).append("\",\"body_text\":\"Lavrov met Wang in Geneva.\"}\n");
            goodIds.add(id);
            line++;
            String oneLine = h.replace('\n', ' ').replace('\r', ' ');
            file.append(oneLine).append('\n');
            line++;
            if (!oneLine.isBlank()) {
                nonBlankHostile++;
            }
        }
        ReadResult r = readLines(file.toString().getBytes(StandardCharsets.UTF_8));
        Set<String> ids = r.articles().stream().map(RawArticle::getId).collect(Collectors.toSet());
        assertTrue(ids.containsAll(goodIds), "every good line read: " + r.rejections());
        int fromHostile = r.articles().size() - goodIds.size() + r.rejections().size();
        assertEquals(nonBlankHostile, fromHostile, "one outcome per non-blank hostile line: " + r.rejections());
        r.rejections().forEach(rej -> {
            assertReasoned(rej);
            assertTrue(rej.input().matches("hostile\\.jsonl:\\d+"), "the rejection names its line: " + rej.input());
        });
        r.articles().forEach(HostileReaderTest::assertWellFormed);
    }

    @Property(tries = 200)
    void randomBytesBetweenGoodLinesAreRejectedWithTheirLineNumber(@ForAll @Size(min = 1, max = 2000) byte[] junk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"id\":\"before\",\"body_text\":\"Lavrov met Wang.\"}\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == '\n') {
                junk[i] = ' ';
            }
        }
        out.writeBytes(junk);
        out.writeBytes("\n{\"id\":\"after\",\"body_text\":\"Lavrov met Wang.\"}\n".getBytes(StandardCharsets.UTF_8));
        ReadResult r = readLines(out.toByteArray());
        Set<String> ids = r.articles().stream().map(RawArticle::getId).collect(Collectors.toSet());
        assertTrue(ids.contains("before") && ids.contains("after"), "both neighbours read: " + r);
        r.rejections().forEach(rej -> {
            assertReasoned(rej);
            assertEquals("hostile.jsonl:2", rej.input());
        });
    }

    @Property(tries = 50)
    void invalidUtf8IsRejectedWithItsOffsetNotReplaced(@ForAll @IntRange(min = 0, max = 500) int at,
                                                       @ForAll("invalidUtf8") byte[] bad) {
        byte[] prefix = "Lavrov met Wang. ".repeat(40).substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + bad.length + 5];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(bad, 0, bytes, prefix.length, bad.length);
        System.arraycopy(" end.".getBytes(StandardCharsets.UTF_8), 0, bytes, prefix.length + bad.length, 5);
        ReadResult r = readText(bytes);
        assertEquals(0, r.articles().size(), "no article with replacement characters");
        assertTrue(r.rejections().get(0).reason().contains("UTF-8"), r.rejections().toString());
    }

    @Provide
    Arbitrary<byte[]> invalidUtf8() {
        return Arbitraries.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0x80});
    }

    @Test
    void deeplyNestedJsonIsRejectedNotAStackOverflow() {
        for (String line : List.of("[".repeat(200_000), "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000),
                "{\"body_text\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}",
                "{\"body_text\":\"ok\",\"x\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "}")) {
            byte[] file = ("{\"id\":\"a\",\"body_text\":\"Lavrov met Wang.\"}\n" + line + "\n{\"id\":\"b\",\"body_text\":\"Lavrov met Wang.\"}\n")
                    .getBytes(StandardCharsets.UTF_8);
            ReadResult r = readLines(file);
            assertEquals(List.of("a", "b"), r.articles().stream().map(RawArticle::getId).toList());
            assertEquals(1, r.rejections().size());
            assertEquals("hostile.jsonl:2", r.rejections().get(0).input());
            assertReasoned(r.rejections().get(0));
        }
    }

    @Test
    void hugeLinesAreRejectedWithoutBeingHeldInMemory() {
        ArticleReader small = new ArticleReader(Fixtures.options().withMaxBytes(64 * 1024));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"id\":\"a\",\"body_text\":\"Lavrov met Wang.\"}\n".getBytes(StandardCharsets.UTF_8));
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        out.writeBytes(huge);
        out.writeBytes("\n{\"id\":\"b\",\"body_text\":\"Lavrov met Wang.\"}".getBytes(StandardCharsets.UTF_8)); // no final newline
        ReadResult r = assertTimeoutPreemptively(BOUND, () -> small.readJsonLines("hostile.jsonl", new ByteArrayInputStream(out.toByteArray())));
        assertEquals(List.of("a", "b"), r.articles().stream().map(RawArticle::getId).toList());
        assertEquals(1, r.rejections().size());
        assertTrue(r.rejections().get(0).reason().contains("over --max-bytes"), r.rejections().toString());
    }

    @Test
    void aTenMegabyteArticleIsReadWhenAllowedAndRejectedOtherwise() {
        String paragraph = "MOSCOW, May 2 /TASS/. Russian Foreign Minister Sergey Lavrov met Wang Yi in Beijing on Monday.\n\n";
        byte[] text = paragraph.repeat(10 * 1024 * 1024 / paragraph.length() + 1).getBytes(StandardCharsets.UTF_8);
        ReadResult rejected = readText(text);
        assertEquals(0, rejected.articles().size());
        assertTrue(rejected.rejections().get(0).reason().contains("over --max-bytes"));
        ArticleReader big = new ArticleReader(Fixtures.options().withMaxBytes(16 * 1024 * 1024));
        ReadResult read = assertTimeoutPreemptively(BOUND, () -> big.readText("big.txt", text));
        assertEquals(1, read.articles().size());
    }

    /** HTML bodies built to make a backtracking regex quadratic: each must convert in bounded time. */
    @Test
    void pathologicalHtmlBodiesConvertInBoundedTime() {
        int n = 200_000;
        for (String body : List.of("<!--".repeat(n), "<script".repeat(n), "<style>".repeat(n), "<".repeat(4 * n),
                "<p".repeat(2 * n), "<div ".repeat(n), "&#".repeat(2 * n), "&amp".repeat(n), "<br".repeat(n),
                "<!-- -->".repeat(n), "<a href='" + "x".repeat(4 * n))) {
            String html = "<p>Lavrov met Wang in Geneva.</p>" + body + "<p>The end.</p>";
            String text = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Html.toText(html),
                    () -> "Html.toText on " + body.substring(0, 12) + "... x" + n);
            assertTrue(text.contains("Lavrov met Wang in Geneva."), body.substring(0, 8));
        }
    }

    /** Whatever follows it, a paragraph before any fragment is kept, and the text is tidy (jsoup reads it all). */
    @Property(tries = 2000)
    void anyHtmlFragmentGivesTidyTextAndKeepsTheParagraphBeforeIt(@ForAll("htmlish") String html) {
        String text = Html.toText("<p>Lavrov met Wang.</p>" + html);
        assertTrue(text.startsWith("Lavrov met Wang."), text);
        assertTrue(!text.contains("\u00A0") && !text.contains("\n\n\n") && text.equals(text.strip()), text);
    }

    @Provide
    Arbitrary<String> htmlish() {
        return Arbitraries.of("<", ">", "!--", "-->", "<!--", "<script>", "</script>", "</SCRIPT >", "<style", "</style>", "<head>",
                "</head>", "<scripts>", "x", " ", "-", "/", "<p>", "</p", "\n").list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Test
    void aPathologicalHtmlLineDoesNotStopTheLinesAfterIt() {
        String bad = "{\"id\":\"bad\",\"body_html\":\"<p>Lavrov met Wang.</p>" + "<!--".repeat(200_000) + "\"}";
        byte[] file = ("{\"id\":\"a\",\"body_text\":\"Lavrov met Wang.\"}\n" + bad + "\n{\"id\":\"b\",\"body_text\":\"Lavrov met Wang.\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        ReadResult r = readLines(file);
        assertTrue(r.articles().stream().map(RawArticle::getId).toList().containsAll(List.of("a", "b")));
        assertEquals(3, r.articles().size() + r.rejections().size());
    }

    @Test
    void aFuzzCorpusOfGeneratedFilesIsReadLineByLine() {
        Random random = new Random(8);
        int cases = 0;
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(3000)];
            random.nextBytes(bytes);
            if (i % 3 == 0) { // mostly text with a few bad bytes
                for (int j = 0; j < bytes.length; j++) {
                    if (random.nextInt(50) != 0) {
                        bytes[j] = (byte) (32 + random.nextInt(95));
                    }
                }
            }
            ReadResult t = readText(bytes);
            assertEquals(1, t.articles().size() + t.rejections().size());
            ReadResult l = readLines(bytes);
            l.rejections().forEach(HostileReaderTest::assertReasoned);
            cases += 2;
        }
        assertEquals(600, cases);
    }

    static void assertReasoned(Rejection r) {
        assertFalse(r.reason().isBlank(), "a rejection has a reason");
        assertFalse(r.input().isBlank(), "a rejection names its input");
        assertTrue(r.reason().length() < 2000, "a reason is short: " + r.reason().length());
    }

    static void assertWellFormed(RawArticle a) {
        assertFalse(a.getId() == null || a.getId().isBlank(), "an article has an id");
        assertFalse(a.getBody() == null || a.getBody().isBlank(), "an article has a body");
    }
}
