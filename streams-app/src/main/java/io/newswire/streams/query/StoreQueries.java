package io.newswire.streams.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.newswire.schema.DailyCounts;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the daily aggregate stores of one instance. Days are the store keys, ISO
 * 'YYYY-MM-DD', so a day range is a key range (string order is date order).
 */
public final class StoreQueries {
    /** One bucket's count on one day. */
    public record DayCount(String day, String bucket, long count) {}

    private StoreQueries() {}

    /** Every (day, bucket, count) of {@code store} from {@code from} to {@code to} inclusive; null bounds are open. */
    public static List<DayCount> range(ReadOnlyKeyValueStore<String, DailyCounts> store, LocalDate from, LocalDate to) {
        List<DayCount> out = new ArrayList<>();
        try (KeyValueIterator<String, DailyCounts> it = store.range(
                from == null ? null : from.toString(), to == null ? null : to.toString())) {
            while (it.hasNext()) {
                KeyValue<String, DailyCounts> kv = it.next();
                for (Map.Entry<String, Long> e : new TreeMap<>(kv.value.getCounts()).entrySet()) {
                    out.add(new DayCount(kv.key, e.getKey(), e.getValue()));
                }
            }
        }
        return out;
    }
}
