package io.newswire.streams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.newswire.schema.Evidence;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingMention;
import io.newswire.schema.MeetingMentions;
import io.newswire.schema.Source;

/**
 * Keeps every article's report of a meeting and merges them into one MeetingEvent. The
 * aggregate holds the reports themselves so that withdrawing one recomputes the meeting
 * from the others; the merge is a pure function of the set of reports, so replay and
 * re-ordering give the same event.
 *
 * <p>Bounded ({@link Limits}): the aggregate keeps the first {@link Limits#MAX_REPORTS_PER_MEETING} articles'
 * reports, within {@link Limits#MAX_REPORTS_BYTES}; a report past either cap is not kept ({@link #add} returns
 * the aggregate unchanged). The merged event lists their article ids and the first
 * {@link Limits#MAX_EVIDENCE_PER_MEETING} evidence sentences, oldest report first. Its confidence is the highest
 * of the reports' (more reports never lower it), with the cues of the oldest report that has it.
 */
final class MeetingMerger {
    /** Oldest report first: it names the participants; the newest one sets the status. */
    private static final Comparator<MeetingMention> BY_AGE = Comparator
            .comparing((MeetingMention m) -> m.getPublished() == null ? LocalDate.MAX : m.getPublished())
            .thenComparing(MeetingMention::getReceivedAt)
            .thenComparing(MeetingMention::getArticleId);

    private MeetingMerger() {}

    static MeetingMentions add(String meetingId, MeetingMention report, MeetingMentions aggregate) {
        List<MeetingMention> reports = new ArrayList<>(aggregate.getMentions());
        boolean replaces = reports.removeIf(m -> m.getArticleId().equals(report.getArticleId()));
        if (!replaces && reports.size() >= Limits.MAX_REPORTS_PER_MEETING) {
            return aggregate;
        }
        reports.add(report);
        reports.sort(BY_AGE);
        MeetingMentions after = new MeetingMentions(meetingId, reports);
        return AvroSize.upperBound(after) > Limits.MAX_REPORTS_BYTES ? aggregate : after;
    }

    /** Withdraws one article's report; null (the meeting disappears) when none is left. */
    static MeetingMentions remove(String meetingId, MeetingMention report, MeetingMentions aggregate) {
        List<MeetingMention> reports = new ArrayList<>(aggregate.getMentions());
        reports.removeIf(m -> m.getArticleId().equals(report.getArticleId()));
        return reports.isEmpty() ? null : new MeetingMentions(meetingId, reports);
    }

    static MeetingEvent merge(MeetingMentions aggregate) {
        List<MeetingMention> reports = aggregate.getMentions();
        MeetingEvent first = reports.get(0).getMeeting();
        MeetingEvent latest = reports.get(reports.size() - 1).getMeeting();
        MeetingEvent.Builder merged = MeetingEvent.newBuilder(first)
                .setStatus(latest.getStatus())
                .setEvidence(new ArrayList<>())
                .setArticleIds(new ArrayList<>())
                .setSources(new ArrayList<>());
        List<Evidence> evidence = new ArrayList<>();
        List<String> articleIds = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        LocalDate earliestPublished = null;
        for (MeetingMention m : reports) {
            MeetingEvent e = m.getMeeting();
            for (Evidence sentence : e.getEvidence()) {
                if (evidence.size() < Limits.MAX_EVIDENCE_PER_MEETING) {
                    evidence.add(sentence);
                }
            }
            articleIds.add(m.getArticleId());
            sources.addAll(e.getSources());
            if (merged.getDate() == null && e.getDate() != null) {
                merged.setDate(e.getDate());
            }
            if (merged.getLocation() == null && e.getLocation() != null) {
                merged.setLocation(e.getLocation());
            }
            // the most confident report's confidence and cues: another report never makes a meeting less certain
            if (e.getConfidence() > merged.getConfidence()) {
                merged.setConfidence(e.getConfidence()).setCues(e.getCues());
            }
            if (m.getPublished() != null && (earliestPublished == null || m.getPublished().isBefore(earliestPublished))) {
                earliestPublished = m.getPublished();
            }
        }
        articleIds.sort(null);
        return merged.setEvidence(evidence)
                .setArticleIds(articleIds)
                .setSources(sources)
                .setDay(merged.getDate() != null ? merged.getDate() : earliestPublished != null ? earliestPublished : first.getDay())
                .build();
    }
}
