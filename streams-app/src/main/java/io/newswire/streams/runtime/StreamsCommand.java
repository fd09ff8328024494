package io.newswire.streams.runtime;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

import io.newswire.clients.ClusterOptions;
import io.newswire.extract.Extractor;
import io.newswire.extract.Extractors;
import io.newswire.streams.serving.ServingMetrics;
import io.newswire.streams.serving.ServingServer;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `newswire streams`: runs the topology against an existing cluster until SIGTERM / Ctrl-C. */
@Command(name = "streams", mixinStandardHelpOptions = true,
        description = "Run the enrichment topology against an existing Kafka cluster and serve its stores over HTTP.")
public final class StreamsCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--state-dir", defaultValue = "work/streams-state", description = "Folder of the state stores, kept across starts (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--application-id", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID, description = "Kafka Streams application.id (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of the topics created when missing (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--threads", defaultValue = "1", description = "Stream threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--standby-replicas", defaultValue = "0", description = "num.standby.replicas (default: ${DEFAULT-VALUE}).")
    int standbys;

    @Option(names = "--http-host", defaultValue = "127.0.0.1", description = "Address of the HTTP API (default: ${DEFAULT-VALUE}).")
    String httpHost;

    @Option(names = "--http-port", defaultValue = "8080", description = "Port of the HTTP API, 0 for a free one, -1 for none (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--advertised-host", description = "Host name other instances reach this one's HTTP API at, for application.server (default: --http-host, or this machine's name when that is 0.0.0.0).")
    String advertisedHost;

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides;
        try {
            overrides = overrides();
        } catch (IllegalArgumentException e) { // --config or -X: a usage error, explained
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        String bootstrapServers = cluster.bootstrapServers();
        TopicNames topics = TopicNames.from(overrides);
        Extractor extractor;
        try {
            extractor = Extractors.named(overrides.getOrDefault(StreamsSettings.EXTRACTOR, "rules"),
                    message -> System.err.println("newswire streams: " + message));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), StreamsSettings.EXTRACTOR + ": " + e.getMessage());
        }
        try (ServingMetrics metrics = new ServingMetrics();
             ServingServer api = httpPort < 0 ? null : ServingServer.start(httpHost, httpPort, metrics)) {
            if (api != null) {
                // Other instances forward queries here: application.server is this server's address.
                overrides.putIfAbsent(StreamsConfig.APPLICATION_SERVER_CONFIG, advertisedHost() + ":" + api.port());
            }
            Properties props = StreamsSettings.of(bootstrapServers, cluster.schemaRegistry(), stateDir, topics, overrides);
            try (StreamsRunner runner = StreamsRunner.start(props, topics, extractor, metrics)) {
                metrics.bind(runner.streams());
                if (api != null) {
                    api.attach(runner);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(runner::close, "newswire-shutdown"));
                System.err.printf("newswire streams: application %s on %s%s; Ctrl-C to stop%n", props.get(StreamsConfig.APPLICATION_ID_CONFIG),
                        bootstrapServers, api == null ? "" : ", HTTP on http://" + httpHost + ":" + api.port()
                                + " (application.server " + props.get(StreamsConfig.APPLICATION_SERVER_CONFIG) + ")");
                runner.awaitStopped();
                return runner.streams().state() == org.apache.kafka.streams.KafkaStreams.State.ERROR ? 1 : 0;
            }
        }
    }

    private String advertisedHost() throws java.net.UnknownHostException {
        if (advertisedHost != null) {
            return advertisedHost;
        }
        return httpHost.equals("0.0.0.0") || httpHost.equals("::") ? java.net.InetAddress.getLocalHost().getHostName() : httpHost;
    }

    private Map<String, String> overrides() {
        Map<String, String> out = new HashMap<>();
        out.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        out.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(threads));
        out.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, Integer.toString(standbys));
        out.put(StreamsSettings.PARTITIONS, Integer.toString(partitions));
        out.putAll(cluster.overrides());
        return out;
    }
}
