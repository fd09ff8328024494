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
        out.append(String.format(Locale.ROOT, "meetings: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n",
                meetings.precision(), meetings.recall(), meetings.f1(),
                meetings.truePositives(), meetings.falsePositives(), meetings.falseNegatives()));
        out.append(String.format(Locale.ROOT, "held meetings: P %.3f R %.3f F1 %.3f%n",
                heldMeetings.precision(), heldMeetings.recall(), heldMeetings.f1()));
        out.append(String.format(Locale.ROOT, "on matched meetings: status %.3f kind %.3f date %.3f city %.3f country %.3f%n",
                accuracy(statusRight), accuracy(kindRight), accuracy(dateRight), accuracy(cityRight), accuracy(countryRight)));
        out.append(String.format(Locale.ROOT, "topic countries: P %.3f R %.3f F1 %.3f%n",
                topicCountries.precision(), topicCountries.recall(), topicCountries.f1()));
        out.append(String.format(Locale.ROOT, "strict meeting F1 %.3f%n", strictMeetings.f1()));
        return out.toString();
    }
}
