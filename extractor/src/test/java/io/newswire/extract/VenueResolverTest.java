package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VenueResolverTest {
    @ParameterizedTest(name = "{0} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            The ministers met in Geneva on Monday.                  | met   | Geneva  | CH
            The leaders met at the Kremlin.                         | met   | Moscow  | RU
            The talks took place in the capital, Nairobi.           | talks | Nairobi | KE
            She met the envoy during a visit to Kenya.              | met   | none    | KE
            The envoy will travel to Lima to meet the president.    | meet  | Lima    | PE
            They met and discussed the situation in Syria.          | met   | none    | none
            The two sides met in the Turkish resort of Antalya.     | met   | Antalya | TR
            Talks were held in the coastal city of Mombasa.         | talks | Mombasa | KE
            The envoys held talks in the Saudi capital on Sunday.   | talks | Riyadh  | SA
            The ministers met in a Kenyan village on Friday.        | met   | none    | KE
            He met an aide of the White House Budget Office in Rome. | met  | Rome    | IT
            The mayor of Rome met the minister at the White House.  | met   | Washington | US
            """)
    void aKnownVenueOrTheNearestPlaceAfterAPrepositionIsTheVenue(String clause, String trigger, String city, String country) {
        Document doc = StageFixture.prepared(clause);
        Venue venue = new VenueResolver(doc).venue(0, doc.tokens.n, StageFixture.token(doc, trigger));
        assertEquals(city, venue == null ? null : venue.city());
        assertEquals(country, venue == null ? null : venue.country());
    }
}
