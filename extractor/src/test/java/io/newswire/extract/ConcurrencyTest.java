package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The shared extractor gives the same answers from many threads at once. */
class ConcurrencyTest {
    @Test
    void sameResultsFromManyThreads() throws Exception {
        List<Article> articles = new ArrayList<>();
        articles.add(new Article("seed", SeedTest.seed(), null, null));
        articles.add(new Article("a", " date 2030-06-13 Foreign Minister Ana Ruiz of Spain will travel to Rabat next week to "
                + "meet her Moroccan counterpart Karim Bennani.", null, null));
        articles.add(new Article("b", " date 2030-05-10 On Wednesday, Foreign Minister Oleg Arkhipov of Russia held meetings "
                + "with his counterparts from Peru, Ghana and Nepal.", null, null));
        List<Enrichment> expected = new ArrayList<>();
        for (Article a : articles) expected.add(Extractors.standard().extract(a));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Enrichment>> fs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Article a = articles.get(i % articles.size());
                fs.add(pool.submit(() -> Extractors.standard().extract(a)));
            }
            for (int i = 0; i < fs.size(); i++) assertEquals(expected.get(i % articles.size()), fs.get(i).get());
        } finally {
            pool.shutdownNow();
        }
    }

    static String seed() throws IOException {
        return SeedTest.seed();
    }
}
