package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.extract.Enrichment.Meeting;
import io.newswire.extract.Enrichment.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A participant's {@code country} is an ISO 3166-1 code or null; an international body goes in {@code body}, with its
 * name in {@code organization}. Body codes collide with country codes (the African Union's AU is Australia's), so the
 * two are never mixed, in the output or inside the extractor (merging, topics).
 */
class InternationalBodiesTest {
    @ParameterizedTest(name = "{1}: country {2}, body {3} in: {0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Australian Foreign Minister Penny Walsh met Kenyan Foreign Minister Grace Wanjiru in Nairobi on Monday.             | Penny Walsh   | AU   | none | Ministry of Foreign Affairs of Australia
            Australia's Foreign Minister Penny Walsh met Kenyan Foreign Minister Grace Wanjiru in Nairobi on Monday.            | Penny Walsh   | AU   | none | Ministry of Foreign Affairs of Australia
            African Union Commission Chairperson Moussa Diallo met Kenyan Foreign Minister Grace Wanjiru in Nairobi on Monday. | Moussa Diallo | none | AU   | African Union
            AU Commission chair Moussa Diallo met Kenyan Foreign Minister Grace Wanjiru in Nairobi on Monday.                  | Moussa Diallo | none | AU   | African Union
            EU foreign policy chief Karl Lindgren met Kenyan Foreign Minister Grace Wanjiru in Brussels on Monday.             | Karl Lindgren | none | EU   | European Union
            UN Secretary-General Tomas Ferreira met Kenyan Foreign Minister Grace Wanjiru in Geneva on Monday.                 | Tomas Ferreira | none | UN  | United Nations
            NATO Secretary General Erik Solheim met Kenyan Foreign Minister Grace Wanjiru in Brussels on Monday.               | Erik Solheim  | none | NATO | NATO
            ASEAN Secretary-General Lim Boon met Kenyan Foreign Minister Grace Wanjiru in Jakarta on Monday.                   | Lim Boon      | none | ASEAN | ASEAN
            Kenyan Foreign Minister Grace Wanjiru met Australian Foreign Minister Penny Walsh in Nairobi on Monday.            | Grace Wanjiru | KE   | none | Ministry of Foreign Affairs of Kenya
            """)
    void aPersonHasACountryOrABodyNeverBoth(String sentence, String name, String country, String body, String organization) {
        Participant p = participant(run(sentence), name);
        assertEquals(country, p.country(), "country of " + p);
        assertEquals(body, p.body(), "body of " + p);
        assertEquals(organization, p.organization(), "organization of " + p);
    }

    @ParameterizedTest(name = "{1}: country {2}, body {3} in: {0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Australia and the African Union held talks in Nairobi on Monday.                               | Australia     | AU   | none
            Australia and the African Union held talks in Nairobi on Monday.                               | African Union | none | AU
            Foreign Minister Grace Wanjiru of Kenya met with the secretary-general of the Arab League on Monday. | Arab League | none | ARAB_LEAGUE
            """)
    void aSideWithoutAPersonIsACountryOrABody(String sentence, String organization, String country, String body) {
        Enrichment e = run(sentence);
        assertEquals(1, e.meetings().size(), e.meetings().toString());
        Participant side = e.meetings().get(0).participants().stream()
                .filter(p -> p.name() == null && organization.equals(p.organization())).findFirst().orElse(null);
        assertNotNull(side, "no side " + organization + " in " + e.meetings().get(0).participants());
        assertEquals(country, side.country());
        assertEquals(body, side.body());
    }

    @Test
    void aNationalEnvoyToABodyKeepsTheirCountry() {
        // the body in the title is where the envoy serves, not whom they speak for
        Participant p = participant(run("Russian UN Ambassador Ivan Petrovsky met Kenyan Foreign Minister Grace Wanjiru in New York on Monday."),
                "Ivan Petrovsky");
        assertEquals("RU", p.country());
        assertNull(p.body());
    }

    @Test
    void theAustralianMinisterAndTheAfricanUnionOfficialAreTwoSidesOfTwoMeetings() {
        Enrichment e = run("Australian Foreign Minister Penny Walsh met Kenyan Foreign Minister Grace Wanjiru in Nairobi on Monday. "
                + "On the same day, African Union Commission Chairperson Moussa Diallo met Kenyan Foreign Minister Grace Wanjiru.");
        assertEquals(2, e.meetings().size(), e.meetings().toString());
        Meeting withWalsh = Outputs.meetingOf(e, "Walsh", "Wanjiru");
        Meeting withDiallo = Outputs.meetingOf(e, "Diallo", "Wanjiru");
        assertEquals("AU", Outputs.participant(withWalsh, "Walsh").country());
        assertNull(Outputs.participant(withDiallo, "Diallo").country());
        assertEquals("AU", Outputs.participant(withDiallo, "Diallo").body());
    }

    @Test
    void aBodyTakingPartDoesNotHideTheCountryWithTheSameCodeFromTheTopics() {
        // The African Union's AU once excluded Australia, Australia's code, as "a party's own country".
        Enrichment e = run("African Union Commission Chairperson Moussa Diallo met Kenyan Foreign Minister Grace Wanjiru in Nairobi "
                + "on Monday. They discussed wheat exports from Australia and the drought in Somalia.");
        List<String> topics = e.topics().countries().stream().map(Enrichment.Country::code).toList();
        assertTrue(topics.contains("AU"), "Australia is a topic: " + topics);
        assertTrue(topics.contains("SO"), topics.toString());
        assertFalse(topics.contains("KE"), "Kenya is a party: " + topics);
    }

    @Test
    void noCountryCodeOfAnyParticipantIsABodyCode() {
        Enrichment e = run("Australian Foreign Minister Penny Walsh met African Union Commission Chairperson Moussa Diallo, "
                + "EU foreign policy chief Karl Lindgren and UN Secretary-General Tomas Ferreira in Addis Ababa on Monday.");
        assertFalse(e.meetings().isEmpty());
        Gazetteer isoCountries = new Gazetteer();
        int bodies = 0;
        for (Meeting m : e.meetings()) {
            for (Participant p : m.participants()) {
                assertFalse(p.country() != null && p.body() != null, "both a country and a body: " + p);
                if (p.country() != null) assertNotNull(isoCountries.country(p.country()), "not an ISO 3166-1 country: " + p);
                if (p.body() != null) bodies++;
            }
        }
        assertEquals(3, bodies, e.meetings().toString());
    }

    private static Enrichment run(String text) {
        return Extractors.standard().extract(new Article("t", " date 2024-03-14 " + text, null, null));
    }

    private static Participant participant(Enrichment e, String name) {
        for (Meeting m : e.meetings()) for (Participant p : m.participants()) if (name.equals(p.name())) return p;
        throw new AssertionError(name + " is not a participant: " + e.meetings());
    }
}
