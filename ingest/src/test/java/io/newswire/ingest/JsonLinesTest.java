package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.RawArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON lines with ninjs-style fields. */
class JsonLinesTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(Fixtures.options());

    private ReadResult read(String name, String content) throws IOException {
        return reader.readJsonLines(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ninjsFieldsMapOntoTheArticle() throws IOException {
        ReadResult r = read("in.jsonl", """
                {"guid":"urn:wire:1","uri":"https://example.org/a/1","versioncreated":"2022-09-23T21:30:00-04:00","headline":"Ministers meet","body_text":"UNITED NATIONS, September 23. /TASS/. Text.","language":"en","provider":{"name":"TASS","uri":"https://tass.com"}}
                """);
        assertTrue(r.rejections().isEmpty(), r.rejections().toString());
        RawArticle a = r.articles().get(0);
        assertEquals("urn:wire:1", a.getId());
        assertEquals("https://example.org/a/1", a.getUri());
        assertEquals(LocalDate.of(2022, 9, 23), a.getPublished(), "the day as written, not shifted to UTC");
        assertEquals("Ministers meet", a.getHeadline());
        assertEquals("UNITED NATIONS, September 23. /TASS/. Text.", a.getBody());
        assertEquals("en", a.getLanguage());
        assertEquals("TASS", a.getProvider());
        assertEquals("in.jsonl", a.getSource());
    }

    @Test
    void theIdIsIdThenGuidThenUriThenTheTextHash() throws IOException {
        List<RawArticle> a = read("in.jsonl", """
                {"id":"A","guid":"G","uri":"U","body_text":"one"}
                {"guid":"G","uri":"U","body_text":"two"}
                {"uri":"U2","body_text":"three"}
                {"body_text":"four  \\n five"}
                """).articles();
        assertEquals(List.of("A", "G", "U2", ArticleIds.forText("four five")), a.stream().map(RawArticle::getId).toList());
    }

    @Test
    void providerMayBeAStringAndDatesMayBePlainOrAbsent() throws IOException {
        List<RawArticle> a = read("in.jsonl", """
                {"body_text":"x","provider":"Xinhua","versioncreated":"2020-01-02"}
                {"body_text":" date 2019-05-06 MOSCOW, May 6. /TASS/. y"}
                {"body":"z","title":"Alt names","firstcreated":"2018-03-04T10:00:00Z","lang":"fr"}
                {"body_html":"<p>Para one &amp; more.</p><p>Para two</p>","published":1600000000000}
                """).articles();
        assertEquals(4, a.size());
        assertEquals("Xinhua", a.get(0).getProvider());
        assertEquals(LocalDate.of(2020, 1, 2), a.get(0).getPublished());
        assertEquals(LocalDate.of(2019, 5, 6), a.get(1).getPublished(), "from the body's date line");
        assertEquals("TASS", a.get(1).getProvider(), "from the body's dateline");
        assertEquals("Alt names", a.get(2).getHeadline());
        assertEquals("fr", a.get(2).getLanguage());
        assertEquals(LocalDate.of(2018, 3, 4), a.get(2).getPublished());
        assertEquals("Para one & more.\n\nPara two", a.get(3).getBody());
        assertEquals(LocalDate.of(2020, 9, 13), a.get(3).getPublished());
        assertNull(a.get(3).getHeadline());
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLineAndItsNeighboursAreKept() throws IOException {
        ReadResult r = read("feed.jsonl", """
                {"id":"1","body_text":"first"}
                {"id":"2","body_text":"second"
                {"id":"3","body_text":"third"}

                [1,2,3]
                {"id":"5","headline":"no body"}
                {"id":"6","body_text":"sixth","versioncreated":"yesterday"}
                {"id":"7","body_text":"seventh"} trailing
                {"id":"8","body_text":{"nested":true}}
                """);
        assertEquals(List.of("1", "3"), r.articles().stream().map(RawArticle::getId).toList());
        List<String> where = r.rejections().stream().map(Rejection::input).toList();
        assertEquals(List.of("feed.jsonl:2", "feed.jsonl:5", "feed.jsonl:6", "feed.jsonl:7", "feed.jsonl:8", "feed.jsonl:9"), where);
        assertEquals("malformed JSON (column 31): the line ends before the object is closed (a '}' is missing)",
                r.rejections().get(0).reason());
        assertEquals("not a JSON object", r.rejections().get(1).reason());
        assertTrue(r.rejections().get(2).reason().startsWith("no body"), r.rejections().get(2).reason());
        assertTrue(r.rejections().get(3).reason().contains("versioncreated"), r.rejections().get(3).reason());
        assertEquals("malformed JSON (column 34): 'trailing' is not a JSON value (text must be in double quotes; true, false and null in lower case)",
                r.rejections().get(4).reason());
        assertTrue(r.rejections().get(5).reason().contains("body_text"), r.rejections().get(5).reason());
    }

    @Test
    void aJsonlFileIsReadByExtensionAndCrLfIsAccepted() {
        Path f = Fixtures.write(dir, "a.ndjson", "{\"id\":\"x\",\"body_text\":\"one\"}\r\n{\"id\":\"y\",\"body_text\":\"two\"}\r\n");
        ReadResult r = reader.readFile(f);
        assertTrue(r.rejections().isEmpty(), r.rejections().toString());
        assertEquals(List.of("x", "y"), r.articles().stream().map(RawArticle::getId).toList());
        assertEquals(f.toString(), r.articles().get(0).getSource());
    }

    @Test
    void anOverlongLineIsRejectedAndTheNextOneRead() throws IOException {
        ArticleReader small = new ArticleReader(Fixtures.options().withMaxBytes(100));
        String longLine = "{\"body_text\":\"" + "x".repeat(200) + "\"}";
        ReadResult r = small.readJsonLines("s", new ByteArrayInputStream((longLine + "\n{\"body_text\":\"ok\"}\n").getBytes()));
        assertEquals(1, r.articles().size());
        assertEquals("s:1", r.rejections().get(0).input());
        assertTrue(r.rejections().get(0).reason().contains("over --max-bytes 100"), r.rejections().get(0).reason());
    }

    /** Jackson's token names and character codes stay out of the message; the problem and its column are in it. */
    @Test
    void malformedJsonIsExplainedInPlainWords() throws IOException {
        ReadResult r = new ArticleReader(Fixtures.options()).readJsonLines("wire.jsonl", new java.io.ByteArrayInputStream("""
                {"id":"1" "body_text":"x"}
                {id:"2","body_text":"x"}
                {"id":"3","body_text":x}
                {"id":"4","body_text" "x"}
                {"id":"5","body_text":"a\\qb"}
                {"id":"6","body_text":"x"}}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<String> why = r.rejections().stream().map(x -> x.input() + ": " + x.reason()).toList();
        assertEquals(List.of(
                "wire.jsonl:1: malformed JSON (column 11): expected ',' or '}' after a value, found '\"'",
                "wire.jsonl:2: malformed JSON (column 2): expected a field name in double quotes, found 'i'",
                "wire.jsonl:3: malformed JSON (column 23): 'x' is not a JSON value (text must be in double quotes; true, false and null in lower case)",
                "wire.jsonl:4: malformed JSON (column 23): expected ':' after the field name, found '\"'",
                "wire.jsonl:5: malformed JSON (column 26): '\\q' is not a JSON escape (use \\\\ for a backslash)",
                "wire.jsonl:6: malformed JSON (column 27): a closing '}' with nothing open"), why);
        why.forEach(w -> assertTrue(!w.contains("code ") && !w.contains("JsonToken") && !w.contains("Source"), w));
    }
}
