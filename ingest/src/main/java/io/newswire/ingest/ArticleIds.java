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
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
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
