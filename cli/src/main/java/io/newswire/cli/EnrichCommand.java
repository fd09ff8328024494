package io.newswire.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.newswire.extract.EnrichFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `newswire enrich FILE...`: one JSON line per article, no Kafka involved. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Extract meetings and topics from article files and print one JSON object per file.",
                "A first line ' date YYYY-MM-DD' gives the publication date. Exit code 1 if a file could not be read."})
public final class EnrichCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (UTF-8 text).")
    List<Path> files;

    @Mixin
    ExtractorOption extractor = new ExtractorOption();

    @Override
    public Integer call() {
        return EnrichFiles.run(extractor.extractor("enrich"), files, System.out, System.err);
    }
}
