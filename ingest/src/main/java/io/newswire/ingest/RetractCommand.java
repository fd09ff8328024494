package io.newswire.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newswire retract ID...}: a tombstone per article id on {@code news.articles.raw}, through the same
 * producer settings as {@code ingest} ({@link ProducerOptions}). Downstream the article's meetings and
 * topics are withdrawn; an {@code ingest --follow} anywhere reads the tombstone and does not send the
 * article again until its source changes it.
 */
@Command(name = "retract",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Retract articles: send a tombstone (null value) for each id to the articles topic, with the same producer"
                + " settings as ingest. Downstream the article's meetings and topics are withdrawn.",
            "",
            "The id is the Kafka key ingest used: a file's path under its folder (seeds/000_x.txt), a JSON line's"
                + " id/guid/uri, a feed item's guid or link. See docs/ingest.md, \"Retraction and correction\".",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every tombstone was acknowledged (or printed with --dry-run)",
            "1:some ids were refused (reasons on stderr)",
            "2:usage error (no id, unreadable --from-file)",
            "3:fatal: Kafka unreachable, authentication failed"
        },
        footer = {"", "Example: newswire retract seeds/000_bbb0b054668ebffa.txt urn:wire:1"})
public final class RetractCommand implements Callable<Integer> {
    /** Longest id accepted (a Kafka key; ids from files and feeds are far shorter). */
    static final int MAX_ID_LENGTH = 4096;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Article ids (Kafka keys) to retract.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--from-file", paramLabel = "FILE",
            description = "Also retract the ids in FILE, one per line ('-' for stdin; blank lines and lines starting with # skipped).")
    String fromFile;

    @CommandLine.Mixin
    ProducerOptions producer = new ProducerOptions();

    @Option(names = "--dry-run", description = "Print the tombstones as JSON lines on stdout instead of sending them.")
    boolean dryRun;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    public RetractCommand() {
        this(System.in, System.out, System.err);
    }

    public RetractCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Runs {@code retract} with these arguments, as the launcher would; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new RetractCommand(in, out, err));
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        Set<String> all = new LinkedHashSet<>();
        for (String id : ids) {
            String problem = add(all, id);
            if (problem != null) {
                return usage("ID '" + ArticleReader.abbreviate(id, 60) + "': " + problem);
            }
        }
        if (fromFile != null) {
            String problem = readIds(all);
            if (problem != null) {
                return usage(problem);
            }
        }
        if (all.isEmpty()) {
            return usage("no id to retract: give IDs or --from-file FILE");
        }
        Properties props;
        try {
            props = producer.producerProperties(Map.of());
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (producer.showConfig) {
            stderr.println("retract: producer settings" + (dryRun ? " (not used: --dry-run)" : "") + ":");
            ProducerOptions.maskedConfig(props).forEach(l -> stderr.println("  " + l));
        }
        long started = System.nanoTime();
        ArticlePublisher publisher = null;
        try {
            publisher = dryRun ? ArticlePublisher.dryRun(stdout, producer.topic()) : ArticlePublisher.create(props, producer.topic());
            publisher.checkConnection();
            for (String id : all) {
                publisher.retract(id);
            }
            PublishSummary s = publisher.flush();
            for (Rejection r : s.rejections()) {
                stderr.println("retract: refused " + r.input() + ": " + r.reason());
            }
            stderr.printf(java.util.Locale.ROOT, "retract: %d tombstone(s) %s %s in %.2f s%s%n", publisher.retracted(),
                    dryRun ? "printed for" : "sent to", producer.topic(), (System.nanoTime() - started) / 1e9,
                    dryRun ? " [dry run]" : "");
            return s.rejections().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
        } catch (IngestException e) {
            stderr.println("retract: error: " + e.getMessage());
            return e.exitCode();
        } finally {
            if (publisher != null) {
                publisher.close();
            }
        }
    }

    private String readIds(Set<String> all) {
        boolean isStdin = fromFile.equals("-");
        if (!isStdin && !Files.isRegularFile(Path.of(fromFile))) {
            return "--from-file " + fromFile + ": no such file";
        }
        try (BufferedReader r = isStdin ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(fromFile), StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String id = line.strip();
                if (id.isEmpty() || id.startsWith("#")) {
                    continue;
                }
                String problem = add(all, id);
                if (problem != null) {
                    return "--from-file " + fromFile + ":" + n + ": " + problem;
                }
            }
            return null;
        } catch (IOException | java.io.UncheckedIOException e) {
            return "--from-file " + fromFile + ": cannot read: " + e.getMessage();
        }
    }

    private static String add(Set<String> all, String id) {
        if (id.isBlank()) {
            return "an id cannot be blank";
        }
        if (id.length() > MAX_ID_LENGTH) {
            return "longer than " + MAX_ID_LENGTH + " characters";
        }
        all.add(id.strip());
        return null;
    }

    private int usage(String message) {
        stderr.println("retract: " + message);
        stderr.println("Try 'retract --help' for more information.");
        return ExitCodes.USAGE;
    }
}
