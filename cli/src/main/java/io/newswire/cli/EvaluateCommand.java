package io.newswire.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.extract.evaluation.Evaluation;
import io.newswire.extract.evaluation.Reliability;
import io.newswire.extract.evaluation.Scorecard;
import io.newswire.extract.EnrichFiles;
import io.newswire.ingest.ArticleSources;
import io.newswire.ingest.ReadResult;
import io.newswire.schema.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `newswire evaluate GOLD.jsonl ARTICLES...`: the extractor measured on the user's own labelled articles. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Run the extractor on labelled articles and print the figures of ../shared/eval/score.py: "
                + "meeting P/R/F1, held-meeting P/R/F1, the accuracy of status, kind, date and venue on matched meetings, "
                + "topic-country P/R/F1 and strict meeting F1.",
                "GOLD is JSON lines, one labelled article per line (format: docs/evaluation.md); an article file's name "
                + "without its extension is its id. Exit code 1 if the strict F1 is below --min-strict-f1."})
public final class EvaluateCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "Labels: JSON lines with id, meetings and topics.")
    Path gold;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ARTICLE",
            description = "Article files, or folders whose *.txt files are read.")
    List<Path> articles = new ArrayList<>();

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Score this `newswire enrich` output instead of running the extractor.")
    Path predictions;

    @Mixin
    ExtractorOption extractor = new ExtractorOption();

    @Option(names = "--verbose", description = "Also print every difference: wrong attributes, missed and spurious meetings, topics.")
    boolean verbose;

    @Option(names = "--reliability", description = {"Also print the reliability of the meetings' confidence: per confidence "
            + "bucket the extracted meetings and the share that match a labelled one, and the precision at each threshold "
            + "(aggregate figures only)."})
    boolean reliability;

    @Option(names = "--min-strict-f1", paramLabel = "X", description = "Exit with 1 when the strict meeting F1 is below X.")
    Double minStrictF1;

    @Option(names = "--clusters", description = {"Measure identity across outlets instead (issue 17): run the articles "
            + "through the topology and print merge recall (pairs of reports of one real meeting, story_meeting in GOLD, "
            + "that end as one event) and false merges (report pairs sharing an event that are different meetings).",
            "With --verbose, every pair not merged and every false merge."})
    boolean clusters;

    @Override
    public Integer call() throws IOException {
        if ((predictions == null) == articles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give either ARTICLE files or folders, or --predictions FILE (not both)");
        }
        SortedMap<String, JsonNode> labelled = byId(gold, "gold labels", false);
        if (clusters) {
            if (predictions != null) {
                throw new ParameterException(spec.commandLine(), "--clusters runs the articles through the topology: give ARTICLE files or folders, not --predictions");
            }
            MergeMeasure.Result result = MergeMeasure.measure(labelled, rawArticles(articles), extract(articles));
            if (verbose) {
                result.details().forEach(System.out::println);
            }
            System.out.print(result.render());
            return 0;
        }
        Map<String, JsonNode> extracted = predictions != null ? byId(predictions, "predictions", true) : extract(articles);
        long unlabelled = extracted.keySet().stream().filter(id -> !labelled.containsKey(id)).count();
        if (unlabelled > 0) {
            System.err.println("evaluate: " + unlabelled + " article(s) have no label in " + gold + " and are not scored");
        }
        Scorecard score = Evaluation.score(labelled, extracted, verbose ? System.out::println : line -> {});
        System.out.print(score.render());
        if (reliability) System.out.print(Reliability.render(labelled, extracted));
        return minStrictF1 != null && score.strictMeetings().f1() < minStrictF1 ? 1 : 0;
    }

    /** The articles as ingest reads them, by id (the file name without its extension). */
    private static Map<String, RawArticle> rawArticles(List<Path> sources) throws IOException {
        Map<String, RawArticle> byId = new TreeMap<>();
        for (Path file : files(sources)) {
            ReadResult read = ArticleSources.read(file);
            if (read.articles().size() != 1) {
                throw new IOException(file + ": cannot read it as one article " + read.rejections());
            }
            byId.put(idOf(file.toString()), read.articles().get(0));
        }
        return byId;
    }

    private static List<Path> files(List<Path> sources) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                try (Stream<Path> listing = Files.list(source)) {
                    listing.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(source);
            }
        }
        return files;
    }

    /** The extractor's JSON for each article, by id (the file name without its extension). */
    private Map<String, JsonNode> extract(List<Path> sources) throws IOException {
        List<Path> files = files(sources);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        int rc = EnrichFiles.run(extractor.extractor("evaluate"), files, new PrintStream(lines, true, StandardCharsets.UTF_8), System.err);
        if (rc != 0) throw new IOException("some articles could not be read (see above)");
        Map<String, JsonNode> byId = new HashMap<>();
        for (String line : lines.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) continue;
            JsonNode enrichment = JSON.readTree(line);
            byId.put(idOf(enrichment.path("source").asText()), enrichment);
        }
        return byId;
    }

    /**
     * One JSON object per line, by its id: {@code id} for labels; for predictions the file name of
     * {@code source} without extension (as score.py does), else {@code id}.
     */
    private static SortedMap<String, JsonNode> byId(Path file, String what, boolean bySource) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(what + " " + file + ": no such file");
        SortedMap<String, JsonNode> byId = new TreeMap<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) continue;
            JsonNode object;
            try {
                object = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IOException(what + " " + file + " line " + lineNumber + ": not JSON (" + e.getOriginalMessage() + ")");
            }
            String source = bySource ? object.path("source").asText("") : "";
            String id = !source.isEmpty() ? idOf(source) : object.path("id").asText("");
            if (!object.isObject() || id.isEmpty()) {
                throw new IOException(what + " " + file + " line " + lineNumber + ": no \"" + (bySource ? "source\" or \"id" : "id") + "\"");
            }
            byId.put(id, object);
        }
        return byId;
    }

    private static String idOf(String source) {
        Path name = Path.of(source).getFileName();
        String file = name == null ? source : name.toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
