package io.newswire.streams.topology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newswire.schema.ArticleFootprint;
import io.newswire.schema.CountDimension;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.MeetingReport;
import io.newswire.schema.ReportFootprint;
import io.newswire.schema.TopicEvent;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Compares each version of an article with the previous one and emits only what changed: its
 * reports of meetings (a report: one article's account of one meeting) that it adds, changes or
 * withdraws, keyed by their blocking key for identity resolution ({@link MeetingResolver}), its topic events (tombstones for the ones it no longer has), and the topic counts
 * that change. A retraction (null) withdraws everything;
 * the same version again emits nothing.
 *
 * <p>The store keeps each article's footprint, not the article: a fingerprint per meeting
 * report (a withdrawal needs only the ids) and the topic events (their counts must be taken
 * back). That is a small fraction of the article, which keeps the store, its changelog and a
 * restore small on a long backfill.
 *
 * <p>Named ArticleContributions before issue 15. A report is the Avro type {@code MeetingReport} (named
 * {@code MeetingMention} before the issue-17 format break, kept as its alias).
 */
final class ArticleReports implements Processor<String, EnrichedArticle, String, Change> {
    /** Article id to {@code ArticleFootprint}; the name is the changelog's: it changes only at the next internal-format break. */
    static final String FOOTPRINTS_STORE = "article-footprints";

    private final AvroFingerprint<MeetingReport> fingerprints = new AvroFingerprint<>(MeetingReport.class);
    private ProcessorContext<String, Change> context;
    private KeyValueStore<String, ArticleFootprint> footprints;

    @Override
    public void init(ProcessorContext<String, Change> context) {
        this.context = context;
        this.footprints = context.getStateStore(FOOTPRINTS_STORE);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        String articleId = record.key();
        EnrichedArticle article = record.value();
        ArticleFootprint before = footprints.get(articleId);
        Map<String, MeetingReport> reports = byMeeting(article);
        ArticleFootprint after = article == null ? null : footprint(articleId, reports, article.getTopics());
        if (AvroEquality.same(before, after)) {
            return;
        }
        diffReports(record, before, after, reports);
        diffTopics(record, before, after);
        if (after == null) {
            footprints.delete(articleId);
        } else {
            footprints.put(articleId, after);
        }
    }

    private ArticleFootprint footprint(String articleId, Map<String, MeetingReport> reports, List<TopicEvent> topics) {
        List<ReportFootprint> prints = reports.values().stream()
                .map(m -> new ReportFootprint(m.getMeetingId(), fingerprints.of(m), MeetingMatcher.block(m.getMeeting())))
                .toList();
        return new ArticleFootprint(articleId, prints, topics);
    }

    private void diffReports(Record<String, EnrichedArticle> record, ArticleFootprint before, ArticleFootprint after,
                             Map<String, MeetingReport> reports) {
        Map<String, ReportFootprint> old = footprintsByMeeting(before);
        Map<String, ReportFootprint> now = footprintsByMeeting(after);
        for (ReportFootprint gone : old.values()) {
            if (!now.containsKey(gone.getMeetingId())) {
                // Identity resolution needs only the ids to withdraw a report, and the block to find it.
                MeetingReport withdrawn = MeetingReport.newBuilder().setMeetingId(gone.getMeetingId()).setArticleId(record.key())
                        .setMeeting(null).build();
                context.forward(record.withKey(gone.getBlock()).withValue(new Change.Report(withdrawn)));
            }
        }
        now.forEach((meetingId, print) -> {
            ReportFootprint previous = old.get(meetingId);
            if (previous == null || previous.getFingerprint() != print.getFingerprint()) {
                context.forward(record.withKey(print.getBlock()).withValue(new Change.Report(reports.get(meetingId))));
            }
        });
    }

    private void diffTopics(Record<String, EnrichedArticle> record, ArticleFootprint before, ArticleFootprint after) {
        Map<String, TopicEvent> old = topicsByKey(before);
        Map<String, TopicEvent> now = topicsByKey(after);
        CountBatch counts = new CountBatch();
        for (Map.Entry<String, TopicEvent> e : old.entrySet()) {
            TopicEvent replacement = now.get(e.getKey());
            if (!AvroEquality.same(e.getValue(), replacement)) {
                count(counts, e.getValue(), -1);
                if (replacement == null) {
                    context.forward(record.withKey(e.getKey()).withValue(new Change.Topic(null)));
                }
            }
        }
        for (Map.Entry<String, TopicEvent> e : now.entrySet()) {
            if (!AvroEquality.same(e.getValue(), old.get(e.getKey()))) {
                count(counts, e.getValue(), +1);
                context.forward(record.withKey(e.getKey()).withValue(new Change.Topic(e.getValue())));
            }
        }
        counts.forEachDay((day, changes) -> context.forward(record.withKey(day).withValue(new Change.Count(changes))));
    }

    private static void count(CountBatch counts, TopicEvent topic, int delta) {
        String day = String.valueOf(topic.getDate());
        for (String bucket : CountBuckets.countryTopic(topic, true)) {
            counts.add(day, CountDimension.TOPICS_BY_REGION, bucket, delta);
        }
        for (String bucket : CountBuckets.countryTopic(topic, false)) {
            counts.add(day, CountDimension.TOPICS_BY_COUNTRY, bucket, delta);
        }
        for (String theme : CountBuckets.theme(topic)) {
            counts.add(day, CountDimension.THEMES, theme, delta);
        }
    }

    private static Map<String, MeetingReport> byMeeting(EnrichedArticle article) {
        Map<String, MeetingReport> out = new LinkedHashMap<>();
        for (MeetingReport m : article == null ? List.<MeetingReport>of() : article.getMeetings()) {
            out.put(m.getMeetingId(), m);
        }
        return out;
    }

    private static Map<String, ReportFootprint> footprintsByMeeting(ArticleFootprint footprint) {
        Map<String, ReportFootprint> out = new LinkedHashMap<>();
        for (ReportFootprint r : footprint == null ? List.<ReportFootprint>of() : footprint.getReports()) {
            out.put(r.getMeetingId(), r);
        }
        return out;
    }

    private static Map<String, TopicEvent> topicsByKey(ArticleFootprint footprint) {
        Map<String, TopicEvent> out = new LinkedHashMap<>();
        for (TopicEvent t : footprint == null ? List.<TopicEvent>of() : footprint.getTopics()) {
            out.put(EventMapper.topicKey(t), t);
        }
        return out;
    }
}
