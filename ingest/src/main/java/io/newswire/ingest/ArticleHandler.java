package io.newswire.ingest;

import io.newswire.schema.RawArticle;

/** Receives what a source reads, one article or one rejected input at a time. */
public interface ArticleHandler {
    void article(RawArticle article);

    void rejected(Rejection rejection);

    /** A handler that collects everything into a {@link ReadResult}. */
    final class Collector implements ArticleHandler {
        private final java.util.List<RawArticle> articles = new java.util.ArrayList<>();
        private final java.util.List<Rejection> rejections = new java.util.ArrayList<>();

        @Override
        public void article(RawArticle article) {
            articles.add(article);
        }

        @Override
        public void rejected(Rejection rejection) {
            rejections.add(rejection);
        }

        public ReadResult result() {
            return new ReadResult(articles, rejections);
        }
    }
}
