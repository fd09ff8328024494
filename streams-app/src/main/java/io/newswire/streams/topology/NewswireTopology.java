package io.newswire.streams.topology;

import java.util.Map;

import io.newswire.extract.Extractor;
import io.newswire.schema.ArticleFootprint;
import io.newswire.schema.CountChanges;
import io.newswire.schema.DailyCounts;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingReport;
import io.newswire.schema.MeetingReports;
import io.newswire.schema.RawArticle;
import io.newswire.schema.TopicEvent;
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
 *                              └─► article reports ───────┬─► news.topics   (upserts, tombstones)
 *                                  (diff with the previous │
 *                                   version of the article)├─► by block ─► identity resolution ─┬─► by meeting id ─► meetings ─► news.meetings
 *                                                          │   (the set     (reports of one      │
 *                                                          │    of sides)    meeting, one event) │
 *                                                          └──────────────► by day ◄─────────────┘  count changes
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
 * starts. Two repartitions (by meeting, by day) and exactly-once keep every count exact. Which
 * buckets a meeting or topic counts in is {@link CountBuckets}.
 *
 * <p><b>Why the topology codes its adder and subtractor instead of {@code groupBy().aggregate()}.</b>
 * {@code KTable.groupBy(mapper).aggregate(initializer, adder, subtractor)} maps each row to exactly one
 * group key and, on an update, sends the old row to the subtractor and the new one to the adder as separate
 * repartition records. A meeting counts in many buckets of several stores at once (its venue region, each
 * participant country, each body, its venue country) and an update can move its day; expressing that with
 * {@code aggregate()} needs a KTable per dimension exploded to one row per (meeting, bucket), each with its own
 * repartition and changelog, and sends a -1 and a +1 even when nothing countable changed. The processors
 * instead compute the count changes themselves ({@link MeetingResolver}, {@link ArticleReports}: -1 for the old
 * state, +1 for the new), sum them per day so that a change that leaves every bucket as it was sends nothing,
 * and send one {@code CountChanges} record per day through one repartition to {@link DailyCountUpdater}.
 */
public final class NewswireTopology {
    /*
     * The names of the repartition topics ('{application.id}-{name}-repartition') and of the stores are part of a
     * running application's internal format: they change only at the next internal-format break (see README,
     * "Upgrading"). Processor names are not: they appear only in the topology description and processor-level metrics.
     */
    /** Count changes, by day. */
    static final String COUNT_CHANGES_BY_DAY = "count-changes-by-day";
    /** Articles' reports of meetings, by blocking key (issue 17; before it, "mentions-by-meeting", by report id). */
    static final String REPORTS_BY_BLOCK = "reports-by-block";
    /** Meetings' states, by meeting id. */
    static final String MEETINGS_BY_ID = "meetings-by-id";

    private NewswireTopology() {}

    public static Topology build(TopicNames topics, Extractor extractor, AvroSerdes avro) {
        return build(topics, extractor, avro, PipelineMetrics.NONE);
    }

    /** The topology, reporting articles, dead letters and emitted events to {@code metrics}. */
    public static Topology build(TopicNames topics, Extractor extractor, AvroSerdes avro, PipelineMetrics metrics) {
        return build(topics, extractor, avro, metrics, 0.0);
    }

