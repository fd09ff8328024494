package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.extract.Enrichment.Status;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The news date of every case is Thursday 14 March 2024. */
class DateResolverTest {
    static final LocalDate NEWS_DATE = LocalDate.of(2024, 3, 14);

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            They met on Tuesday.                           | HELD    | 2024-03-12 | false
            They will meet on Tuesday.                     | PLANNED | 2024-03-19 | false
            They met on Thursday.                          | HELD    | 2024-03-14 | false
            They met last Thursday.                        | HELD    | 2024-03-07 | false
            They met on 21 September.                      | HELD    | 2023-09-21 | false
            They met on March 2, 2019.                     | HELD    | 2019-03-02 | false
            They met on 2024-02-29.                        | HELD    | 2024-02-29 | false
            They met yesterday.                            | HELD    | 2024-03-13 | false
            They met this morning.                         | HELD    | 2024-03-14 | false
            They will meet tomorrow.                       | PLANNED | 2024-03-15 | false
            They met in June.                              | HELD    | none       | true
            They met last week.                            | HELD    | none       | true
            They met two years ago.                        | HELD    | none       | true
            They met on April 2 and 3.                     | HELD    | none       | true
            They met in the capital.                       | HELD    | none       | none
            """)
    void resolvesTheDateExpressionAgainstTheNewsDate(String clause, Status status, LocalDate date, Boolean vague) {
        Document doc = StageFixture.prepared(clause);
        int trigger = clause.contains(" met") ? StageFixture.token(doc, "met") : StageFixture.token(doc, "meet");
        assertFound(date, vague, new DateResolver(doc, NEWS_DATE).nearestDate(0, doc.tokens.n, trigger, status));
    }

    /** The date mention found: none when {@code vague} is null, else its day and whether it is vague. */
    static void assertFound(LocalDate date, Boolean vague, DateMention found) {
        if (vague == null) {
            assertEquals(null, found);
            return;
        }
        assertEquals(date, found.date());
        assertEquals(vague, found.vague());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister said on Friday that they met on Tuesday.   | 2024-03-12
            """)
    void aDateAfterAVerbOfSayingIsTheStatementsNotTheMeetings(String clause, LocalDate expected) {
        Document doc = StageFixture.prepared(clause);
        DateMention found = new DateResolver(doc, NEWS_DATE).nearestDate(0, doc.tokens.n, StageFixture.token(doc, "met"), Status.HELD);
        assertEquals(expected, found.date());
    }
}
