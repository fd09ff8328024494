package io.newswire.cli;

import io.newswire.extract.Extractor;
import io.newswire.extract.Extractors;
import picocli.CommandLine.Option;

/** {@code --extractor rules|nlp}: the extractor profile (docs/extractor.md, "Statistical layer: measured"). */
final class ExtractorOption {
    @Option(names = "--extractor", paramLabel = "PROFILE", defaultValue = "rules",
            description = "rules (default) or nlp: the rules plus NLP4J person names; needs the extractor-nlp module "
                    + "(mvn -Pnlp), loads for about a minute and uses about 3 GB.")
    String profile;

    /** The extractor, saying on stderr while the nlp models load. */
    Extractor extractor(String command) {
        return load(command, profile);
    }

    static Extractor load(String command, String profile) {
        if (!"nlp".equals(profile)) return Extractors.named(profile);
        System.err.println(command + ": loading the nlp extractor's models (about a minute)...");
        long started = System.nanoTime();
        Extractor x = Extractors.named(profile);
        System.err.printf("%s: models loaded in %.0f s%n", command, (System.nanoTime() - started) / 1e9);
        return x;
    }
}
