package io.newswire.streams;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newswire.schema.CountDelta;
import io.newswire.schema.CountDimension;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.MeetingMention;
import io.newswire.schema.TopicEvent;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Compares each version of an article with the previous one (kept in a store, by article id)
 * and emits only what changed: the meeting reports it adds, changes or withdraws, its topic
 * events (tombstones for the ones it no longer has), and the topic counts that change. A
 * retraction (null) withdraws everything; the same version again emits nothing.
 */
final class ArticleContributions implements Processor<String, EnrichedArticle, String, Change> {
    static final String STORE = "article-contributions";

    private ProcessorContext<String, Change> context;
    private KeyValueStore<String, EnrichedArticle> previous;

    @Override
    public void init(ProcessorContext<String, Change> context) {
        this.context = context;
        this.previous = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        String articleId = record.key();
        EnrichedArticle before = previous.get(articleId);
        EnrichedArticle after = record.value();
        if (AvroEquality.same(before, after)) {
            return;
        }
        diffMeetings(record, before, after);
        diffTopics(record, before, after);
        if (after == null) {
            previous.delete(articleId);
        } else {
            previous.put(articleId, after);
        }
    }

    private void diffMeetings(Record<String, EnrichedArticle> record, EnrichedArticle before, EnrichedArticle after) {
        Map<String, MeetingMention> old = byMeeting(before);
        Map<String, MeetingMention> now = byMeeting(after);
        for (MeetingMention m : old.values()) {
            if (!now.containsKey(m.getMeetingId())) {
                MeetingMention withdrawn = MeetingMention.newBuilder(m).setMeeting(null).build();
                context.forward(record.withKey(m.getMeetingId()).withValue(new Change.Mention(withdrawn)));
            }
        }
        for (MeetingMention m : now.values()) {
            if (!AvroEquality.same(m, old.get(m.getMeetingId()))) {
                context.forward(record.withKey(m.getMeetingId()).withValue(new Change.Mention(m)));
            }
        }
    }

    private void diffTopics(Record<String, EnrichedArticle> record, EnrichedArticle before, EnrichedArticle after) {
        Map<String, TopicEvent> old = byKey(before);
        Map<String, TopicEvent> now = byKey(after);
        for (Map.Entry<String, TopicEvent> e : old.entrySet()) {
            TopicEvent replacement = now.get(e.getKey());
            if (!AvroEquality.same(e.getValue(), replacement)) {
                count(record, e.getValue(), -1);
                if (replacement == null) {
                    context.forward(record.withKey(e.getKey()).withValue(new Change.Topic(null)));
                }
            }
        }
        for (Map.Entry<String, TopicEvent> e : now.entrySet()) {
            if (!AvroEquality.same(e.getValue(), old.get(e.getKey()))) {
                count(record, e.getValue(), +1);
                context.forward(record.withKey(e.getKey()).withValue(new Change.Topic(e.getValue())));
            }
        }
    }

    private void count(Record<String, EnrichedArticle> record, TopicEvent topic, int delta) {
        String day = String.valueOf(topic.getDate());
        for (String bucket : NewswireTopology.countryTopic(topic, true)) {
            forwardCount(record, day, CountDimension.TOPICS_BY_REGION, bucket, delta);
        }
        for (String bucket : NewswireTopology.countryTopic(topic, false)) {
            forwardCount(record, day, CountDimension.TOPICS_BY_COUNTRY, bucket, delta);
        }
    }

    private void forwardCount(Record<String, EnrichedArticle> record, String day, CountDimension dimension, String bucket, int delta) {
        context.forward(record.withKey(day).withValue(new Change.Count(new CountDelta(dimension, bucket, delta))));
    }

    private static Map<String, MeetingMention> byMeeting(EnrichedArticle article) {
        Map<String, MeetingMention> out = new LinkedHashMap<>();
        for (MeetingMention m : article == null ? List.<MeetingMention>of() : article.getMeetings()) {
            out.put(m.getMeetingId(), m);
        }
        return out;
    }

    private static Map<String, TopicEvent> byKey(EnrichedArticle article) {
        Map<String, TopicEvent> out = new HashMap<>();
        for (TopicEvent t : article == null ? List.<TopicEvent>of() : article.getTopics()) {
            out.put(EventMapper.topicKey(t), t);
        }
        return out;
    }
}
