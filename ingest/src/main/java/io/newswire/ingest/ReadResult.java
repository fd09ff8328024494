package io.newswire.ingest;

import io.newswire.schema.RawArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading one or more inputs produced: the articles, in reading order, and the inputs rejected.
 */
public record ReadResult(List<RawArticle> articles, List<Rejection> rejections) {
    public ReadResult {
        articles = List.copyOf(articles);
        rejections = List.copyOf(rejections);
    }

    public static ReadResult of(RawArticle article) {
        return new ReadResult(List.of(article), List.of());
    }

    public static ReadResult rejected(String input, String reason) {
        return new ReadResult(List.of(), List.of(new Rejection(input, reason)));
    }

    public static ReadResult empty() {
        return new ReadResult(List.of(), List.of());
    }

    public ReadResult plus(ReadResult other) {
        List<RawArticle> a = new ArrayList<>(articles);
        a.addAll(other.articles);
        List<Rejection> r = new ArrayList<>(rejections);
        r.addAll(other.rejections);
        return new ReadResult(a, r);
    }
}
