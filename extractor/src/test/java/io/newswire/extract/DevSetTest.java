package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.extract.evaluation.Evaluation;
import io.newswire.extract.evaluation.Scorecard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor on the shared dev set (skipped when {@code newswire.shared.dir} is absent) and
 * asserts a floor on the scores, computed by {@link Evaluation} (the rules of score.py, as
 * {@code newswire evaluate} prints them).
 */
class DevSetTest {
    static final double MIN_MEETING_F1 = 0.82;
    static final double MIN_STRICT_F1 = 0.66;
    static final double MIN_TOPIC_F1 = 0.81;
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void devSetScoresStayAboveTheFloor() throws Exception {
        String dir = System.getProperty("newswire.shared.dir");
        assumeTrue(dir != null, "newswire.shared.dir not set");
        Path dev = Path.of(dir, "eval", "dev");
        assumeTrue(Files.isRegularFile(dev.resolve("gold.jsonl")), "no dev set at " + dev);
        SortedMap<String, JsonNode> gold = new TreeMap<>();
        Map<String, JsonNode> predicted = new HashMap<>();
        Extractor extractor = Extractors.standard();
        for (String line : Files.readAllLines(dev.resolve("gold.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode labels = JSON.readTree(line);
            String id = labels.get("id").asText();
            Path f = dev.resolve("articles").resolve(id + ".txt");
            gold.put(id, labels);
            predicted.put(id, EnrichFiles.toJson(f.toString(), id, extractor.extract(new Article(id, Files.readString(f), null, f.toString()))));
        }
        Scorecard score = Evaluation.score(gold, predicted, difference -> {});
        System.out.print("dev set:\n" + score.render());
        assertTrue(score.meetings().f1() >= MIN_MEETING_F1, "meeting F1 " + score.meetings().f1());
        assertTrue(score.strictMeetings().f1() >= MIN_STRICT_F1, "strict F1 " + score.strictMeetings().f1());
        assertTrue(score.topicCountries().f1() >= MIN_TOPIC_F1, "topic F1 " + score.topicCountries().f1());
    }
}
