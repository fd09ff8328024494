package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggersTest {
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The two ministers reviewed the summit's agenda.          | summit  | false
            They praised the meeting's outcome in a statement.       | meeting | false
            The summit opened in Lima on Friday.                     | summit  | true
            The press conference followed the talks.                 | talks   | true
            """)
    void aPossessiveMeetingNounIsNotATrigger(String sentence, String noun, boolean trigger) {
        Document doc = StageFixture.prepared(sentence);
        int i = StageFixture.token(doc, noun);
        assertEquals(trigger, new Triggers(doc).isNounTrigger(i, noun));
    }
}
