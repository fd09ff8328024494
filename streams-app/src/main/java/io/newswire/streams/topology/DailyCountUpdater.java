package io.newswire.streams.topology;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newswire.schema.CountChanges;
import io.newswire.schema.CountDelta;
import io.newswire.schema.CountDimension;
import io.newswire.schema.DailyCounts;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies count changes to the daily aggregate stores (key: day), a day's batch at a time. Every +1 has a -1
 * emitted by the same upstream state change when the value stops counting, so, with
 * exactly-once, the stores always hold the counts of the current meetings and topics. A
 * day with nothing counted is deleted.
 */
final class DailyCountUpdater implements FixedKeyProcessor<String, CountChanges, Void> {
    static final Map<CountDimension, String> STORES = Map.of(
            CountDimension.MEETINGS_BY_REGION, StoreNames.MEETINGS_PER_REGION,
            CountDimension.MEETINGS_BY_COUNTRY, StoreNames.MEETINGS_PER_COUNTRY,
            CountDimension.MEETINGS_BY_BODY, StoreNames.MEETINGS_PER_BODY,
            CountDimension.MEETINGS_BY_VENUE_COUNTRY, StoreNames.MEETINGS_PER_VENUE_COUNTRY,
            CountDimension.TOPICS_BY_REGION, StoreNames.TOPICS_PER_REGION,
            CountDimension.TOPICS_BY_COUNTRY, StoreNames.TOPICS_PER_COUNTRY,
            CountDimension.THEMES, StoreNames.THEMES_PER_DAY);

    private final Map<CountDimension, KeyValueStore<String, DailyCounts>> stores = new EnumMap<>(CountDimension.class);

    @Override
    public void init(FixedKeyProcessorContext<String, Void> context) {
        STORES.forEach((dimension, name) -> stores.put(dimension, context.getStateStore(name)));
    }

    @Override
    public void process(FixedKeyRecord<String, CountChanges> record) {
        String day = record.key();
        Map<CountDimension, List<CountDelta>> byDimension = new EnumMap<>(CountDimension.class);
        for (CountDelta delta : record.value().getChanges()) {
            byDimension.computeIfAbsent(delta.getDimension(), d -> new ArrayList<>()).add(delta);
        }
        byDimension.forEach((dimension, deltas) -> apply(stores.get(dimension), day, deltas));
    }

    /** One read and one write of the day's counts per dimension, whatever the number of buckets changed. */
    private static void apply(KeyValueStore<String, DailyCounts> store, String day, List<CountDelta> deltas) {
        DailyCounts current = store.get(day);
        Map<String, Long> counts = current == null ? new HashMap<>() : new HashMap<>(current.getCounts());
        for (CountDelta delta : deltas) {
            long n = counts.getOrDefault(delta.getBucket(), 0L) + delta.getDelta();
            if (n == 0) {
                counts.remove(delta.getBucket());
            } else {
                counts.put(delta.getBucket(), n);
            }
        }
        if (counts.isEmpty()) {
            store.delete(day);
        } else {
            store.put(day, new DailyCounts(day, counts));
        }
    }
}
