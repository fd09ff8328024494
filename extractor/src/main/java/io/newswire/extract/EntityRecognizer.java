package io.newswire.extract;

import java.util.List;

/**
 * Finds the people a sentence names and adds a {@link Mention} for each, resolved against the article's
 * {@link People} and marked in the document ({@link Document#inName}, {@link Document#personAt}).
 *
 * <p>{@link CapitalisedPersonRecognizer} (capitalisation rules) is the one the standard extractor runs. A
 * statistical tagger is added as another implementation, listed after it in the pipeline: it sees the tokens
 * the rules claimed in {@code inName} and adds only what they missed, so the rules need no change.
 */
interface EntityRecognizer {
    /** Adds the mentions of people in the sentence {@code [sentStart, sentEnd)} to {@code mentions}. */
    void recognize(int sentStart, int sentEnd, List<Mention> mentions);
}
