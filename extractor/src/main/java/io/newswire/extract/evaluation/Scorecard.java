package io.newswire.extract.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one evaluation: meeting precision, recall and F1 (a predicted meeting matches a
 * labelled one when enough participants match), the same for held meetings, the share of matched
 * meetings whose status, kind, date, venue city and venue country are right, topic-country F1, and
 * strict F1 (a match counts only with status, kind, date and venue country right).
 */
public record Scorecard(int goldArticles, List<String> missingArticles,
                        Tally meetings, Tally heldMeetings, Tally topicCountries, Tally strictMeetings,
                        int matched, int statusRight, int kindRight, int dateRight, int cityRight, int countryRight) {

    /** True, false positives and negatives, and the figures they give. */
    public record Tally(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : truePositives / (double) predicted;
        }

        public double recall() {
            int labelled = truePositives + falseNegatives;
            return labelled == 0 ? 1.0 : truePositives / (double) labelled;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    public double accuracy(int right) {
        return right / (double) Math.max(matched, 1);
    }

    /** The report, line for line as {@code score.py} prints it; the last line is the strict F1. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("articles: ").append(goldArticles).append(" gold, ")
                .append(goldArticles - missingArticles.size()).append(" predicted");
        if (!missingArticles.isEmpty()) {
            out.append(" (missing: ").append(String.join(", ", missingArticles.subList(0, Math.min(10, missingArticles.size()))))
                    .append(')');
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "meetings: P %s R %s F1 %s (tp %d fp %d fn %d)%n",
                fixed3(meetings.precision()), fixed3(meetings.recall()), fixed3(meetings.f1()),
                meetings.truePositives(), meetings.falsePositives(), meetings.falseNegatives()));
        out.append(String.format(Locale.ROOT, "held meetings: P %s R %s F1 %s%n",
                fixed3(heldMeetings.precision()), fixed3(heldMeetings.recall()), fixed3(heldMeetings.f1())));
        out.append(String.format(Locale.ROOT, "on matched meetings: status %s kind %s date %s city %s country %s%n",
                fixed3(accuracy(statusRight)), fixed3(accuracy(kindRight)), fixed3(accuracy(dateRight)),
                fixed3(accuracy(cityRight)), fixed3(accuracy(countryRight))));
        out.append(String.format(Locale.ROOT, "topic countries: P %s R %s F1 %s%n",
                fixed3(topicCountries.precision()), fixed3(topicCountries.recall()), fixed3(topicCountries.f1())));
        out.append(String.format(Locale.ROOT, "strict meeting F1 %s%n", fixed3(strictMeetings.f1())));
        return out.toString();
    }

    /**
     * {@code x} with three decimals as Python's {@code "%.3f"} writes it: the exact binary value rounded half to
     * even ({@code String.format} rounds half up, so 0.8125 came out 0.813 where score.py prints 0.812).
     */
    static String fixed3(double x) {
        return new java.math.BigDecimal(x).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
