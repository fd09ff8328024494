package io.newswire.ingest;

import io.newswire.schema.RawArticle;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of an ingest run.
 *
 * @param read        articles read (valid inputs), including duplicates
 * @param published   articles acknowledged by Kafka (or printed, in a dry run)
 * @param duplicates  articles skipped because one with the same id and content was already sent in this run
 * @param rejections  inputs rejected while reading, and articles Kafka did not accept, each with a reason
 * @param inFlight    articles sent but not yet acknowledged when the summary was taken (0 after a flush)
 * @param elapsed     time since the run started
 */
public record PublishSummary(long read, long published, long duplicates, List<Rejection> rejections, long inFlight,
        Duration elapsed) {
    public PublishSummary {
        rejections = List.copyOf(rejections);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public int rejected() {
        return rejections.size();
    }

    /** True when nothing was rejected and nothing is still in flight. */
    public boolean allPublished() {
        return rejections.isEmpty() && inFlight == 0;
    }

    /** Published articles per second over the run. */
    public double articlesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : published / s;
    }

    /** One line: {@code read 33, published 31, 2 duplicates skipped, 1 rejected in 1.20 s (25.8 articles/s)}. */
    public String line() {
        return String.format(Locale.ROOT, "read %d, published %d, %d duplicate%s skipped, %d rejected in %.2f s (%.1f articles/s)",
                read, published, duplicates, duplicates == 1 ? "" : "s", rejections.size(),
                elapsed.toNanos() / 1e9, articlesPerSecond());
    }

    /**
     * Rejections counted by kind of reason, most frequent first: {@code "2 binary data, 1 malformed JSON"}
     * (the reason up to its first parenthesis, colon or semicolon); empty when nothing was rejected.
     */
    public String rejectionBreakdown() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Rejection r : rejections) {
            String kind = r.reason().split("[(:;]", 2)[0].strip();
            counts.merge(kind.isEmpty() ? r.reason() : kind, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The line, then one indented line per rejection. */
    public String report() {
        StringBuilder sb = new StringBuilder(line());
        for (Rejection r : rejections) {
            sb.append(System.lineSeparator()).append("  rejected ").append(r.input()).append(": ").append(r.reason());
        }
        return sb.toString();
    }

    /**
     * Hash of what an article says (id, uri, provider, published, headline, body with whitespace runs
     * collapsed, language), ignoring where and when it was read: two reads of the same article, or of copies
     * that differ only in whitespace, have the same content hash.
     */
    public static String contentHash(RawArticle a) {
        String sep = "\u0000";
        return ArticleIds.contentHash(a.getId() + sep + a.getUri() + sep + a.getProvider() + sep + a.getPublished()
                + sep + a.getHeadline() + sep + ArticleIds.normalise(a.getBody()) + sep + a.getLanguage());
    }
}
