package io.newswire.streams.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newswire.schema.DailyCounts;
import io.newswire.schema.MeetingEvent;
import io.newswire.streams.runtime.StreamsRunner;
import io.newswire.streams.topology.StoreNames;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** The aggregates of one instance as JSON-ready lists, for `demo --once` and the HTTP API. */
public final class Aggregates {
    private Aggregates() {}

    public static List<Map<String, Object>> meetingsPerRegion(StreamsRunner runner, LocalDate from, LocalDate to) {
        return rows(runner, StoreNames.MEETINGS_PER_REGION, from, to, true, "meetings");
    }

    public static List<Map<String, Object>> meetingsPerCountry(StreamsRunner runner, LocalDate from, LocalDate to) {
        return rows(runner, StoreNames.MEETINGS_PER_COUNTRY, from, to, false, "meetings");
    }

    public static List<Map<String, Object>> meetingsPerBody(StreamsRunner runner, LocalDate from, LocalDate to) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoreQueries.DayCount row : StoreQueries.range(runner.store(StoreNames.MEETINGS_PER_BODY), from, to)) {
            out.add(EventJson.bodyRow(row, "meetings"));
        }
        return out;
    }

    public static List<Map<String, Object>> topicsPerRegion(StreamsRunner runner, LocalDate from, LocalDate to) {
        return rows(runner, StoreNames.TOPICS_PER_REGION, from, to, true, "mentions");
    }

    public static List<Map<String, Object>> topicsPerCountry(StreamsRunner runner, LocalDate from, LocalDate to) {
        return rows(runner, StoreNames.TOPICS_PER_COUNTRY, from, to, false, "mentions");
    }

    /** Every meeting some article reports, ordered by day then id. */
    public static List<Map<String, Object>> meetings(StreamsRunner runner) {
        ReadOnlyKeyValueStore<String, MeetingEvent> store = runner.store(StoreNames.MEETINGS);
        List<MeetingEvent> all = new ArrayList<>();
        try (KeyValueIterator<String, MeetingEvent> it = store.all()) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        all.sort(Comparator.comparing((MeetingEvent m) -> String.valueOf(m.getDay())).thenComparing(MeetingEvent::getMeetingId));
        List<Map<String, Object>> out = new ArrayList<>();
        for (MeetingEvent m : all) {
            out.add(EventJson.meeting(m));
        }
        return out;
    }

    /** The whole picture, as `demo --once` prints it. */
    public static Map<String, Object> summary(StreamsRunner runner) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("meetingsPerRegionPerDay", meetingsPerRegion(runner, null, null));
        out.put("meetingsPerCountryPerDay", meetingsPerCountry(runner, null, null));
        out.put("meetingsPerBodyPerDay", meetingsPerBody(runner, null, null));
        out.put("topicsPerRegionPerDay", topicsPerRegion(runner, null, null));
        out.put("topicsPerCountryPerDay", topicsPerCountry(runner, null, null));
        out.put("meetings", meetings(runner));
        return out;
    }

    private static List<Map<String, Object>> rows(StreamsRunner runner, String storeName, LocalDate from, LocalDate to,
                                                  boolean region, String countName) {
        ReadOnlyKeyValueStore<String, DailyCounts> store = runner.store(storeName);
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoreQueries.DayCount row : StoreQueries.range(store, from, to)) {
            out.add(region ? EventJson.regionRow(row, countName) : EventJson.countryRow(row, countName));
        }
        return out;
    }
}
