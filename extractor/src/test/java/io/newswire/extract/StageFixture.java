package io.newswire.extract;

import java.time.LocalDate;

/** Documents prepared by the first stages (gazetteer, furniture, sentences), for the tests of later stages. */
final class StageFixture {
    static final Gazetteer GAZETTEER = new Gazetteer();

    private StageFixture() {}

    static Document prepared(String text) {
        Document doc = new Document(text, GAZETTEER, Lexicon.standard());
        GazetteerAnnotator.annotate(doc);
        new Furniture(doc, (LocalDate) null).read();
        new SentenceSplitter(doc).split();
        return doc;
    }

    /** The first token equal (lower-cased) to {@code word}. */
    static int token(Document doc, String word) {
        for (int i = 0; i < doc.tokens.n; i++) if (doc.tokens.is(i, word)) return i;
        throw new IllegalArgumentException("no token '" + word + "' in: " + doc.text);
    }
}
