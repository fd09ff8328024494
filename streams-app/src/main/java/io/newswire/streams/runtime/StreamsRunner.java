package io.newswire.streams.runtime;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.newswire.extract.Extractor;
import io.newswire.streams.topology.AvroSerdes;
import io.newswire.streams.topology.NewswireTopology;
import io.newswire.streams.topology.PipelineMetrics;
import io.newswire.streams.topology.StoreNames;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the topology: creates missing topics, starts Kafka Streams with an uncaught-exception
 * handler, and closes it cleanly. The state folder is never wiped: stores restore from it
 * and from their changelogs.
 */
public final class StreamsRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamsRunner.class);

    private final KafkaStreams streams;
    private final Topology topology;
    private final Properties props;
    private final TopicNames topics;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final PipelineHealth health;

    private StreamsRunner(KafkaStreams streams, Topology topology, Properties props, TopicNames topics) {
        this.health = new PipelineHealth(PipelineHealth.Settings.from(props), System::currentTimeMillis);
        this.streams = streams;
        this.topology = topology;
        this.props = props;
        this.topics = topics;
    }

    public static StreamsRunner start(Properties props, TopicNames topics, Extractor extractor) {
        return start(props, topics, extractor, PipelineMetrics.NONE);
    }

    /** Starts the topology, reporting to {@code metrics}; see {@code serving.ServingMetrics}. */
    public static StreamsRunner start(Properties settings, TopicNames topics, Extractor extractor, PipelineMetrics metrics) {
        Properties props = GroupMembership.withInstanceId(settings);
        PipelineTopics.ensure(props, topics);
        Topology topology = NewswireTopology.build(topics, extractor, new AvroSerdes(StreamsSettings.serdeConfig(props)), metrics,
                StreamsSettings.minConfidence(props));
        KafkaStreams streams = new KafkaStreams(topology, withoutPipelineSettings(props));
        StreamsRunner runner = new StreamsRunner(streams, topology, props, topics);
        streams.setUncaughtExceptionHandler(error -> {
            // A record the topology could not catch; the thread is replaced and, under
            // exactly-once, resumes from the last committed transaction: nothing lost or doubled.
            log.error("Stream thread failed, replacing it: {}", error.toString(), error);
            runner.health.threadDied();
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> {
            log.info("Streams state {} -> {}", before, now);
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                runner.stopped.countDown();
            }
        });
        streams.start();
        runner.health.startSampling(props, topics);
        return runner;
    }

    /** The newswire.* settings are the pipeline's, not Kafka's: keep them out of the clients' configs. */
    private static Properties withoutPipelineSettings(Properties props) {
        Properties kafka = new Properties();
        props.stringPropertyNames().stream().filter(k -> !k.startsWith("newswire."))
                .forEach(k -> kafka.put(k, props.getProperty(k)));
        return kafka;
    }

    /** Waits until the instance has its tasks and is processing. */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                throw new IllegalStateException("Kafka Streams stopped while starting: " + streams.state());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka Streams not running after " + timeout + " (state " + streams.state() + ")");
            }
            Thread.sleep(50);
        }
    }

    /** Blocks until the instance stops (closed, or failed). */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Readiness and liveness of this instance (thread deaths, progress of the committed offsets). */
    public PipelineHealth health() {
        return health;
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** The topology this instance runs (its description tells which topics feed which store). */
    public Topology topology() {
        return topology;
    }

    public Properties properties() {
        return props;
    }

    public TopicNames topics() {
        return topics;
    }

    /** Read access to one of the {@link StoreNames} stores of this instance. */
    public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }

    @Override
    public void close() {
        streams.close(GroupMembership.closeOptions(props, Duration.ofSeconds(30)));
        health.close();
        stopped.countDown();
    }
}
