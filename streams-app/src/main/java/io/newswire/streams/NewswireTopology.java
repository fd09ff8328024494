package io.newswire.streams;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newswire.extract.Extractor;
import io.newswire.schema.DailyCounts;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.MeetingMention;
import io.newswire.schema.MeetingMentions;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.Participant;
import io.newswire.schema.RawArticle;
import io.newswire.schema.TopicEvent;
import io.newswire.schema.TopicKind;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The whole pipeline in one place.
 *
 * <pre>
 * news.articles.raw ─► enrich ─┬─► news.articles.dlq            (cannot decode / cannot enrich)
 *                              └─► articles ─► meeting-mention diff ─► mentions table ─► group by meeting
 *                                     │                                     ─► meetings ─► news.meetings
 *                                     │                                            ├─► meetings-per-region-per-day
 *                                     │                                            └─► meetings-per-country-per-day
 *                                     └────► topic diff ─► news.topics
 *                                                      └─► topics table ─► topics-per-region-per-day
 *                                                                       └─► topics-per-country-per-day
 * </pre>
 *
 * Every derived record is an upsert or a tombstone of a KTable, so a corrected article
 * (same id, new text) or a retraction (tombstone) updates the meetings and every count.
 */
public final class NewswireTopology {
    /** Bucket of calls and video meetings in the region counts. */
    public static final String REMOTE = "REMOTE";
    /** Bucket of in-person meetings whose venue the text does not state. */
    public static final String UNKNOWN = "UNKNOWN";

    private NewswireTopology() {}

    public static Topology build(TopicNames topics, Extractor extractor, AvroSerdes avro) {
        StreamsBuilder builder = new StreamsBuilder();
        Serde<String> keys = Serdes.String();
        Serde<EnrichedArticle> enrichedSerde = avro.serde(EnrichedArticle.class);
        Serde<MeetingMention> mentionSerde = avro.serde(MeetingMention.class);
        Serde<MeetingEvent> meetingSerde = avro.serde(MeetingEvent.class);
        Serde<TopicEvent> topicSerde = avro.serde(TopicEvent.class);
        Serde<DailyCounts> countsSerde = avro.serde(DailyCounts.class);
        Serde<RawArticle> rawSerde = avro.serde(RawArticle.class);

        // 1. Read and enrich; what cannot be read or enriched goes to the dead-letter topic.
        Map<String, KStream<String, ReadResult>> read = builder
                .stream(topics.rawArticles(), Consumed.with(keys, Serdes.ByteArray()).withName("raw-articles"))
                .processValues(() -> new ArticleEnricher(extractor, rawSerde.deserializer()), Named.as("enrich"))
                .split(Named.as("read-"))
                .branch((id, result) -> result.isFailure(), Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));
        read.get("read-failed")
                .mapValues(ReadResult::failedValue, Named.as("original-bytes"))
                .to(topics.deadLetters(), Produced.with(keys, Serdes.ByteArray()).withName("dead-letters"));
        KStream<String, EnrichedArticle> articles = read.get("read-ok")
                .mapValues(ReadResult::article, Named.as("enriched-article"));

        // 2. Meetings: each article version's reports, diffed against its previous version,
        //    merged per meeting over all articles.
        builder.addStateStore(diffStore("meeting-mention-keys"));
        KTable<String, MeetingMention> mentions = articles
                .process(() -> new KeyedDiff<>("meeting-mention-keys", NewswireTopology::mentionsOf),
                        Named.as("meeting-mention-diff"), "meeting-mention-keys")
                .toTable(Named.as("mentions"), Materialized.<String, MeetingMention, KeyValueStore<Bytes, byte[]>>as("meeting-mentions")
                        .withKeySerde(keys).withValueSerde(mentionSerde));
        KTable<String, MeetingEvent> meetings = mentions
                .groupBy((key, mention) -> KeyValue.pair(mention.getMeetingId(), mention),
                        Grouped.with("by-meeting", keys, mentionSerde))
                .aggregate(() -> new MeetingMentions("", new ArrayList<>()), MeetingMerger::add, MeetingMerger::remove,
                        Named.as("merge-reports"),
                        Materialized.<String, MeetingMentions, KeyValueStore<Bytes, byte[]>>as("meeting-reports")
                                .withKeySerde(keys).withValueSerde(avro.serde(MeetingMentions.class)))
                .mapValues(MeetingMerger::merge, Named.as("merge"),
                        Materialized.<String, MeetingEvent, KeyValueStore<Bytes, byte[]>>as(StoreNames.MEETINGS)
                                .withKeySerde(keys).withValueSerde(meetingSerde));
        meetings.toStream(Named.as("meeting-changes"))
                .to(topics.meetings(), Produced.with(keys, meetingSerde).withName("meetings-out"));

