package io.newswire.streams.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.embedded.LocalCluster;
import io.newswire.extract.Enrichment;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.topology.TopicNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API of one instance on a real broker: every endpoint answers what the published
 * articles say, and bad requests get a 4xx with a message.
 */
class ServingApiTest {
    @TempDir
    static Path work;

    static LocalCluster cluster;
    static Instance api;
    static Wire wire = Wire.generate(11, 60);

    @BeforeAll
    static void runThePipelineOnAScriptedWire() throws Exception {
        cluster = LocalCluster.start(work, 0, 0);
        api = new Instance(cluster, work.resolve("state"), 3);
        PipelineTopics.ensure(api.runner.properties(), TopicNames.DEFAULTS);
        wire.publishTo(cluster);
        api.runner.awaitRunning(Duration.ofMinutes(1));
        CaughtUp.await(api.runner.properties(), TopicNames.DEFAULTS, Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void meetingsPerRegionListsEveryDayAndRegionOfTheRange() throws Exception {
        JsonNode all = api.get("/api/meetings/per-region").json();
        assertEquals(wire.rows("meetings-per-region", null, null), all.get("rows"));
        assertTrue(all.get("complete").asBoolean());
        assertEquals(3, all.get("partitions").asInt());
        assertTrue(all.get("rows").size() > 5, "the wire has meetings on several days: " + all);

        JsonNode week = api.get("/api/meetings/per-region?from=2024-04-25&to=2024-04-30").json();
        assertEquals(wire.rows("meetings-per-region", LocalDate.of(2024, 4, 25), LocalDate.of(2024, 4, 30)), week.get("rows"));
        assertEquals("2024-04-25", week.get("from").asText());
    }

    @Test
    void meetingsPerRegionCanBeNarrowedToOneRegionOrSubregion() throws Exception {
        for (JsonNode row : api.get("/api/meetings/per-region?region=europe").json().get("rows")) {
            assertEquals("Europe", row.get("region").asText());
        }
        JsonNode africa = api.get("/api/meetings/per-region?region=Sub-Saharan%20Africa").json().get("rows");
        assertFalse(africa.isEmpty());
        africa.forEach(row -> assertEquals("Sub-Saharan Africa", row.get("subregion").asText()));
    }

    @Test
    void meetingsPerCountryAndTopicsAnswerTheirStores() throws Exception {
        assertEquals(wire.rows("meetings-per-country", null, null), api.get("/api/meetings/per-country").json().get("rows"));
        assertEquals(wire.rows("meetings-per-venue-country", null, null), api.get("/api/meetings/per-venue-country").json().get("rows"));
        assertFalse(wire.rows("meetings-per-venue-country", null, null).isEmpty(), "the wire has meetings with a venue");
        assertEquals(wire.rows("topics-per-region", null, null), api.get("/api/topics/per-region").json().get("rows"));
        assertEquals(wire.rows("themes-per-day", null, null), api.get("/api/topics/per-theme").json().get("rows"));
        assertFalse(wire.rows("themes-per-day", null, null).isEmpty(), "the wire has themes");
        api.get("/api/topics/per-theme?theme=Ukraine%20Conflict").json().get("rows")
                .forEach(row -> assertEquals("ukraine conflict", row.get("theme").asText()));
        assertEquals(400, api.get("/api/topics/per-theme?theme=%3Cscript%3E").status());
        assertEquals(wire.rows("topics-per-country", null, null), api.get("/api/topics/per-country?from=2024-05-02&to=2024-05-02").json().get("rows"));
        JsonNode russia = api.get("/api/meetings/per-country?country=ru").json().get("rows");
        assertFalse(russia.isEmpty());
        russia.forEach(row -> assertEquals("RU", row.get("country").asText()));
    }

    @Test
    void bodiesAreCountedApartFromCountries() throws Exception {
        JsonNode perBody = api.get("/api/meetings/per-body").json();
        assertEquals(wire.rows("meetings-per-body", null, null), perBody.get("rows"));
        assertTrue(perBody.get("complete").asBoolean());
        JsonNode africanUnion = api.get("/api/meetings/per-body?body=au").json().get("rows");
        assertFalse(africanUnion.isEmpty(), "the wire has held meetings of the African Union official");
        africanUnion.forEach(row -> assertEquals("AU", row.get("body").asText()));

        // Per country, AU is Australia alone: the Australian's held meetings, never the African Union's.
        JsonNode perCountry = api.get("/api/meetings/per-country?country=AU").json().get("rows");
        assertEquals(wire.counts("meetings-per-country").values().stream().mapToLong(c -> c.getOrDefault("AU", 0L)).sum(),
                sum(perCountry, "meetings"));
        assertFalse(perCountry.isEmpty(), "the wire has held meetings of the Australian");
        for (JsonNode row : api.get("/api/meetings/per-country").json().get("rows")) {
            String country = row.get("country").asText();
            assertTrue(country.matches("[A-Z]{2}") && !country.equals("UN"), "a country code: " + row);
        }
    }

    @Test
    void meetingsCanBeListedByBodyAndByCountryWithoutMixingThem() throws Exception {
        Map<String, Enrichment.Meeting> meetings = wire.meetings();
        TreeSet<String> africanUnion = new TreeSet<>();
        TreeSet<String> australia = new TreeSet<>();
        meetings.forEach((id, m) -> {
            if (m.participants().stream().anyMatch(p -> "AU".equals(p.body()))) {
                africanUnion.add(id);
            }
            if (m.participants().stream().anyMatch(p -> "AU".equals(p.country()))) {
                australia.add(id);
            }
        });
        assertFalse(africanUnion.isEmpty() || australia.isEmpty(), "the wire has both");

        JsonNode byBody = api.get("/api/meetings?body=AU&limit=1000").json();
        assertEquals(africanUnion, new TreeSet<>(strings(byBody.get("meetings"), "meetingId")));
        byBody.get("meetings").forEach(m -> assertTrue(strings(m.get("participants"), "body").contains("AU"), m.toString()));
        JsonNode byCountry = api.get("/api/meetings?country=AU&limit=1000").json();
        assertEquals(australia, new TreeSet<>(strings(byCountry.get("meetings"), "meetingId")));

        assertBadRequest("/api/meetings?body=Atlantis", "unknown international body 'Atlantis'");
        assertBadRequest("/api/meetings?country=EU", "'EU' is not a country but an international body (European Union): use body=EU");
        assertBadRequest("/api/meetings/per-country?country=UN", "use body=UN");
        assertBadRequest("/api/meetings/per-body?body=XX", "ARAB_LEAGUE, ASEAN, AU");
        assertBadRequest("/api/meetings/per-body?country=AU", "unknown parameter 'country'");
    }

    @Test
    void countriesAreNamedAsTheExtractorNamesThem() throws Exception {
        JsonNode countries = api.get("/api/countries").json().get("countries");
        assertTrue(countries.size() > 240, "every ISO 3166-1 country: " + countries.size());
        JsonNode russia = java.util.stream.StreamSupport.stream(countries.spliterator(), false)
                .filter(c -> c.get("code").asText().equals("RU")).findFirst().orElseThrow();
        assertEquals("Russia", russia.get("name").asText());
        assertEquals("Eastern Europe", russia.get("subregion").asText());
    }

    @Test
    void aMeetingHasItsParticipantsAndEveryArticleReportingIt() throws Exception {
        Map<String, List<String>> reports = wire.reports();
        String id = reports.entrySet().stream().filter(e -> e.getValue().size() >= 2).findFirst().orElseThrow().getKey();
        Enrichment.Meeting truth = wire.meetings().get(id);

        Instance.Answer answer = api.get("/api/meetings/" + id);

        assertEquals(200, answer.status(), answer.body());
        JsonNode meeting = answer.json();
        assertEquals(id, meeting.get("meetingId").asText());
        assertEquals(reports.get(id), strings(meeting.get("articleIds")));
        assertEquals(reports.get(id).size(), meeting.get("mentions").asInt());
        assertEquals(truth.participants().stream().map(Enrichment.Participant::name).sorted().toList(),
                strings(meeting.get("participants"), "name").stream().sorted().toList());
        assertFalse(meeting.get("evidence").isEmpty(), "the sentences that report it");
        assertEquals(reports.get(id), strings(meeting.get("sources"), "articleId").stream().sorted().toList(), "a source per article");
        meeting.get("sources").forEach(s -> assertEquals("2024-05-02", s.get("published").asText()));
    }

    @Test
    void meetingsOfADayAndACountryAreListedLatestFirst() throws Exception {
        Map<String, Enrichment.Meeting> meetings = wire.meetings();
        TreeSet<String> expected = new TreeSet<>();
        meetings.forEach((id, m) -> {
            boolean russian = m.participants().stream().anyMatch(p -> "RU".equals(p.country()))
                    || m.location() != null && m.location().country().equals("RU");
            if (russian && LocalDate.of(2024, 4, 28).equals(m.date())) {
                expected.add(id);
            }
        });

        JsonNode answer = api.get("/api/meetings?day=2024-04-28&country=RU").json();

        assertEquals(expected, new TreeSet<>(strings(answer.get("meetings"), "meetingId")));
        assertEquals(expected.size(), answer.get("total").asInt());

        JsonNode all = api.get("/api/meetings?limit=1000").json();
        assertEquals(meetings.keySet(), new TreeSet<>(strings(all.get("meetings"), "meetingId")));
        List<String> days = strings(all.get("meetings"), "day");
        List<String> sorted = new ArrayList<>(days);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, days, "latest day first");

        JsonNode three = api.get("/api/meetings?limit=3").json();
        assertEquals(3, three.get("meetings").size());
        assertEquals(meetings.size(), three.get("total").asInt(), "total counts every match");
    }

    @Test
    void theListFiltersByPersonStatusAndKind() throws Exception {
        Map<String, Enrichment.Meeting> meetings = wire.meetings();
        String someone = meetings.values().iterator().next().participants().get(0).name();
        String part = someone.substring(someone.indexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT); // a family name, any case
        TreeSet<String> expected = new TreeSet<>();
        meetings.forEach((id, m) -> {
            if (m.status() == Enrichment.Status.PLANNED && m.kind() == Enrichment.Kind.IN_PERSON
                    && m.participants().stream().anyMatch(p -> p.name().toLowerCase(java.util.Locale.ROOT).contains(part))) {
                expected.add(id);
            }
        });
        JsonNode answer = api.get("/api/meetings?limit=1000&status=planned&kind=in_person&person="
                + java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8)).json();
        assertEquals(expected, new TreeSet<>(strings(answer.get("meetings"), "meetingId")));
        assertFalse(api.get("/api/meetings?person=" + java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8))
                .json().get("meetings").isEmpty(), someone + " is in a meeting");

