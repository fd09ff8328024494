package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.extract.Enrichment.Meeting;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules written for wire copy the extractor had not seen (issue 14), one invented sentence each, end to end:
 * the meeting of the two named people and its status and date (news date Friday 2023-03-10).
 */
class WireRulesTest {
    static final LocalDate NEWS_DATE = LocalDate.of(2023, 3, 10);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Tanzanian Foreign Minister January Makamba met his Kenyan counterpart Alfred Mutua in Arusha on Thursday.  | Makamba | Mutua | HELD | 2023-03-09
            Prime Minister Anna Lindqvist spoke by phone with President Ruben Ortega last night.                    | Lindqvist | Ortega | HELD | 2023-03-09
            President Ana Ruiz had talk with Minister Tomas Berg in Lima on Thursday.                              | Ruiz | Berg | HELD | 2023-03-09
            Furthermore, Okonkwo met with the visiting envoy Maria Lindqvist in Abuja on Thursday.                   | Okonkwo | Lindqvist | HELD | 2023-03-09
            President Ana Ruiz first met President Tomas Berg in Lima in 2019.                                     | Ruiz | Berg | HELD | none
            Foreign Minister June Ortega received Ambassador Peter Lindqvist in Lima on Wednesday.                      | Ortega  | Lindqvist | HELD | 2023-03-08
            """)
    void theMeetingOfTheTwoNamedPeople(String text, String a, String b, String status, String date) {
        Enrichment e = Extractors.standard().extract(new Article("t", text, NEWS_DATE, null));
        Meeting m = Outputs.meetingOf(e, a, b);
        assertEquals(status, m.status().name());
        assertEquals(date, m.date() == null ? null : m.date().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Presidents Ivan Petrov and Lucas Moreau met in Geneva on Thursday.                                  | Ivan Petrov; Lucas Moreau
            Minister Ana Ruiz welcomed Minister Tomas Berg at Santa Clara Regional Airport on Thursday and the two held talks. | Ana Ruiz; Tomas Berg
            The Presidential Administration said Minister Ana Ruiz met Minister Tomas Berg on Thursday.          | Ana Ruiz; Tomas Berg
            President Ana Ruiz, accompanied by Deputy Minister Carl Obi, met President Tomas Berg in Lima on Thursday. | Ana Ruiz; Tomas Berg
            Datuk Seri Ahmad Zulkifli met Minister Tomas Berg in Kuala Lumpur on Thursday.                      | Ahmad Zulkifli; Tomas Berg
            """)
    void placesBodiesAndHonorificsAreNotPeople(String text, String names) {
        Enrichment e = Extractors.standard().extract(new Article("t", text, NEWS_DATE, null));
        assertEquals(1, e.meetings().size(), e.meetings().toString());
        assertEquals(names, String.join("; ", e.meetings().get(0).participants().stream().map(p -> String.valueOf(p.name())).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Foreign Minister Anna Lindqvist held talks with Turkey's delegation in Oslo on Thursday.          | TR
            Foreign Minister Anna Lindqvist held talks with a Turkish delegation in Oslo on Thursday.        | TR
            Foreign Minister Anna Lindqvist met a delegation from Turkey in Oslo on Thursday.                | TR
            Foreign Minister Anna Lindqvist received a Chinese government delegation in Oslo on Thursday.    | CN
            """)
    void aSideNamedAsACountrysDelegation(String text, String side) {
        Enrichment e = Extractors.standard().extract(new Article("t", text, NEWS_DATE, null));
        assertEquals(1, e.meetings().size(), e.meetings().toString());
        Outputs.side(e.meetings().get(0), side);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a transcript whose text names no one: the headline is the only report, dated by the page
            'Premier Anna Holm held talks with President Lars Berg\n\nMarch 9, 2023, 11:30, Oslo\n\nThe talks began in a restricted format.\nAnna Holm: Mr President, welcome.' | 1 | 2023-03-09
            # a text that reports the meeting itself: the headline adds nothing (nor a day: the page has no date)
            'Premier Anna Holm held talks with President Lars Berg\n\nPremier Anna Holm met President Lars Berg in Oslo on Thursday.' | 1 | none
            # a headline over a text about no meeting at all stays a headline
            'Premier Anna Holm held talks with President Lars Berg\n\nPrices of fish rose in Oslo on Thursday.' | 0 | none
            """)
    void aHeadlineOverATranscriptIsItsMeeting(String text, int meetings, String date) {
        Enrichment e = Extractors.standard().extract(new Article("t", text.replace("\\n", "\n"), null, null));
        assertEquals(meetings, e.meetings().size());
        if (meetings > 0) assertEquals(date, e.meetings().get(0).date() == null ? null : e.meetings().get(0).date().toString());
    }
}
