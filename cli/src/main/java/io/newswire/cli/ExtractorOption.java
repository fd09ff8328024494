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
        return Extractors.named(profile, message -> System.err.println(command + ": " + message));
    }
}
