package io.newswire.extract;

/**
 * The word that makes a clause report a meeting.
 *
 * @param token  where it is
 * @param verbal a verb ("met", "received") or a noun after "held"/"had" ("held talks"); false for a bare noun
 *               ("the meeting"), which a following article ("a meeting with A and B") can make multilateral
 */
record Trigger(int token, boolean verbal) {}
