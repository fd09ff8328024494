package io.newswire.extract;

/**
 * A sentence as token offsets.
 *
 * @param start    first token
 * @param end      token after the last
 * @param headline a line of its own without final punctuation: it gives topics but no meetings
 */
record Sentence(int start, int end, boolean headline) {}
