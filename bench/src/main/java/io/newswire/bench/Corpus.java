package io.newswire.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.newswire.ingest.ArticleGenerator;
import io.newswire.ingest.ArticleReader;
import io.newswire.schema.RawArticle;

/** Generated wire articles, as ingest would read them (same ids, same furniture parsing). */
final class Corpus {
    private final ArticleGenerator generator;
    private final ArticleReader reader = new ArticleReader();

    Corpus(long seed) {
        this.generator = new ArticleGenerator(seed);
    }

    String text(int index) {
        return generator.article(index).text();
    }

    /** The article as a ninjs-style JSON line, as `newswire generate --format jsonl` writes it. */
    String jsonLine(int index) {
        return io.newswire.ingest.GenerateCommand.jsonLine(generator.article(index));
    }

    RawArticle article(int index) {
        ArticleGenerator.Generated g = generator.article(index);
        RawArticle a = reader.fromText(g.fileName(), g.text());
        a.setReceivedAt(Instant.now());
        return a;
    }

    List<String> texts(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(text(i));
        }
        return out;
    }
}
