package io.newswire.extract;

/** Tokens {@code [start, end)}: one item of a list of places, for instance. */
record TokenSpan(int start, int end) {}
