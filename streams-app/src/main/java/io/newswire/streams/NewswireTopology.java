package io.newswire.streams;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newswire.extract.Extractor;
import io.newswire.schema.ArticleFootprint;
import io.newswire.schema.CountChanges;
import io.newswire.schema.DailyCounts;
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
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The whole pipeline in one place.
 *
 * <pre>
 * news.articles.raw ─► enrich ─┬─► news.articles.dlq                    (cannot decode / cannot enrich)
 *                              └─► article contributions ─┬─► news.topics   (upserts, tombstones)
 *                                  (diff with the previous │
 *                                   version of the article)├─► by meeting id ─► meeting reports ─┬─► news.meetings
 *                                                          │                                    │
 *                                                          └──────────────► by day ◄────────────┘  count changes
 *                                                                             └─► daily counts: meetings-per-region-per-day,
 *                                                                                 meetings-per-country-per-day,
 *                                                                                 meetings-per-body-per-day,
 *                                                                                 meetings-per-venue-country-per-day,
 *                                                                                 topics-per-region-per-day,
 *                                                                                 topics-per-country-per-day,
 *                                                                                 themes-per-day
 * </pre>
 *
 * Every step emits only changes: a corrected article (same id, new text) withdraws the
 * reports and topics it no longer has and adds the new ones; a retraction (tombstone)
 * withdraws everything; each count change is a -1 for what stops counting and a +1 for what
 * starts. Two repartitions (by meeting, by day) and exactly-once keep every count exact.
 */
public final class NewswireTopology {
    /** Bucket of calls and video meetings in the region counts. */
    public static final String REMOTE = "REMOTE";
    /** Bucket of in-person meetings whose venue the text does not state. */
    public static final String UNKNOWN = "UNKNOWN";
    /** The repartition of count changes by day (an internal topic: '{application.id}-count-changes-by-day-repartition'). */
    static final String COUNT_CHANGES_BY_DAY = "count-changes-by-day";

    private NewswireTopology() {}

    public static Topology build(TopicNames topics, Extractor extractor, AvroSerdes avro) {
        return build(topics, extractor, avro, PipelineMetrics.NONE);
    }

    /** The topology, reporting articles, dead letters and emitted events to {@code metrics}. */
    public static Topology build(TopicNames topics, Extractor extractor, AvroSerdes avro, PipelineMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        Serde<String> keys = Serdes.String();
        Serde<MeetingEvent> meetingSerde = avro.serde(MeetingEvent.class);
        Serde<DailyCounts> countsSerde = avro.serde(DailyCounts.class);

        // 1. Read and enrich; what cannot be read or enriched goes to the dead-letter topic.
        Map<String, KStream<String, ReadResult>> read = builder
                .stream(topics.rawArticles(), Consumed.with(keys, Serdes.ByteArray()).withName("raw-articles"))
                .processValues(() -> new ArticleEnricher(extractor, avro.serde(RawArticle.class).deserializer(), metrics), Named.as("enrich"))
                .split(Named.as("read-"))
                .branch((id, result) -> result.isFailure(), Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));
        read.get("read-failed")
                // A key or value too large to send becomes a reference (see ArticleEnricher): a bounded record.
                .map((id, result) -> KeyValue.pair(Limits.cut(id, Limits.MAX_ID_CHARS),
                        result.failedValue() == ReadResult.NO_PAYLOAD ? null : result.failedValue()), Named.as("original-bytes"))
                .to(topics.deadLetters(), Produced.with(keys, Serdes.ByteArray()).withName("dead-letters"));

        // 2. What each article version adds, changes or withdraws.
        builder.addStateStore(uncachedStore(ArticleContributions.STORE, avro.serde(ArticleFootprint.class)));
        Map<String, KStream<String, Change>> contributions = read.get("read-ok")
                .mapValues(ReadResult::article, Named.as("enriched-article"))
                .process(ArticleContributions::new, Named.as("article-contributions"), ArticleContributions.STORE)
                .split(Named.as("contribution-"))
                .branch((key, c) -> c instanceof Change.Mention, Branched.as("mention"))
                .branch((key, c) -> c instanceof Change.Topic, Branched.as("topic"))
                .defaultBranch(Branched.as("count"));
        guarded(contributions.get("contribution-topic")
                .mapValues(c -> ((Change.Topic) c).event(), Named.as("topic-value")), "topic", topics, metrics)
                .peek((key, topic) -> metrics.topicEmitted(topic == null), Named.as("count-topics"))
                .to(topics.topics(), Produced.with(keys, avro.serde(TopicEvent.class)).withName("topics-out"));