    /**
     * The same, dropping the extracted meetings whose confidence is below {@code minConfidence}
     * ({@link StreamsSettings#MIN_CONFIDENCE}) before they become reports: neither published nor counted.
     */
    public static Topology build(TopicNames topics, Extractor extractor, AvroSerdes avro, PipelineMetrics metrics,
                                 double minConfidence) {
        StreamsBuilder builder = new StreamsBuilder();
        Serde<String> keys = Serdes.String();
        Serde<MeetingEvent> meetingSerde = avro.serde(MeetingEvent.class);
        Serde<DailyCounts> countsSerde = avro.serde(DailyCounts.class);

        // 1. Read and enrich; what cannot be read or enriched goes to the dead-letter topic.
        Map<String, KStream<String, ReadResult>> read = builder
                .stream(topics.rawArticles(), Consumed.with(keys, Serdes.ByteArray()).withName("raw-articles"))
                .processValues(() -> new ArticleEnricher(extractor, avro.serde(RawArticle.class).deserializer(), metrics, minConfidence), Named.as("enrich"))
                .split(Named.as("read-"))
                .branch((id, result) -> result.isFailure(), Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));
        read.get("read-failed")
                // A key or value too large to send becomes a reference (see ArticleEnricher): a bounded record.
                .map((id, result) -> KeyValue.pair(Limits.cut(id, Limits.MAX_ID_CHARS),
                        result.failedValue() == ReadResult.NO_PAYLOAD ? null : result.failedValue()), Named.as("original-bytes"))
                .to(topics.deadLetters(), Produced.with(keys, Serdes.ByteArray()).withName("dead-letters"));

        // 2. What each article version adds, changes or withdraws.
        builder.addStateStore(uncachedStore(ArticleReports.FOOTPRINTS_STORE, avro.serde(ArticleFootprint.class)));
        Map<String, KStream<String, Change>> articleChanges = read.get("read-ok")
                .mapValues(ReadResult::article, Named.as("enriched-article"))
                .process(ArticleReports::new, Named.as("article-reports"), ArticleReports.FOOTPRINTS_STORE)
                .split(Named.as("article-"))
                .branch((key, c) -> c instanceof Change.Report, Branched.as("report"))
                .branch((key, c) -> c instanceof Change.Topic, Branched.as("topic"))
                .defaultBranch(Branched.as("count"));
        guarded(articleChanges.get("article-topic")
                .mapValues(c -> ((Change.Topic) c).event(), Named.as("topic-value")), "topic", topics, metrics)
                .peek((key, topic) -> metrics.topicEmitted(topic == null), Named.as("count-topics"))
                .to(topics.topics(), Produced.with(keys, avro.serde(TopicEvent.class)).withName("topics-out"));

        // 3. Meetings: identity resolution groups the reports of one real meeting, by blocking key (the set of
        //    sides), into one event; the events are repartitioned by meeting id for the API's key lookups.
        builder.addStateStore(store(MeetingResolver.CLUSTERS_STORE, avro.serde(MeetingReports.class)));
        builder.addStateStore(uncachedStore(MeetingResolver.REPORT_CLUSTERS_STORE, Serdes.String()));
        builder.addStateStore(store(StoreNames.MEETINGS, meetingSerde));
        Map<String, KStream<String, Change>> meetingChanges = guarded(articleChanges.get("article-report")
                .mapValues(c -> ((Change.Report) c).report(), Named.as("report-value")), "report", topics, metrics)
                .repartition(Repartitioned.with(keys, avro.serde(MeetingReport.class)).withName(REPORTS_BY_BLOCK))
                .process(() -> new MeetingResolver(metrics), Named.as("identity-resolution"),
                        MeetingResolver.CLUSTERS_STORE, MeetingResolver.REPORT_CLUSTERS_STORE)
                .split(Named.as("meeting-"))
                .branch((key, c) -> c instanceof Change.Meeting, Branched.as("event"))
                .defaultBranch(Branched.as("count"));
        guarded(meetingChanges.get("meeting-event")
                .mapValues(c -> ((Change.Meeting) c).event(), Named.as("meeting-state")), "meeting", topics, metrics)
                .repartition(Repartitioned.with(keys, meetingSerde).withName(MEETINGS_BY_ID))
                .processValues(MeetingStates::new, Named.as("meeting-states"), StoreNames.MEETINGS)
                .peek((id, meeting) -> metrics.meetingEmitted(meeting == null), Named.as("count-meetings"))
                .to(topics.meetings(), Produced.with(keys, meetingSerde).withName("meetings-out"));

        // 4. Daily counts of meetings and topics, by day.
        DailyCountUpdater.STORES.values().forEach(name -> builder.addStateStore(store(name, countsSerde)));
        guarded(articleChanges.get("article-count")
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
}
