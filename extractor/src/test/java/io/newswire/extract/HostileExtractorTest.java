package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Hostile input for the extractor (issue 8): whatever the text, it returns a well-formed result (evidence
 * offsets inside the text, every meeting with a participant) in bounded time, and never throws. Covers
 * random code points (lone surrogates, controls, RTL marks, combining marks), text decoded from random
 * bytes, a 10 MB article, one sentence with thousands of names, huge lines without a sentence end, and
 * adversarial repetitions of trigger words.
 */
class HostileExtractorTest {
    private static final Extractor EXTRACTOR = Extractors.standard();
    private static final Duration BOUND = Duration.ofSeconds(60);

    static Enrichment extractChecked(String text) {
        Enrichment e = assertTimeoutPreemptively(BOUND, () -> EXTRACTOR.extract(new Article("hostile", text, null, null)));
        assertNotNull(e);
        for (Enrichment.Meeting m : e.meetings()) {
            assertTrue(!m.participants().isEmpty(), "a meeting has participants");
            assertNotNull(m.kind());
            assertNotNull(m.status());
            for (Enrichment.Evidence ev : m.evidence()) {
                assertTrue(0 <= ev.start() && ev.start() <= ev.end() && ev.end() <= text.length(),
                        "evidence [" + ev.start() + "," + ev.end() + ") inside a text of " + text.length());
            }
        }
        return e;
    }

    @Provide
    Arbitrary<String> anyCodePoints() {
        Arbitrary<Integer> cp = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 0x1F)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x80, 0xFFFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xD800, 0xDFFF)), // lone surrogates
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x200F, 0x202E, 0xFEFF, 0x0301, 0x00A0, 0x2028, 0x85)));
        return cp.list().ofMaxSize(2000).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(c -> {
                if (c >= 0xD800 && c <= 0xDFFF) {
                    sb.append((char) (int) c);
                } else {
                    sb.appendCodePoint(c);
                }
            });
            return sb.toString();
        });
    }

    @Property(tries = 300)
    void anyCodePointsGiveAWellFormedResult(@ForAll("anyCodePoints") String text) {
        extractChecked(text);
    }

    @Property(tries = 200)
    void textDecodedFromRandomBytesGivesAWellFormedResult(@ForAll byte[] bytes) {
        extractChecked(new String(bytes, StandardCharsets.UTF_8));
        extractChecked(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Provide
    Arbitrary<String> sentenceOfNames() {
        Arbitrary<String> name = Arbitraries.of("Sergey Lavrov", "Wang Yi", "Antony Blinken", "Kim", "Jean-Pierre Dupont",
                "Foreign Minister Ali Bagheri", "the UN Secretary-General", "Dr. Tedros", "Russian", "Chinese", "President Xi Jinping");
        return name.list().ofMinSize(500).ofMaxSize(3000).map(l -> "MOSCOW, May 2 /TASS/. Foreign Minister Sergey Lavrov met "
                + String.join(", ", l) + " and U.S. Secretary of State Antony Blinken in New York on Monday.");
    }

    @Property(tries = 5)
    void thousandsOfNamesInOneSentence(@ForAll("sentenceOfNames") String text) {
        extractChecked(text);
    }

    @Property(tries = 5)
    void hugeLinesWithoutASentenceEnd(@ForAll @IntRange(min = 100, max = 2000) int kb, @ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(kb * 1024);
        String[] words = {"met", "Lavrov", "Minister", "talks", "with", "and", "Russia", "China", "phone", "Geneva"};
        while (sb.length() < kb * 1024) {
            sb.append(words[r.nextInt(words.length)]).append(r.nextInt(8) == 0 ? "," : "").append(' ');
        }
        extractChecked(sb.toString());
    }

    /** Regression: the extractor threw IndexOutOfBoundsException (findPerson on an empty token list) on this text. */
    @Test
    void aNameRunWithoutWordTokensIsNotACrash() {
        byte[] found = {-34, 9, -34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0, 89};
        extractChecked(new String(found, StandardCharsets.UTF_8));
        extractChecked("\uFFFD\t\uFFFD\u0000\uFFFD\u0000Y");
    }

    /** Rules that look one word back or ahead of a trigger or a verb of saying, at the very start or end of a text. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Accepted by the", "accepted by", "was accepted by the", "Premier Anna Holm of Norway said", "Premier Anna Holm of Norway said on",
        "Premier Anna Holm of Norway said Thursday", "B.", "met Sh.", "caught up with", "came together with", "and meet",
        "held talks with Premier Lars Berg of Sweden, their", "received Premier Lars Berg of Sweden at the"})
    void aRuleAtTheEdgeOfTheTextIsNotACrash(String text) {
        extractChecked(text);
        extractChecked(" date 2024-03-08 " + text);
    }

    @Test
    void aTenMegabyteArticle() {
        String paragraph = "MOSCOW, May 2 /TASS/. Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi"
                + " in Beijing on Monday to discuss regional security, the situation in Syria and bilateral trade.\n\n";
        String text = paragraph.repeat(10 * 1024 * 1024 / paragraph.length() + 1);
        Enrichment e = extractChecked(text);
        assertTrue(e.meetings().size() <= 100_000);
    }

    @Test
    void adversarialRepetitions() {
        String[] units = {"met ", "Minister ", "Lavrov ", "met with ", "on the sidelines of ", "(", ")", "\"", "«", "Mr. ",
                " date 2020-01-01\n", "2021-09-21 ", "Monday ", "U.N. ", "'s ", "President ", "phone call ", "—", "&amp;",
                "Sergey Lavrov and ", "Lavrov met Wang. ", "\u0000", "\r", "\t\t", "\u200F", "\uD800"};
        for (String u : units) {
            extractChecked(u.repeat(Math.max(1, (256 * 1024) / u.length())));
        }
    }

    @Test
    void aHugeDateLineAndDatelineFurniture() {
        extractChecked(" date " + "9".repeat(100_000) + "\nMOSCOW, " + "May ".repeat(50_000) + "/TASS/. Lavrov met Wang.");
        extractChecked(" date 2021-02-30\nLavrov met Wang on February 30.");
        extractChecked("Lavrov met Wang on " + LocalDate.MAX + " and on " + LocalDate.MIN + " and on 31/12/99999999.");
    }
}
