package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The golden-output guard: the {@code enrich} output of every article of three corpora, compared line by
 * line with the output committed under {@code src/test/golden/}. A pure restructuring leaves it unchanged;
 * a failure names each article whose output changed and shows the difference.
 *
 * <ul>
 *   <li>{@code seed}: the seed article (always runs);
 *   <li>{@code generated}: 3,000 articles of {@code newswire generate --count 3000 --seed 13}, committed as
 *       {@code generated-articles.jsonl.gz} so the module needs no other (always runs);
 *   <li>{@code dev}: the shared dev set, {@code ${newswire.shared.dir}/eval/dev/articles} (skipped when absent).
 * </ul>
 *
 * After an intended change, re-bless (rewrites the golden files; review and commit the diff):
 * {@code mvn -B -pl extractor test -Dtest=GoldenOutputTest -Dgolden.bless=true}.
 */
class GoldenOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src", "test", "golden");
    private static final boolean BLESS = Boolean.getBoolean("golden.bless");
    /** Articles shown in full in a failure message; the rest are only named. */
    private static final int SHOWN = 5;

    @Test
    void seedArticleOutputIsUnchanged() throws IOException {
        Map<String, String> articles = new LinkedHashMap<>();
        articles.put("000_bbb0b054668ebffa", Files.readString(
                Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "seed", "000_bbb0b054668ebffa.txt")));
        check("seed", articles, GOLDEN.resolve("seed.jsonl"));
    }

    @Test
    void generatedArticlesOutputIsUnchanged() throws IOException {
        Map<String, String> articles = new LinkedHashMap<>();
        for (String line : readLines(GOLDEN.resolve("generated-articles.jsonl.gz"))) {
            JsonNode a = JSON.readTree(line);
            articles.put(a.get("id").asText(), a.get("text").asText());
        }
        check("generated", articles, GOLDEN.resolve("generated.jsonl.gz"));
    }

    @Test
    void devSetOutputIsUnchanged() throws IOException {
        String shared = System.getProperty("newswire.shared.dir");
        assumeTrue(shared != null, "newswire.shared.dir not set");
        Path dir = Path.of(shared, "eval", "dev", "articles");
        assumeTrue(Files.isDirectory(dir), "no dev set at " + dir);
        Map<String, String> articles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                articles.put(name.substring(0, name.length() - 4), EnrichFiles.read(f));
            }
        }
        check("dev", articles, GOLDEN.resolve("dev.jsonl.gz"));
    }

    /** Enriches every article and compares (or, when blessing, writes) one JSON line per article. */
    private static void check(String corpus, Map<String, String> articles, Path golden) throws IOException {
        Map<String, String> actual = new LinkedHashMap<>();
        Extractor extractor = Extractors.standard();
        for (Map.Entry<String, String> a : articles.entrySet()) {
            Enrichment e = extractor.extract(new Article(a.getKey(), a.getValue(), null, null));
            actual.put(a.getKey(), JSON.writeValueAsString(EnrichFiles.toJson(corpus + "/" + a.getKey(), a.getKey(), e)));
        }
        if (BLESS) {
            write(golden, actual.values());
            System.out.println("golden: wrote " + actual.size() + " " + corpus + " articles to " + golden);
            return;
        }
        assertTrue(Files.isRegularFile(golden), "no golden file " + golden + "; create it with -Dgolden.bless=true");
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : readLines(golden)) expected.put(JSON.readTree(line).get("id").asText(), line);

        List<String> changed = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        for (String id : union(expected, actual)) {
            String want = expected.get(id), got = actual.get(id);
            if (want != null && want.equals(got)) continue;
            changed.add(id);
            if (changed.size() <= SHOWN) {
                shown.append("\n--- ").append(corpus).append('/').append(id).append(" (- golden, + now)\n")
                        .append(JsonDiff.diff(pretty(want), pretty(got)));
            }
        }
        assertTrue(changed.isEmpty(), () -> changed.size() + " of " + articles.size() + " " + corpus
                + " articles changed: " + String.join(", ", changed.subList(0, Math.min(50, changed.size())))
                + (changed.size() > 50 ? ", ..." : "") + shown
                + "\nIf the change is intended, re-bless: mvn -B -pl extractor test -Dtest=GoldenOutputTest -Dgolden.bless=true");
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> ids = new ArrayList<>(a.keySet());
        for (String id : b.keySet()) if (!a.containsKey(id)) ids.add(id);
        return ids;
    }

    private static List<String> pretty(String json) throws IOException {
        if (json == null) return List.of();
        return List.of(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json)).split("\n"));
    }

    private static List<String> readLines(Path p) throws IOException {
        var in = Files.newInputStream(p);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                p.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static void write(Path p, Iterable<String> lines) throws IOException {
        Files.createDirectories(p.getParent());
        OutputStream out = Files.newOutputStream(p);
        if (p.toString().endsWith(".gz")) {
            out = new GZIPOutputStream(out) {
                { def.setLevel(9); }
            };
        }
        try (Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            for (String l : lines) w.write(l + "\n");
        }
    }

    /** A line diff (longest common subsequence) of two pretty-printed JSON documents. */
    static final class JsonDiff {
        private JsonDiff() {}

        static String diff(List<String> a, List<String> b) {
            int[][] lcs = new int[a.size() + 1][b.size() + 1];
            for (int i = a.size() - 1; i >= 0; i--) {
                for (int j = b.size() - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            List<String> lines = new ArrayList<>();
            int i = 0, j = 0;
            while (i < a.size() || j < b.size()) {
                if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                    lines.add("  " + a.get(i++));
                    j++;
                } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    lines.add("- " + a.get(i++));
                } else {
                    lines.add("+ " + b.get(j++));
                }
            }
            // changed lines with three lines of context either side
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < lines.size(); k++) {
                boolean near = false;
                for (int d = Math.max(0, k - 3); d <= Math.min(lines.size() - 1, k + 3) && !near; d++) {
                    near = lines.get(d).charAt(0) != ' ';
                }
                if (near) out.append(lines.get(k)).append('\n');
                else if (out.length() > 0 && !out.toString().endsWith("...\n")) out.append("  ...\n");
            }
            return out.toString();
        }
    }
}
