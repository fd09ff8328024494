package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A known actor's name tells the country the text does not state; the text, when it states one, wins. */
class ActorsTest {
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Minister Sameh Shoukry met Dutch Foreign Minister Bert Koenders in Cairo on Monday.        | Sameh Shoukry | EG
            President Yoweri Museveni received Kenyan President Uhuru Kenyatta at State House.         | Yoweri Museveni | UG
            Prime Minister Anthony Albanese held talks with Foreign Minister Vivian Balakrishnan.      | Vivian Balakrishnan | SG
            Mr. Mevlüt Çavuşoğlu met his counterpart Foreign Minister Jaishankar in Ankara.            | Mevlüt Çavuşoğlu | TR
            Canadian Prime Minister Justin Trudeau met French President Emmanuel Macron in Paris.      | Emmanuel Macron | FR
            Kenyan envoy Yoweri Museveni met French President Emmanuel Macron in Paris.                | Yoweri Museveni | KE
            Minister Kofi Quansah met French President Emmanuel Macron in Paris.                       | Kofi Quansah | null
            """)
    void aKnownNameGivesTheCountry(String sentence, String name, String country) {
        Enrichment e = Extractors.standard().extract(new Article("t", sentence, LocalDate.of(2019, 5, 6), null));
        assertEquals(country, Outputs.participant(Outputs.meetingOf(e, name), name).country());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            sameh shoukry          | EG
            sameh hassan shoukry   | EG
            abdel fattah sisi      | EG
            vladimir putin         | RU
            # a known name with the family name after it
            abdullah zayed nahyan  | AE
            putin                  | null
            john smithfield-wrong  | null
            """)
    void namesAreLookedUpByAllTheirPartsOrFirstAndLast(String tokens, String country) {
        assertEquals(country, StageFixture.GAZETTEER.actors.country(java.util.List.of(tokens.split(" "))));
    }
}
