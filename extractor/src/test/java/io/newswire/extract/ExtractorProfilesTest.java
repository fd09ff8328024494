package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --extractor rules|nlp}: the names, and what the nlp profile says without its module. */
class ExtractorProfilesTest {
    @Test
    void rulesIsTheStandardExtractor() {
        assertSame(Extractors.standard(), Extractors.named("rules"));
    }

    @Test
    void anUnknownProfileIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Extractors.named("spacy"));
        assertTrue(e.getMessage().contains("[rules, nlp]"), e.getMessage());
    }

    @Test
    void nlpWithoutItsModuleSaysHowToBuildIt() {
        // the extractor module's tests never have extractor-nlp on the class path
        for (int attempt = 0; attempt < 2; attempt++) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Extractors.named("nlp"));
            assertTrue(e.getMessage().contains("-Pnlp"), e.getMessage());
        }
    }
}
