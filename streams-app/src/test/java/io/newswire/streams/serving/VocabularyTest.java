package io.newswire.streams.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The accepted values of the filter parameters and the messages for the rest; a body
 * vocabulary is built here the way a {@code body=} parameter would build its own.
 */
class VocabularyTest {
    private static final Vocabulary BODIES = Vocabulary.of("body", "international body", "a body code", "AU, EU or UN",
            new LinkedHashMap<>(Map.of("AU", List.of("African Union", "AU Commission"), "EU", List.of("European Union"),
                    "UN", List.of("United Nations"), "NATO", List.of("North Atlantic Treaty Organization"))));

    @Test
    void knownValuesComeBackInTheirCanonicalSpellingWhateverTheCase() {
        assertEquals("RU", Vocabulary.COUNTRIES.resolve("ru"));
        assertEquals("XK", Vocabulary.COUNTRIES.resolve("XK"));
        assertEquals("Sub-Saharan Africa", Vocabulary.REGIONS.resolve("sub-saharan africa"));
        assertEquals("Europe", Vocabulary.REGIONS.resolve("EUROPE"));
        assertEquals("REMOTE", Vocabulary.REGIONS.resolve("Remote"));
        assertEquals("NATO", BODIES.resolve("nato"));
        assertNull(Vocabulary.COUNTRIES.resolve(null), "an absent parameter filters nothing");
    }

    @Test
    void aNameOrAnAbbreviationIsRefusedWithTheCodeItMeant() {
        assertEquals("unknown country 'Russia': use an ISO 3166-1 alpha-2 code such as RU (Russia)", refusal(Vocabulary.COUNTRIES, "Russia"));
        assertEquals("unknown country 'rus': use an ISO 3166-1 alpha-2 code such as RU (Russia)", refusal(Vocabulary.COUNTRIES, "rus"));
        assertEquals("unknown country 'Britain': use an ISO 3166-1 alpha-2 code such as GB (United Kingdom)",
                refusal(Vocabulary.COUNTRIES, "Britain"));
        assertEquals("unknown country 'Germny': use an ISO 3166-1 alpha-2 code such as DE (Germany)", refusal(Vocabulary.COUNTRIES, "Germny"));
        assertEquals("unknown international body 'African Union': use a body code such as AU (African Union)",
                refusal(BODIES, "African Union"));
    }

    @Test
    void somethingNearNothingIsRefusedWithExamplesOrTheWholeList() {
        assertEquals("unknown country 'ZZ': use an ISO 3166-1 alpha-2 code such as RU, US or CN", refusal(Vocabulary.COUNTRIES, "ZZ"));
        String atlantis = refusal(Vocabulary.REGIONS, "Atlantis");
        assertTrue(atlantis.startsWith("unknown region 'Atlantis': use one of Africa, Americas, Asia, Europe, Oceania, "), atlantis);
        assertTrue(atlantis.contains("Eastern Europe") && atlantis.endsWith("REMOTE, UNKNOWN"), atlantis);
        assertTrue(refusal(Vocabulary.REGIONS, "Eastern Erope").startsWith("unknown region 'Eastern Erope': did you mean Eastern Europe? Use one of "));
    }

    @Test
    void aBodyGivenAsACountryIsToldWhereItBelongs() {
        Vocabulary countries = Vocabulary.COUNTRIES.seeAlso(BODIES);
        assertEquals("'eu' is not a country but an international body (European Union): use body=EU", refusal(countries, "eu"));
        assertEquals("AU", countries.resolve("AU"), "AU is Australia's code first of all");
        assertEquals("unknown country 'EU': use an ISO 3166-1 alpha-2 code such as RU, US or CN", refusal(Vocabulary.COUNTRIES, "EU"),
                "seeAlso makes a new vocabulary; the shared one is unchanged");
    }

    private static String refusal(Vocabulary vocabulary, String value) {
        ApiException e = assertThrows(ApiException.class, () -> vocabulary.resolve(value));
        assertEquals(400, e.status);
        return e.getMessage();
    }
}
