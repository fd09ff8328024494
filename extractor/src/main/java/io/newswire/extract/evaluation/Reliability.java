package io.newswire.extract.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * How well the extracted meetings' {@code confidence} predicts that they are real: each extracted meeting is
 * true when {@link Evaluation#pairMeetings} pairs it with a labelled one (score.py's matching). Buckets of
 * confidence with their count and share true, and the precision of the meetings at or above each threshold.
 * Aggregate figures only, so it may be run on a held-out split.
 */
public final class Reliability {
    /** Lower bounds of the buckets; the last runs to 1 inclusive. */
    static final double[] BOUNDS = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9};

    private Reliability() {}

    /** One bucket {@code [from, to)}: extracted meetings in it and how many of them are true. */
    public record Bucket(double from, double to, int count, int trueCount) {}

    /** (confidence, true) of every extracted meeting of the labelled articles. */
    public static List<double[]> labelled(SortedMap<String, JsonNode> gold, Map<String, JsonNode> predictions) {
        List<double[]> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> article : gold.entrySet()) {
            JsonNode predicted = predictions.get(article.getKey());
            if (predicted == null) continue;
            List<JsonNode> goldMeetings = Json.list(article.getValue().get("meetings"));
            List<JsonNode> predictedMeetings = Json.list(predicted.get("meetings"));
            Set<Integer> matched = new HashSet<>();
            for (int[] pair : Evaluation.pairMeetings(goldMeetings, predictedMeetings)) matched.add(pair[1]);
            for (int p = 0; p < predictedMeetings.size(); p++) {
                JsonNode c = predictedMeetings.get(p).get("confidence");
                out.add(new double[] {c == null || !c.isNumber() ? 1.0 : c.asDouble(), matched.contains(p) ? 1 : 0});
            }
        }
        return out;
    }

    public static List<Bucket> buckets(List<double[]> labelled) {
        List<Bucket> out = new ArrayList<>();
        for (int b = 0; b < BOUNDS.length; b++) {
            double from = BOUNDS[b], to = b + 1 < BOUNDS.length ? BOUNDS[b + 1] : 1.0;
            int n = 0, t = 0;
            for (double[] m : labelled) {
                if (m[0] >= from && (m[0] < to || b + 1 == BOUNDS.length)) {
                    n++;
                    t += (int) m[1];
                }
            }
            out.add(new Bucket(from, to, n, t));
        }
        return out;
    }

    /** The table: one line per bucket, then the count and precision of meetings with confidence at least t. */
    public static String render(SortedMap<String, JsonNode> gold, Map<String, JsonNode> predictions) {
        List<double[]> labelled = labelled(gold, predictions);
        StringBuilder out = new StringBuilder("confidence   meetings  true share\n");
        List<Bucket> buckets = buckets(labelled);
        for (int b = 0; b < buckets.size(); b++) {
            Bucket k = buckets.get(b);
            out.append(String.format(Locale.ROOT, "[%.1f, %.1f%s %8d  %s%n", k.from(), k.to(), b + 1 == buckets.size() ? "]" : ")",
                    k.count(), k.count() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", k.trueCount() / (double) k.count())));
        }
        for (double t : BOUNDS) {
            int n = 0, tp = 0;
            for (double[] m : labelled) {
                if (m[0] >= t) {
                    n++;
                    tp += (int) m[1];
                }
            }
            out.append(String.format(Locale.ROOT, "confidence >= %.1f: %d meetings, precision %s%n", t, n,
                    n == 0 ? "-" : String.format(Locale.ROOT, "%.3f", tp / (double) n)));
        }
        return out.toString();
    }
}
