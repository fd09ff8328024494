package io.newswire.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newswire.embedded.LocalCluster;

/**
 * `newswire ingest` against Kafka's own ProducerPerformance, same broker, same record count,
 * same payloads (the generated article texts), same producer settings, each in its own JVM.
 * Ingest reads the articles from one JSON-lines file (as ProducerPerformance reads its one
 * payload file), then from a folder of one file per article.
 */
final class IngestBench {
    record Result(int records, double jsonLinesPerSecond, double filesPerSecond, double producerPerfPerSecond, double averageBytes) {}

    private static final Pattern INGEST_RATE = Pattern.compile("\\(([0-9.]+) articles/s\\)");
    private static final Pattern PERF_RATE = Pattern.compile("records sent, ([0-9.]+) records/sec");

    private IngestBench() {}

    static Result run(LocalCluster cluster, Corpus corpus, int count, Path work) throws IOException, InterruptedException {
        Path folder = Files.createDirectories(work.resolve("ingest-input"));
        Path jsonLines = work.resolve("articles.jsonl");
        List<String> payloads = new ArrayList<>(count);
        List<String> lines = new ArrayList<>(count);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            String text = corpus.text(i);
            Files.writeString(folder.resolve(String.format("gen-%07d.txt", i)), text, StandardCharsets.UTF_8);
            lines.add(corpus.jsonLine(i));
            payloads.add(text.replace('\n', ' ')); // ProducerPerformance splits its payload file on newlines
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        Files.write(jsonLines, lines, StandardCharsets.UTF_8);
        Path payloadFile = work.resolve("payloads.txt");
        Files.write(payloadFile, payloads, StandardCharsets.UTF_8);
        cluster.kafka().createTopic("bench.ingest", 3, java.util.Map.of());
        cluster.kafka().createTopic("bench.ingest-files", 3, java.util.Map.of());
        cluster.kafka().createTopic("bench.producer-performance", 3, java.util.Map.of());

        double perfRate = producerPerformance(cluster, count, payloadFile, work);
        double jsonLinesRate = ingest(cluster, "bench.ingest", jsonLines, work.resolve("ingest-jsonl.log"));
        double filesRate = ingest(cluster, "bench.ingest-files", folder, work.resolve("ingest-files.log"));
        return new Result(count, jsonLinesRate, filesRate, perfRate, bytes / (double) count);
    }

    private static double ingest(LocalCluster cluster, String topic, Path input, Path log) throws IOException, InterruptedException {
        Child ingest = Child.start(List.of("-Xmx512m"), "io.newswire.cli.Newswire", List.of("ingest", "--quiet",
                "--bootstrap-server", cluster.bootstrapServers(), "--schema-registry", cluster.registryUrl(),
                "--topic", topic, input.toString()), log);
        ingest.waitFor();
        return find(INGEST_RATE, ingest.output(), "ingest summary");
    }

    private static double producerPerformance(LocalCluster cluster, int count, Path payloadFile, Path work) throws IOException, InterruptedException {
        Child perf = Child.start(List.of("-Xmx512m"), "org.apache.kafka.tools.ProducerPerformance", List.of(
                "--topic", "bench.producer-performance", "--num-records", Integer.toString(count),
                "--payload-file", payloadFile.toString(), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + cluster.bootstrapServers(), "acks=all", "enable.idempotence=true",
                "compression.type=zstd", "linger.ms=20", "batch.size=262144"), work.resolve("producer-performance.log"));
        perf.waitFor();
        return find(PERF_RATE, perf.output(), "ProducerPerformance summary");
    }

    private static double find(Pattern pattern, String output, String what) {
        Matcher m = pattern.matcher(output);
        double last = Double.NaN;
        while (m.find()) {
            last = Double.parseDouble(m.group(1));
        }
        if (Double.isNaN(last)) {
            throw new IllegalStateException("no " + what + " in output:\n" + output);
        }
        return last;
    }
}
