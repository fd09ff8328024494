package io.newswire.extract.nlp;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.DecodeConfig;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import io.newswire.extract.NameTagger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Person names from NLP4J's named-entity tagger (OntoNotes {@code PERSON}, BILOU tags) with its part-of-speech
 * tagger, without the dependency parser ({@code config-decode-ner.xml}). Loading the models takes tens of
 * seconds and a few GB of heap (docs/extractor.md); one instance is shared, and decoding is serialised because
 * NLP4J's decoder is not documented as thread-safe.
 */
public final class Nlp4jNameTagger implements NameTagger {
    private static final String CONFIG = "config-decode-ner.xml";
    private final NLPDecoder decoder;

    public Nlp4jNameTagger() {
        try (InputStream in = Nlp4jNameTagger.class.getResourceAsStream(CONFIG)) {
            if (in == null) throw new IllegalStateException("missing resource " + CONFIG);
            decoder = new NLPDecoder(new DecodeConfig(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Span> persons(String text) {
        List<NLPNode[]> sentences;
        synchronized (decoder) {
            try {
                sentences = decoder.decodeDocument(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Span> spans = new ArrayList<>();
        for (NLPNode[] nodes : sentences) {
            int start = -1;
            for (int k = 1; k < nodes.length; k++) { // nodes[0] is the root
                String tag = nodes[k].getNamedEntityTag();
                if (tag == null || !tag.endsWith("-PERSON")) {
                    start = -1;
                    continue;
                }
                char bilou = tag.charAt(0);
                if (bilou == 'U') {
                    spans.add(new Span(nodes[k].getStartOffset(), nodes[k].getEndOffset()));
                    start = -1;
                } else if (bilou == 'B') {
                    start = nodes[k].getStartOffset();
                } else if (bilou == 'L' && start >= 0) {
                    spans.add(new Span(start, nodes[k].getEndOffset()));
                    start = -1;
                }
            }
        }
        return spans;
    }
}
