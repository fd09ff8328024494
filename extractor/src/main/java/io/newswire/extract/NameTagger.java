package io.newswire.extract;

import java.util.List;

/**
 * A statistical named-entity tagger run over a whole article, for {@link Extractors#withNameTagger}: the
 * extractor lists a recognizer for its person names after the capitalisation rules, and it adds only the
 * names the rules missed (see {@link EntityRecognizer}). The standard extractor has none. Implementations
 * are thread-safe.
 */
public interface NameTagger {
    /** The person names in {@code text}, as character spans, in text order. */
    List<Span> persons(String text);

    /** Characters {@code [start, end)} of the text. */
    record Span(int start, int end) {}
}
