package io.newswire.extract.bench;

import io.newswire.extract.Article;
import io.newswire.extract.Extractor;
import io.newswire.extract.Extractors;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;

/**
 * A quick single-thread throughput check that also reports thread CPU time, useful on a shared,
 * loaded machine where JMH's wall-clock figure mostly measures the other processes:
 * {@code java -cp extractor/target/test-classes:extractor/target/classes:$(cat /tmp/x-cp.txt) io.newswire.extract.bench.Throughput}
 */
public final class Throughput {
    private Throughput() {}

    public static void main(String[] args) throws Exception {
        String text;
        try (InputStream in = Throughput.class.getResourceAsStream("/seed/000_bbb0b054668ebffa.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Extractor x = Extractors.standard();
        Article a = new Article("000", text, null, null);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        for (int r = 0; r < rounds; r++) {
            int n = 5000;
            long c0 = mx.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            for (int i = 0; i < n; i++) x.extract(a);
            long wall = System.nanoTime() - t0, cpu = mx.getCurrentThreadCpuTime() - c0;
            System.out.printf("round %2d: %8.0f articles/s wall, %8.0f articles/s per CPU-second%n", r,
                    n * 1e9 / wall, n * 1e9 / cpu);
        }
    }
}
