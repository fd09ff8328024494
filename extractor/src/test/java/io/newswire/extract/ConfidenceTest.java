package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.extract.Enrichment.Meeting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The confidence score: its cues on sentences written for this test, and the properties of the scorer. */
class ConfidenceTest {
    static final Extractor X = Extractors.standard();
    static final String FULL = "VIENNA, May 6 (Newswire) - Austrian Foreign Minister Anna Gruber met Slovak Foreign Minister "
            + "Peter Novak in Vienna on Tuesday, May 6, 2025.";
    static final String HEDGED = "Austrian Foreign Minister Anna Gruber reportedly met Slovak officials in Vienna, sources said.";
    static final String PLANNED = "Austrian Foreign Minister Anna Gruber will meet Slovak Foreign Minister Peter Novak in "
            + "Bratislava on Friday, May 9, 2025.";

    static Meeting only(String text) {
        List<Meeting> ms = X.extract(new Article("t", text, null, null)).meetings();
        assertEquals(1, ms.size(), () -> "meetings of: " + text + " " + ms);
        return ms.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fully specified held meeting | FULL    | trigger:met both-sides-named date:explicit venue:explicit
            hedged, one side unnamed     | HEDGED  | trigger:met hedged:reportedly side-unnamed:SK date:none attributed:said
            planned, fully specified     | PLANNED | trigger:meet both-sides-named status:planned date:explicit venue:explicit
            """)
    void cuesSayWhatTheTextStates(String what, String text, String cues) {
        Meeting m = only(text(text));
        for (String cue : cues.split(" ")) assertTrue(m.cues().contains(cue), what + ": no " + cue + " in " + m.cues());
        assertTrue(m.confidence() > 0 && m.confidence() < 1, what + ": " + m.confidence());
    }

    /** Each report is weaker than the one before: one cue less in its favour, or one more against it. */
    @Test
    void strongerReportsScoreHigher() {
        List<String> decreasing = List.of(
                FULL + " Gruber and Novak also discussed rail links at the meeting.", // reported twice
                FULL, // held, both named, dated and placed by the text
                HEDGED, // "reportedly", one side unnamed, no date
                HEDGED.replace("met", "sat down with")); // and a weaker trigger
        double previous = 1.0;
        for (String text : decreasing) {
            double c = only(text).confidence();
            assertTrue(c < previous, c + " not below " + previous + ": " + text + " " + only(text).cues());
            previous = c;
        }
    }

    @Test
    void confidenceDoesNotChangeTheMeeting() {
        Meeting m = only(FULL);
        assertEquals("2025-05-06", String.valueOf(m.date()));
        assertEquals("AT", m.location().country());
    }

    /** A scorer with known weights: the properties hold for any weights. */
    static final Confidence TOY = new Confidence(Map.of("bias", 1.0, "trigger:met", 1.0, "trigger", 0.2, "hedged", -1.5,
            "side-unnamed", -0.5, "evidence", 0.7));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a positive cue raises       | trigger:sat              | trigger:sat evidence:repeated
            a stronger trigger raises   | trigger:sat              | trigger:met
            a hedge lowers              | trigger:met hedged:could | trigger:met
            an unnamed side lowers      | trigger:met side-unnamed:RU | trigger:met
            an unweighted cue is neutral | trigger:met known-actor:X | trigger:met
            """)
    void addingACueMovesTheScoreByItsSign(String what, String lower, String higher) {
        double lo = TOY.score(List.of(lower.split(" "))), hi = TOY.score(List.of(higher.split(" ")));
        if (what.contains("neutral")) assertEquals(lo, hi, what);
        else assertTrue(lo < hi, what + ": " + lo + " vs " + hi);
    }

    @Test
    void eachWeightLineCountsOncePerMeeting() {
        assertEquals(TOY.score(List.of("side-unnamed:RU")), TOY.score(List.of("side-unnamed:RU", "side-unnamed:UA")));
        assertEquals(0.731, TOY.score(List.of()), 1e-9); // the bias alone: 1 / (1 + e^-1)
    }

    @Test
    void aFamilyDetailTakesItsOwnLineElseTheFamilys() {
        assertEquals(1.0, TOY.weight("trigger:met"));
        assertEquals(0.2, TOY.weight("trigger:talks"));
        assertEquals(0.0, TOY.weight("known-actor:Someone"));
    }

    @Test
    void scoresStayInZeroToOne() {
        List<String> many = new ArrayList<>();
        for (String k : Confidence.FAMILIES) many.add(k + ":x");
        for (Confidence c : List.of(TOY, Confidence.standard())) {
            double s = c.score(many);
            assertTrue(s >= 0 && s <= 1, "" + s);
        }
        assertEquals(1.0, new Confidence(Map.of("bias", 100.0)).score(List.of()));
        assertEquals(0.0, new Confidence(Map.of("bias", -100.0)).score(List.of()));
    }

    @Test
    void reportedCuesAreBoundedAndStrongestFirst() {
        List<String> cues = new ArrayList<>();
        for (int i = 0; i < 30; i++) cues.add("known-actor:" + "X".repeat(100) + i);
        cues.add("hedged:reportedly");
        List<String> out = TOY.reported(cues);
        assertEquals(Meeting.MAX_CUES, out.size());
        assertEquals("hedged:reportedly", out.get(0));
        for (String c : out) assertTrue(c.length() <= Meeting.MAX_CUE_CHARS, c);
    }

    @Test
    void theStandardWeightsAreLoadedAndSaneAndUnknownCuesRefused() {
        Confidence c = Confidence.standard();
        assertTrue(c.weight("trigger:met") > 0);
        assertTrue(c.weight("hedged:reportedly") < 0);
        assertTrue(c.weight("single-name:Smith") < 0);
        assertThrows(IllegalStateException.class, () -> new Confidence(Map.of("no-such-cue", 1.0)));
    }

    @Test
    void aMonthIsNotAHedge() {
        assertTrue(only(PLANNED).cues().stream().noneMatch(c -> c.startsWith("hedged")), only(PLANNED).cues().toString());
    }

    private static String text(String name) {
        return switch (name) {
            case "FULL" -> FULL;
            case "HEDGED" -> HEDGED;
            case "PLANNED" -> PLANNED;
            default -> name;
        };
    }
}
