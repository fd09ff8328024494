package io.newswire.streams.topology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newswire.extract.Enrichment;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Evidence;
import io.newswire.schema.Location;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.MeetingReport;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.Participant;
import io.newswire.schema.RawArticle;
import io.newswire.schema.Source;
import io.newswire.schema.TopicEvent;
import io.newswire.schema.TopicKind;

/**
 * Turns what the extractor read from one article into the Avro records the topology carries, within
 * {@link Limits}: the first {@link Limits#MAX_MEETINGS_PER_ARTICLE} meetings and
 * {@link Limits#MAX_TOPICS_PER_ARTICLE} topics, per meeting the first {@link Limits#MAX_PARTICIPANTS}
 * participants and {@link Limits#MAX_EVIDENCE_PER_REPORT} evidence sentences, every string cut to its cap.
 * The meeting id is computed from every participant the extractor named, before the cap, so it is the id the
 * extractor's output gives.
 */
final class EventMapper {
    private EventMapper() {}

    static EnrichedArticle toEnrichedArticle(RawArticle article, Enrichment enrichment) {
        LocalDate published = article.getPublished() != null ? article.getPublished() : enrichment.published();
        Instant received = article.getReceivedAt() == null ? Instant.EPOCH : article.getReceivedAt();
        LocalDate day = published != null ? published : LocalDate.ofInstant(received, ZoneOffset.UTC);

        // Two sentences of one article can describe the same meeting: keep it once (one id, one status).
        Map<String, MeetingReport> reports = new LinkedHashMap<>();
        for (Enrichment.Meeting m : enrichment.meetings()) {
            MeetingReport report = toReport(article, published, received, m);
            MeetingIdentity.Told told = MeetingIdentity.Told.of(report.getMeeting());
            String id = MeetingIdentity.inArticle(report.getMeetingId(),
                    known -> reports.containsKey(known) && MeetingIdentity.Told.of(reports.get(known).getMeeting()).apart(told));
            report.setMeetingId(id);
            report.getMeeting().setMeetingId(id);
            if (reports.size() < Limits.MAX_MEETINGS_PER_ARTICLE || reports.containsKey(report.getMeetingId())) {
                reports.merge(report.getMeetingId(), report, EventMapper::withMoreEvidence);
            }
        }
        return EnrichedArticle.newBuilder()
                .setArticleId(article.getId())
                .setPublished(published)
                .setDay(day)
                .setReceivedAt(received)
                .setMeetings(new ArrayList<>(reports.values()))
                .setTopics(toTopics(article.getId(), day, enrichment.topics()))
                .build();
    }

    private static MeetingReport withMoreEvidence(MeetingReport first, MeetingReport second) {
        if (second.getMeeting().getConfidence() > first.getMeeting().getConfidence()) {
            first.getMeeting().setConfidence(second.getMeeting().getConfidence());
            first.getMeeting().setCues(second.getMeeting().getCues());
        }
        List<Evidence> evidence = first.getMeeting().getEvidence();
        for (Evidence e : second.getMeeting().getEvidence()) {
            if (evidence.size() < Limits.MAX_EVIDENCE_PER_REPORT) {
                evidence.add(e);
            }
        }
        return first;
    }

    private static MeetingReport toReport(RawArticle article, LocalDate published, Instant received, Enrichment.Meeting m) {
        String articleId = article.getId();
        List<Participant> participants = new ArrayList<>();
        for (Enrichment.Participant p : m.participants()) {
            participants.add(new Participant(p.name(), p.title(), p.organization(), p.country(), p.body()));
        }
        MeetingKind kind = MeetingKind.valueOf(m.kind().name());
        LocalDate day = m.date() != null ? m.date() : published;
        String meetingId = MeetingIdentity.of(participants, day, kind);
        List<Participant> kept = new ArrayList<>();
        for (Participant p : participants.subList(0, Math.min(participants.size(), Limits.MAX_PARTICIPANTS))) {
            kept.add(new Participant(field(p.getName()), field(p.getTitle()), field(p.getOrganization()), field(p.getCountry()),
                    field(p.getBody())));
        }
        participants = kept;
        List<Evidence> evidence = new ArrayList<>();
        for (Enrichment.Evidence e : m.evidence()) {
            if (evidence.size() < Limits.MAX_EVIDENCE_PER_REPORT) {
                evidence.add(new Evidence(articleId, e.start(), e.end(), Limits.cut(e.text(), Limits.MAX_EVIDENCE_CHARS)));
            }
        }
        Enrichment.Location loc = m.location();
        MeetingEvent meeting = MeetingEvent.newBuilder()
                .setMeetingId(meetingId)
                .setParticipants(participants)
                .setKind(kind)
                .setStatus(MeetingStatus.valueOf(m.status().name()))
                .setDate(m.date())
                .setDay(day)
                .setLocation(loc == null ? null : new Location(field(loc.city()), field(loc.country()), field(loc.region()), field(loc.subregion())))
                .setCameo(m.cameo() == null ? "040" : field(m.cameo()))
                .setEvidence(evidence)
                .setArticleIds(new ArrayList<>(List.of(articleId)))
                .setSources(new ArrayList<>(List.of(new Source(articleId, Limits.cut(article.getUri(), Limits.MAX_URI_CHARS),
                        field(article.getSource()), field(article.getProvider()), field(article.getHeadline()), published))))
                .setConfidence(m.confidence())
                .setCues(cues(m.cues()))
                .build();
        return new MeetingReport(meetingId, articleId, published, received, meeting);
    }

    private static List<TopicEvent> toTopics(String articleId, LocalDate day, Enrichment.Topics topics) {
        List<TopicEvent> events = new ArrayList<>();
        for (Enrichment.Country c : topics.countries()) {
            events.add(new TopicEvent(articleId, TopicKind.COUNTRY, field(c.code()), field(c.name()), field(c.region()), field(c.subregion()), day));
        }
        for (Enrichment.Region r : topics.regions()) {
            events.add(new TopicEvent(articleId, TopicKind.REGION, field(r.code()), field(r.name()), null, null, day));
        }
        for (String theme : topics.themes()) {
            events.add(new TopicEvent(articleId, TopicKind.THEME, field(theme), field(theme), null, null, day));
        }
        return events.size() <= Limits.MAX_TOPICS_PER_ARTICLE ? events : new ArrayList<>(events.subList(0, Limits.MAX_TOPICS_PER_ARTICLE));
    }

    /** The first {@link Limits#MAX_CUES} cues (the extractor lists the strongest first), each cut to its cap. */
    private static List<String> cues(List<String> cues) {
        List<String> kept = new ArrayList<>();
        for (String c : cues.subList(0, Math.min(cues.size(), Limits.MAX_CUES))) kept.add(Limits.cut(c, Limits.MAX_CUE_CHARS));
        return kept;
    }

    private static String field(String s) {
        return Limits.cut(s, Limits.MAX_FIELD_CHARS);
    }

    /** The key of a topic event on news.topics. */
    static String topicKey(TopicEvent t) {
        return t.getArticleId() + "|" + t.getKind() + "|" + t.getCode();
    }
}
