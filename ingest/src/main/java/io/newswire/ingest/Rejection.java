package io.newswire.ingest;

import java.util.Objects;

/**
 * An input that was not published, and why.
 *
 * @param input  what was rejected: a path, {@code path:line} for one JSON line, a feed URL, or {@code stdin:line}
 * @param reason a short human-readable reason, e.g. {@code "not valid UTF-8 (byte 12)"}
 */
public record Rejection(String input, String reason) {
    public Rejection {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return input + ": " + reason;
    }
}
