package io.newswire.streams.topology;

import java.util.ArrayList;

import io.newswire.schema.CountDimension;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingMention;
import io.newswire.schema.MeetingMentions;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps, per meeting id, every article's report of the meeting and the event merged from
 * them. On each added, changed or withdrawn report it emits the meeting's new state (a
 * tombstone once no article reports it) and the daily counts that change: the old state
 * stops counting, the new one starts (summed, so a new report of the same meeting on the
 * same day changes no count and emits none).
 *
 * <p>The Avro types keep the older word ({@code MeetingMention} is one report, {@code MeetingMentions} the
 * reports of one meeting), as does the repartition topic {@code mentions-by-meeting}: they are part of the
 * internal format and change only at the next internal-format break.
 */
final class MeetingReports implements Processor<String, MeetingMention, String, Change> {
    static final String REPORTS_STORE = "meeting-reports";
    private static final Logger log = LoggerFactory.getLogger(MeetingReports.class);

    private final PipelineMetrics metrics;

    private ProcessorContext<String, Change> context;
    private KeyValueStore<String, MeetingMentions> reports;
    private KeyValueStore<String, MeetingEvent> meetings;

    MeetingReports(PipelineMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Change> context) {
        this.context = context;
        this.reports = context.getStateStore(REPORTS_STORE);
        this.meetings = context.getStateStore(StoreNames.MEETINGS);
    }

    @Override
    public void process(Record<String, MeetingMention> record) {
        String meetingId = record.key();
        MeetingMention report = record.value();
        MeetingMentions before = reports.get(meetingId);
        if (before == null) {
            before = new MeetingMentions(meetingId, new ArrayList<>());
        }
        MeetingMentions after = report.getMeeting() == null
                ? MeetingMerger.remove(meetingId, report, before)
                : MeetingMerger.add(meetingId, report, before);
        if (after == before && report.getMeeting() != null) {
            // Past Limits.MAX_REPORTS_PER_MEETING or MAX_REPORTS_BYTES: the meeting keeps the reports it has.
            metrics.limitApplied("reports-per-meeting");
            log.debug("Meeting {}: report of article {} not kept, the meeting holds {} reports (limits: {} reports, {} bytes)",
                    meetingId, report.getArticleId(), before.getMentions().size(), Limits.MAX_REPORTS_PER_MEETING, Limits.MAX_REPORTS_BYTES);
            return;
        }
        MeetingEvent oldEvent = meetings.get(meetingId);
        MeetingEvent newEvent = after == null ? null : MeetingMerger.merge(after);
        if (after == null) {
            reports.delete(meetingId);
            meetings.delete(meetingId);
        } else {
            reports.put(meetingId, after);
            meetings.put(meetingId, newEvent);
        }
        if (AvroEquality.same(oldEvent, newEvent)) {
            return;
        }
        context.forward(record.withValue(new Change.Meeting(newEvent)));
        CountBatch counts = new CountBatch();
        count(counts, oldEvent, -1);
        count(counts, newEvent, +1);
        counts.forEachDay((day, changes) -> context.forward(record.withKey(day).withValue(new Change.Count(changes))));
    }

    private static void count(CountBatch counts, MeetingEvent event, int delta) {
        if (event == null) {
            return;
        }
        String day = CountBuckets.meetingDay(event);
        for (String bucket : CountBuckets.venueBucket(event)) {
            counts.add(day, CountDimension.MEETINGS_BY_REGION, bucket, delta);
        }
        for (String bucket : CountBuckets.participantCountries(event)) {
            counts.add(day, CountDimension.MEETINGS_BY_COUNTRY, bucket, delta);
        }
        for (String bucket : CountBuckets.participantBodies(event)) {
            counts.add(day, CountDimension.MEETINGS_BY_BODY, bucket, delta);
        }
        for (String bucket : CountBuckets.venueCountry(event)) {
            counts.add(day, CountDimension.MEETINGS_BY_VENUE_COUNTRY, bucket, delta);
        }
    }
}
