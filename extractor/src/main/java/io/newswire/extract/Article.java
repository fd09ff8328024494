package io.newswire.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as the extractor sees it.
 *
 * @param id        stable article id (used in evidence); never null
 * @param text      full text as received, page furniture included; never null
 * @param published publication date, or null when unknown (then the text's own
 *                  ` date YYYY-MM-DD` line or dateline is used, if any)
 * @param source    where it came from (file, feed), for messages only; may be null
 */
public record Article(String id, String text, LocalDate published, String source) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
