package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which countries an article discusses: invented wire sentences and the topic countries expected. */
class TopicRulesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Minister Ana Ruiz met Minister Tomas Berg on Thursday to prepare the summit in the Dominican Republic. | none
            Minister Ana Ruiz met Minister Tomas Berg on Thursday and discussed Haiti before the summit in the Dominican Republic. | HT
            Minister Ana Ruiz met Minister Tomas Berg on Thursday; they discussed the situation in Haiti.          | HT
            President Erlan Dosov met Minister Tomas Berg on Thursday. The Kazakh president also briefed his guest on Kazakhstan's economy. | none
            Minister Erlan Dosov met Minister Tomas Berg on Thursday. The Kazakh minister also briefed his guest on Kazakhstan's economy. | none
            Foreign Minister Sameh Shoukry met Minister Tomas Berg on Thursday to discuss Libya's border with Egypt. | LY
            """)
    void countriesDiscussed(String text, String codes) {
        Enrichment e = Extractors.standard().extract(new Article("t", text, LocalDate.of(2023, 3, 10), null));
        String got = String.join(" ", e.topics().countries().stream().map(c -> c.code()).toList());
        assertEquals(codes == null ? "" : codes, got);
    }
}
