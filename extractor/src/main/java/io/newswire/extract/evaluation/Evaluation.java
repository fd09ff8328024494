package io.newswire.extract.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;

/**
 * Scores extracted articles against labels, with the rules of {@code ../shared/eval/score.py} (the
 * label format is described in {@code docs/extractor.md}): in each article, labelled and extracted
 * meetings are paired greedily, best participant overlap first, and a pair counts when at least
 * {@link ParticipantMatcher#MATCH} of the larger side's participants match.
 */
public final class Evaluation {
    private Evaluation() {}

    /**
     * @param gold        labelled articles by id
     * @param predictions the extractor's output ({@code enrich} JSON) by article id
     * @param differences receives one line per difference (a wrong attribute, a missed or spurious
     *                    meeting, topic differences), for {@code --verbose}
     */
    public static Scorecard score(SortedMap<String, JsonNode> gold, Map<String, JsonNode> predictions,
                                  Consumer<String> differences) {
        Counts c = new Counts();
        List<String> missing = gold.keySet().stream().filter(id -> !predictions.containsKey(id)).toList();
        for (Map.Entry<String, JsonNode> article : gold.entrySet()) {
            String id = article.getKey();
            JsonNode labelled = article.getValue();
            JsonNode predicted = predictions.get(id);
            List<JsonNode> goldMeetings = Json.list(labelled.get("meetings"));
            List<JsonNode> predictedMeetings = predicted == null ? List.of() : Json.list(predicted.get("meetings"));

            List<int[]> pairs = pairMeetings(goldMeetings, predictedMeetings);
            Set<Integer> matchedGold = new HashSet<>(), matchedPredicted = new HashSet<>();
            for (int[] pair : pairs) {
                matchedGold.add(pair[0]);
                matchedPredicted.add(pair[1]);
            }
            c.tp += pairs.size();
            c.fp += predictedMeetings.size() - pairs.size();
            c.fn += goldMeetings.size() - pairs.size();
            int heldBoth = 0;
            for (int[] pair : pairs) {
                JsonNode g = goldMeetings.get(pair[0]), p = predictedMeetings.get(pair[1]);
                boolean status = Objects.equals(Names.label(Json.field(g, "status")), Names.label(Json.field(p, "status")));
                boolean kind = kindMatches(Names.label(Json.field(g, "kind")), Names.label(Json.field(p, "kind")));
                boolean date = Objects.equals(emptyAsNull(Json.field(g, "date")), emptyAsNull(Json.field(p, "date")));
                JsonNode location = p.get("location");
                String city = Names.foldedOrNull(Json.field(location, "city"));
                String country = emptyAsNull(Json.field(location, "country"));
                boolean cityRight = Objects.equals(Names.foldedOrNull(Json.field(g, "city")), city);
                boolean countryRight = Objects.equals(emptyAsNull(Json.field(g, "country")), country);
                c.status += status ? 1 : 0;
                c.kind += kind ? 1 : 0;
                c.date += date ? 1 : 0;
                c.city += cityRight ? 1 : 0;
                c.country += countryRight ? 1 : 0;
                if (status && kind && date && countryRight) {
                    c.strict++;
                } else {
                    differences.accept(String.format(Locale.ROOT, "  %s: %s status %s/%s kind %s/%s date %s/%s venue %s,%s/%s,%s",
                            id, g.get("participants"), Json.field(g, "status"), Json.field(p, "status"),
                            Json.field(g, "kind"), Json.field(p, "kind"), Json.field(g, "date"), Json.field(p, "date"),
                            Json.field(g, "city"), Json.field(g, "country"), city, country));
                }
                if (isHeld(g) && isHeld(p)) heldBoth++;
            }
            long goldHeld = goldMeetings.stream().filter(Evaluation::isHeld).count();
            long predictedHeld = predictedMeetings.stream().filter(Evaluation::isHeld).count();
            c.heldTp += heldBoth;
            c.heldFp += (int) predictedHeld - heldBoth;
            c.heldFn += (int) goldHeld - heldBoth;

            Set<String> goldTopics = new LinkedHashSet<>();
            Json.list(labelled.path("topics").get("countries")).forEach(t -> goldTopics.add(t.asText()));
            Set<String> predictedTopics = predicted == null ? Set.of() : topicCodes(predicted);
            Set<String> hit = new HashSet<>(goldTopics);
            hit.retainAll(predictedTopics);
            c.topicTp += hit.size();
            c.topicFp += predictedTopics.size() - hit.size();
            c.topicFn += goldTopics.size() - hit.size();

            for (int g = 0; g < goldMeetings.size(); g++) {
                if (!matchedGold.contains(g)) {
                    differences.accept("  " + id + ": missed " + goldMeetings.get(g).get("participants")
                            + " (" + Json.field(goldMeetings.get(g), "status") + ")");
                }
            }
            for (int p = 0; p < predictedMeetings.size(); p++) {
                if (!matchedPredicted.contains(p)) {
                    List<String> names = Json.list(predictedMeetings.get(p).get("participants")).stream()
                            .map(n -> n.isTextual() ? n.asText() : Json.field(n, "name")).toList();
                    differences.accept("  " + id + ": spurious " + names + " (" + Json.field(predictedMeetings.get(p), "status") + ")");
                }
            }
            if (!goldTopics.equals(predictedTopics)) {
                Set<String> missed = new java.util.TreeSet<>(goldTopics);
                missed.removeAll(predictedTopics);
                Set<String> spurious = new java.util.TreeSet<>(predictedTopics);
                spurious.removeAll(goldTopics);
                differences.accept("  " + id + ": topics missed " + missed + " spurious " + spurious);
            }
        }
        int wrongOnMatched = c.tp - c.strict;
        return new Scorecard(gold.size(), missing,
                new Scorecard.Tally(c.tp, c.fp, c.fn),
                new Scorecard.Tally(c.heldTp, c.heldFp, c.heldFn),
                new Scorecard.Tally(c.topicTp, c.topicFp, c.topicFn),
                new Scorecard.Tally(c.strict, c.fp + wrongOnMatched, c.fn + wrongOnMatched),
                c.tp, c.status, c.kind, c.date, c.city, c.country);
    }

