package io.newswire.streams.topology;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import io.newswire.schema.CountDimension;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingReport;
import io.newswire.schema.MeetingReports;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identity resolution (issue 17): groups articles' reports into real meetings, one event per meeting, across
 * outlets, spellings, days and kinds that one outlet states and another leaves open.
 *
 * <p>Input: reports keyed by their blocking key ({@link MeetingMatcher#block}, the set of sides), so every report
 * that could be of one meeting reaches one task. A <i>cluster</i> is one meeting: its reports, stored under
 * {@code block|anchor day|meeting id}, where the anchor day is its first report's day; a new report is compared
 * with the clusters anchored within {@link MeetingMatcher#MAX_DAYS_APART} days of its day (a range scan) and
 * <ul>
 *   <li>joins the one whose every report is {@linkplain MeetingMatcher#compatible compatible} with it and from
 *       another article (complete linkage: a chain of day-apart reports never grows into one long meeting; one
 *       article's reports are the meetings its extractor told apart), the most similar when several;</li>
 *   <li>merges the other matches into it when they name the same people report by report
 *       ({@link MeetingMatcher#mergeable}; the new report bridges their days): the cluster whose first report is
 *       oldest keeps its id, the others' ids get a tombstone;</li>
 *   <li>else, when it or a meeting's reports have no date at all, joins the one meeting it fits by when they
 *       arrived ({@link MeetingMatcher#compatibleOnArrival}); of several, the one whose reports all have its status;
 *       none when that leaves several or none;</li>
 *   <li>else founds a cluster whose id is its own report id ({@link MeetingIdentity}), so an unambiguous meeting
 *       keeps the id it had before identity resolution.</li>
 * </ul>
 * A second store maps each report (article id and report id) to its cluster, so a correction replaces the report
 * where it is and a withdrawal finds it. For each input record the processor emits the new state of every meeting
 * it changed (a tombstone for one merged away or no longer reported) and the count changes, -1 for the old state
 * and +1 for the new, summed per day.
 *
 * <p>Limits (documented in the README): a merge is never undone: when the report that joined two meetings is
 * withdrawn, they stay one; the match is decided when a report arrives, so the clusters depend on arrival order
 * (replay of the same topic gives the same clusters); reports whose sides differ (a third side named by one outlet
 * only, a side whose country one outlet does not give) are never compared, except that two reports of a
 * multilateral meeting may differ by one side ({@link MeetingMatcher#sameSides}): all multilateral reports share
 * one block, so one task resolves them.
 */
final class MeetingResolver implements Processor<String, MeetingReport, String, Change> {
    /** Cluster key ({@code block|anchor day|meeting id}) to the cluster's reports. */
    static final String CLUSTERS_STORE = StoreNames.MEETING_CLUSTERS;
    /** Report key ({@code article id|report id}) to its cluster key. */
    static final String REPORT_CLUSTERS_STORE = StoreNames.REPORT_CLUSTERS;
    private static final Logger log = LoggerFactory.getLogger(MeetingResolver.class);
    private static final String UNDATED = "undated";
    /** After every date in the UTF-8 order of the store's keys. */
    private static final String END = "\uffff";

    private final PipelineMetrics metrics;
    private ProcessorContext<String, Change> context;
    private KeyValueStore<String, MeetingReports> clusters;
    private KeyValueStore<String, String> reportClusters;

    MeetingResolver(PipelineMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Change> context) {
        this.context = context;
        this.clusters = context.getStateStore(CLUSTERS_STORE);
        this.reportClusters = context.getStateStore(REPORT_CLUSTERS_STORE);
    }

    @Override
    public void process(Record<String, MeetingReport> record) {
        MeetingReport report = record.value();
        String reportKey = report.getArticleId() + "|" + report.getMeetingId();
        String clusterKey = reportClusters.get(reportKey);
        if (clusterKey != null && clusters.get(clusterKey) == null) {
            reportClusters.delete(reportKey); // cannot happen within a transaction; heal rather than fail
            clusterKey = null;
        }
        Changes changes = new Changes();
        if (report.getMeeting() == null) {
            withdraw(reportKey, report, clusterKey, changes);
        } else if (clusterKey != null) {
            replace(report, clusterKey, changes);
        } else {
            place(record.key(), reportKey, report, changes);
        }
        changes.emit(record);
    }

    private void withdraw(String reportKey, MeetingReport report, String clusterKey, Changes changes) {
        if (clusterKey == null) {
            return; // never kept (past a limit), or already withdrawn
        }
        reportClusters.delete(reportKey);
        MeetingReports before = clusters.get(clusterKey);
        if (before == null) {
            return;
        }
        MeetingReports after = MeetingMerger.remove(before.getMeetingId(), report, before);
        if (after == null) {
            clusters.delete(clusterKey);
        } else {
            clusters.put(clusterKey, after);
        }
        changes.meeting(before.getMeetingId(), MeetingMerger.merge(before), after == null ? null : MeetingMerger.merge(after));
    }

    /** A correction of a report already placed: it stays in its meeting. */
    private void replace(MeetingReport report, String clusterKey, Changes changes) {
        MeetingReports before = clusters.get(clusterKey);
        MeetingReports after = MeetingMerger.add(before.getMeetingId(), report, before);
        clusters.put(clusterKey, after);
        changes.meeting(before.getMeetingId(), MeetingMerger.merge(before), MeetingMerger.merge(after));
    }

    private void place(String block, String reportKey, MeetingReport report, Changes changes) {
        LocalDate day = MeetingMatcher.day(report);
        List<KeyValue<String, MeetingReports>> nearby = candidates(block, report, day);
        List<KeyValue<String, MeetingReports>> matches = matching(report, nearby, MeetingMatcher::compatible);
        if (matches.isEmpty() || MeetingMatcher.receiptOnly(report)) {
            // No meeting by days, or a report with no date at all: it (or a meeting with only such reports) joins the
            // one meeting of its people received at the same time; of several, the one reported with its status (a
            // held call, and the next one planned); else which it means is unknown: it stays apart.
            List<KeyValue<String, MeetingReports>> byArrival = matching(report, nearby,
                    (a, b) -> MeetingMatcher.compatible(a, b) || MeetingMatcher.compatibleOnArrival(a, b));
            if (byArrival.size() > 1) {
                byArrival.removeIf(c -> !c.value.getReports().stream().allMatch(
                        b -> b.getMeeting().getStatus() == report.getMeeting().getStatus()));
            }
            if (byArrival.size() == 1) {
                matches = byArrival;
            }
        }
        if (matches.isEmpty()) {
            found(block, day, reportKey, report, nearby, changes);
            return;
        }
        matches.sort(Comparator.comparingInt((KeyValue<String, MeetingReports> c) -> -similarity(report, c.value))
                .thenComparing(c -> c.key));
        // The best match, and every other match that names the same people report by report: the new report,
        // close in time to both, shows they are one meeting.
        List<KeyValue<String, MeetingReports>> joined = new ArrayList<>(List.of(matches.get(0)));
        List<MeetingReport> reports = new ArrayList<>(matches.get(0).value.getReports());
        for (KeyValue<String, MeetingReports> other : matches.subList(1, matches.size())) {
            if (MeetingMatcher.mergeable(other.value.getReports(), reports)
                    && reports.size() + other.value.getReports().size() < Limits.MAX_REPORTS_PER_MEETING) {
                joined.add(other);
                reports.addAll(other.value.getReports());
            }
        }
        joined.sort(Comparator.comparing((KeyValue<String, MeetingReports> c) -> c.value.getReports().get(0), MeetingMerger.BY_AGE)
                .thenComparing(c -> c.key));
        KeyValue<String, MeetingReports> survivor = joined.get(0);
        MeetingReports merged = survivor.value;
        for (KeyValue<String, MeetingReports> absorbed : joined.subList(1, joined.size())) {
            for (MeetingReport moved : absorbed.value.getReports()) {
                MeetingReports grown = MeetingMerger.add(merged.getMeetingId(), moved, merged);
                if (grown == merged) {
                    break; // past the byte limit: what does not fit stays where it is
                }
                merged = grown;
                reportClusters.put(moved.getArticleId() + "|" + moved.getMeetingId(), survivor.key);
            }
        }
        MeetingReports withReport = MeetingMerger.add(merged.getMeetingId(), report, merged);
        if (withReport == merged) {
            limitReached(report, merged);
        } else {
            reportClusters.put(reportKey, survivor.key);
        }
        // Write the survivor first, then shrink or delete the absorbed clusters (what did not fit stays).
        clusters.put(survivor.key, withReport);
        changes.meeting(survivor.value.getMeetingId(), MeetingMerger.merge(survivor.value), MeetingMerger.merge(withReport));
        for (KeyValue<String, MeetingReports> absorbed : joined.subList(1, joined.size())) {
            List<MeetingReport> left = new ArrayList<>();
            for (MeetingReport m : absorbed.value.getReports()) {
                if (survivor.key.equals(reportClusters.get(m.getArticleId() + "|" + m.getMeetingId()))) {
                    continue;
                }
                left.add(m);
            }
            MeetingReports rest = left.isEmpty() ? null : new MeetingReports(absorbed.value.getMeetingId(), left);
            if (rest == null) {
                clusters.delete(absorbed.key);
            } else {
                clusters.put(absorbed.key, rest);
            }
            changes.meeting(absorbed.value.getMeetingId(), MeetingMerger.merge(absorbed.value),
                    rest == null ? null : MeetingMerger.merge(rest));
        }
    }

    /** A meeting of its own, with the report's id unless a nearby meeting of the same sides already has it. */
    private void found(String block, LocalDate day, String reportKey, MeetingReport report,
                       List<KeyValue<String, MeetingReports>> nearby, Changes changes) {
        String meetingId = report.getMeetingId();
        for (int n = 1; taken(nearby, meetingId); n++) {
            meetingId = MeetingIdentity.variant(report.getMeetingId(), n);
        }
        String clusterKey = block + "|" + (day == null ? UNDATED : day) + "|" + meetingId;
        MeetingReports cluster = MeetingMerger.add(meetingId, report, new MeetingReports(meetingId, new ArrayList<>()));
        clusters.put(clusterKey, cluster);
        reportClusters.put(reportKey, clusterKey);
        changes.meeting(meetingId, null, MeetingMerger.merge(cluster));
    }

    private static boolean taken(List<KeyValue<String, MeetingReports>> nearby, String meetingId) {
        return nearby.stream().anyMatch(c -> c.value.getMeetingId().equals(meetingId));
    }

    /**
     * The clusters a report is compared with: those anchored near its day; when it arrived on another day (an
     * archive replayed today), also those anchored near that day, where meetings founded by reports with no date
     * at all are; and for such a report itself, the block's latest {@link Limits#MAX_CLUSTERS_SCANNED} clusters
     * whatever their day, since it is compared with other reports by when they arrived.
     */
    private List<KeyValue<String, MeetingReports>> candidates(String block, MeetingReport report, LocalDate day) {
        if (MeetingMatcher.receiptOnly(report)) {
            List<KeyValue<String, MeetingReports>> latest = new ArrayList<>();
            try (KeyValueIterator<String, MeetingReports> it = clusters.reverseRange(block + "|", block + "|" + END)) {
                while (it.hasNext() && latest.size() < Limits.MAX_CLUSTERS_SCANNED) {
                    latest.add(it.next());
                }
            }
            latest.sort(Comparator.comparing(c -> c.key));
            return latest;
        }
        List<KeyValue<String, MeetingReports>> nearby = nearby(block, day);
        LocalDate received = MeetingMatcher.received(report);
        if (day != null && received != null && Math.abs(ChronoUnit.DAYS.between(day, received)) > 2L * MeetingMatcher.MAX_DAYS_APART) {
            nearby.addAll(nearby(block, received));
        }
        return nearby;
    }

    /** The block's clusters anchored within the day tolerance of {@code day}, in key order. */
    private List<KeyValue<String, MeetingReports>> nearby(String block, LocalDate day) {
        String from = block + "|" + (day == null ? UNDATED : day.minusDays(MeetingMatcher.MAX_DAYS_APART));
        String to = block + "|" + (day == null ? UNDATED : day.plusDays(MeetingMatcher.MAX_DAYS_APART)) + "|" + END;
        List<KeyValue<String, MeetingReports>> out = new ArrayList<>();
        try (KeyValueIterator<String, MeetingReports> it = clusters.range(from, to)) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    /** The clusters whose every report is compatible with {@code report} and from another article. */
    private static List<KeyValue<String, MeetingReports>> matching(MeetingReport report, List<KeyValue<String, MeetingReports>> clusters,
                                                                   BiPredicate<MeetingReport, MeetingReport> compatible) {
        List<KeyValue<String, MeetingReports>> matches = new ArrayList<>();
        for (KeyValue<String, MeetingReports> cluster : clusters) {
            // Two reports of one article are two meetings: the extractor has already joined what it read as one.
            if (cluster.value.getReports().stream().allMatch(b -> !report.getArticleId().equals(b.getArticleId()) && compatible.test(report, b))) {
                matches.add(cluster);
            }
        }
        return matches;
    }

    private static int similarity(MeetingReport report, MeetingReports cluster) {
        int best = 0;
        for (MeetingReport m : cluster.getReports()) {
            best = Math.max(best, MeetingMatcher.similarity(report, m));
        }
        return best;
    }

    private void limitReached(MeetingReport report, MeetingReports cluster) {
        // Past Limits.MAX_REPORTS_PER_MEETING or MAX_REPORTS_BYTES: the meeting keeps the reports it has.
        metrics.limitApplied("reports-per-meeting");
        log.debug("Meeting {}: report of article {} not kept, the meeting holds {} reports (limits: {} reports, {} bytes)",
                cluster.getMeetingId(), report.getArticleId(), cluster.getReports().size(), Limits.MAX_REPORTS_PER_MEETING,
                Limits.MAX_REPORTS_BYTES);
    }

    /** The meetings one input record changed, and the count changes they make, emitted together. */
    private final class Changes {
        private final Map<String, MeetingEvent[]> meetings = new LinkedHashMap<>();

        void meeting(String meetingId, MeetingEvent before, MeetingEvent after) {
            meetings.merge(meetingId, new MeetingEvent[] {before, after}, (first, second) -> new MeetingEvent[] {first[0], second[1]});
        }

        void emit(Record<String, MeetingReport> record) {
            CountBatch counts = new CountBatch();
            meetings.forEach((meetingId, states) -> {
                if (AvroEquality.same(states[0], states[1])) {
                    return;
                }
                context.forward(record.withKey(meetingId).withValue(new Change.Meeting(states[1])));
                count(counts, states[0], -1);
                count(counts, states[1], +1);
            });
            counts.forEachDay((day, changes) -> context.forward(record.withKey(day).withValue(new Change.Count(changes))));
        }
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
