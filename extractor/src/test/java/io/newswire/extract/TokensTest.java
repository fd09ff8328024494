package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The U.S. envoy arrived.        | The U.S. envoy arrived .
            Kenya's foreign minister spoke | Kenya 's foreign minister spoke
            Kenya’s minister               | Kenya ’s minister
            talks (in Rome) ended          | talks ( in Rome ) ended
            Kyu-duk met Jong-un            | Kyu duk met Jong un
            "We agree," she said.          | " We agree , " she said .
            received B.Saidov today        | received B. Saidov today
            with Sh.Mirziyoyev.            | with Sh. Mirziyoyev .
            the ICT.Policy and St.Petersburg | the ICT . Policy and St . Petersburg
            ends here.The next             | ends here . The next
            """)
    void splitsWordsAbbreviationsPossessivesAndPunctuation(String text, String expected) {
        Tokens tokens = new Tokens(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.n; i++) out.add(tokens.tok[i]);
        assertEquals(expected, String.join(" ", out));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kyu-duk        | duk  | true
            Kyu-duk        | Kyu  | false
            Franco-German  | German | true
            """)
    void flagsTheSecondPartOfAHyphenatedWord(String text, String part, boolean hyphenBefore) {
        Tokens tokens = new Tokens(text);
        for (int i = 0; i < tokens.n; i++) {
            if (tokens.tok[i].equals(part)) assertEquals(hyphenBefore, tokens.hyphenBefore[i]);
        }
    }

    @org.junit.jupiter.api.Test
    void aWordFinalApostropheBeforeAnArabicArticleStaysInTheName() {
        assertEquals(List.of("Mohammed", "Shia'", "al", "Sudani", "met"), words("Mohammed Shia' al-Sudani met"));
        // ... not a closing quote, nor one before anything else
        assertEquals(List.of("the", "'", "Shia", "'", "al", "bloc"), words("the 'Shia' al-bloc"));
        assertEquals(List.of("the", "Shia", "'", "militias"), words("the Shia' militias"));
    }

    private static List<String> words(String text) {
        Tokens tokens = new Tokens(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.n; i++) out.add(tokens.tok[i]);
        return out;
    }
}