    /**
     * Greedy one-to-one pairing, best overlap first; ties go to the later gold and then the later
     * predicted meeting, as in score.py's reverse sort of (overlap, gold index, predicted index).
     */
    public static List<int[]> pairMeetings(List<JsonNode> gold, List<JsonNode> predicted) {
        return pair(gold, predicted, (g, p) -> 0);
    }

    /**
     * The same pairing, but a tie in participant overlap goes to the pair that agrees more on status, kind, date
     * and venue ({@link #agreeingAttributes}), and only then to the later index. score.py's index tie-break is
     * harmless for its counts, but the identity measure asks which real meeting a report stands for: an article
     * that labels two meetings of the same two leaders (a visit now, one last month) must not have its report of
     * the visit paired with last month's meeting because that one was labelled second.
     */
    public static List<int[]> pairMeetingsByAttributes(List<JsonNode> gold, List<JsonNode> predicted) {
        return pair(gold, predicted, Evaluation::agreeingAttributes);
    }

    private static List<int[]> pair(List<JsonNode> gold, List<JsonNode> predicted,
            java.util.function.ToIntBiFunction<JsonNode, JsonNode> tieBreak) {
        record Candidate(double overlap, int agreement, int gold, int predicted) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                candidates.add(new Candidate(ParticipantMatcher.overlap(gold.get(g), predicted.get(p)),
                        tieBreak.applyAsInt(gold.get(g), predicted.get(p)), g, p));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::overlap).thenComparingInt(Candidate::agreement)
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted).reversed());
        Set<Integer> usedGold = new HashSet<>(), usedPredicted = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.overlap() >= ParticipantMatcher.MATCH && !usedGold.contains(c.gold()) && !usedPredicted.contains(c.predicted())) {
                usedGold.add(c.gold());
                usedPredicted.add(c.predicted());
                pairs.add(new int[] {c.gold(), c.predicted()});
            }
        }
        return pairs;
    }

    /**
     * How far a predicted meeting agrees with a labelled one, in points: status 4, date 4, kind 2, venue city 2,
     * venue country 2 when they are as labelled; a date, city or country the prediction leaves empty contradicts
     * nothing and earns half. Status and date weigh most, since whether and when a meeting happened is what tells
     * two meetings of the same people apart, and the venue is what extractors most often take from a dateline.
     */
    static int agreeingAttributes(JsonNode g, JsonNode p) {
        JsonNode location = p.get("location");
        int n = 0;
        n += Objects.equals(Names.label(Json.field(g, "status")), Names.label(Json.field(p, "status"))) ? 4 : 0;
        n += kindMatches(Names.label(Json.field(g, "kind")), Names.label(Json.field(p, "kind"))) ? 2 : 0;
        n += agreement(4, emptyAsNull(Json.field(g, "date")), emptyAsNull(Json.field(p, "date")));
        n += agreement(2, Names.foldedOrNull(Json.field(g, "city")), Names.foldedOrNull(Json.field(location, "city")));
        n += agreement(2, emptyAsNull(Json.field(g, "country")), emptyAsNull(Json.field(location, "country")));
        return n;
    }

    private static int agreement(int points, String labelled, String predicted) {
        return predicted == null ? (labelled == null ? points : points / 2) : predicted.equals(labelled) ? points : 0;
    }

    /** A video meeting extracted as a call is right: both are remote. */
    private static boolean kindMatches(String gold, String predicted) {
        return Objects.equals(gold, predicted) || ("video".equals(gold) && "call".equals(predicted));
    }

    private static boolean isHeld(JsonNode meeting) {
        return "held".equals(Names.label(Json.field(meeting, "status")));
    }

    private static Set<String> topicCodes(JsonNode predicted) {
        Set<String> codes = new HashSet<>();
        for (JsonNode country : Json.list(predicted.path("topics").get("countries"))) {
            String code = country.isObject() ? Json.field(country, "code") : Json.textOrNull(country);
            if (code != null && !code.isEmpty()) codes.add(code.toUpperCase(Locale.ROOT));
        }
        return codes;
    }

    private static String emptyAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Running totals over the articles. */
    private static final class Counts {
        int tp, fp, fn, strict, heldTp, heldFp, heldFn, status, kind, date, city, country, topicTp, topicFp, topicFn;
    }
}
