package io.newswire.ingest;

import io.newswire.clients.Durations;
import io.newswire.schema.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newswire ingest [options] SOURCE...}: reads articles from files, folders, JSON lines, stdin and
 * RSS/Atom feeds and publishes them to Kafka as {@link RawArticle}s keyed by article id.
 * See {@code docs/ingest.md}.
 */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Publish articles to Kafka as RawArticle records (Avro via the schema registry), keyed by article id.",
            "",
            "SOURCE: a text file (seeds/ format), a folder (recursive, sorted), a JSON-lines file (.jsonl, .ndjson, .json;"
                + " ninjs fields), an HTML file, '-' (stdin, JSON lines) or an http(s):// RSS/Atom feed. See docs/ingest.md.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything read was published (or printed with --dry-run)",
            "1:some inputs were rejected (reasons on stderr); the rest was published",
            "2:usage error",
            "3:fatal: Kafka or the schema registry unreachable, authentication failed"
        },
        footer = {"", "Example: newswire ingest --follow --interval 5m seeds/ https://example.org/world/rss.xml"})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Files, folders, '-' (stdin) or feed URLs.")
    List<String> sources = new ArrayList<>();

    @CommandLine.Mixin
    ProducerOptions producer = new ProducerOptions();

    @Option(names = "--dry-run", description = "Print what would be sent, one JSON line per record, on stdout; no Kafka.")
    boolean dryRun;

    @Option(names = {"-f", "--follow"}, description = "Keep watching folders and feeds for new items until Ctrl-C.")
    boolean follow;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "60s", converter = Durations.Converter.class,
            description = "Feed polling interval with --follow (default: ${DEFAULT-VALUE}; e.g. 30s, 5m). Failing feeds back off up to 30m.")
    Duration interval;

    @Option(names = "--feed-timeout", paramLabel = "DURATION", defaultValue = "30s", converter = Durations.Converter.class,
            description = "Deadline for fetching a feed, headers and body together (default: ${DEFAULT-VALUE}); a slower feed is"
                    + " reported and skipped.")
    Duration feedTimeout;

    @Option(names = "--scan-interval", paramLabel = "DURATION", defaultValue = "1s", converter = Durations.Converter.class,
            description = "Folder scanning interval with --follow (default: ${DEFAULT-VALUE}).")
    Duration scanInterval;

    @Option(names = "--format", defaultValue = "auto",
            description = "How files and stdin are read: auto (by extension; stdin = jsonl), text, jsonl or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = "1MiB", converter = Conversions.SizeConverter.class,
            description = "Largest article (text file or JSON line) accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--language", paramLabel = "TAG", description = "Language for articles that name none (e.g. en).")
    String language;

    @Option(names = "--provider", paramLabel = "NAME", description = "Provider for articles that name none and have no dateline agency.")
    String provider;

    @Option(names = {"-q", "--quiet"}, description = "No progress line.")
    boolean quiet;

    @Option(names = "--id-from", paramLabel = "path|content", defaultValue = "path",
            description = "Id of a text or HTML file: its path under the folder given (an edited file corrects the same"
                    + " article) or the hash of its text (copies are one article) (default: ${DEFAULT-VALUE}).")
    String idFrom;

    @Option(names = "--state", paramLabel = "FILE",
            description = "With --follow: where to remember what was published and retracted, and the feeds' ETags, across"
                    + " restarts (default: work/ingest-state/TOPIC.json).")
    Path stateFile;

    @Option(names = "--no-state", description = "With --follow: remember nothing across restarts (everything read is sent again).")
    boolean noState;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Set<Rejection> printed = Collections.newSetFromMap(new IdentityHashMap<>());
    private Clock clock = Clock.systemUTC();
    private Progress progress;
    private FollowState state;
    private boolean stateSaveFailed;
    /** How often a --follow run writes its state when it changed (and always at the end). */
    private static final Duration STATE_SAVE_INTERVAL = Duration.ofSeconds(5);

    public IngestCommand() {
        this(System.in, System.out, System.err);
    }

    public IngestCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Runs {@code ingest} with these arguments, as the launcher would; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        IngestCommand cmd = new IngestCommand(in, out, err);
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Asks a running {@code --follow} to stop (as Ctrl-C does). */
    public void stop() {
        stopRequested.countDown();
    }

    IngestCommand withClock(Clock c) {
        this.clock = c;
        return this;
    }

    @Override
    public Integer call() {
        InputFormat inputFormat;
        try {
            inputFormat = InputFormat.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return usage("--format must be auto, text, jsonl or html, not '" + format + "'");
        }
        if (sources.stream().filter("-"::equals).count() > 1) {
            return usage("'-' (stdin) can be given only once");
        }
        List<URI> feeds = new ArrayList<>();
        for (String s : sources) {
            if (ArticleSources.isUrl(s)) {
                try {
                    URI u = new URI(s);
                    if (u.getHost() == null) {
                        return usage("not a feed URL: " + s);
                    }
                    feeds.add(u);
                } catch (URISyntaxException e) {
                    return usage("not a feed URL: " + s + " (" + e.getReason() + ")");
                }
            }
        }
        if (feedTimeout.isZero() || feedTimeout.isNegative()) {
            return usage("--feed-timeout must be positive");
        }
        IdFrom ids;
        try {
            ids = IdFrom.valueOf(idFrom.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return usage("--id-from must be path or content, not '" + idFrom + "'");
        }
        Properties props;
        try {
            props = producer.producerProperties(sizeSettings(maxBytes));
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (producer.showConfig) {
            stderr.println("ingest: producer settings" + (dryRun ? " (not used: --dry-run)" : "") + ":");
            for (String line : maskedConfig(props)) {
                stderr.println("  " + line);
            }
        }
        String topic = producer.topic();
        ArticleReader.Options options = new ArticleReader.Options(maxBytes, inputFormat, clock, language, provider, ids);
        ArticleReader reader = new ArticleReader(options);

        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            stop();
            try {
                if (!finished.await(15, TimeUnit.SECONDS)) {
                    main.interrupt();
                }
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "ingest-shutdown");
        boolean hookInstalled = false;
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            hookInstalled = true;
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
        ArticlePublisher publisher = null;
        SendingThread sending = null;
        TombstoneWatcher watcher = null;
        state = null;
        try {
            publisher = dryRun ? ArticlePublisher.dryRun(stdout, topic) : ArticlePublisher.create(props, topic);
            publisher.checkConnection();
            String sizeNote = publisher.sizeNote();
            if (sizeNote != null) {
                stderr.println("ingest: note: " + sizeNote);
            }
            if (follow && !dryRun && !noState) {
                Path file = stateFile != null ? stateFile : Path.of("work", "ingest-state", topic + ".json");
                state = FollowState.load(file, topic, publisher.clusterId());
                stderr.println("ingest: " + state.note());
                publisher.remembering(state);
                watcher = new TombstoneWatcher(props, topic, state, producer.timeout);
                TombstoneWatcher.Retractions missed = watcher.catchUp(Duration.ofMinutes(5));
                if (missed.count > 0) {
                    stderr.println("ingest: " + topic + ": " + missed.describe() + " (not sent again until their source changes them)");
                }
            }
            ArticlePublisher pub = publisher;
            Progress.Mode mode = Progress.detect(quiet);
            progress = new Progress(stderr, mode, Progress.defaultInterval(mode), pub::summary);
            sending = new SendingThread(pub, 1024);
            SendingThread sender = sending;
            ArticleHandler handler = new ArticleHandler() {
                @Override
                public void article(RawArticle article) {
                    sender.article(article);
                }

                @Override
                public void rejected(Rejection rejection) {
                    report(rejection);
                    sender.rejected(rejection);
                }
            };
            List<FolderWatcher> folders = new ArrayList<>();
            Map<URI, FeedPoller> pollers = new LinkedHashMap<>();
            for (String s : sources) {
                if (stopped()) {
                    break;
                }
                progress.reading(s);
                try {
                    readSource(s, reader, inputFormat, options, handler, folders, pollers);
                } catch (IngestException e) {
                    throw e;
                } catch (RuntimeException | StackOverflowError e) {
                    handler.rejected(unexpected(s, e));
                }
            }
            progress.reading("");
            sending.flush();
            rememberFeeds(pollers);
            saveState();
            if (follow && !stopped()) {
                if (folders.isEmpty() && pollers.isEmpty()) {
                    progress.message("ingest: --follow: no folder or feed to watch; done");
                } else {
                    progress.close();
                    progress = new Progress(stderr, Progress.Mode.OFF, Duration.ofSeconds(1), pub::summary);
                    stderr.println("ingest: " + publisher.summary().line());
                    stderr.println("ingest: following " + folders.size() + " folder(s) and " + pollers.size()
                            + " feed(s); Ctrl-C to stop");
                    followLoop(folders, pollers, reader, handler, publisher, sending, watcher);
                }
            }
            PublishSummary summary = sending.flush();
            progress.close();
            for (Rejection r : summary.rejections()) {
                report(r);
            }
            stderr.println("ingest: " + summary.line() + (dryRun ? " [dry run]" : ""));
            if (publisher.unchangedSinceLastRun() > 0 || publisher.skippedAsRetracted() > 0) {
                stderr.println("ingest: of the duplicates, " + publisher.unchangedSinceLastRun() + " unchanged since an earlier run, "
                        + publisher.skippedAsRetracted() + " retracted and unchanged since (not sent again)");
            }
            if (summary.rejected() > 0) {
                stderr.println("ingest: rejected: " + summary.rejectionBreakdown() + " (each named above)");
            }
            return summary.allPublished() ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
        } catch (IngestException e) {
            closeProgress();
            if (publisher != null) {
                PublishSummary s = publisher.summary();
                for (Rejection r : s.rejections()) {
                    report(r);
                }
                if (s.read() > 0 || s.rejected() > 0) {
                    stderr.println("ingest: stopped after: " + s.line());
                }
            }
            stderr.println("ingest: error: " + e.getMessage());
            return e.exitCode();
        } catch (IOException e) {
            closeProgress();
            stderr.println("ingest: error: " + e.getMessage());
            return ExitCodes.FATAL;
        } catch (RuntimeException e) {
            closeProgress();
            stderr.println("ingest: error: " + ArticlePublisher.rootMessage(e) + " (" + e.getClass().getSimpleName() + ")");
            return ExitCodes.FATAL;
        } finally {
            closeProgress();
            if (sending != null) {
                sending.close();
            }
            if (watcher != null) {
                watcher.close();
            }
            saveState();
            if (publisher != null) {
                publisher.close();
            }
            finished.countDown();
            if (hookInstalled) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException ignored) {
                    // shutting down: the hook is running
                }
            }
        }
    }

    /** Reads one SOURCE; a failure of this source alone is reported by the caller, which goes on. */
    private void readSource(String s, ArticleReader reader, InputFormat inputFormat, ArticleReader.Options options,
            ArticleHandler handler, List<FolderWatcher> folders, Map<URI, FeedPoller> pollers) throws IOException {
        if (s.equals("-")) {
            readStdin(reader, inputFormat, handler);
        } else if (ArticleSources.isUrl(s)) {
            URI u = URI.create(s);
            FeedPoller poller = pollers.computeIfAbsent(u, x -> {
                FeedPoller p = new FeedPoller(x, options, feedTimeout);
                FollowState.Feed kept = state == null ? null : state.feed(x.toString());
                if (kept != null) {
                    p.restoreValidators(kept.etag(), kept.lastModified());
                }
                return p;
            });
            pollFeed(poller, handler);
        } else {
            Path p = Path.of(s);
            if (Files.isDirectory(p)) {
                List<Path> files;
                try {
                    files = ArticleSources.listFiles(p);
                } catch (IOException | java.io.UncheckedIOException e) {
                    handler.rejected(new Rejection(s, "cannot list folder: " + e.getMessage()));
                    return;
                }
                if (follow) {
                    FolderWatcher w = new FolderWatcher(p);
                    w.markRead(files);
                    folders.add(w);
                }
                for (int i = 0; i < files.size() && !stopped(); i++) {
                    progress.reading(files.get(i).toString(), i + 1, files.size());
                    readFile(reader, p, files.get(i), handler);
                }
            } else {
                reader.readFile(p, handler);
            }
        }
    }

    /** Reads one file; an unexpected failure is this file's rejection, never the run's end. */
    private static void readFile(ArticleReader reader, Path root, Path f, ArticleHandler handler) {
        try {
            reader.readFile(root, f, handler);
        } catch (IngestException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            handler.rejected(unexpected(f.toString(), e));
        }
    }

    /** A source that failed in a way no check foresaw: named, with the error, and skipped. */
    static Rejection unexpected(String input, Throwable e) {
        String what = e instanceof StackOverflowError ? "nested too deeply to be read (StackOverflowError)"
                : "cannot read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                        + ArticleReader.abbreviate(e.getMessage().strip().lines().findFirst().orElse(""), 200));
        return new Rejection(input, what);
    }

    private void followLoop(List<FolderWatcher> folders, Map<URI, FeedPoller> pollers, ArticleReader reader,
            ArticleHandler handler, ArticlePublisher publisher, SendingThread sending, TombstoneWatcher watcher) throws IOException {
        long nextSave = System.nanoTime() + STATE_SAVE_INTERVAL.toNanos();
        Map<FeedPoller, Long> due = new LinkedHashMap<>();
        long now = System.nanoTime();
        for (FeedPoller p : pollers.values()) {
            due.put(p, now + p.nextDelay(interval).toNanos());
        }
        long nextScan = now + scanInterval.toNanos();
        while (!stopped()) {
            long wake = nextScan;
            for (long d : due.values()) {
                wake = Math.min(wake, d);
            }
            long waitNanos = wake - System.nanoTime();
            if (waitNanos > 0) {
                try {
                    if (stopRequested.await(waitNanos, TimeUnit.NANOSECONDS)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            now = System.nanoTime();
            if (now >= nextScan) {
                for (FolderWatcher w : folders) {
                    List<Path> ready;
                    try {
                        ready = w.scan();
                    } catch (IOException | java.io.UncheckedIOException e) {
                        report(new Rejection(w.folder().toString(), "cannot scan folder: " + e.getMessage()));
                        continue;
                    }
                    PublishSummary before = publisher.summary();
                    for (Path f : ready) {
                        readFile(reader, w.folder(), f, handler);
                    }
                    if (!ready.isEmpty()) {
                        PublishSummary s = sending.flush();
                        stderr.println("ingest: " + w.folder() + ": " + ready.size() + " new or changed file(s): "
                                + (s.published() - before.published()) + " published, "
                                + (s.duplicates() - before.duplicates()) + " duplicate(s), "
                                + (s.rejected() - before.rejected()) + " rejected");
                    }
                }
                nextScan = System.nanoTime() + scanInterval.toNanos();
            }
            for (Map.Entry<FeedPoller, Long> e : due.entrySet()) {
                if (System.nanoTime() >= e.getValue() && !stopped()) {
                    FeedPoller p = e.getKey();
                    try {
                        pollFeed(p, handler);
                    } catch (IngestException fatal) {
                        throw fatal;
                    } catch (RuntimeException | StackOverflowError failure) {
                        handler.rejected(unexpected(p.url().toString(), failure));
                    }
                    sending.flush();
                    rememberFeeds(Map.of(p.url(), p));
                    Duration next = p.nextDelay(interval);
                    if (p.consecutiveFailures() > 0) {
                        stderr.println("ingest: " + p.url() + ": failed " + p.consecutiveFailures()
                                + " time(s) in a row; next try in " + human(next));
                    }
                    e.setValue(System.nanoTime() + next.toNanos());
                }
            }
            if (watcher != null) {
                TombstoneWatcher.Retractions r = watcher.poll(Duration.ofMillis(10));
                if (r.count > 0) {
                    stderr.println("ingest: " + producer.topic() + ": " + r.describe() + " (not sent again until their source changes them)");
                }
            }
            if (System.nanoTime() >= nextSave) {
                saveState();
                nextSave = System.nanoTime() + STATE_SAVE_INTERVAL.toNanos();
            }
        }
    }

    /** Feeds whose items are all acknowledged: their validators go into the state for the next run. */
    private void rememberFeeds(Map<URI, FeedPoller> pollers) {
        if (state != null) {
            pollers.values().stream().filter(p -> p.consecutiveFailures() == 0 && (p.etag() != null || p.lastModified() != null))
                    .forEach(p -> state.feed(p.url().toString(), p.etag(), p.lastModified()));
        }
    }

    private void saveState() {
        if (state != null) {
            try {
                state.saveIfDirty();
            } catch (IOException | RuntimeException e) {
                if (!stateSaveFailed) { // once: a read-only folder would otherwise repeat it every 5 s
                    stderr.println("ingest: cannot save the state in " + state.file() + " (" + e
                            + "); a restart will send everything again (see --state)");
                    stateSaveFailed = true;
                }
            }
        }
    }

    /**
     * {@code max.request.size} (and {@code buffer.memory}) for the largest article {@code --max-bytes} lets
     * through: the article, its other fields and the record's framing. Without it the producer's 1 MiB default
     * refused a 1.5 MB article that {@code --max-bytes 2000000} and the topic (2 MiB) allowed. The topic's
     * {@code max.message.bytes} caps it when the publisher is created.
     */
    static Map<String, String> sizeSettings(long maxBytes) {
        if (maxBytes <= ArticleReader.DEFAULT_MAX_BYTES) {
            return Map.of(); // the producer's defaults (1 MiB requests) as before
        }
        long request = maxBytes + 64 * 1024;
        long buffer = Math.max(32L * 1024 * 1024, 2 * request);
        return Map.of("max.request.size", String.valueOf(Math.min(Integer.MAX_VALUE, request)),
                "buffer.memory", String.valueOf(buffer));
    }

    private void pollFeed(FeedPoller poller, ArticleHandler handler) {
        FeedPoller.Poll poll = poller.poll();
        for (Rejection r : poll.rejections()) {
            handler.rejected(r);
        }
        for (RawArticle a : poll.articles()) {
            handler.article(a);
        }
        if (poll.status() == FeedPoller.Status.UPDATED && follow) {
            stderr.println("ingest: " + poller.url() + ": " + poll.items() + " item(s), " + poll.articles().size() + " new or changed");
        }
    }

    private void readStdin(ArticleReader reader, InputFormat inputFormat, ArticleHandler handler) throws IOException {
        if (inputFormat == InputFormat.TEXT || inputFormat == InputFormat.HTML) {
            byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                handler.rejected(new Rejection("stdin", "text is over --max-bytes " + maxBytes));
            } else if (inputFormat == InputFormat.HTML) {
                reader.readHtml("stdin", bytes, handler);
            } else {
                reader.readText("stdin", bytes, handler);
            }
        } else {
            reader.readJsonLines("stdin", stdin, handler);
        }
    }

    /** {@code key=value} lines, sorted, with the values of secret-looking keys (and URL user info) masked. */
    static List<String> maskedConfig(Properties props) {
        return ProducerOptions.maskedConfig(props);
    }

    private boolean stopped() {
        return stopRequested.getCount() == 0 || Thread.currentThread().isInterrupted();
    }

    private void report(Rejection r) {
        if (!printed.add(r)) {
            return;
        }
        String line = "ingest: rejected " + r.input() + ": " + r.reason();
        if (progress != null) {
            progress.message(line);
        } else {
            stderr.println(line);
        }
    }

    private int usage(String message) {
        stderr.println("ingest: " + message);
        if (spec != null) {
            stderr.println("Try 'ingest --help' for more information.");
        }
        return ExitCodes.USAGE;
    }

    private void closeProgress() {
        if (progress != null) {
            progress.close();
        }
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 60 ? (s / 60) + "m" + (s % 60 == 0 ? "" : (s % 60) + "s") : s + "s";
    }
}
