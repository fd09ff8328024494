package io.newswire.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.newswire.extract.Article;
import io.newswire.extract.Enrichment;
import io.newswire.extract.Extractor;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.Participant;
import io.newswire.schema.RawArticle;
import io.newswire.streams.topology.MeetingIdentity;

/**
 * What the aggregates must hold, computed with plain maps straight from the extractor's output on the
 * articles still published, without Kafka. Written independently of the topology (only the public meeting
 * id function is shared), following the documented rules: a meeting is counted once however many articles
 * report it; its status is the newest report's, its venue the oldest report's that names one; HELD
 * meetings only; a day is the meeting date, else the publication date.
 */
public record Truth(Map<String, Map<String, Long>> meetingsPerRegion, Map<String, Map<String, Long>> meetingsPerCountry,
                    Map<String, Map<String, Long>> meetingsPerBody, Map<String, Map<String, Long>> topicsPerRegion, Map<String, Map<String, Long>> topicsPerCountry,
                    Map<String, List<String>> meetings) {

    private record Report(String articleId, LocalDate published, Instant received, Enrichment.Meeting meeting) {}

    private static final Comparator<Report> BY_AGE = Comparator
            .comparing((Report r) -> r.published() == null ? LocalDate.MAX : r.published())
            .thenComparing(Report::received)
            .thenComparing(Report::articleId);

    public static Truth of(Map<String, RawArticle> articles, Extractor extractor) {
        Map<String, List<Report>> reports = new TreeMap<>();
        Map<String, Map<String, Long>> topicsPerRegion = new TreeMap<>();
        Map<String, Map<String, Long>> topicsPerCountry = new TreeMap<>();
        for (RawArticle a : articles.values()) {
            String text = a.getHeadline() == null || a.getHeadline().isBlank() || a.getBody().startsWith(a.getHeadline())
                    ? a.getBody() : a.getHeadline() + "\n\n" + a.getBody();
            Enrichment e = extractor.extract(new Article(a.getId(), text, a.getPublished(), a.getSource()));
            LocalDate published = a.getPublished() != null ? a.getPublished() : e.published();
            Instant received = a.getReceivedAt() == null ? Instant.EPOCH : a.getReceivedAt();
            // One article reports a meeting once: its first statement counts. Two of its meetings with one id are one
            // meeting told twice unless the extractor told them apart (README, "Meeting identity": another status, a
            // date on one only, venues in two countries or cities); then the second is another meeting.
            Map<String, Enrichment.Meeting> inThisArticle = new LinkedHashMap<>();
            for (Enrichment.Meeting m : e.meetings()) {
                String base = idOf(m, published);
                String id = base;
                for (int n = 1; inThisArticle.containsKey(id) && toldApart(inThisArticle.get(id), m); n++) {
                    id = base + "#" + n;
                }
                if (inThisArticle.putIfAbsent(id, m) == null) {
                    reports.computeIfAbsent(id, k -> new ArrayList<>()).add(new Report(a.getId(), published, received, m));
                }
            }
            String day = String.valueOf(published != null ? published : LocalDate.ofInstant(received, ZoneOffset.UTC));
            Map<String, Enrichment.Country> countries = new LinkedHashMap<>();
            e.topics().countries().forEach(c -> countries.put(c.code(), c));
            for (Enrichment.Country c : countries.values()) {
                topicsPerCountry.computeIfAbsent(day, d -> new TreeMap<>()).merge(c.code(), 1L, Long::sum);
                String bucket = c.region() == null ? "UNKNOWN" : c.subregion() == null ? c.region() : c.region() + "/" + c.subregion();
                topicsPerRegion.computeIfAbsent(day, d -> new TreeMap<>()).merge(bucket, 1L, Long::sum);
            }
        }
        Map<String, Map<String, Long>> perRegion = new TreeMap<>();
        Map<String, Map<String, Long>> perCountry = new TreeMap<>();
        Map<String, Map<String, Long>> perBody = new TreeMap<>();
        Map<String, List<String>> meetings = new TreeMap<>();
        for (Map.Entry<String, List<Report>> entry : reports.entrySet()) {
            List<Report> rs = new ArrayList<>(entry.getValue());
            rs.sort(BY_AGE);
            meetings.put(entry.getKey(), rs.stream().map(Report::articleId).sorted().toList());
            Enrichment.Meeting first = rs.get(0).meeting();
            Enrichment.Meeting newest = rs.get(rs.size() - 1).meeting();
            if (newest.status() != Enrichment.Status.HELD) {
                continue;
            }
            LocalDate date = rs.stream().map(r -> r.meeting().date()).filter(d -> d != null).findFirst().orElse(null);
            LocalDate earliest = rs.stream().map(Report::published).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
            String day = date != null ? date.toString() : earliest != null ? earliest.toString() : "unknown";
            Enrichment.Location venue = rs.stream().map(r -> r.meeting().location()).filter(l -> l != null).findFirst().orElse(null);
            String bucket = first.kind() != Enrichment.Kind.IN_PERSON ? "REMOTE"
                    : venue == null || venue.region() == null ? "UNKNOWN"
                    : venue.subregion() == null ? venue.region() : venue.region() + "/" + venue.subregion();
            perRegion.computeIfAbsent(day, d -> new TreeMap<>()).merge(bucket, 1L, Long::sum);
            first.participants().stream().map(Enrichment.Participant::country).filter(c -> c != null).distinct()
                    .forEach(c -> perCountry.computeIfAbsent(day, d -> new TreeMap<>()).merge(c, 1L, Long::sum));
            first.participants().stream().map(Enrichment.Participant::body).filter(b -> b != null).distinct()
                    .forEach(b -> perBody.computeIfAbsent(day, d -> new TreeMap<>()).merge(b, 1L, Long::sum));
        }
        return new Truth(perRegion, perCountry, perBody, topicsPerRegion, topicsPerCountry, meetings);
    }

    private static boolean toldApart(Enrichment.Meeting a, Enrichment.Meeting b) {
        if (a.status() != b.status() || (a.date() == null) != (b.date() == null)) {
            return true;
        }
        Enrichment.Location x = a.location();
        Enrichment.Location y = b.location();
        return x != null && y != null && (differ(x.country(), y.country()) || differ(x.city(), y.city()));
    }

    private static boolean differ(String a, String b) {
        return a != null && b != null && !a.equalsIgnoreCase(b);
    }

    private static String idOf(Enrichment.Meeting m, LocalDate published) {
        List<Participant> ps = new ArrayList<>();
        m.participants().forEach(p -> ps.add(new Participant(p.name(), p.title(), p.organization(), p.country(), p.body())));
        return MeetingIdentity.of(ps, m.date() != null ? m.date() : published, MeetingKind.valueOf(m.kind().name()));
    }

    /**
     * The meeting counts that the final meetings {@code events} make under the documented rules (HELD meetings
     * only, on their day; a venue region, REMOTE for calls and video, UNKNOWN without venue; each participant
     * country and body once). Identity resolution (issue 17) decides which reports are one meeting by arrival
     * order, which a crash can change; whatever it decided, the counts must be exactly those of its meetings.
     */
    public static List<Map<String, Map<String, Long>>> countsOf(java.util.Collection<io.newswire.schema.MeetingEvent> events) {
        Map<String, Map<String, Long>> perRegion = new TreeMap<>();
        Map<String, Map<String, Long>> perCountry = new TreeMap<>();
        Map<String, Map<String, Long>> perBody = new TreeMap<>();
        for (io.newswire.schema.MeetingEvent m : events) {
            if (m.getStatus() != io.newswire.schema.MeetingStatus.HELD) {
                continue;
            }
            String day = m.getDay() == null ? "unknown" : m.getDay().toString();
            io.newswire.schema.Location venue = m.getLocation();
            String bucket = m.getKind() != MeetingKind.IN_PERSON ? "REMOTE"
                    : venue == null || venue.getRegion() == null ? "UNKNOWN"
                    : venue.getSubregion() == null ? venue.getRegion() : venue.getRegion() + "/" + venue.getSubregion();
            perRegion.computeIfAbsent(day, d -> new TreeMap<>()).merge(bucket, 1L, Long::sum);
            m.getParticipants().stream().map(Participant::getCountry).filter(c -> c != null).distinct()
                    .forEach(c -> perCountry.computeIfAbsent(day, d -> new TreeMap<>()).merge(c, 1L, Long::sum));
            m.getParticipants().stream().map(Participant::getBody).filter(b -> b != null).distinct()
                    .forEach(b -> perBody.computeIfAbsent(day, d -> new TreeMap<>()).merge(b, 1L, Long::sum));
        }
        return List.of(perRegion, perCountry, perBody);
    }

    /** Each reporting article once per meeting it reports: what identity resolution must neither lose nor double. */
    public static Map<String, Long> reportsPerArticle(Map<String, List<String>> meetings) {
        Map<String, Long> out = new TreeMap<>();
        meetings.values().forEach(articles -> articles.forEach(a -> out.merge(a, 1L, Long::sum)));
        return out;
    }

    /** Number of distinct values compared: every (day, bucket) count and every meeting with its reporting articles. */
    public long size() {
        return cells(meetingsPerRegion) + cells(meetingsPerCountry) + cells(meetingsPerBody) + cells(topicsPerRegion) + cells(topicsPerCountry)
                + meetings.size();
    }

    public long reports() {
        return meetings.values().stream().mapToLong(List::size).sum();
    }

    static long cells(Map<String, Map<String, Long>> m) {
        return m.values().stream().mapToLong(Map::size).sum();
    }
}
