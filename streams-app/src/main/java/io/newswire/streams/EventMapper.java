package io.newswire.streams;

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
import io.newswire.schema.MeetingMention;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.Participant;
import io.newswire.schema.RawArticle;
import io.newswire.schema.TopicEvent;
import io.newswire.schema.TopicKind;

/** Turns what the extractor read from one article into the Avro records the topology carries. */
final class EventMapper {
    private EventMapper() {}

    static EnrichedArticle toEnrichedArticle(RawArticle article, Enrichment enrichment) {
        LocalDate published = article.getPublished() != null ? article.getPublished() : enrichment.published();
        Instant received = article.getReceivedAt() == null ? Instant.EPOCH : article.getReceivedAt();
        LocalDate day = published != null ? published : LocalDate.ofInstant(received, ZoneOffset.UTC);

        // Two sentences of one article can describe the same meeting: keep it once.
        Map<String, MeetingMention> mentions = new LinkedHashMap<>();
        for (Enrichment.Meeting m : enrichment.meetings()) {
            MeetingMention mention = toMention(article.getId(), published, received, m);
            mentions.merge(mention.getMeetingId(), mention, EventMapper::withMoreEvidence);
        }
        return EnrichedArticle.newBuilder()
                .setArticleId(article.getId())
                .setPublished(published)
                .setDay(day)
                .setReceivedAt(received)
                .setMeetings(new ArrayList<>(mentions.values()))
                .setTopics(toTopics(article.getId(), day, enrichment.topics()))
                .build();
    }

    private static MeetingMention withMoreEvidence(MeetingMention first, MeetingMention second) {
        first.getMeeting().getEvidence().addAll(second.getMeeting().getEvidence());
        return first;
    }

    private static MeetingMention toMention(String articleId, LocalDate published, Instant received, Enrichment.Meeting m) {
        List<Participant> participants = new ArrayList<>();
        for (Enrichment.Participant p : m.participants()) {
            participants.add(new Participant(p.name(), p.title(), p.organization(), p.country()));
        }
        MeetingKind kind = MeetingKind.valueOf(m.kind().name());
        LocalDate day = m.date() != null ? m.date() : published;
        String meetingId = MeetingIdentity.of(participants, day, kind);
        List<Evidence> evidence = new ArrayList<>();
        for (Enrichment.Evidence e : m.evidence()) {
            evidence.add(new Evidence(articleId, e.start(), e.end(), e.text()));
        }
        Enrichment.Location loc = m.location();
        MeetingEvent meeting = MeetingEvent.newBuilder()
                .setMeetingId(meetingId)
                .setParticipants(participants)
                .setKind(kind)
                .setStatus(MeetingStatus.valueOf(m.status().name()))
                .setDate(m.date())
                .setDay(day)
                .setLocation(loc == null ? null : new Location(loc.city(), loc.country(), loc.region(), loc.subregion()))
                .setCameo(m.cameo() == null ? "040" : m.cameo())
                .setEvidence(evidence)
                .setArticleIds(new ArrayList<>(List.of(articleId)))
                .build();
        return new MeetingMention(meetingId, articleId, published, received, meeting);
    }

    private static List<TopicEvent> toTopics(String articleId, LocalDate day, Enrichment.Topics topics) {
        List<TopicEvent> events = new ArrayList<>();
        for (Enrichment.Country c : topics.countries()) {
            events.add(new TopicEvent(articleId, TopicKind.COUNTRY, c.code(), c.name(), c.region(), c.subregion(), day));
        }
        for (Enrichment.Region r : topics.regions()) {
            events.add(new TopicEvent(articleId, TopicKind.REGION, r.code(), r.name(), null, null, day));
        }
        for (String theme : topics.themes()) {
            events.add(new TopicEvent(articleId, TopicKind.THEME, theme, theme, null, null, day));
        }
        return events;
    }

    /** The key of a topic event on news.topics. */
    static String topicKey(TopicEvent t) {
        return t.getArticleId() + "|" + t.getKind() + "|" + t.getCode();
    }
}
