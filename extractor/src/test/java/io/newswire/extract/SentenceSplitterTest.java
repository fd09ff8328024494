package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoys met. They talked for an hour.                  | The envoys met. // They talked for an hour.
            Dr. Ana Ruiz met Mr. Tom Hale in the afternoon.           | Dr. Ana Ruiz met Mr. Tom Hale in the afternoon.
            They met on Sept. 6 in Lisbon. The talks went well.       | They met on Sept. 6 in Lisbon. // The talks went well.
            U.S. officials arrived. The meeting began at noon.        | U.S. officials arrived. // The meeting began at noon.
            The minister said: "We agree." Talks resume on Friday.    | The minister said: "We agree." // Talks resume on Friday.
            J. R. Smith met the envoy. Nothing was agreed.            | J. R. Smith met the envoy. // Nothing was agreed.
            The envoys met in the capital.Both sides spoke of progress. | The envoys met in the capital. // Both sides spoke of progress.
            Officials from the U.S.Embassy met the envoy.             | Officials from the U.S.Embassy met the envoy.
            Growth was 3.5 percent. See gov.uk for details.          | Growth was 3.5 percent. // See gov.uk for details.
            """)
    void splitsAtSentenceEndsButNotAfterAbbreviationsOrInitials(String text, String expected) {
        Document doc = StageFixture.prepared(text);
        List<String> sentences = new ArrayList<>();
        for (Sentence s : doc.sentences) sentences.add(doc.text(s));
        assertEquals(expected, String.join(" // ", sentences));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Ministers meet in Oslo\\nThe foreign ministers met in Oslo on Monday.'   | true
            'The foreign ministers met in Oslo on Monday.\\nThey agreed to meet again.' | false
            """)
    void aShortUnpunctuatedLineBeforeTheTextIsAHeadline(String text, boolean firstIsHeadline) {
        Document doc = StageFixture.prepared(text.replace("\\n", "\n"));
        assertEquals(firstIsHeadline, doc.sentences.get(0).headline());
    }

    @org.junit.jupiter.api.Test
    void aRunWithoutASentenceEndIsCutIntoBoundedPieces() {
        Document doc = StageFixture.prepared("word ".repeat(1000) + "end.");
        int longest = 0;
        for (Sentence s : doc.sentences) longest = Math.max(longest, s.end() - s.start());
        assertEquals(SentenceSplitter.MAX_SENTENCE_TOKENS, longest);
        assertEquals(3, doc.sentences.size(), "1,002 tokens in pieces of at most 400");
    }
}
