package io.newswire.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A progress line on stderr while files are read: redrawn in place on a terminal, plain periodic lines
 * otherwise (every few seconds), nothing when off.
 */
final class Progress implements AutoCloseable {
    enum Mode { TERMINAL, PLAIN, OFF }

    private final PrintStream err;
    private final Mode mode;
    private final Supplier<PublishSummary> summary;
    private final ScheduledExecutorService timer;
    private volatile String current = "";
    private volatile String position = "";
    private int lastWidth;
    private boolean closed;

    Progress(PrintStream err, Mode mode, Duration every, Supplier<PublishSummary> summary) {
        this.err = err;
        this.mode = mode;
        this.summary = summary;
        if (mode == Mode.OFF) {
            timer = null;
        } else {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ingest-progress");
                t.setDaemon(true);
                return t;
            });
            long ms = every.toMillis();
            timer.scheduleAtFixedRate(this::draw, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    static Mode detect(boolean quiet) {
        if (quiet) {
            return Mode.OFF;
        }
        return System.console() != null || stderrIsTerminal() ? Mode.TERMINAL : Mode.PLAIN;
    }

    /** On Linux, whether file descriptor 2 is a terminal (System.console() needs stdin and stdout too). */
    private static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    static Duration defaultInterval(Mode mode) {
        return mode == Mode.TERMINAL ? Duration.ofMillis(250) : Duration.ofSeconds(5);
    }

    /** The input being read now (shown on a terminal). */
    void reading(String input) {
        current = input == null ? "" : input;
        position = "";
    }

    /** The file being read now, the {@code index}-th (from 1) of {@code total} in a folder. */
    void reading(String input, int index, int total) {
        current = input;
        position = ", file " + index + "/" + total;
    }

    /** Prints a message on its own line (clearing the progress line first on a terminal). */
    synchronized void message(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    private synchronized void draw() {
        if (closed) {
            return;
        }
        PublishSummary s = summary.get();
        String text = String.format(Locale.ROOT, "ingest: %d read, %d published, %d duplicates, %d rejected, %.0f/s",
                s.read(), s.published(), s.duplicates(), s.rejected(), s.articlesPerSecond());
        text = text + position;
        if (mode == Mode.TERMINAL) {
            String cur = current;
            if (!cur.isEmpty()) {
                String shown = cur.length() > 40 ? "…" + cur.substring(cur.length() - 39) : cur;
                text = text + "  " + shown;
            }
            StringBuilder sb = new StringBuilder("\r").append(text);
            for (int i = text.length(); i < lastWidth; i++) {
                sb.append(' ');
            }
            lastWidth = text.length();
            err.print(sb);
        } else {
            err.println(text);
        }
        err.flush();
    }

    private void clear() {
        if (mode == Mode.TERMINAL && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
        }
        clear();
        err.flush();
    }
}
