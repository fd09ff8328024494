package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.extract.Enrichment.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14, error class "Venue": venue phrases, landmarks, datelines against places named in the text. Invented sentences. */
class VenuePhrasesTest {
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Tuesday in the Greek port of Thessaloniki.   | Thessaloníki | GR
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Tuesday in the Japanese capital.              | Tokyo        | JP
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega at the Akasaka Palace on Tuesday.               | Tokyo        | JP
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega at Hyderabad House on Tuesday.                  | New Delhi    | IN
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega at the Istana Negara on Tuesday.                | Kuala Lumpur | MY
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega at the Kremlin on Tuesday.                      | Moscow       | RU
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega at the Egmont Palace on Tuesday.                | Brussels     | BE
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega at the EU headquarters on Tuesday.              | Brussels     | BE
            # a palace name that several capitals share is not in the table: the city named after it decides
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega at the Federal Palace in Cairo on Tuesday.      | Cairo        | EG
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Egypt's Red Sea resort of Hurghada.         | Hurghada     | EG
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Japan's western port city of Kobe.          | Kobe         | JP
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Japan's second city Osaka.                  | Osaka        | JP
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in the port city Kobe on Tuesday.               | Kobe         | JP
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in the southern Japanese city of Kobe.          | Kobe         | JP
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Wilmington, US, on Tuesday.                 | Wilmington   | US
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega at a palace near Valparaiso on Tuesday.        | none         | CL
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega at a dacha outside Moscow on Tuesday.          | none         | RU
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Puerto Varas, Chile, on Tuesday.            | Puerto Varas | CL
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in the ancient Greek port of Thessaloniki.      | Thessaloníki | GR
            # the place of a meeting the speakers name after "said" ("said after their talks in X")
            Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Vega said after their talks in Valparaiso that ties were strong. | Valparaíso | CL
            # "the Peruvian capital" before a comma that starts another clause, not a name
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in the Peruvian capital, when they signed a deal.  | Lima | PE
            # a named event after its edition's number
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on the sidelines of the 60th Munich Security Conference. | Munich | DE
            # a seat of government by its short name
            Chilean Foreign Minister Ana Soto will meet French Foreign Minister Paul Roux at the Elysee on Friday.          | Paris | FR
            # a venue naming the office of the one who speaks is no place of the meeting
            Chilean Foreign Minister Ana Soto will meet Peruvian Foreign Minister Luis Vega in Lima on Friday, Kremlin aide Yuri Ushakov said. | Lima | PE
            # a trip the talk was about is no venue (the dateline's city then places it)
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Tuesday and told him about her recent trip to Kenya. | Berlin | DE
            # a trip before or after the meeting is another event (the dateline's city then places it)
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Tuesday, two days after her visit to Kenya.           | Berlin | DE
            Chilean Foreign Minister Ana Soto, back from a trip to Kenya, met Peruvian Foreign Minister Luis Vega on Tuesday.                  | Berlin | DE
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Tuesday ahead of a visit to Kenya.                    | Berlin | DE
            # ... but "where" puts a meeting at that trip
            Chilean Foreign Minister Ana Soto spoke on Tuesday after her visit to Kenya, where she met Peruvian Foreign Minister Luis Vega.     | none   | KE
            # a country visited or travelled to may have its "the" and hyphenated epithets
            Chilean Foreign Minister Ana Soto visited the United Arab Emirates, where she met Peruvian Foreign Minister Luis Vega.           | none   | AE
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Tuesday on her visit to war-torn Sudan.              | none   | SD
            Chilean Foreign Minister Ana Soto travelled to oil-rich Kuwait on Tuesday, where she met Peruvian Foreign Minister Luis Vega.     | none   | KW
            # ... but a situation there is no venue (the dateline's city then places it)
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Tuesday and discussed how things stand in Sudan.     | Berlin | DE
            """)
    void aDescribedPlaceOrALandmarkIsTheVenue(String text, String city, String country) {
        assertVenue(" date 2024-03-06 BERLIN (Reuters) - " + text, city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            NAIROBI (Reuters) -           | Nairobi | KE
            Nairobi, Kenya —              | Nairobi | KE
            Nairobi, Kenya, March 6 (KNA) - | Nairobi | KE
            Nairobi, 6 March (KNA) -      | Nairobi | KE
            Nairobi, 6 March 2024 (KNA) - | Nairobi | KE
            Nairobi, KNA --               | Nairobi | KE
            'NAIROBI, (KNA / Daily Wire - 6th March, 2024)' | Nairobi | KE
            'ABU DHABI, (WAM)'            | Abu Dhabi | AE
            (MENAFN- Kenya News Agency) Nairobi, March 6 (KNA) -- | Nairobi | KE
            (Syndicated) NAIROBI (Reuters) - | Nairobi | KE
            """)
    void datelineFormsPlaceAMeetingWithoutAVenue(String dateline, String city, String country) {
        assertVenue(" date 2024-03-06 " + dateline + " Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Wednesday.",
                city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            BERLIN (Reuters) - | Soto is on a two-day visit to Nairobi.                           | Berlin  | DE
            ''                 | Both ministers are in Ghana this week for a regional forum.     | none    | GH
            ''                 | Both ministers flew to Accra this week for a regional forum.    | none    | none
            """)
    void aPlaceNamedNearTheReportBeatsTheDateline(String dateline, String next, String city, String country) {
        assertVenue(" date 2024-03-06 " + (dateline == null ? "" : dateline + " ")
                + "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Wednesday. " + next, city, country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # no dateline: the one country a sentence nearby names places the meeting, unless that sentence reports
            # another meeting as background
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Monday. The meeting comes weeks after Soto visited Kenya, where she met Kenyan Foreign Minister Musa Otieno. | none | none
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Monday. The talks in Kenya were the first in a year. | none | KE
            """)
    void aBackgroundMeetingsPlaceDoesNotPlaceTheReportedOne(String text, String city, String country) {
        assertVenue(" date 2024-03-06 " + text, city, country);
    }

    /** A WAM-style dateline ("16th April, 2025") is furniture to its end, and "received Dr. X" receives X. */
    @Test
    void aDatelineWithTheYearAfterACommaAndAnHonorificsFullStop() {
        Enrichment e = RulesTest.run(" date 2025-04-17 ABU DHABI, 16th April, 2025 (WAM) -- Chilean Foreign Minister Ana Soto received"
                + " Dr. Luis Vega, Foreign Minister of Peru, who is visiting the country.");
        assertEquals(1, e.meetings().size(), e.toString());
        Meeting m = e.meetings().get(0);
        assertTrue(m.evidence().get(0).text().startsWith("Chilean Foreign Minister"), "the dateline is not part of the sentence: " + m.evidence());
        assertEquals("Abu Dhabi", m.location().city());
        assertEquals(List.of("Ana Soto", "Luis Vega"), m.participants().stream().map(Enrichment.Participant::name).toList());
    }

    static void assertVenue(String text, String city, String country) {
        Enrichment e = RulesTest.run(text);
        assertFalse(e.meetings().isEmpty(), text);
        Meeting m = e.meetings().get(0);
        assertEquals(city, m.location() == null ? null : m.location().city(), text);
        assertEquals(country, m.location() == null ? null : m.location().country(), text);
    }
}
