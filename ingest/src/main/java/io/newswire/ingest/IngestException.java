package io.newswire.ingest;

/**
 * A problem that stops the whole run (Kafka or the schema registry unreachable, authentication failed):
 * the command reports the message and exits with {@link #exitCode()}.
 */
public class IngestException extends RuntimeException {
    private final int exitCode;

    public IngestException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public IngestException(String message, Throwable cause) {
        this(message, ExitCodes.FATAL, cause);
    }

    public int exitCode() {
        return exitCode;
    }
}
