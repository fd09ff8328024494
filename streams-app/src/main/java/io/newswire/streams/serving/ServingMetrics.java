package io.newswire.streams.serving;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.streams.runtime.DeadLetterProductionHandler;
import io.newswire.streams.topology.PipelineMetrics;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The pipeline's metrics in a Prometheus registry: the Kafka Streams client metrics
 * ({@code kafka_stream_*}), articles enriched and retracted, dead letters per stage, events
 * emitted, the enrichment latency histogram, and a few JVM gauges. {@code GET /metrics}
 * scrapes it.
 */
public final class ServingMetrics implements PipelineMetrics, AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter enriched;
    private final Counter retracted;
    private final Counter deadDeserialize;
    private final Counter deadEnrich;
    private final Counter deadProduce;
    private final Counter meetingsUpserted;
    private final Counter meetingsRemoved;
    private final Counter topicsUpserted;
    private final Counter topicsRemoved;
    private final Timer enrichment;
    private KafkaStreamsMetrics kafkaStreamsMetrics;

    public ServingMetrics() {
        enriched = Counter.builder("newswire.articles.processed").tag("outcome", "enriched")
                .description("Articles read and enriched").register(registry);
        retracted = Counter.builder("newswire.articles.processed").tag("outcome", "retracted")
                .description("Articles read and enriched").register(registry);
        deadDeserialize = Counter.builder("newswire.dead.letters").tag("stage", "deserialize")
                .description("Records sent to the dead-letter topic").register(registry);
        deadEnrich = Counter.builder("newswire.dead.letters").tag("stage", "enrich")
                .description("Records sent to the dead-letter topic").register(registry);
        deadProduce = Counter.builder("newswire.dead.letters").tag("stage", "produce")
                .description("Records sent to the dead-letter topic").register(registry);
        meetingsUpserted = Counter.builder("newswire.meetings.emitted").tag("change", "upsert")
                .description("Records sent to the meetings topic").register(registry);
        meetingsRemoved = Counter.builder("newswire.meetings.emitted").tag("change", "tombstone")
                .description("Records sent to the meetings topic").register(registry);
        topicsUpserted = Counter.builder("newswire.topics.emitted").tag("change", "upsert")
                .description("Records sent to the topics topic").register(registry);
        topicsRemoved = Counter.builder("newswire.topics.emitted").tag("change", "tombstone")
                .description("Records sent to the topics topic").register(registry);
        enrichment = Timer.builder("newswire.enrichment.latency")
                .description("Time to read and enrich one article")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        // Counted by the production exception handler, which Kafka instantiates: process-wide figures.
        FunctionCounter.builder("newswire.dead.letters.lost", DeadLetterProductionHandler.class, c -> DeadLetterProductionHandler.deadLettersLost())
                .description("Dead letters that could not be written (logged with the input offset and skipped)").register(registry);
        FunctionCounter.builder("newswire.records.refused", DeadLetterProductionHandler.class, c -> DeadLetterProductionHandler.tooLarge())
                .description("Records the producer or broker refused as too large (a reference went to the dead-letter topic)").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Adds the client metrics of {@code streams} (threads, tasks, consumers, producers, stores). */
    public synchronized void bind(KafkaStreams streams) {
        if (kafkaStreamsMetrics != null) {
            kafkaStreamsMetrics.close();
        }
        kafkaStreamsMetrics = new KafkaStreamsMetrics(streams);
        kafkaStreamsMetrics.bindTo(registry);
    }

    /** The Prometheus text exposition of every metric. */
    public String scrape() {
        return registry.scrape();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void articleEnriched(long nanos) {
        enriched.increment();
        enrichment.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void articleRetracted() {
        retracted.increment();
    }

    @Override
    public void deadLetter(String stage) {
        ("deserialize".equals(stage) ? deadDeserialize : "produce".equals(stage) ? deadProduce : deadEnrich).increment();
    }

    @Override
    public void limitApplied(String limit) {
        // A handful of fixed names (Limits), so a bounded number of series.
        Counter.builder("newswire.limits.applied").tag("limit", limit)
                .description("Values cut or left out at one of the documented limits").register(registry).increment();
    }

    @Override
    public void meetingsBelowConfidence(int count) {
        Counter.builder("newswire.meetings.dropped").tag("reason", "below-min-confidence")
                .description("Extracted meetings dropped below newswire.meetings.min.confidence (never published or counted)")
                .register(registry).increment(count);
    }

    @Override
    public void recordSkipped(String reason) {
        Counter.builder("newswire.records.skipped").tag("reason", reason)
                .description("Records not sent (over the size limit) or dead letters that could not be written; each logged with its input offset")
                .register(registry).increment();
    }

    @Override
    public void meetingEmitted(boolean tombstone) {
        (tombstone ? meetingsRemoved : meetingsUpserted).increment();
    }

    @Override
    public void topicEmitted(boolean tombstone) {
        (tombstone ? topicsRemoved : topicsUpserted).increment();
    }

    @Override
    public synchronized void close() {
        if (kafkaStreamsMetrics != null) {
            kafkaStreamsMetrics.close();
        }
        registry.close();
    }
}
