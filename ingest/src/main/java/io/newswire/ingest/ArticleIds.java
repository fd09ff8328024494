package io.newswire.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Stable article ids.
 *
 * <p>An article that carries its own identity (a feed item's guid, a JSON line's {@code id}/{@code guid},
 * else its canonical URL) keeps it. Otherwise the id is derived from the text alone, never from where it
 * was read: the SHA-256 of the normalised text (Unicode NFC, whitespace runs collapsed to one space,
 * trimmed), the first 16 bytes in lowercase hex (32 characters). The same text read from two different
 * paths, or read twice, therefore gets the same id, and re-ingesting it adds nothing downstream.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** Id of a text without an identity of its own. */
    public static String forText(String text) {
        byte[] digest = sha256(normalise(text));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /** The text as compared for identity: NFC, whitespace runs collapsed to one space, trimmed. */
    public static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        // Copies runs of non-space characters whole: a per-code-point loop was most of the cost of ingest's
        // duplicate check. Every whitespace and space character is in the BMP, so chars suffice.
        StringBuilder out = null;
        int runStart = -1;
        int length = nfc.length();
        for (int i = 0; i <= length; i++) {
            boolean space = i < length && isSpace(nfc.charAt(i));
            if (i < length && !space) {
                if (runStart < 0) {
                    runStart = i;
                }
                continue;
            }
            if (runStart >= 0) {
                if (out == null) {
                    if (runStart == 0 && i == length) {
                        return nfc; // nothing to collapse or trim
                    }
                    out = new StringBuilder(length);
                } else {
                    out.append(' ');
                }
                out.append(nfc, runStart, i);
                runStart = -1;
            }
        }
        return out == null ? "" : out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c < ' ' ? Character.isWhitespace(c) : c > '~' && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
    }

    /** Full hex SHA-256 of a string's UTF-8 bytes (used to tell two versions of one id apart). */
    public static String contentHash(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
