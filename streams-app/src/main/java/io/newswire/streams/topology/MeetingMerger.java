package io.newswire.streams.topology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.newswire.schema.Evidence;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.MeetingReport;
import io.newswire.schema.MeetingReports;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.Participant;
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
    static final Comparator<MeetingReport> BY_AGE = Comparator
            .comparing((MeetingReport m) -> m.getPublished() == null ? LocalDate.MAX : m.getPublished())
            .thenComparing(MeetingReport::getReceivedAt)
            .thenComparing(MeetingReport::getArticleId)
            .thenComparing(MeetingReport::getMeetingId);

    private MeetingMerger() {}

    static MeetingReports add(String meetingId, MeetingReport report, MeetingReports aggregate) {
        List<MeetingReport> reports = new ArrayList<>(aggregate.getReports());
        boolean replaces = reports.removeIf(m -> sameReport(m, report));
        if (!replaces && reports.size() >= Limits.MAX_REPORTS_PER_MEETING) {
            return aggregate;
        }
        reports.add(report);
        reports.sort(BY_AGE);
        MeetingReports after = new MeetingReports(meetingId, reports);
        return AvroSize.upperBound(after) > Limits.MAX_REPORTS_BYTES ? aggregate : after;
    }

    /** Withdraws one article's report; null (the meeting disappears) when none is left. */
    static MeetingReports remove(String meetingId, MeetingReport report, MeetingReports aggregate) {
        List<MeetingReport> reports = new ArrayList<>(aggregate.getReports());
        reports.removeIf(m -> sameReport(m, report));
        return reports.isEmpty() ? null : new MeetingReports(meetingId, reports);
    }

    /**
     * One article can report one meeting twice under two report ids (two sentences that name the sides
     * differently): a report is the article id and its report id.
     */
    private static boolean sameReport(MeetingReport a, MeetingReport b) {
        return a.getArticleId().equals(b.getArticleId()) && a.getMeetingId().equals(b.getMeetingId());
    }

    /**
     * The meeting as its reports tell it, under the aggregate's meeting id. Reports of one meeting can differ
     * (identity resolution joins reports a day apart, with a side named in one and not in the other): the
     * participants come from the report that names the most people (the oldest of those), the status from the
     * newest report, the date is the one most reports give (the oldest report's on a tie), the venue the oldest
     * report's that has one, and the kind in person when a report places it at a venue, else a call or video when a
     * report says so (an extractor not told the kind says in person). The CAMEO code is that of the newest report
     * telling the merged status and kind; a participant's missing title comes from another report of the same name.
     */
    static MeetingEvent merge(MeetingReports aggregate) {
        List<MeetingReport> reports = aggregate.getReports();
        MeetingEvent first = reports.get(0).getMeeting();
        MeetingEvent latest = reports.get(reports.size() - 1).getMeeting();
        MeetingEvent mostNamed = first;
        for (MeetingReport m : reports) {
            if (named(m.getMeeting()) > named(mostNamed)) {
                mostNamed = m.getMeeting();
            }
        }
        MeetingEvent.Builder merged = MeetingEvent.newBuilder(mostNamed)
                .setMeetingId(aggregate.getMeetingId())
                .setStatus(latest.getStatus())
                .setKind(kind(reports, first.getKind()))
                .setDate(date(reports))
                .setLocation(null)
                .setEvidence(new ArrayList<>())
                .setArticleIds(new ArrayList<>())
                .setSources(new ArrayList<>());
        List<Evidence> evidence = new ArrayList<>();
        Set<String> articleIds = new TreeSet<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        LocalDate earliestPublished = null;
        for (MeetingReport m : reports) {
            MeetingEvent e = m.getMeeting();
            for (Evidence sentence : e.getEvidence()) {
                if (evidence.size() < Limits.MAX_EVIDENCE_PER_MEETING) {
                    evidence.add(sentence);
                }
            }
            articleIds.add(m.getArticleId());
            e.getSources().forEach(source -> sources.putIfAbsent(source.getArticleId(), source));
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
        merged.setCameo(cameo(reports, merged.getStatus(), merged.getKind(), merged.getCameo()));
        merged.setParticipants(withTitles(merged.getParticipants(), reports));
        return merged.setEvidence(evidence)
                .setArticleIds(new ArrayList<>(articleIds))
                .setSources(new ArrayList<>(sources.values()))
                .setDay(merged.getDate() != null ? merged.getDate() : earliestPublished != null ? earliestPublished : first.getDay())
                .build();
    }

    /**
     * The CAMEO code of the newest report that tells the merged status and kind ("036 intent to meet" from the
     * announcement is no code for the meeting held since); the participants' report's when none does.
     */
    private static String cameo(List<MeetingReport> reports, MeetingStatus status, MeetingKind kind, String fallback) {
        for (int i = reports.size() - 1; i >= 0; i--) {
            MeetingEvent e = reports.get(i).getMeeting();
            if (e.getStatus() == status && e.getKind() == kind) return e.getCameo();
        }
        return fallback;
    }

    /**
     * The participants, each without a title given the one another report gives the same named person ("Ethiopia's
     * Abiy Ahmed" in one wire, "Prime Minister Abiy Ahmed" in the next).
     */
    private static List<Participant> withTitles(List<Participant> participants, List<MeetingReport> reports) {
        List<Participant> out = new ArrayList<>(participants.size());
        for (Participant p : participants) {
            String title = p.getTitle();
            for (int i = 0; i < reports.size() && title == null && p.getName() != null; i++) {
                for (Participant o : reports.get(i).getMeeting().getParticipants()) {
                    if (o.getTitle() != null && p.getName().equalsIgnoreCase(o.getName())) {
                        title = o.getTitle();
                        break;
                    }
                }
            }
            out.add(title == p.getTitle() ? p : Participant.newBuilder(p).setTitle(title).build());
        }
        return out;
    }

    private static long named(MeetingEvent meeting) {
        return meeting.getParticipants().stream().filter(p -> p.getName() != null && !p.getName().isBlank()).count();
    }

    private static MeetingKind kind(List<MeetingReport> reports, MeetingKind oldest) {
        MeetingKind remote = null;
        for (MeetingReport m : reports) {
            MeetingEvent e = m.getMeeting();
            if (e.getKind() == MeetingKind.IN_PERSON && e.getLocation() != null) {
                return MeetingKind.IN_PERSON;
            }
            if (remote == null && e.getKind() != MeetingKind.IN_PERSON) {
                remote = e.getKind();
            }
        }
        return remote != null ? remote : oldest;
    }

    /** The date most reports give; on a tie, the one the oldest of them gives. */
    private static LocalDate date(List<MeetingReport> reports) {
        Map<LocalDate, Integer> votes = new LinkedHashMap<>();
        for (MeetingReport m : reports) {
            if (m.getMeeting().getDate() != null) {
                votes.merge(m.getMeeting().getDate(), 1, Integer::sum);
            }
        }
        LocalDate best = null;
        for (Map.Entry<LocalDate, Integer> vote : votes.entrySet()) {
            if (best == null || vote.getValue() > votes.get(best)) {
                best = vote.getKey();
            }
        }
        return best;
    }
}
