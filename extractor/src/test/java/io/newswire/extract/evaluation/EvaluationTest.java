package io.newswire.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The scoring rules of `newswire evaluate`, on labels and predictions written for these tests. */
class EvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "gold {0} ({1}) vs extracted {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Lavrov          | RU          | {"name":"Sergey Lavrov","country":"RU"}               | true
            lavrov          | RU          | {"name":"Sergei LAVROV"}                              | true
            Cavusoglu       | TR          | {"name":"Mevlut Çavuşoğlu","country":"TR"}            | true
            Amir Abdollahian| IR          | {"name":"Hossein Amirabdollahian","country":"IR"}     | true
            Lacalle Pou     | UY          | {"name":"Luis Lacalle"}                               | false
            Wang            | CN          | {"name":"Wang Yi","country":"CN"}                     | true
            Wang            | CN          | {"name":"Wangari Maathai"}                            | false
            Japan           | JP          | {"name":null,"country":"JP"}                          | true
            Japan           | JP          | {"name":"Yoko Kamikawa","country":"JP"}               | false
            United Nations  | UN          | {"name":null,"organization":"UN"}                     | true
            Arab League     | ARAB_LEAGUE | {"name":null,"organization":"League of Arab States"}  | true
            Blinken         | US          | "Antony Blinken"                                      | true
            """)
    void aLabelledParticipantMatchesAnExtractedOne(String goldName, String goldCountry, String extracted, boolean matches)
            throws Exception {
        assertEquals(matches, ParticipantMatcher.matches(goldName, goldCountry, ParticipantMatcher.keysOf(JSON.readTree(extracted))));
    }

    @Test
    void aMeetingMatchesWhenTwoThirdsOfTheLargerSideMatch() throws Exception {
        JsonNode gold = JSON.readTree("""
                {"participants":["Lavrov","Wang","Jaishankar"],"countries":["RU","CN","IN"]}""");
        assertEquals(2 / 3.0, ParticipantMatcher.overlap(gold, JSON.readTree("""
                {"participants":[{"name":"Sergey Lavrov"},{"name":"Wang Yi"}]}""")), 1e-9);
        assertEquals(0.5, ParticipantMatcher.overlap(gold, JSON.readTree("""
                {"participants":[{"name":"Sergey Lavrov"},{"name":"Wang Yi"},{"name":"Olaf Scholz"},{"name":"Ali Sabry"}]}""")), 1e-9);
    }

    @Test
    void eachLabelledMeetingPairsWithItsBestExtractedMeetingOnce() throws Exception {
        List<JsonNode> gold = List.of(JSON.readTree("{\"participants\":[\"Lavrov\",\"Guterres\"]}"),
                JSON.readTree("{\"participants\":[\"Lavrov\",\"Mikdad\"]}"));
        List<JsonNode> extracted = List.of(meeting("Sergey Lavrov", "Faisal Mikdad"), meeting("Sergey Lavrov", "Antonio Guterres"),
                meeting("Sergey Lavrov", "Faisal Mikdad"));
        List<String> pairs = new ArrayList<>();
        for (int[] pair : Evaluation.pairMeetings(gold, extracted)) pairs.add(pair[0] + "->" + pair[1]);
        // Ties in overlap go to the later index, as score.py's reverse sort does.
        assertEquals(List.of("1->2", "0->1"), pairs);
    }

    @Test
    void forIdentityATieInParticipantsGoesToTheMeetingWhoseStatusDateAndVenueTheReportShares() throws Exception {
        // One article labels a visit now and a return visit last week, by the same two leaders.
        List<JsonNode> gold = List.of(
                JSON.readTree("{\"participants\":[\"Costa\",\"Berg\"],\"kind\":\"in_person\",\"status\":\"held\",\"date\":\"2026-03-02\",\"city\":\"Lisbon\",\"country\":\"PT\"}"),
                JSON.readTree("{\"participants\":[\"Costa\",\"Berg\"],\"kind\":\"in_person\",\"status\":\"held\",\"date\":null,\"city\":\"Stockholm\",\"country\":\"SE\"}"));
        List<JsonNode> extracted = List.of(JSON.readTree("""
                {"participants":[{"name":"Ana Costa"},{"name":"Lena Berg"}],"kind":"IN_PERSON","status":"HELD","date":null,
                 "location":{"city":"Lisbon","country":"PT"}}"""));
        // score.py's pairing gives the undated Lisbon report the later (Stockholm) meeting; the identity measure the visit it names
        assertEquals(1, Evaluation.pairMeetings(gold, extracted).get(0)[0]);
        assertEquals(0, Evaluation.pairMeetingsByAttributes(gold, extracted).get(0)[0],
                "an empty date contradicts nothing; a venue that differs does");
    }

    @Test
    void strictNeedsStatusKindDateAndVenueCountryButNotTheCity() throws Exception {
        TreeMap<String, JsonNode> gold = new TreeMap<>(Map.of("a", JSON.readTree("""
                {"id":"a","meetings":[
                  {"participants":["Lavrov","Mikdad"],"kind":"in_person","status":"held","date":"2022-09-23","city":"New York","country":"US"},
                  {"participants":["Lavrov","Guterres"],"kind":"video","status":"planned","date":null,"city":null,"country":null},
                  {"participants":["Lavrov","Fidan"],"kind":"call","status":"held","date":"2022-09-20","city":null,"country":null}],
                 "topics":{"countries":["SY","AF"]}}""")));
        Map<String, JsonNode> predicted = Map.of("a", JSON.readTree("""
                {"source":"in/a.txt","meetings":[
                  {"participants":[{"name":"Sergey Lavrov"},{"name":"Faisal Mikdad"}],"kind":"IN_PERSON","status":"HELD",
                   "date":"2022-09-23","location":{"city":"Manhattan","country":"US"}},
                  {"participants":[{"name":"Sergey Lavrov"},{"name":"Antonio Guterres"}],"kind":"CALL","status":"PLANNED","date":null,"location":null},
                  {"participants":[{"name":"Sergey Lavrov"},{"name":"Hakan Fidan"}],"kind":"CALL","status":"PLANNED","date":"2022-09-20","location":null},
                  {"participants":[{"name":"Olaf Scholz"},{"name":"Sergey Lavrov"}],"kind":"IN_PERSON","status":"HELD","date":null,"location":null}],
                 "topics":{"countries":[{"code":"sy"},{"code":"UA"}]}}"""));
        List<String> differences = new ArrayList<>();
        Scorecard score = Evaluation.score(gold, predicted, differences::add);

        assertEquals(new Scorecard.Tally(3, 1, 0), score.meetings());
        assertEquals(new Scorecard.Tally(2, 2, 1), score.strictMeetings(), "Fidan's call has the wrong status");
        assertEquals(new Scorecard.Tally(1, 1, 1), score.heldMeetings());
        assertEquals(new Scorecard.Tally(1, 1, 1), score.topicCountries());
        assertEquals(2, score.statusRight());
        assertEquals(2, score.cityRight(), "Manhattan is not New York; two venues are rightly empty");
        assertEquals(3, score.countryRight());
        assertEquals(3, differences.size(), "one wrong attribute, one spurious meeting, the topics: " + differences);
        assertEquals("strict meeting F1 0.571", score.render().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void anArticleWithoutPredictionsCountsItsMeetingsAsMissed() throws Exception {
        TreeMap<String, JsonNode> gold = new TreeMap<>(Map.of("b", JSON.readTree("""
                {"id":"b","meetings":[{"participants":["Wong","Marles"],"kind":"in_person","status":"held"}],"topics":{"countries":["AU"]}}""")));
        Scorecard score = Evaluation.score(gold, Map.of(), line -> {});
        assertEquals(List.of("b"), score.missingArticles());
        assertEquals(new Scorecard.Tally(0, 0, 1), score.meetings());
        assertEquals(new Scorecard.Tally(0, 0, 1), score.topicCountries());
        assertEquals("articles: 1 gold, 0 predicted (missing: b)", score.render().lines().findFirst().orElseThrow());
    }

    /** An extracted meeting: participants as objects with a name. */
    private static JsonNode meeting(String... names) throws Exception {
        StringBuilder json = new StringBuilder("{\"participants\":[");
        for (int i = 0; i < names.length; i++) json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(names[i]).append("\"}");
        return JSON.readTree(json.append("]}").toString());
    }

    @Test
    void figuresAreRoundedAsScorePyRoundsThem() {
        assertEquals("0.812", Scorecard.fixed3(182 / 224.0), "an exact tie goes to the even digit, as Python's %.3f");
        assertEquals("0.813", Scorecard.fixed3(0.8126));
        assertEquals("0.674", Scorecard.fixed3(0.6744));
        assertEquals("1.000", Scorecard.fixed3(1.0));
        assertEquals("0.000", Scorecard.fixed3(0.0));
    }
}
