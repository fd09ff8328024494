package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.extract.Gazetteer.Entry;
import io.newswire.extract.Gazetteer.Type;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerAnnotatorTest {
    @ParameterizedTest(name = "{1} in \"{0}\" is {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks were held in Addis Ababa.            | Addis    | CITY     | ET
            She met the Russian side on Monday.            | Russian  | DEMONYM  | RU
            The United Nations sent an envoy.              | United   | ORG      | UN
            Fighting continued in Nagorno-Karabakh.        | Nagorno  | TERRITORY| AM
            They discussed the Middle East.                | Middle   | REGION   | MIDDLE_EAST
            The envoy visited the Kremlin.                 | Kremlin  | VENUE    | RU
            Relations with the Republic of Korea improved. | Republic | COUNTRY  | KR
            # demonyms the generated table misses or writes as one string ("Bosnian, Herzegovinian")
            The Lao premier arrived on Monday.             | Lao      | DEMONYM  | LA
            # a city written with every word capitalised, as datelines do
            Rio De Janeiro, Aug 8 (EFE) - Talks opened.     | Rio      | CITY     | BR
            The Bosnian minister arrived on Monday.        | Bosnian  | DEMONYM  | BA
            The Nepali envoy arrived on Monday.            | Nepali   | DEMONYM  | NP
            The Slovenian minister arrived on Monday.      | Slovenian| DEMONYM  | SI
            The Icelandic minister arrived on Monday.      | Icelandic| DEMONYM  | IS
            """)
    void marksTheLongestMatchWithItsTypeAndCode(String text, String firstWord, Type type, String code) {
        Document doc = StageFixture.prepared(text);
        int at = StageFixture.token(doc, firstWord.toLowerCase(java.util.Locale.ROOT));
        Entry entry = doc.gaz(at, type);
        assertNotNull(entry, firstWord + " has no " + type + " entry");
        String actual = type == Type.TERRITORY || type == Type.REGION ? (type == Type.REGION ? entry.code() : entry.codes().get(0)) : entry.code();
        assertEquals(code, actual);
    }
}
