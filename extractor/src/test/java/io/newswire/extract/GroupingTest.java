package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.extract.Enrichment.Meeting;
import io.newswire.extract.Enrichment.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Separate bilaterals or one multilateral meeting: each meeting as its participants' surnames. */
class GroupingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Foreign Minister Anna Lindqvist held separate meetings with Ambassador Paul Okafor and Ambassador Mei Tanaka in Oslo on Monday.  | Lindqvist+Okafor, Lindqvist+Tanaka
            Foreign Minister Anna Lindqvist met Ambassador Paul Okafor and Ambassador Mei Tanaka in Oslo on Monday.                          | Lindqvist+Okafor, Lindqvist+Tanaka
            Foreign Minister Anna Lindqvist, Ambassador Paul Okafor and Ambassador Mei Tanaka met together in Oslo on Monday.                | Lindqvist+Okafor+Tanaka
            Foreign Minister Anna Lindqvist held a trilateral meeting with Ambassador Paul Okafor and Ambassador Mei Tanaka in Oslo on Monday. | Lindqvist+Okafor+Tanaka
            Foreign Minister Anna Lindqvist met Ambassador Paul Okafor in Oslo on Monday.                                                    | Lindqvist+Okafor
            Ambassador Paul Okafor and Ambassador Mei Tanaka each met Foreign Minister Anna Lindqvist on her own in Oslo on Monday.          | Lindqvist+Okafor, Lindqvist+Tanaka
            """)
    void groupsTheParticipantsOfAClauseIntoMeetings(String sentence, String expected) {
        Enrichment e = Extractors.standard().extract(new Article("t", " date 2024-03-14 " + sentence, null, null));
        List<String> meetings = new ArrayList<>();
        for (Meeting m : e.meetings()) {
            TreeSet<String> surnames = new TreeSet<>();
            for (Participant p : m.participants()) surnames.add(p.name() == null ? (p.country() != null ? p.country() : p.body()) : p.name().substring(p.name().lastIndexOf(' ') + 1));
            meetings.add(String.join("+", surnames));
        }
        meetings.sort(null);
        assertEquals(expected, String.join(", ", meetings));
    }
}
