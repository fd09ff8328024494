package io.newswire.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newswire generate --count N [--seed S] [--out DIR | --format jsonl]}: synthetic wire articles for
 * demos and load tests, deterministic for a seed (see {@link ArticleGenerator}).
 */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write N realistic synthetic diplomatic wire articles (invented people), deterministic for a seed:",
            "as text files in the seeds/ format (--out DIR), or as ninjs-style JSON lines (--format jsonl, to --out FILE or stdout)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error", "3:cannot write"},
        footer = {"", "Examples:", "  newswire generate --count 100 --seed 7 --out /tmp/wire",
            "  newswire generate --count 100000 --format jsonl | newswire ingest -"})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = {"-n", "--count"}, required = true, paramLabel = "N", description = "Number of articles.")
    int count;

    @Option(names = {"-s", "--seed"}, defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
            description = "Folder for text files (created if missing), or the JSON-lines file with --format jsonl.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (one file per article; needs --out) or jsonl (default: text with --out, else jsonl).")
    String format;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "Also write what each article states (meetings, topics), one JSON object per line, in the dev set's gold shape.")
    Path gold;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream stdout;
    private final PrintStream stderr;

    public GenerateCommand() {
        this(System.out, System.err);
    }

    public GenerateCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        if (count < 0) {
            stderr.println("generate: --count must be 0 or more");
            return ExitCodes.USAGE;
        }
        String fmt = format == null ? (out != null && !out.toString().endsWith(".jsonl") ? "text" : "jsonl")
                : format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("jsonl")) {
            stderr.println("generate: --format must be text or jsonl, not '" + format + "'");
            return ExitCodes.USAGE;
        }
        if (fmt.equals("text") && out == null) {
            stderr.println("generate: text output needs --out DIR (or use --format jsonl)");
            return ExitCodes.USAGE;
        }
        ArticleGenerator generator = new ArticleGenerator(seed);
        try (Writer goldOut = gold == null ? null : Files.newBufferedWriter(gold, StandardCharsets.UTF_8)) {
            if (fmt.equals("text")) {
                Files.createDirectories(out);
                for (int i = 0; i < count; i++) {
                    ArticleGenerator.Generated g = generator.article(i);
                    Files.writeString(out.resolve(g.fileName()), g.text(), StandardCharsets.UTF_8);
                    writeGold(goldOut, g, ArticleIds.forText(g.text()));
                }
                stderr.println("generate: wrote " + count + " article(s) to " + out + " (seed " + seed + ")");
            } else {
                boolean toStdout = out == null || out.toString().equals("-");
                Writer w = toStdout ? new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16)
                        : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                try {
                    for (int i = 0; i < count; i++) {
                        ArticleGenerator.Generated g = generator.article(i);
                        w.write(jsonLine(g));
                        w.write('\n');
                        writeGold(goldOut, g, g.uri());
                    }
                } finally {
                    if (toStdout) {
                        w.flush();
                    } else {
                        w.close();
                    }
                }
                if (!toStdout) {
                    stderr.println("generate: wrote " + count + " article(s) to " + out + " (seed " + seed + ")");
                }
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            stderr.println("generate: cannot write: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }

    /** The ninjs-style JSON line for a generated article (the format {@code ingest} reads). */
    public static String jsonLine(ArticleGenerator.Generated g) {
        ObjectNode n = JSON.createObjectNode();
        n.put("uri", g.uri());
        n.put("versioncreated", g.published() + "T" + String.format(Locale.ROOT, "%02d:%02d:00Z", (g.index() * 7) % 24, (g.index() * 13) % 60));
        n.put("headline", g.headline());
        n.put("body_text", g.text());
        n.put("language", "en");
        n.put("provider", g.provider());
        return n.toString();
    }

    /** The gold-shaped JSON line for a generated article. */
    public static String goldLine(ArticleGenerator.Generated g, String id) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("file", g.fileName());
        n.put("url", g.uri());
        n.put("published", g.hasDateLine() ? g.published().toString() : null);
        ArrayNode meetings = n.putArray("meetings");
        for (ArticleGenerator.Meeting m : g.meetings()) {
            ObjectNode o = meetings.addObject();
            ArrayNode p = o.putArray("participants");
            m.participants().forEach(p::add);
            ArrayNode c = o.putArray("countries");
            m.countries().forEach(c::add);
            o.put("kind", m.kind());
            o.put("status", m.status());
            o.put("date", m.date() == null ? null : m.date().toString());
            o.put("city", m.city());
            o.put("country", m.country());
        }
        ObjectNode topics = n.putObject("topics");
        ArrayNode tc = topics.putArray("countries");
        g.topicCountries().forEach(tc::add);
        ArrayNode th = topics.putArray("themes");
        g.themes().forEach(th::add);
        return n.toString();
    }

    private static void writeGold(Writer goldOut, ArticleGenerator.Generated g, String id) throws IOException {
        if (goldOut != null) {
            goldOut.write(goldLine(g, id));
            goldOut.write('\n');
        }
    }
}