        countPerDay(meetings, NewswireTopology::meetingDay, NewswireTopology::venueBucket,
                StoreNames.MEETINGS_PER_REGION, "meetings-by-day-region", meetingSerde, countsSerde);
        countPerDay(meetings, NewswireTopology::meetingDay, NewswireTopology::participantCountries,
                StoreNames.MEETINGS_PER_COUNTRY, "meetings-by-day-country", meetingSerde, countsSerde);

        // 3. Topics: one compacted record per (article, topic), retracted with the article.
        builder.addStateStore(diffStore("topic-keys"));
        KStream<String, TopicEvent> topicEvents = articles
                .process(() -> new KeyedDiff<>("topic-keys", NewswireTopology::topicsOf), Named.as("topic-diff"), "topic-keys");
        topicEvents.to(topics.topics(), Produced.with(keys, topicSerde).withName("topics-out"));
        KTable<String, TopicEvent> topicTable = topicEvents.toTable(Named.as("topic-table"),
                Materialized.<String, TopicEvent, KeyValueStore<Bytes, byte[]>>as("topic-events")
                        .withKeySerde(keys).withValueSerde(topicSerde));
        countPerDay(topicTable, t -> String.valueOf(t.getDate()), t -> countryTopic(t, true),
                StoreNames.TOPICS_PER_REGION, "topics-by-day-region", topicSerde, countsSerde);
        countPerDay(topicTable, t -> String.valueOf(t.getDate()), t -> countryTopic(t, false),
                StoreNames.TOPICS_PER_COUNTRY, "topics-by-day-country", topicSerde, countsSerde);

        return builder.build();
    }

    /** Groups a table by day and keeps, per day, how many values fall in each bucket. */
    private static <V> void countPerDay(KTable<String, V> table, java.util.function.Function<V, String> day,
                                        java.util.function.Function<V, Collection<String>> buckets,
                                        String store, String name, Serde<V> valueSerde, Serde<DailyCounts> countsSerde) {
        DailyCounter<V> counter = new DailyCounter<>(buckets);
        table.groupBy((key, value) -> KeyValue.pair(day.apply(value), value), Grouped.with(name, Serdes.String(), valueSerde))
                .aggregate(DailyCounter::empty, counter.adder(), counter.subtractor(), Named.as(name + "-count"),
                        Materialized.<String, DailyCounts, KeyValueStore<Bytes, byte[]>>as(store)
                                .withKeySerde(Serdes.String()).withValueSerde(countsSerde));
    }

    private static org.apache.kafka.streams.state.StoreBuilder<KeyValueStore<String, List<String>>> diffStore(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(),
                Serdes.ListSerde(ArrayList.class, Serdes.String()));
    }

    static Map<String, MeetingMention> mentionsOf(EnrichedArticle article) {
        Map<String, MeetingMention> out = new LinkedHashMap<>();
        for (MeetingMention m : article.getMeetings()) {
            out.put(EventMapper.mentionKey(m), m);
        }
        return out;
    }

    static Map<String, TopicEvent> topicsOf(EnrichedArticle article) {
        Map<String, TopicEvent> out = new LinkedHashMap<>();
        for (TopicEvent t : article.getTopics()) {
            out.put(EventMapper.topicKey(t), t);
        }
        return out;
    }

    static String meetingDay(MeetingEvent m) {
        return m.getDay() == null ? "unknown" : m.getDay().toString();
    }

    /** Held meetings only: by venue region, REMOTE for calls and video, UNKNOWN without a venue. */
    static Collection<String> venueBucket(MeetingEvent m) {
        if (m.getStatus() != MeetingStatus.HELD) {
            return List.of();
        }
        if (m.getKind() != MeetingKind.IN_PERSON) {
            return List.of(REMOTE);
        }
        if (m.getLocation() == null || m.getLocation().getRegion() == null) {
            return List.of(UNKNOWN);
        }
        return List.of(regionBucket(m.getLocation().getRegion(), m.getLocation().getSubregion()));
    }

    /** Held meetings only: each distinct participant country once. */
    static Collection<String> participantCountries(MeetingEvent m) {
        if (m.getStatus() != MeetingStatus.HELD) {
            return List.of();
        }
        Set<String> countries = new LinkedHashSet<>();
        for (Participant p : m.getParticipants()) {
            countries.add(p.getCountry() == null ? UNKNOWN : p.getCountry());
        }
        return countries;
    }

    static Collection<String> countryTopic(TopicEvent t, boolean byRegion) {
        if (t.getKind() != TopicKind.COUNTRY) {
            return List.of();
        }
        if (!byRegion) {
            return List.of(t.getCode());
        }
        return List.of(t.getRegion() == null ? UNKNOWN : regionBucket(t.getRegion(), t.getSubregion()));
    }

    static String regionBucket(String region, String subregion) {
        return subregion == null ? region : region + "/" + subregion;
    }
}
