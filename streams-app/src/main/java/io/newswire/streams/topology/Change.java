package io.newswire.streams.topology;

import io.newswire.schema.CountChanges;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingReport;
import io.newswire.schema.TopicEvent;

/**
 * What a processor emits when it can emit several kinds of records; the topology splits
 * on the kind right away, so these wrappers are never serialized.
 */
sealed interface Change {
    /** An article's report of a meeting (or its withdrawal: no meeting); key: its blocking key ({@link MeetingMatcher#block}). Avro type: MeetingReport. */
    record Report(MeetingReport report) implements Change {}

    /** A meeting's new state, null once no article reports it; key: meeting id. */
    record Meeting(MeetingEvent event) implements Change {}

    /** A topic event, null when withdrawn; key: 'articleId|KIND|code'. */
    record Topic(TopicEvent event) implements Change {}

    /** The changes of one day's counts; key: day. */
    record Count(CountChanges changes) implements Change {}
}
