package io.newswire.extract;

/** Factory of the shared extractors. */
public final class Extractors {
    private Extractors() {}

    private static final class Holder {
        static final Extractor STANDARD = new RuleExtractor(new Gazetteer(), Lexicon.standard());
    }

    /**
     * The rule-based extractor, built once (gazetteers loaded and compiled on first use) and
     * shared: it is deterministic and thread-safe.
     */
    public static Extractor standard() {
        return Holder.STANDARD;
    }
}
