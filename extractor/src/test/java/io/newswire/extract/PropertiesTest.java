package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import io.newswire.extract.Enrichment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** No input throws; work grows linearly (bounded by a generous wall-clock budget per MB). */
class PropertiesTest {
    static final String[] WORDS = {"Minister", "met", "with", "Foreign", "Russian", "the", "talks", "on", "Monday", "UN",
        "Sergey", "Lavrov", "and", ",", ".", "\n", "-", "(", ")", "Syria", "will", "meet", "phone", "call", "'s", "U.S.",
        "September", "21", "2021", "between", "separately", "New", "York", "Dr.", "date", " date 2020-01-01 ", "MOSCOW,",
        "/TASS/.", "—", "\"", "’", "Jean-Pierre", "no", "plans", "cancelled", "Kim", "his", "counterpart", "of", "from"};

    @Provide
    Arbitrary<String> wireish() {
        return Arbitraries.of(WORDS).list().ofMaxSize(400).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void neverThrowsOnWireLikeText(@ForAll("wireish") String text) {
        assertNotNull(Extractors.standard().extract(new Article("p", text, null, null)));
    }

    @Property(tries = 500)
    void neverThrowsOnMutatedWireCopy(@ForAll @IntRange(min = 0, max = 4000) int cut, @ForAll @IntRange(min = 0, max = 4000) int at,
                                      @ForAll("wireish") String insert) throws Exception {
        String seed = SeedTest.seed();
        int c = Math.min(cut, seed.length()), p = Math.min(at, c);
        String text = seed.substring(0, p) + insert + seed.substring(p, c);
        assertNotNull(Extractors.standard().extract(new Article("p", text, null, null)));
        assertNotNull(Extractors.standard().extract(new Article("p", seed.substring(c), null, null)));
    }

    @Property(tries = 200)
    void neverThrowsOnArbitraryText(@ForAll String text) {
        assertNotNull(Extractors.standard().extract(new Article("p", text, null, null)));
    }

    @Property(tries = 6)
    void largeInputsStayLinear(@ForAll @IntRange(min = 1, max = 1024) int kb, @ForAll("wireish") String unit) {
        String u = unit.isEmpty() ? "Minister met Lavrov. " : unit + " ";
        StringBuilder sb = new StringBuilder(kb * 1024 + u.length());
        while (sb.length() < kb * 1024) sb.append(u);
        long t0 = System.nanoTime();
        assertNotNull(Extractors.standard().extract(new Article("p", sb.toString(), null, null)));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        // generous: 1 MB must take well under 20 s even on a loaded machine (typical: a few hundred ms)
        assertTrue(ms < 2_000 + 20L * kb, "took " + ms + " ms for " + kb + " KB");
    }

    /**
     * Units repeated for a megabyte with no full stop that once made the extractor quadratic: "Minister UN " (drawn by
     * {@link #largeInputsStayLinear}: each role phrase walked back to the start of the text, 257 s), "Lavrov his "
     * (drawn too: each name walked back over a list of aides, 134 s), and the pronoun, fronted-partner and same-day
     * units (over 60 s each, before sentences were bounded: {@link SentenceSplitter#MAX_SENTENCE_TOKENS}).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Minister UN ", "Lavrov his ", "he met Wang ", "With Lavrov , he discussed ",
            "Earlier in the day Lavrov met Wang ", "Lavrov met him "})
    void aMegabyteOfOneUnitWithoutAFullStopStaysLinear(String unit) {
        StringBuilder sb = new StringBuilder(1024 * 1024 + unit.length());
        while (sb.length() < 1024 * 1024) sb.append(unit);
        long t0 = System.nanoTime();
        assertNotNull(Extractors.standard().extract(new Article("p", sb.toString(), null, null)));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(ms < 2_000 + 20L * 1024, "took " + ms + " ms for 1024 KB");
    }

    @Test
    @Timeout(60)
    void manyDistinctPeopleAndMeetingsStayLinear() {
        // one megabyte of distinct names and meetings: look-back windows keep merging/coreference bounded
        java.util.Random r = new java.util.Random(7);
        String[] syl = {"ka", "lo", "mi", "ra", "to", "su", "ne", "vi", "da", "po", "re", "zu"};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < (1 << 20)) {
            sb.append("Foreign Minister ").append(name(r, syl)).append(' ').append(name(r, syl))
                    .append(" met with President ").append(name(r, syl)).append(' ').append(name(r, syl))
                    .append(" in Moscow on Monday. The minister also held talks with the president. ");
        }
        long t0 = System.nanoTime();
        Enrichment e = Extractors.standard().extract(new Article("p", sb.toString(), null, null));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(e.meetings().size() > 1000);
        assertTrue(ms < 30_000, "took " + ms + " ms");
    }

    static String name(java.util.Random r, String[] syl) {
        String s = syl[r.nextInt(syl.length)] + syl[r.nextInt(syl.length)] + syl[r.nextInt(syl.length)];
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Test
    @Timeout(60)
    void pathologicalInputsOfOneMegabyte() {
        String[] units = {"(", "A ", "A-", "U.S.", "Minister ", "and ", ", ", "\n", "Mr. ", "between Russia and "};
        for (String u : units) {
            String s = u.repeat((1 << 20) / u.length());
            assertNotNull(Extractors.standard().extract(new Article("p", s, null, null)));
        }
    }
}
