package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.schema.RawArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Synthetic wire articles: deterministic for a seed, varied, readable by ingest. */
class GenerateTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() {
        List<ArticleGenerator.Generated> a = new ArticleGenerator(42).generate(50);
        List<ArticleGenerator.Generated> b = new ArticleGenerator(42).generate(50);
        List<ArticleGenerator.Generated> c = new ArticleGenerator(43).generate(50);
        assertEquals(a, b);
        assertNotEquals(a.stream().map(ArticleGenerator.Generated::text).toList(), c.stream().map(ArticleGenerator.Generated::text).toList());
    }

    @Test
    void aSmallerCountIsAPrefixOfALargerOne() {
        assertEquals(new ArticleGenerator(7).generate(5), new ArticleGenerator(7).generate(20).subList(0, 5));
    }

    @Test
    void articlesAreVariedAndHaveWireFurniture() {
        List<ArticleGenerator.Generated> all = new ArticleGenerator(1).generate(300);
        assertEquals(300, all.stream().map(ArticleGenerator.Generated::text).distinct().count(), "no two texts alike");
        Set<String> kinds = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        Set<String> people = new HashSet<>();
        Set<String> providers = new HashSet<>();
        for (ArticleGenerator.Generated g : all) {
            g.meetings().forEach(m -> {
                kinds.add(m.kind());
                statuses.add(m.status());
                people.addAll(m.participants());
            });
            providers.add(g.provider());
        }
        assertEquals(Set.of("in_person", "call", "video"), kinds);
        assertEquals(Set.of("held", "planned", "cancelled", "denied"), statuses);
        assertTrue(people.size() > 100, "distinct family names: " + people.size());
        assertTrue(providers.size() >= 8, providers.toString());
        long dated = all.stream().filter(ArticleGenerator.Generated::hasDateLine).count();
        assertTrue(dated > 150 && dated < 270, "about 70% have a date line: " + dated);
        assertTrue(all.stream().anyMatch(g -> g.text().contains(". /TASS/. ")));
        assertTrue(all.stream().anyMatch(g -> g.text().contains(" (Xinhua) -- ")));
    }

    @Test
    void ingestReadsGeneratedTextsWithTheirDateAndAgency() {
        ArticleReader reader = new ArticleReader(Fixtures.options());
        for (ArticleGenerator.Generated g : new ArticleGenerator(5).generate(100)) {
            ReadResult r = reader.readText(g.fileName(), g.text().getBytes(StandardCharsets.UTF_8));
            assertTrue(r.rejections().isEmpty(), r.rejections().toString());
            RawArticle a = r.articles().get(0);
            assertEquals(g.hasDateLine() ? g.published() : null, a.getPublished(), g.text());
            assertEquals(g.provider(), a.getProvider(), g.text());
        }
    }

    @Test
    void inventedPeopleDoNotComeFromTheDevSet() throws IOException {
        Path dev = Fixtures.devArticles();
        org.junit.jupiter.api.Assumptions.assumeTrue(dev != null, "shared/eval/dev present");
        StringBuilder devText = new StringBuilder();
        try (Stream<Path> files = Files.list(dev)) {
            for (Path p : files.toList()) {
                devText.append(Files.readString(p)).append('\n');
            }
        }
        Set<String> names = new HashSet<>();
        new ArticleGenerator(1).generate(500).forEach(g -> g.meetings().forEach(m -> names.addAll(m.participants())));
        Set<String> inDevSet = new java.util.TreeSet<>();
        for (String name : names) {
            if (name.length() <= 2) {
                continue;
            }
            Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(devText);
            if (m.find()) {
                inDevSet.add(name);
            }
        }
        assertTrue(inDevSet.isEmpty(), "names that appear in the dev set: " + inDevSet);
    }

    @Test
    void goldLabelsDescribeEveryMeetingReported() {
        for (ArticleGenerator.Generated g : new ArticleGenerator(9).generate(100)) {
            assertFalse(g.meetings().isEmpty());
            for (ArticleGenerator.Meeting m : g.meetings()) {
                for (String p : m.participants()) {
                    assertTrue(g.text().contains(p), p + " in " + g.text());
                }
                if (!m.kind().equals("in_person")) {
                    assertEquals(null, m.city(), "no venue for calls");
                }
                if (!g.hasDateLine() && !g.text().matches("(?s).*\\b(19|20)\\d\\d\\b.*")) {
                    assertEquals(null, m.date(), "no year known, no date");
                }
            }
        }
    }

    @Test
    void theCommandWritesFilesOrJsonLines() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(new GenerateCommand(System.out, new PrintStream(err, true)))
                .execute("--count", "12", "--seed", "3", "--out", dir.resolve("wire").toString(), "--gold", dir.resolve("gold.jsonl").toString());
        assertEquals(0, exit, err.toString());
        try (Stream<Path> files = Files.list(dir.resolve("wire"))) {
            assertEquals(12, files.count());
        }
        assertTrue(Files.exists(dir.resolve("wire/gen-000000.txt")));
        List<String> gold = Files.readAllLines(dir.resolve("gold.jsonl"));
        assertEquals(12, gold.size());
        JsonNode first = new ObjectMapper().readTree(gold.get(0));
        assertEquals(ArticleIds.forText(Files.readString(dir.resolve("wire/gen-000000.txt"))), first.get("id").asText(),
                "gold ids are the ids ingest will give the files");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exit = new CommandLine(new GenerateCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true)))
                .execute("--count", "12", "--seed", "3", "--format", "jsonl");
        assertEquals(0, exit);
        ReadResult r = new ArticleReader(Fixtures.options()).readJsonLines("gen", new ByteArrayInputStream(out.toByteArray()));
        assertEquals(12, r.articles().size(), r.rejections().toString());
        assertTrue(r.rejections().isEmpty());
        RawArticle a = r.articles().get(0);
        assertTrue(a.getId().startsWith("https://wire.example.org/"), a.getId());
        assertNotNull(a.getPublished());
        assertEquals("en", a.getLanguage());
        assertEquals(Files.readString(dir.resolve("wire/gen-000000.txt")), a.getBody(), "the same article in both forms");
    }

    @Test
    void textWithoutAFolderIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, new CommandLine(new GenerateCommand(System.out, new PrintStream(err, true))).execute("--count", "3", "--format", "text"));
        assertEquals(2, new CommandLine(new GenerateCommand(System.out, new PrintStream(err, true))).execute("--seed", "3"));
    }
}
