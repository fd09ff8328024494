package io.newswire.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.extract.Extractors;
import io.newswire.extract.evaluation.Evaluation;
import io.newswire.registry.MockSchemaRegistry;
import io.newswire.schema.Location;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.MeetingReport;
import io.newswire.schema.MeetingReports;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.Participant;
import io.newswire.schema.RawArticle;
import io.newswire.streams.topology.AvroSerdes;
import io.newswire.streams.topology.MeetingIdentity;
import io.newswire.streams.topology.MeetingMatcher;
import io.newswire.streams.topology.StoreNames;
import io.newswire.streams.topology.NewswireTopology;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * How well the pipeline makes one event of one real meeting reported by several outlets (issue 17):
 * labelled articles go through the real topology (Kafka's {@link TopologyTestDriver}: the same
 * processors and stores, in-process, no broker needed for a measurement), in publication order; each
 * meeting the extractor finds in an article is labelled with the real meeting ({@code story_meeting}) of
 * the gold meeting it matches (the scorer's pairing, a tie in participants going to the meeting with more
 * attributes as labelled: {@link Evaluation#pairMeetingsByAttributes}), and placed in the final {@code news.meetings} event
 * that lists its article and shares the most participants with it.
 *
 * <ul>
 * <li><b>merge recall</b>: of the pairs of reports of one real meeting in two different articles, those
 *     that end in one event; over the pairs the extractor found in both articles, and over every labelled
 *     pair (a report the extractor missed cannot merge);</li>
 * <li><b>false merges</b>: of the pairs of labelled reports from two articles that share an event, those of
 *     different real meetings; pairs with a report that matches no labelled meeting (an extraction error) are
 *     counted apart, not judged.</li>
 * </ul>
 */
final class MergeMeasure {
    record Report(String article, int index, String story, Set<String> families) {}

    record Result(int labelledPairs, int foundPairs, int mergedPairs, int sharedPairs, int falsePairs, int unlabelledSharedPairs,
                  int reports, int events, List<String> details) {
        double recallFound() {
            return foundPairs == 0 ? 0 : mergedPairs / (double) foundPairs;
        }

        double recallOverall() {
            return labelledPairs == 0 ? 0 : mergedPairs / (double) labelledPairs;
        }

        double falseMergeRate() {
            return sharedPairs == 0 ? 0 : falsePairs / (double) sharedPairs;
        }

        String render() {
            return String.format(Locale.ROOT, """
                    reports of meetings extracted: %d, events after the topology: %d
                    merge recall (pairs found in both articles): %d / %d = %.3f
                    merge recall (every labelled pair):          %d / %d = %.3f
                    false merges (labelled report pairs sharing an event): %d / %d = %.3f
                    pairs sharing an event with a report matching no labelled meeting (not judged): %d
                    """, reports, events, mergedPairs, foundPairs, recallFound(), mergedPairs, labelledPairs, recallOverall(),
                    falsePairs, sharedPairs, falseMergeRate(), unlabelledSharedPairs);
        }
    }

    private MergeMeasure() {}

    /**
     * @param gold     labelled articles by id, with {@code story_meeting} per meeting
     * @param articles the raw articles, by the same ids
     * @param extracted the extractor's JSON per article id (what {@code enrich} prints)
     */
    static Result measure(SortedMap<String, JsonNode> gold, Map<String, RawArticle> articles, Map<String, JsonNode> extracted) {
        Map<String, String> meetingOfReport = new HashMap<>();
        Map<String, MeetingReport> reportOf = new HashMap<>();
        Map<String, MeetingEvent> events = runTopology(articles, meetingOfReport, reportOf);
        Map<String, String> goldIdOfRawId = new HashMap<>();
        articles.forEach((goldId, raw) -> goldIdOfRawId.put(raw.getId(), goldId));

        List<Report> reports = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : extracted.entrySet()) {
            List<JsonNode> predicted = list(e.getValue().get("meetings"));
            JsonNode labels = gold.get(e.getKey());
            String[] storyOf = new String[predicted.size()];
            if (labels != null) {
                List<JsonNode> goldMeetings = list(labels.get("meetings"));
                for (int[] pair : Evaluation.pairMeetingsByAttributes(goldMeetings, predicted)) {
                    storyOf[pair[1]] = goldMeetings.get(pair[0]).path("story_meeting").asText(null);
                }
            }
            for (int i = 0; i < predicted.size(); i++) {
                reports.add(new Report(e.getKey(), i, storyOf[i], families(predicted.get(i))));
            }
        }

        // Each report in the event identity resolution put it in (its report id is the one EventMapper computes);
        // else (a report past a limit) the event that lists its article and shares the most participants with it.
        Map<Report, String> eventOf = new LinkedHashMap<>();
        Map<Report, MeetingReport> held = new HashMap<>();
        for (Report r : reports) {
            RawArticle raw = articles.get(r.article());
            JsonNode predicted = list(extracted.get(r.article()).get("meetings")).get(r.index());
            String key = raw == null ? null : raw.getId() + "|" + reportIds(raw, extracted.get(r.article())).get(r.index());
            if (key != null && reportOf.containsKey(key)) held.put(r, reportOf.get(key));
            String placed = key == null ? null : meetingOfReport.get(key);
            if (placed != null && events.containsKey(placed)) {
                eventOf.put(r, placed);
                continue;
            }
            String best = null;
            double bestScore = 0;
            for (Map.Entry<String, MeetingEvent> ev : new TreeMap<>(events).entrySet()) {
                boolean lists = ev.getValue().getArticleIds().stream().anyMatch(id -> r.article().equals(goldIdOfRawId.get(id)));
                double score = lists ? jaccard(r.families(), familiesOf(ev.getValue())) : 0;
                if (score > bestScore) {
                    best = ev.getKey();
                    bestScore = score;
                }
            }
            eventOf.put(r, best);
        }

        List<String> details = new ArrayList<>();
        int labelled = labelledPairs(gold);
        int found = 0, merged = 0, shared = 0, falseMerges = 0, unlabelledShared = 0;
        for (int a = 0; a < reports.size(); a++) {
            for (int b = a + 1; b < reports.size(); b++) {
                Report x = reports.get(a), y = reports.get(b);
                if (x.article().equals(y.article())) {
                    continue;
                }
                boolean sameStory = x.story() != null && x.story().equals(y.story());
                boolean sameEvent = eventOf.get(x) != null && eventOf.get(x).equals(eventOf.get(y));
                if (sameStory) {
                    found++;
                    if (sameEvent) {
                        merged++;
                    } else {
                        String why = held.containsKey(x) && held.containsKey(y) ? MeetingMatcher.whyApart(held.get(x), held.get(y)) : null;
                        details.add("  not merged: " + x.story() + " " + x.article() + "#" + x.index() + " " + x.families()
                                + " / " + y.article() + "#" + y.index() + " " + y.families()
                                + (why != null ? ": " + why : ": compatible, but each joined another meeting first"));
                    }
                }
                if (sameEvent && (x.story() == null || y.story() == null)) {
                    unlabelledShared++;
                    details.add("  not judged: event " + eventOf.get(x) + ": " + x.article() + "#" + x.index() + " (" + x.story()
                            + ") + " + y.article() + "#" + y.index() + " (" + y.story() + ")");
                } else if (sameEvent) {
                    shared++;
                    if (!sameStory) {
                        falseMerges++;
                        details.add("  false merge: event " + eventOf.get(x) + ": " + x.article() + "#" + x.index() + " (" + x.story()
                                + ") + " + y.article() + "#" + y.index() + " (" + y.story() + ")");
                    }
                }
            }
        }
        return new Result(labelled, found, merged, shared, falseMerges, unlabelledShared, reports.size(), events.size(), details);
    }

    /** Pairs of labelled meetings in two different articles with the same {@code story_meeting}. */
    private static int labelledPairs(SortedMap<String, JsonNode> gold) {
        Map<String, List<String>> articlesByStory = new TreeMap<>();
        gold.forEach((id, article) -> list(article.get("meetings")).forEach(m -> {
            String story = m.path("story_meeting").asText(null);
            if (story != null) {
                articlesByStory.computeIfAbsent(story, s -> new ArrayList<>()).add(id);
            }
        }));
        int pairs = 0;
        for (List<String> ids : articlesByStory.values()) {
            for (int a = 0; a < ids.size(); a++) {
                for (int b = a + 1; b < ids.size(); b++) {
                    pairs += ids.get(a).equals(ids.get(b)) ? 0 : 1;
                }
            }
        }
        return pairs;
    }

    /** The report ids the topology gives an article's extracted meetings, in order ({@link MeetingIdentity#inArticle}). */
    private static List<String> reportIds(RawArticle raw, JsonNode article) {
        Map<String, MeetingIdentity.Told> toldOf = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode meeting : list(article.get("meetings"))) {
            JsonNode location = meeting.get("location");
            MeetingIdentity.Told told = new MeetingIdentity.Told(MeetingStatus.valueOf(text(meeting, "status")), text(meeting, "date") != null,
                    location == null || location.isNull() ? null
                            : Location.newBuilder().setCity(text(location, "city")).setCountry(text(location, "country")).build());
            String id = MeetingIdentity.inArticle(reportId(meeting, raw, article), known -> toldOf.containsKey(known) && toldOf.get(known).apart(told));
            toldOf.putIfAbsent(id, told);
            ids.add(id);
        }
        return ids;
    }

    /** The report id the topology gives an extracted meeting: {@link MeetingIdentity} of its sides, day and kind. */
    private static String reportId(JsonNode meeting, RawArticle raw, JsonNode article) {
        List<Participant> participants = new ArrayList<>();
        for (JsonNode p : list(meeting.get("participants"))) {
            participants.add(new Participant(text(p, "name"), text(p, "title"), text(p, "organization"), text(p, "country"), text(p, "body")));
        }
        String date = text(meeting, "date");
        String published = raw.getPublished() != null ? raw.getPublished().toString() : text(article, "published");
        String day = date != null ? date : published;
        return MeetingIdentity.of(participants, day == null ? null : LocalDate.parse(day), MeetingKind.valueOf(text(meeting, "kind")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Map<String, MeetingEvent> runTopology(Map<String, RawArticle> articles, Map<String, String> meetingOfReport,
                                                         Map<String, MeetingReport> reportOf) {
        String scope = "evaluate-clusters-" + System.nanoTime();
        AvroSerdes avro = new AvroSerdes(Map.of("schema.registry.url", "mock://" + scope));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "newswire-evaluate-clusters");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/newswire-evaluate-" + ProcessHandle.current().pid());
        try (TopologyTestDriver driver = new TopologyTestDriver(
                NewswireTopology.build(TopicNames.DEFAULTS, Extractors.standard(), avro), props)) {
            TestInputTopic<String, RawArticle> raw = driver.createInputTopic(TopicNames.DEFAULTS.rawArticles(),
                    new StringSerializer(), avro.serde(RawArticle.class).serializer());
            articles.values().stream()
                    .sorted(Comparator.comparing((RawArticle a) -> String.valueOf(a.getPublished())).thenComparing(RawArticle::getId))
                    .forEach(a -> raw.pipeInput(a.getId(), a));
            Map<String, MeetingEvent> latest = new HashMap<>();
            driver.createOutputTopic(TopicNames.DEFAULTS.meetings(), new StringDeserializer(), avro.serde(MeetingEvent.class).deserializer())
                    .readKeyValuesToList().forEach(kv -> {
                        if (kv.value == null) {
                            latest.remove(kv.key);
                        } else {
                            latest.put(kv.key, kv.value);
                        }
                    });
            Map<String, String> clusterOfReport = new HashMap<>();
            try (KeyValueIterator<String, String> it = driver.<String, String>getKeyValueStore(StoreNames.REPORT_CLUSTERS).all()) {
                it.forEachRemaining(kv -> {
                    clusterOfReport.put(kv.key, kv.value);
                    meetingOfReport.put(kv.key, kv.value.substring(kv.value.lastIndexOf('|') + 1));
                });
            }
            // each report as the resolver holds it, to say why two reports of one real meeting stayed apart
            var clusters = driver.<String, MeetingReports>getKeyValueStore(StoreNames.MEETING_CLUSTERS);
            clusterOfReport.forEach((report, cluster) -> {
                MeetingReports held = clusters.get(cluster);
                if (held == null) return;
                String reportId = report.substring(report.indexOf('|') + 1);
                for (MeetingReport r : held.getReports()) {
                    if (r.getMeetingId().equals(reportId) && report.startsWith(r.getArticleId() + "|")) reportOf.put(report, r);
                }
            });
            return latest;
        } finally {
            MockSchemaRegistry.dropScope(scope);
        }
    }

    /** The family names of an extracted meeting's sides (the last word of a name, else its organisation or country). */
    private static Set<String> families(JsonNode meeting) {
        Set<String> out = new HashSet<>();
        for (JsonNode p : list(meeting.get("participants"))) {
            out.add(family(p.path("name").asText(null), p.path("organization").asText(null), p.path("country").asText(null)));
        }
        return out;
    }

    private static Set<String> familiesOf(MeetingEvent event) {
        Set<String> out = new HashSet<>();
        for (Participant p : event.getParticipants()) {
            out.add(family(p.getName(), p.getOrganization(), p.getCountry()));
        }
        return out;
    }

    private static String family(String name, String organization, String country) {
        if (name != null && !name.isBlank()) {
            String[] words = name.strip().split("\\s+");
            return words[words.length - 1].toLowerCase(Locale.ROOT);
        }
        return (organization != null ? organization : String.valueOf(country)).toLowerCase(Locale.ROOT);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return either.isEmpty() ? 0 : both.size() / (double) either.size();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }
}
