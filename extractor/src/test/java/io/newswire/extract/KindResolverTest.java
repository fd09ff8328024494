package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.extract.Enrichment.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindResolverTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            They spoke by phone on Tuesday.                          | CALL
            The two leaders held a telephone conversation.           | CALL
            The ministers had a call about the crisis.               | CALL
            The leaders held a videoconference.                      | VIDEO
            The summit took place online and by telephone.           | VIDEO
            The ministers met in Paris.                              | none
            The president called on the parties to stop fighting.   | none
            The envoy renewed calls for a ceasefire.                 | none
            """)
    void aVideoCueWinsOverACallCueAndNeitherLeavesTheKindOpen(String clause, Kind expected) {
        Document doc = StageFixture.prepared(clause);
        assertEquals(expected, new KindResolver(doc).kind(0, doc.tokens.n));
    }
}
