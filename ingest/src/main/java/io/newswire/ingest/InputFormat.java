package io.newswire.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** How a file or stdin is read. */
public enum InputFormat {
    /**
     * By file name: {@code .jsonl}, {@code .ndjson} and {@code .json} are JSON lines, {@code .html},
     * {@code .htm} and {@code .xhtml} are HTML, anything else is text; stdin is JSON lines.
     */
    AUTO,
    /** One article per file, the {@code seeds/} plain-text format. */
    TEXT,
    /** One ninjs-style JSON object per line. */
    JSONL,
    /** One article per file, an HTML page or fragment: converted to plain text (tags dropped, entities decoded). */
    HTML;

    public InputFormat resolve(Path file) {
        if (this != AUTO) {
            return this;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSONL;
        }
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") ? HTML : TEXT;
    }
}
