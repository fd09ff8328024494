package io.newswire.bench;

import java.util.List;

import io.newswire.extract.Article;
import io.newswire.extract.Extractor;
import io.newswire.extract.Extractors;

/**
 * Extractor throughput on one thread, on generated seed-sized articles and on ten times
 * longer ones. A quick figure for the table; the JMH benchmark in the extractor module is
 * the reference one.
 */
final class ExtractorBench {
    private ExtractorBench() {}

    static double articlesPerSecond(List<String> texts, int repeat, double seconds) {
        Extractor extractor = Extractors.standard();
        List<Article> articles = texts.stream()
                .map(t -> new Article("bench", repeat == 1 ? t : t.repeat(repeat), null, null)).toList();
        run(extractor, articles, seconds / 3); // warm up the JIT
        return run(extractor, articles, seconds);
    }

    private static double run(Extractor extractor, List<Article> articles, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long done = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (Article a : articles) {
                sink += extractor.extract(a).meetings().size();
                done++;
            }
        }
        if (sink == -1) {
            System.out.print("");
        }
        return done / ((System.nanoTime() - start) / 1e9);
    }
}
