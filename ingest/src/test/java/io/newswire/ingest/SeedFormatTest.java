package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newswire.schema.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain-text articles in the seeds/ format: optional " date YYYY-MM-DD" first line, dateline, body. */
class SeedFormatTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(Fixtures.options());

    @Test
    void theDateLineGivesThePublicationDateAndTheBodyIsKeptAsReceived() {
        RawArticle a = only(reader.readFile(Fixtures.write(dir, "tass.txt", Fixtures.TASS)));
        assertEquals(LocalDate.of(2021, 9, 22), a.getPublished());
        assertEquals(Fixtures.TASS, a.getBody(), "page furniture, date line included, stays in the body");
        assertEquals("TASS", a.getProvider(), "the agency comes from the dateline");
        assertNull(a.getHeadline(), "the first line is the dateline, not a headline");
        assertEquals(dir.resolve("tass.txt").toString(), a.getSource());
        assertEquals(Instant.parse("2024-05-01T12:00:00Z"), a.getReceivedAt());
        assertNull(a.getUri());
    }

    @Test
    void aShortFirstLineAfterTheDateIsTheHeadline() {
        RawArticle a = only(reader.readText("x.txt", Fixtures.XINHUA.getBytes()));
        assertEquals(LocalDate.of(2023, 10, 27), a.getPublished());
        assertEquals("First day of talks between two ministers", a.getHeadline());
        assertEquals("Xinhua", a.getProvider());
    }

    @Test
    void withoutADateLineThePublicationDateIsUnknown() {
        RawArticle a = only(reader.readText("k.txt", Fixtures.NO_DATE.getBytes()));
        assertNull(a.getPublished(), "page timestamps are not the publication date");
        assertEquals("Kenyan president receives delegation, discusses friendly ties", a.getHeadline());
        assertEquals("Xinhua", a.getProvider());
    }

    @Test
    void anImpossibleDateIsIgnoredNotFatal() {
        RawArticle a = only(reader.readText("d.txt", " date 2021-02-30 MOSCOW, February 28. /TASS/. Text.\n".getBytes()));
        assertNull(a.getPublished());
        assertEquals("TASS", a.getProvider());
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = Fixtures.TASS.getBytes();
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(text, 0, both, 3, text.length);
        RawArticle a = only(reader.readText("bom.txt", both));
        assertEquals(Fixtures.TASS, a.getBody());
        assertEquals(LocalDate.of(2021, 9, 22), a.getPublished());
        assertEquals(ArticleIds.forText(Fixtures.TASS), a.getId());
    }

    @Test
    void anHtmlFileIsReadAsItsText() {
        String html = "<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body>"
                + "<h1>Ministers meet in Geneva</h1><p>GENEVA, March 3 (Reuters) - Ministers &amp; envoys met.</p>"
                + "<script>var x = 1;</script><p>They discussed&nbsp;trade.</p></body></html>";
        RawArticle a = only(reader.readFile(Fixtures.write(dir, "page.html", html)));
        assertEquals("Ministers meet in Geneva\n\nGENEVA, March 3 (Reuters) - Ministers & envoys met.\n\nThey discussed trade.\n",
                a.getBody());
        assertEquals("Ministers meet in Geneva", a.getHeadline());
        assertEquals("Reuters", a.getProvider());
    }

    @Test
    void datelineStylesOfSeveralAgencies() {
        assertEquals("TASS", WireText.provider("UNITED NATIONS, September 23. /TASS/. Developments"));
        assertEquals("TASS", WireText.provider("MOSCOW, September 22. / TASS /. Russian"));
        assertEquals("Xinhua", WireText.provider("NAIROBI, March 27 (Xinhua) -- On Tuesday"));
        assertEquals("AP", WireText.provider("GENEVA (AP) — The talks"));
        assertEquals("Reuters", WireText.provider("ANKARA, March 3 (Reuters) - Turkey"));
        assertEquals("EFE", WireText.provider("Madrid, Jun 3 (EFE).- Spain"));
        assertNull(WireText.provider("No dateline here, just prose (with brackets) - and dashes."));
    }

    @Test
    void theRepositorySeedArticleReadsWithItsDate() {
        Path seeds = Fixtures.seeds();
        assumeTrue(Files.isDirectory(seeds), "seeds/ present");
        ReadResult r = ArticleSources.read(seeds, Fixtures.options());
        assertTrue(r.rejections().isEmpty(), r.rejections().toString());
        assertTrue(r.articles().size() >= 1);
        RawArticle seed = r.articles().get(0);
        assertEquals(LocalDate.of(2021, 9, 22), seed.getPublished());
        assertEquals("TASS", seed.getProvider());
        assertTrue(seed.getBody().contains("Vershinin"));
    }

    @Test
    void everyDevArticleReadsAndMostHaveADateAndAnAgency() {
        Path dev = Fixtures.devArticles();
        assumeTrue(dev != null, "shared/eval/dev present");
        ReadResult r = ArticleSources.read(dev, Fixtures.options());
        assertTrue(r.rejections().isEmpty(), r.rejections().toString());
        assertEquals(83, r.articles().size());
        long dated = r.articles().stream().filter(a -> a.getPublished() != null).count();
        assertEquals(47, dated, "36 of the 83 dev texts have no date line");
        long withAgency = r.articles().stream().filter(a -> a.getProvider() != null).count();
        assertTrue(withAgency >= 10, "agencies found: " + withAgency);
        assertEquals(83, r.articles().stream().map(RawArticle::getId).distinct().count(), "ids are distinct");
    }

    private static RawArticle only(ReadResult r) {
        assertTrue(r.rejections().isEmpty(), r.rejections().toString());
        List<RawArticle> a = r.articles();
        assertEquals(1, a.size());
        assertNotNull(a.get(0).getId());
        return a.get(0);
    }
}
