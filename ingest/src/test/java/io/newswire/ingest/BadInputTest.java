package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input is rejected with a reason naming it, and the good inputs beside it are kept. */
class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWithJunkStillYieldsItsGoodArticles() {
        Fixtures.write(dir, "01-good.txt", Fixtures.TASS);
        Fixtures.write(dir, "02-empty.txt", new byte[0]);
        Fixtures.write(dir, "03-blank.txt", "  \n\t\n");
        Fixtures.write(dir, "04-nul.bin", new byte[] {'a', 'b', 0, 'c', 1, 2, 3});
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 0x07 : 'a');
        }
        Fixtures.write(dir, "05-controls.dat", controls);
        Fixtures.write(dir, "06-latin1.txt", "Caf\u00e9 talks in Montr\u00e9al".getBytes(StandardCharsets.ISO_8859_1));
        Fixtures.write(dir, "07-utf16.txt", "MOSCOW, May 1. /TASS/.".getBytes(StandardCharsets.UTF_16));
        Fixtures.write(dir, "08-big.txt", "word ".repeat(300));
        Fixtures.write(dir, "09-bad.jsonl", "{\"body_text\":\"ok line\"}\n{not json\n");
        Fixtures.write(dir, "10-good.txt", Fixtures.XINHUA);
        Fixtures.write(dir, ".hidden.txt", "skipped silently");
        Fixtures.write(dir, "sub/11-good.txt", Fixtures.NO_DATE);

        ReadResult r = ArticleSources.read(dir, Fixtures.options().withMaxBytes(1000));

        assertEquals(List.of("01-good.txt", "09-bad.jsonl", "10-good.txt", "sub/11-good.txt"),
                r.articles().stream().map(a -> dir.relativize(Path.of(a.getSource())).toString().replace('\\', '/')).toList());
        Map<String, String> why = new TreeMap<>();
        for (Rejection rej : r.rejections()) {
            String input = rej.input().startsWith(dir.toString()) ? dir.relativize(Path.of(rej.input().replaceFirst(":\\d+$", "")))
                    .toString().replace('\\', '/') + rej.input().replaceFirst("^.*?(:\\d+)?$", "$1") : rej.input();
            why.put(input, rej.reason());
        }
        assertEquals("empty file", why.get("02-empty.txt"));
        assertEquals("empty file (only whitespace)", why.get("03-blank.txt"));
        assertEquals("binary data (NUL byte at offset 2)", why.get("04-nul.bin"));
        assertTrue(why.get("05-controls.dat").startsWith("binary data (100 control characters"), why.get("05-controls.dat"));
        assertEquals("not valid UTF-8 (byte 0xE9 at offset 3); convert it to UTF-8", why.get("06-latin1.txt"));
        assertEquals("UTF-16 text (byte-order mark); convert it to UTF-8", why.get("07-utf16.txt"));
        assertEquals("file is 1500 bytes, over --max-bytes 1000", why.get("08-big.txt"));
        assertTrue(why.get("09-bad.jsonl:2").startsWith("malformed JSON"), why.toString());
        assertEquals(8, r.rejections().size(), why.toString());
    }

    @Test
    void knownBinaryFormatsAreNamedAndADateLineAloneIsNoArticle() {
        Fixtures.write(dir, "report.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Fixtures.write(dir, "archive.txt", new byte[] {0x1F, (byte) 0x8B, 8, 0, 'x'});
        Fixtures.write(dir, "date-only.txt", " date 2021-09-22\n\n");
        Fixtures.write(dir, "good.txt", Fixtures.TASS);
        ReadResult r = ArticleSources.read(dir, Fixtures.options());
        assertEquals(1, r.articles().size());
        assertEquals(List.of(
                new Rejection(dir.resolve("archive.txt").toString(), "binary data (gzip-compressed)"),
                new Rejection(dir.resolve("date-only.txt").toString(), "no text after the date line"),
                new Rejection(dir.resolve("report.txt").toString(), "binary data (a PDF document)")), r.rejections());
    }

    @Test
    void aMissingPathIsRejectedNotFatal() {
        ReadResult r = ArticleSources.read(dir.resolve("nope.txt"), Fixtures.options());
        assertEquals(0, r.articles().size());
        assertEquals("no such file or folder", r.rejections().get(0).reason());
    }

    @Test
    void aTruncatedUtf8SequenceAtTheEndIsRejected() {
        byte[] text = "Talks in Z\u00fcrich \u00fc".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);
        ReadResult r = new ArticleReader(Fixtures.options()).readText("cut.txt", cut);
        assertEquals(0, r.articles().size());
        assertTrue(r.rejections().get(0).reason().startsWith("not valid UTF-8"), r.rejections().get(0).reason());
    }

    @Test
    void aFewControlCharactersInRealTextAreTolerated() {
        String text = Fixtures.TASS + "\u001b[0m";
        List<RawArticle> a = new ArticleReader(Fixtures.options()).readText("esc.txt", text.getBytes(StandardCharsets.UTF_8)).articles();
        assertEquals(1, a.size());
    }
}
