package io.newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.RawArticle;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids come from the text, never from the path: re-ingesting the same text adds nothing downstream. */
class ArticleIdsTest {
    @TempDir
    Path dir;

    @Test
    void theSameTextUnderTwoPathsHasTheSameId() {
        ArticleReader reader = new ArticleReader(Fixtures.options());
        RawArticle a = reader.readFile(Fixtures.write(dir, "a/first.txt", Fixtures.TASS)).articles().get(0);
        RawArticle b = reader.readFile(Fixtures.write(dir, "b/copy-of-first.txt", Fixtures.TASS)).articles().get(0);
        assertEquals(a.getId(), b.getId());
        assertNotEquals(a.getSource(), b.getSource());
    }

    @Test
    void whitespaceDifferencesDoNotChangeTheId() {
        String reflowed = Fixtures.TASS.replace("\n\n", "\r\n\r\n   ").replace(" held", "\theld") + "\n\n\n";
        assertEquals(ArticleIds.forText(Fixtures.TASS), ArticleIds.forText(reflowed));
    }

    @Test
    void differentTextHasADifferentId() {
        assertNotEquals(ArticleIds.forText(Fixtures.TASS), ArticleIds.forText(Fixtures.TASS.replace("Tuesday", "Monday")));
    }

    @Test
    void anIdIsTheFirst16BytesOfSha256InHex() {
        String id = ArticleIds.forText("hello   world\n");
        assertTrue(id.matches("[0-9a-f]{32}"), id);
        // sha256("hello world") = b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9
        assertEquals("b94d27b9934d3e08a52e52d7da7dabfa", id);
    }

    @Test
    void readingTheSameFolderTwiceGivesTheSameIds() {
        Fixtures.write(dir, "one.txt", Fixtures.TASS);
        Fixtures.write(dir, "two.txt", Fixtures.XINHUA);
        var first = ArticleSources.read(dir, Fixtures.options()).articles().stream().map(RawArticle::getId).toList();
        var second = ArticleSources.read(dir, Fixtures.options()).articles().stream().map(RawArticle::getId).toList();
        assertEquals(2, first.size());
        assertEquals(first, second);
    }

    /** The definition the fast normaliser must keep: NFC, then every whitespace or space-character run is one space, trimmed. */
    @net.jqwik.api.Property(tries = 2000)
    void normalisingCollapsesEveryKindOfSpaceLikeTheCodePointDefinition(
            @net.jqwik.api.ForAll("textWithSpaces") String text) {
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        StringBuilder expected = new StringBuilder();
        boolean pending = false;
        for (int cp : nfc.codePoints().toArray()) {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pending = expected.length() > 0;
            } else {
                if (pending) {
                    expected.append(' ');
                    pending = false;
                }
                expected.appendCodePoint(cp);
            }
        }
        assertEquals(expected.toString(), ArticleIds.normalise(text));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> textWithSpaces() {
        return net.jqwik.api.Arbitraries.strings()
                .withChars(' ', '\t', '\n', '\r', '\u000B', '\u001F', '\u00A0', '\u2003', '\u2028', '\u3000', '\u0085', '\u007F')
                .withChars('a', 'Z', '-', 'e', '\u0301', '\u00E9', '\uD83D', '\uDE00')
                .ofMaxLength(40);
    }
}
