package io.newswire.extract;

/** A mention in a sentence that can be a meeting participant: a name, role, pronoun or unnamed side. */
final class Mention {
    /** First token of the mention. */
    final int start;
    /** Token after the mention, or -1 when only its start is known. */
    final int end;
    final Party party;
    /** A speaker ("X said"), a source ("according to X") or staff: not a participant. */
    boolean excluded;

    Mention(int start, Party party) {
        this(start, -1, party);
    }

    Mention(int start, int end, Party party) {
        this.start = start;
        this.end = end;
        this.party = party;
    }
}