        // 3. Meetings: every article's report of a meeting, merged into one event per meeting id.
        builder.addStateStore(store(MeetingReports.REPORTS_STORE, avro.serde(MeetingMentions.class)));
        builder.addStateStore(store(StoreNames.MEETINGS, meetingSerde));
        Map<String, KStream<String, Change>> meetingChanges = guarded(contributions.get("contribution-mention")
                .mapValues(c -> ((Change.Mention) c).mention(), Named.as("mention-value")), "mention", topics, metrics)
                .repartition(Repartitioned.with(keys, avro.serde(MeetingMention.class)).withName("mentions-by-meeting"))
                .process(() -> new MeetingReports(metrics), Named.as("meeting-reports"), MeetingReports.REPORTS_STORE, StoreNames.MEETINGS)
                .split(Named.as("meeting-"))
                .branch((key, c) -> c instanceof Change.Meeting, Branched.as("event"))
                .defaultBranch(Branched.as("count"));
        guarded(meetingChanges.get("meeting-event")
                .mapValues(c -> ((Change.Meeting) c).event(), Named.as("meeting-state")), "meeting", topics, metrics)
                .peek((id, meeting) -> metrics.meetingEmitted(meeting == null), Named.as("count-meetings"))
                .to(topics.meetings(), Produced.with(keys, meetingSerde).withName("meetings-out"));

        // 4. Daily counts of meetings and topics, by day.
        DailyCountUpdater.STORES.values().forEach(name -> builder.addStateStore(store(name, countsSerde)));
        guarded(contributions.get("contribution-count")
                .merge(meetingChanges.get("meeting-count"), Named.as("count-changes"))
                .mapValues(c -> ((Change.Count) c).changes(), Named.as("count-changes-value")), "count-changes", topics, metrics)
                .repartition(Repartitioned.with(keys, avro.serde(CountChanges.class)).withName(COUNT_CHANGES_BY_DAY))
                .processValues(DailyCountUpdater::new, Named.as("daily-counts"), DailyCountUpdater.STORES.values().toArray(String[]::new));

        return builder.build();
    }

    /**
     * {@code stream} without the records over {@link Limits#MAX_RECORD_BYTES}; each of those becomes a reference
     * on the dead-letter topic (no payload; headers name the input record and the reason). See {@link SizeGuard}.
     */
    @SuppressWarnings("unchecked")
    private static <V extends IndexedRecord> KStream<String, V> guarded(KStream<String, V> stream, String what, TopicNames topics,
                                                                       PipelineMetrics metrics) {
        Map<String, KStream<String, Object>> sized = stream
                .processValues(() -> new SizeGuard<V>(what, metrics), Named.as(what + "-size-guard"))
                .split(Named.as(what + "-sized-"))
                .branch((key, value) -> value == SizeGuard.TOO_LARGE, Branched.as("too-large"))
                .defaultBranch(Branched.as("ok"));
        sized.get(what + "-sized-too-large")
                .map((key, tooLarge) -> KeyValue.pair(Limits.cut(key, Limits.MAX_ID_CHARS), (byte[]) null), Named.as(what + "-reference"))
                .to(topics.deadLetters(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName(what + "-too-large"));
        return sized.get(what + "-sized-ok").mapValues(value -> (V) value, Named.as(what + "-sized"));
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> uncachedStore(String name, Serde<V> values) {
        // An article id is written about once per backfill: a cache would only add its lookups and evictions.
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        // The cache absorbs repeated writes of a key (a busy day, a much-reported meeting) between
        // commits, so the changelog gets one record per key per commit, not one per update.
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values).withCachingEnabled();
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

    /** Held in-person meetings whose venue country the text states: that country (the map's venue view). */
    static Collection<String> venueCountry(MeetingEvent m) {
        if (m.getStatus() != MeetingStatus.HELD || m.getKind() != MeetingKind.IN_PERSON
                || m.getLocation() == null || m.getLocation().getCountry() == null) {
            return List.of();
        }
        return List.of(m.getLocation().getCountry());
    }

    /**
     * Held meetings only: each distinct participant country once. Countries only: a side without a
     * country (a body, or not stated) is not counted here, so no UNKNOWN country and no body code that
     * shares a country's (the African Union's AU is Australia's).
     */
    static Collection<String> participantCountries(MeetingEvent m) {
        if (m.getStatus() != MeetingStatus.HELD) {
            return List.of();
        }
        Set<String> countries = new LinkedHashSet<>();
        for (Participant p : m.getParticipants()) {
            if (p.getCountry() != null) {
                countries.add(p.getCountry());
            }
        }
        return countries;
    }

    /** Held meetings only: each distinct international body among the participants once. */
    static Collection<String> participantBodies(MeetingEvent m) {
        if (m.getStatus() != MeetingStatus.HELD) {
            return List.of();
        }
        Set<String> bodies = new LinkedHashSet<>();
        for (Participant p : m.getParticipants()) {
            if (p.getBody() != null) {
                bodies.add(p.getBody());
            }
        }
        return bodies;
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

    /** A theme topic: its theme. */
    static Collection<String> theme(TopicEvent t) {
        return t.getKind() == TopicKind.THEME ? List.of(t.getCode()) : List.of();
    }

    static String regionBucket(String region, String subregion) {
        return subregion == null ? region : region + "/" + subregion;
    }
}