        long calls = meetings.values().stream().filter(m -> m.kind() == Enrichment.Kind.CALL).count();
        assertTrue(calls > 0, "the wire has calls");
        assertEquals(calls, api.get("/api/meetings?kind=CALL").json().get("total").asLong());
        assertBadRequest("/api/meetings?status=happened", "'status' must be one of [held, planned, cancelled, denied]");
        assertBadRequest("/api/meetings?person=x", "at least 2 letters");

        // scripted meetings carry no measured confidence: 1.0 and no cues; min_confidence keeps those at or above it
        JsonNode listed = api.get("/api/meetings?limit=1000").json();
        listed.get("meetings").forEach(m -> {
            assertEquals(1.0, m.get("confidence").asDouble(), m.toString());
            assertTrue(m.get("cues").isArray() && m.get("cues").isEmpty(), m.toString());
        });
        assertEquals(listed.get("total").asLong(), api.get("/api/meetings?min_confidence=1").json().get("total").asLong());
        assertBadRequest("/api/meetings?min_confidence=1.5", "'min_confidence' must be a number from 0.0 to 1.0");
    }

    @Test
    void anUnknownMeetingIs404() throws Exception {
        Instance.Answer answer = api.get("/api/meetings/0123456789abcdef01234567");
        assertEquals(404, answer.status());
        assertTrue(answer.json().get("error").asText().contains("no meeting"), answer.body());
    }

    @Test
    void badParametersAre400WithAMessageSayingWhatIsWrong() throws Exception {
        assertBadRequest("/api/meetings/per-region?from=yesterday", "'from' must be a day YYYY-MM-DD");
        assertBadRequest("/api/meetings/per-region?from=2024-05-02&to=2024-05-01", "is after 'to'");
        assertBadRequest("/api/meetings/per-country?from=2024-02-30", "'from': no such date 2024-02-30");
        assertBadRequest("/api/topics/per-region?color=blue", "unknown parameter 'color'");
        assertBadRequest("/api/topics/per-country?from=2024-05-01&from=2024-05-02", "more than once");
        assertBadRequest("/api/meetings?limit=0", "'limit' must be a whole number");
        assertBadRequest("/api/meetings?limit=lots", "'limit' must be a whole number");
        assertBadRequest("/api/meetings?country=%3Cscript%3E", "'country' must be a code");
        assertBadRequest("/api/meetings/not%20an%20id", "a meeting id is");
        assertEquals(400, api.raw("/api/meetings/per-region?from=%zz").status(), "a malformed escape");
        assertEquals(400, api.raw("/api/meetings/%zz").status(), "a malformed escape in the path");
    }

    @Test
    void unknownCountriesAndRegionsAre400sThatNameWhatIsAccepted() throws Exception {
        assertBadRequest("/api/meetings?country=Russia", "unknown country 'Russia': use an ISO 3166-1 alpha-2 code such as RU (Russia)");
        assertBadRequest("/api/meetings/per-country?country=rus", "unknown country 'rus': use an ISO 3166-1 alpha-2 code such as RU (Russia)");
        assertBadRequest("/api/topics/per-country?country=XX", "unknown country 'XX': use an ISO 3166-1 alpha-2 code such as RU, US or CN");
        assertBadRequest("/api/meetings/per-region?region=Atlantis", "unknown region 'Atlantis': use one of Africa, Americas, Asia, Europe, Oceania, ");
        assertBadRequest("/api/topics/per-region?region=Europa", "unknown region 'Europa': did you mean Europe?");
        assertBadRequest("/api/meetings?region=Sub-Saharan%20Afrika", "did you mean Sub-Saharan Africa?");

        // What is known is still accepted in any case, and answers as before.
        JsonNode eastern = api.get("/api/meetings/per-region?region=eastern%20EUROPE").json().get("rows");
        assertFalse(eastern.isEmpty());
        eastern.forEach(row -> assertEquals("Eastern Europe", row.get("subregion").asText()));
        assertEquals(200, api.get("/api/meetings/per-region?region=remote").status());
        assertEquals(200, api.get("/api/meetings?country=ru&region=europe").status());
    }

    @Test
    void conflictingParametersAndImpossibleDatesAre400s() throws Exception {
        assertBadRequest("/api/meetings?day=2024-04-28&from=2024-04-01", "'day' cannot be combined with 'from' or 'to'");
        assertBadRequest("/api/meetings?day=2024-04-28&to=2024-05-01", "'day' cannot be combined with 'from' or 'to'");
        assertBadRequest("/api/meetings/per-region?from=2026-02-30", "'from': no such date 2026-02-30 (February 2026 has 28 days)");
        assertBadRequest("/api/meetings?day=2024-13-01", "'day': no such date 2024-13-01 (months are 01 to 12)");
        assertBadRequest("/api/topics/per-country?to=2024-04-00", "'to': no such date 2024-04-00 (days start at 01)");
        assertBadRequest("/api/meetings?day=2024-4-28", "'day' must be a day YYYY-MM-DD, got '2024-4-28'");
        assertEquals(200, api.get("/api/meetings?day=2024-02-29").status(), "a leap day is a day");
    }

    @Test
    void everyErrorIsJsonAlsoWhatJettyRefusesBeforeAnyRoute() throws Exception {
        for (String path : List.of("/api/meetings/%zz", "/api/meetings/per-region?from=%zz", "/%zz", "/api/%")) {
            Instance.Raw answer = api.raw(path);
            assertEquals(400, answer.status(), path + " -> " + answer.body());
            assertTrue(answer.contentType().startsWith("application/json"), path + " -> " + answer.contentType() + " " + answer.body());
            assertFalse(api.json(answer.body()).get("error").asText().isBlank(), path + " -> " + answer.body());
            assertFalse(answer.body().contains("<html") || answer.body().contains("Exception"), answer.body());
        }
        Instance.Answer hugeHeader = api.send(HttpRequest.newBuilder(api.uri("/api/meetings")).header("X-Big", "b".repeat(20_000)).GET());
        assertEquals(431, hugeHeader.status());
        assertTrue(hugeHeader.json().get("error").asText().contains("headers larger than 8 KiB"), hugeHeader.body());
    }

    @Test
    void theApiIsReadOnlyAndRejectsOversizedRequests() throws Exception {
        Instance.Answer post = api.send(HttpRequest.newBuilder(api.uri("/api/meetings"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(405, post.status(), post.body());
        Instance.Answer delete = api.send(HttpRequest.newBuilder(api.uri("/api/meetings/x")).DELETE());
        assertEquals(405, delete.status(), delete.body());

        assertEquals(414, api.get("/api/meetings?country=" + "a".repeat(2000)).status());
        Instance.Answer hugeHeader = api.send(HttpRequest.newBuilder(api.uri("/api/meetings")).header("X-Big", "b".repeat(20_000)).GET());
        assertEquals(431, hugeHeader.status());

        Instance.Answer unknown = api.get("/api/nothing-here");
        assertEquals(404, unknown.status());
        assertTrue(unknown.json().get("endpoints").size() > 5, "lists the endpoints: " + unknown.body());
        assertEquals("nosniff", unknown.response().headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void healthSaysLiveAndReadyWhileRunning() throws Exception {
        assertEquals(200, api.get("/health/live").status());
        Instance.Answer ready = api.get("/health/ready");
        assertEquals(200, ready.status());
        assertEquals("RUNNING", ready.json().get("state").asText());
    }

    @Test
    void metricsHaveTheKafkaStreamsMetricsAndThePipelinesCounters() throws Exception {
        Instance.Answer metrics = api.get("/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.response().headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String text = metrics.body();
        assertTrue(text.contains("kafka_stream_thread_process_total"), "Kafka Streams thread metrics");
        assertTrue(text.contains("kafka_stream_alive_stream_threads"), "Kafka Streams client metrics");
        long articles = wire.sends.stream().filter(s -> s.getValue() != null).count();
        assertTrue(counter(text, "newswire_articles_processed_total{outcome=\"enriched\"}") >= articles, text);
        assertTrue(counter(text, "newswire_articles_processed_total{outcome=\"retracted\"}") >= 1);
        assertTrue(counter(text, "newswire_meetings_emitted_total{change=\"upsert\"}") >= wire.meetings().size());
        assertTrue(counter(text, "newswire_topics_emitted_total{change=\"upsert\"}") >= 1);
        assertTrue(text.contains("newswire_dead_letters_total{stage=\"enrich\"}"));
        assertTrue(text.contains("newswire_enrichment_latency_seconds_bucket{le="), "a latency histogram");
    }

    @Test
    void theDashboardAndItsChartLibraryAreServedFromTheJar() throws Exception {
        Instance.Answer page = api.get("/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Meetings per region per day"), page.body());
        String script = "/webjars/chart.js/4.4.1/dist/chart.umd.js";
        assertTrue(page.body().contains(script), "the page loads the pinned Chart.js from the jar");
        assertEquals(200, api.get(script).status());
        assertEquals(200, api.get("/dashboard.js").status());
        assertEquals(200, api.get("/dashboard.css").status());
    }

    private static void assertBadRequest(String path, String message) throws Exception {
        Instance.Answer answer = api.get(path);
        assertEquals(400, answer.status(), path + " -> " + answer.body());
        if (!message.isEmpty()) {
            assertTrue(answer.json().get("error").asText().contains(message), path + " -> " + answer.body());
        }
        assertFalse(answer.body().contains("Exception"), "no stack trace: " + answer.body());
    }

    private static double counter(String prometheus, String series) {
        for (String line : prometheus.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        throw new AssertionError("no series " + series);
    }

    private static long sum(JsonNode rows, String field) {
        long total = 0;
        for (JsonNode row : rows) {
            total += row.get(field).asLong();
        }
        return total;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> strings(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }
}
