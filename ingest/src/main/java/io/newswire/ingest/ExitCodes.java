package io.newswire.ingest;

/** Exit codes of {@code newswire ingest} (and {@code generate}). */
public final class ExitCodes {
    /** Everything read was published (or printed, with --dry-run). */
    public static final int OK = 0;
    /** Some inputs were rejected (bad file, bad JSON line, feed error) or not accepted by Kafka; the rest was published. */
    public static final int SOME_REJECTED = 1;
    /** Bad command line (unknown option, bad value, missing source). */
    public static final int USAGE = 2;
    /** Fatal: Kafka or the schema registry unreachable, authentication failed, or another error that stopped the run. */
    public static final int FATAL = 3;

    private ExitCodes() {
    }
}
