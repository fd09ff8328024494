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
            """)
    void aKnownVenueOrTheNearestPlaceAfterAPrepositionIsTheVenue(String clause, String trigger, String city, String country) {
        Document doc = StageFixture.prepared(clause);
        Venue venue = new VenueResolver(doc).venue(0, doc.tokens.n, StageFixture.token(doc, trigger));
        assertEquals(city, venue == null ? null : venue.city());
        assertEquals(country, venue == null ? null : venue.country());
    }
}
