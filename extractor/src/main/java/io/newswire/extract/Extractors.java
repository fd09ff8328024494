package io.newswire.extract;

import java.util.Collections;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;

/** Factory of the shared extractors. */
public final class Extractors {
    private Extractors() {}

    private static final class Holder {
        static final Gazetteer GAZETTEER = new Gazetteer();
        static final Extractor STANDARD = new RuleExtractor(GAZETTEER, Lexicon.standard());
        static final SortedMap<String, String> BODIES = bodies(GAZETTEER);
    }

    /**
     * The rule-based extractor, built once (gazetteers loaded and compiled on first use) and
     * shared: it is deterministic and thread-safe.
     */
    public static Extractor standard() {
        return Holder.STANDARD;
    }

    /** The profiles {@link #named} knows: {@code rules} (the default) and {@code nlp}. */
    public static final java.util.List<String> PROFILES = java.util.List.of("rules", "nlp");

    /**
     * The extractor of a profile: {@code rules} is {@link #standard()}; {@code nlp} adds the person names of the
     * {@link NameTagger} found on the class path (module {@code extractor-nlp}, built with {@code mvn -Pnlp}),
     * loaded once on first use (about a minute and 3 GB: docs/extractor.md).
     *
     * @throws IllegalArgumentException for another name, or {@code nlp} without a tagger on the class path
     */
    public static Extractor named(String profile) {
        if ("rules".equals(profile)) return standard();
        if ("nlp".equals(profile)) return nlp();
        throw new IllegalArgumentException("unknown extractor '" + profile + "'; expected one of " + PROFILES);
    }

    /**
     * {@link #named}, telling {@code progress} while a profile with models loads (the {@code nlp} profile takes
     * about a minute): what every command that loads a profile says.
     */
    public static Extractor named(String profile, java.util.function.Consumer<String> progress) {
        if (!"nlp".equals(profile)) return named(profile);
        progress.accept("loading the nlp extractor's models (about a minute)...");
        long started = System.nanoTime();
        Extractor loaded = named(profile);
        progress.accept(String.format(java.util.Locale.ROOT, "models loaded in %.0f s", (System.nanoTime() - started) / 1e9));
        return loaded;
    }

    private static Extractor nlp;

    /** The nlp extractor, built on first use; a failure (no tagger on the class path) is not cached. */
    private static synchronized Extractor nlp() {
        if (nlp == null) {
            NameTagger tagger = ServiceLoader.load(NameTagger.class).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the nlp extractor needs the extractor-nlp module: "
                            + "build it with 'mvn -B -Pnlp -pl extractor-nlp -am package -DskipTests' (downloads 261 MB of models once)"));
            nlp = withNameTagger(tagger);
        }
        return nlp;
    }

    /**
     * The rule-based extractor with a statistical tagger's person names added where the rules found none
     * (the {@code nlp} profile, module {@code extractor-nlp}). Deterministic when the tagger is; thread-safe
     * when the tagger is.
     */
    public static Extractor withNameTagger(NameTagger tagger) {
        return new RuleExtractor(Holder.GAZETTEER, Lexicon.standard(), java.util.Objects.requireNonNull(tagger, "tagger"));
    }

    /**
     * The international bodies the standard extractor names in {@link Enrichment.Participant#body()}: code to
     * English name ("AU" to "African Union"), sorted by code (curated/orgs.tsv). Unmodifiable.
     */
    public static SortedMap<String, String> internationalBodies() {
        return Holder.BODIES;
    }

    private static SortedMap<String, String> bodies(Gazetteer gazetteer) {
        SortedMap<String, String> bodies = new TreeMap<>(gazetteer.orgNames);
        bodies.remove("MEDIA"); // news media are matched only to be ignored: never a side
        return Collections.unmodifiableSortedMap(bodies);
    }
}
