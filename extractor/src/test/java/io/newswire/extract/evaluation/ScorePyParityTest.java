package io.newswire.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.extract.EnrichFiles;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `newswire evaluate` prints exactly what {@code ../shared/eval/score.py} prints for the extractor's
 * output on the dev set. Runs only where the shared eval data and python3 are present.
 */
class ScorePyParityTest {
    private static final Path EVAL = Path.of("..", "..", "shared", "eval");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void printsTheSameFiguresAsScorePyOnTheDevSet() throws Exception {
        Path dev = EVAL.resolve("dev");
        assumeTrue(Files.isRegularFile(dev.resolve("gold.jsonl")) && Files.isRegularFile(EVAL.resolve("score.py")),
                "../shared/eval is not present");
        List<Path> articles;
        try (Stream<Path> listing = Files.list(dev.resolve("articles"))) {
            articles = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path predictions = work.resolve("out.jsonl");
        try (PrintStream out = new PrintStream(Files.newOutputStream(predictions), true, StandardCharsets.UTF_8)) {
            assertEquals(0, EnrichFiles.run(articles, out, System.err));
        }
        String python = runScorePy(dev.resolve("gold.jsonl"), predictions);
        assumeTrue(python != null, "python3 is not available");

        TreeMap<String, JsonNode> gold = new TreeMap<>();
        for (String line : Files.readAllLines(dev.resolve("gold.jsonl"))) {
            if (!line.isBlank()) gold.put(JSON.readTree(line).get("id").asText(), JSON.readTree(line));
        }
        Map<String, JsonNode> predicted = new HashMap<>();
        for (String line : Files.readAllLines(predictions)) {
            JsonNode enrichment = JSON.readTree(line);
            predicted.put(enrichment.get("id").asText(), enrichment);
        }
        assertEquals(python, Evaluation.score(gold, predicted, line -> {}).render());
    }

    private static String runScorePy(Path gold, Path predictions) throws Exception {
        Process python;
        try {
            python = new ProcessBuilder("python3", EVAL.resolve("score.py").toString(), gold.toString(), predictions.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException notInstalled) {
            return null;
        }
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        python.waitFor(60, TimeUnit.SECONDS);
        return python.exitValue() == 0 ? output : null;
    }
}
