package io.newswire.streams.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newswire.schema.Evidence;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.Participant;
import io.newswire.schema.Source;

/** Plain JSON-ready maps of the Avro events, for the HTTP API and the demo's summary. */
public final class EventJson {
    private EventJson() {}

    public static Map<String, Object> meeting(MeetingEvent m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("meetingId", m.getMeetingId());
        List<Map<String, Object>> participants = new ArrayList<>();
        for (Participant p : m.getParticipants()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.getName());
            pm.put("title", p.getTitle());
            pm.put("organization", p.getOrganization());
            pm.put("country", p.getCountry());
            pm.put("body", p.getBody());
            participants.add(pm);
        }
        out.put("participants", participants);
        out.put("kind", m.getKind().name());
        out.put("status", m.getStatus().name());
        out.put("date", m.getDate() == null ? null : m.getDate().toString());
        out.put("day", m.getDay() == null ? null : m.getDay().toString());
        if (m.getLocation() == null) {
            out.put("location", null);
        } else {
            Map<String, Object> loc = new LinkedHashMap<>();
            loc.put("city", m.getLocation().getCity());
            loc.put("country", m.getLocation().getCountry());
            loc.put("region", m.getLocation().getRegion());
            loc.put("subregion", m.getLocation().getSubregion());
            out.put("location", loc);
        }
        out.put("cameo", m.getCameo());
        out.put("confidence", m.getConfidence());
        out.put("cues", m.getCues());
        out.put("mentions", m.getArticleIds().size());
        out.put("articleIds", m.getArticleIds());
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Evidence e : m.getEvidence()) {
            evidence.add(Map.of("articleId", e.getArticleId(), "start", e.getStart(), "end", e.getEnd(), "text", e.getText()));
        }
        out.put("evidence", evidence);
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Source s : m.getSources()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("articleId", s.getArticleId());
            sm.put("uri", s.getUri());
            sm.put("source", s.getSource());
            sm.put("provider", s.getProvider());
            sm.put("headline", s.getHeadline());
            sm.put("published", s.getPublished() == null ? null : s.getPublished().toString());
            sources.add(sm);
        }
        out.put("sources", sources);
        return out;
    }

    /** A region-store row: the 'region/subregion' bucket split in two. */
    public static Map<String, Object> regionRow(StoreQueries.DayCount row, String countName) {
        Map<String, Object> out = new LinkedHashMap<>();
        int slash = row.bucket().indexOf('/');
        out.put("region", slash < 0 ? row.bucket() : row.bucket().substring(0, slash));
        out.put("subregion", slash < 0 ? null : row.bucket().substring(slash + 1));
        out.put("day", row.day());
        out.put(countName, row.count());
        return out;
    }

    public static Map<String, Object> countryRow(StoreQueries.DayCount row, String countName) {
        return row(row, "country", countName);
    }

    /** A row of the body store: {"body": "AU", "day", count}. */
    public static Map<String, Object> bodyRow(StoreQueries.DayCount row, String countName) {
        return row(row, "body", countName);
    }

    /** {@code {bucketName: bucket, "day", countName: count}}. */
    public static Map<String, Object> row(StoreQueries.DayCount row, String bucketName, String countName) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(bucketName, row.bucket());
        out.put("day", row.day());
        out.put(countName, row.count());
        return out;
    }
}
