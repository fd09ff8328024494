package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.extract.Enrichment.Meeting;
import io.newswire.extract.Enrichment.Participant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The title and country of a named participant, read from the words around the name. */
class TitleReaderTest {
    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Russian Deputy Foreign Minister Ivan Petrovsky met Ambassador Paul Okafor in Moscow on Monday.         | Ivan Petrovsky | Deputy Foreign Minister | RU
            Kenya's Foreign Minister Grace Wanjiru met Ambassador Paul Okafor in Nairobi on Monday.                | Grace Wanjiru  | Foreign Minister        | KE
            Grace Wanjiru, Foreign Minister of Kenya, met Ambassador Paul Okafor in Nairobi on Monday.             | Grace Wanjiru  | Foreign Minister of Kenya | KE
            UN Special Envoy Clara Mendes met Ambassador Paul Okafor in Geneva on Monday.                          | Clara Mendes   | UN Special Envoy        | none
            Secretary of State John Miller met Ambassador Paul Okafor in Washington on Monday.                     | John Miller    | Secretary of State      | US
            # several countries have a "Foreign Secretary" (United Kingdom, India, Pakistan, the Philippines): the title alone says none
            Foreign Secretary Meera Raman met Ambassador Paul Okafor in the capital on Monday.                        | Meera Raman    | Foreign Secretary       | none
            Ambassador of Brazil to Chile Lucas Prado met Foreign Minister Grace Wanjiru in Santiago on Monday.   | Lucas Prado    | Ambassador of Brazil to Chile | BR
            Kenyan Foreign Minister Grace Wanjiru received her Ugandan colleague Paul Okafor in Nairobi on Monday. | Paul Okafor    | colleague               | UG
            # a chamber of parliament inside the title ("Speaker of the Senate", "Knesset Speaker"), not the name
            Speaker of the Senate Ana Pirez of Chile met Foreign Minister Grace Wanjiru in Santiago on Monday.    | Ana Pirez      | Speaker of the Senate   | CL
            Foreign Minister Grace Wanjiru met Chairman of the Majlis Omar Talib in Nairobi on Monday.            | Omar Talib     | Chairman of the Majlis  | none
            Queen Amina II of Tanzania met Foreign Minister Grace Wanjiru of Kenya in Nairobi on Monday.           | Amina II       | Queen                   | TZ
            # a country's long form inside the title ("President of the Republic of Congo"), not the name
            President of the Republic of Congo Paul Mbemba met Foreign Minister Grace Wanjiru in Nairobi on Monday. | Paul Mbemba | President of the Republic of Congo | CG
            """)
    void readsTitleAndCountry(String sentence, String name, String title, String country) {
        Enrichment e = Extractors.standard().extract(new Article("t", " date 2024-03-14 " + sentence, null, null));
        Participant found = null;
        for (Meeting m : e.meetings()) for (Participant p : m.participants()) if (name.equals(p.name())) found = p;
        assertNotNull(found, name + " is not a participant: " + e.meetings());
        assertEquals(title, found.title());
        assertEquals(country, found.country());
    }
}
