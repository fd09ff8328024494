package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateLineTest {
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            ' date 2021-09-22 MOSCOW, September 22. /TASS/.'   | 2021-09-22
            'date 2021-09-22\\nMOSCOW, September 22.'           | 2021-09-22
            '\\uFEFF date 2021-09-22 Text.'                     | 2021-09-22
            ' date\\t2021-09-22 Text.'                          | 2021-09-22
            'Headline\\n date 2023-10-27 Text.'                 | 2023-10-27
            'One\\nTwo\\nThree\\n date 2023-10-27 Text.'        | none
            ' date 2021-02-30 Text.'                            | none
            ' date 2021-09-22x Text.'                           | none
            ' date 21-09-22 Text.'                              | none
            'The date 2021-09-22 was set.'                      | none
            ' date 2021-09-22'                                  | 2021-09-22
            """)
    void readsThePublicationDateFromOneOfTheFirstThreeLines(String text, LocalDate expected) {
        String unescaped = text.replace("\\n", "\n").replace("\\t", "\t").replace("\\uFEFF", "\uFEFF");
        assertEquals(expected, DateLine.date(unescaped));
    }
}
