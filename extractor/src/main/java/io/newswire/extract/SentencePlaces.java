package io.newswire.extract;

import java.util.AbstractList;
import java.util.function.IntFunction;

/**
 * A place per sentence (the venue it names, or where someone arrived), read only when a default asks for that
 * sentence: most sentences are never near a meeting without a venue, and reading every one cost a third of the
 * extractor's time. Each sentence is read at most once.
 */
final class SentencePlaces extends AbstractList<Venue> {
    /** Sentences longer than this many tokens are runs, not sentences: the reader's look-back would be quadratic. */
    static final int MAX_SENTENCE_TOKENS = 200;

    private final Document doc;
    private final IntFunction<Venue> reader;
    private final Venue[] read;
    private final boolean[] done;

    /** @param reader the place of sentence {@code si} (called once per sentence, for sentences within the bound) */
    SentencePlaces(Document doc, IntFunction<Venue> reader) {
        this.doc = doc;
        this.reader = reader;
        this.read = new Venue[doc.sentences.size()];
        this.done = new boolean[read.length];
    }

    @Override
    public Venue get(int si) {
        if (!done[si]) {
            Sentence s = doc.sentences.get(si);
            read[si] = s.end() - s.start() > MAX_SENTENCE_TOKENS ? null : reader.apply(si);
            done[si] = true;
        }
        return read[si];
    }

    @Override
    public int size() {
        return read.length;
    }
}
