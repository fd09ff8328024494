package io.newswire.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes shown to a person: as text when they are UTF-8 text, else not (the caller prints base64). */
final class RawBytes {
    private RawBytes() {
    }

    /**
     * The bytes as a string when they are valid UTF-8 without control characters other than tab, CR and LF
     * (a Confluent-framed Avro value starts with a 0x00 byte and so is never taken for text); else null.
     */
    static String text(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return null;
            }
        }
        return s;
    }
}
