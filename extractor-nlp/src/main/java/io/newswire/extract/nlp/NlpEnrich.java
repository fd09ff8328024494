package io.newswire.extract.nlp;

import io.newswire.extract.Article;
import io.newswire.extract.EnrichFiles;
import io.newswire.extract.Enrichment;
import io.newswire.extract.Extractor;
import io.newswire.extract.Extractors;
import io.newswire.extract.NameTagger;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code enrich} with the nlp profile, and its costs: one JSON line per file on stdout (as {@code newswire enrich});
 * on stderr the model load time, the articles per second of a second pass (one thread, wall clock and thread
 * CPU time) and the heap in use. {@code --rules} runs the standard extractor instead (the same measurement).
 *
 * <pre>java -Xmx4g -cp ... io.newswire.extract.nlp.NlpEnrich [--rules] [--passes N] FILE... &gt; out.jsonl</pre>
 */
public final class NlpEnrich {
    private NlpEnrich() {}

    public static void main(String[] args) throws IOException {
        boolean rules = false;
        int passes = 2;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rules")) rules = true;
            else if (args[i].equals("--passes")) passes = Integer.parseInt(args[++i]);
            else files.add(Path.of(args[i]));
        }
        List<Article> articles = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
            articles.add(new Article(id, Files.readString(f, StandardCharsets.UTF_8), null, f.toString()));
        }
        long t0 = System.nanoTime();
        Extractor x;
        if (rules) {
            x = Extractors.standard();
            x.extract(new Article("warm", "", null, null));
        } else {
            NameTagger tagger = new Nlp4jNameTagger();
            x = Extractors.withNameTagger(tagger);
        }
        double load = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "profile %s: loaded in %.1f s%n", rules ? "rules" : "nlp", load);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Enrichment> out = null;
        for (int pass = 1; pass <= passes; pass++) {
            long w0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            List<Enrichment> results = new ArrayList<>();
            for (Article a : articles) results.add(x.extract(a));
            double wall = (System.nanoTime() - w0) / 1e9, cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            System.err.printf(Locale.ROOT, "pass %d: %d articles, %.1f articles/s wall, %.1f articles per CPU-second%n",
                    pass, articles.size(), articles.size() / wall, articles.size() / cpu);
            if (out == null) {
                out = results;
            } else {
                int differ = 0;
                for (int i = 0; i < results.size(); i++) if (!results.get(i).equals(out.get(i))) differ++;
                if (differ > 0) System.err.printf(Locale.ROOT, "pass %d: %d articles differ from pass 1%n", pass, differ);
            }
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.err.printf(Locale.ROOT, "heap in use after GC: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            System.out.println(EnrichFiles.toJson(a.source(), a.id(), out.get(i)));
        }
    }
}
