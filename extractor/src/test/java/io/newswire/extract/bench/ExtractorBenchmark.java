package io.newswire.extract.bench;

import io.newswire.extract.Article;
import io.newswire.extract.Enrichment;
import io.newswire.extract.Extractor;
import io.newswire.extract.Extractors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the standard extractor on the seed article, one thread. Run with:
 * <pre>
 * mvn -q -B -pl extractor test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/x-cp.txt -Dmdep.includeScope=test
 * java -cp extractor/target/test-classes:extractor/target/classes:$(cat /tmp/x-cp.txt) org.openjdk.jmh.Main ExtractorBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(1)
@Threads(1)
public class ExtractorBenchmark {
    Extractor extractor;
    Article seed;

    @Setup
    public void setup() throws IOException {
        extractor = Extractors.standard();
        try (InputStream in = ExtractorBenchmark.class.getResourceAsStream("/seed/000_bbb0b054668ebffa.txt")) {
            seed = new Article("000", new String(in.readAllBytes(), StandardCharsets.UTF_8), null, null);
        }
    }

    @Benchmark
    public Enrichment seedArticle() {
        return extractor.extract(seed);
    }
}
