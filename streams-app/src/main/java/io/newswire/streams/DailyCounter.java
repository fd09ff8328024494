package io.newswire.streams;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import io.newswire.schema.DailyCounts;
import org.apache.kafka.streams.kstream.Aggregator;

/**
 * Adder and subtractor of a day's counts. {@code buckets} names the buckets one value
 * counts in (none to skip it), so the adder and subtractor always agree on what a value
 * contributed and an update or retraction undoes exactly that.
 */
final class DailyCounter<V> {
    private final Function<V, Collection<String>> buckets;

    DailyCounter(Function<V, Collection<String>> buckets) {
        this.buckets = buckets;
    }

    /** Both return null while nothing is counted on a day, which keeps (or deletes) the day out of the store. */
    Aggregator<String, V, DailyCounts> adder() {
        return (day, value, counts) -> nullIfEmpty(apply(day, value, counts, +1));
    }

    Aggregator<String, V, DailyCounts> subtractor() {
        return (day, value, counts) -> nullIfEmpty(apply(day, value, counts, -1));
    }

    private static DailyCounts nullIfEmpty(DailyCounts counts) {
        return counts.getCounts().isEmpty() ? null : counts;
    }

    static DailyCounts empty() {
        return new DailyCounts("", new HashMap<>());
    }

    private DailyCounts apply(String day, V value, DailyCounts counts, int sign) {
        Map<String, Long> next = new HashMap<>(counts.getCounts());
        for (String bucket : buckets.apply(value)) {
            long n = next.getOrDefault(bucket, 0L) + sign;
            if (n == 0) {
                next.remove(bucket);
            } else {
                next.put(bucket, n);
            }
        }
        return new DailyCounts(day, next);
    }
}
