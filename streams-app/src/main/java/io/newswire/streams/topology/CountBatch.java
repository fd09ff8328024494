package io.newswire.streams.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import io.newswire.schema.CountChanges;
import io.newswire.schema.CountDelta;
import io.newswire.schema.CountDimension;

/**
 * The count changes of one state change, summed per (day, dimension, bucket): a -1 and a +1
 * for the same bucket (a meeting that gains a report but keeps its day and venue) cancel out
 * here instead of travelling through the repartition topic, and each day gets one record.
 */
final class CountBatch {
    private record Bucket(CountDimension dimension, String bucket) {}

    private final Map<String, Map<Bucket, Integer>> byDay = new LinkedHashMap<>();

    void add(String day, CountDimension dimension, String bucket, int delta) {
        byDay.computeIfAbsent(day, d -> new LinkedHashMap<>()).merge(new Bucket(dimension, bucket), delta, Integer::sum);
    }

    /** Calls {@code sink} once per day with a non-zero change, with that day's changes. */
    void forEachDay(BiConsumer<String, CountChanges> sink) {
        byDay.forEach((day, buckets) -> {
            List<CountDelta> changes = new ArrayList<>();
            buckets.forEach((b, delta) -> {
                if (delta != 0) {
                    changes.add(new CountDelta(b.dimension(), b.bucket(), delta));
                }
            });
            if (!changes.isEmpty()) {
                sink.accept(day, new CountChanges(changes));
            }
        });
    }
}
