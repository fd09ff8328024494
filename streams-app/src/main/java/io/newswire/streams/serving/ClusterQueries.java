package io.newswire.streams.serving;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import io.newswire.schema.DailyCounts;
import io.newswire.schema.MeetingEvent;
import io.newswire.streams.query.EventJson;
import io.newswire.streams.query.StoreQueries;
import io.newswire.streams.runtime.StreamsRunner;
import io.newswire.streams.topology.StoreNames;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interactive queries over every instance of the application. A key lookup goes to the
 * instance that hosts the key's partition ({@link KafkaStreams#queryMetadataForKey}); a
 * range or scan asks each instance for the partitions it hosts
 * ({@link KafkaStreams#streamsMetadataForStore}) and merges. A partition that no instance
 * could answer for is named in the answer, never silently left out.
 */
final class ClusterQueries implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ClusterQueries.class);

    /** The whole answer of a range query or scan: rows, matches before the limit, partitions missing. */
    record Gathered<T>(List<T> rows, long total, SortedSet<Integer> unavailable, int partitions) {
        boolean complete() {
            return unavailable.isEmpty();
        }
    }

    private final KafkaStreams streams;
    private final HostInfo self;
    private final StorePartitions partitions;
    private final PeerClient peers;
    private final ExecutorService peerThreads = Executors.newFixedThreadPool(4, runnable -> {
        Thread t = new Thread(runnable, "newswire-peer-query");
        t.setDaemon(true);
        return t;
    });

    ClusterQueries(StreamsRunner runner, HostInfo self, PeerClient peers) {
        this.streams = runner.streams();
        this.self = self;
        this.peers = peers;
        this.partitions = new StorePartitions(runner.topology(),
                runner.properties().getProperty("application.id"), runner.properties());
    }

    HostInfo self() {
        return self;
    }

    // ---- coordinator side: the whole answer -------------------------------------------------

    /** Every (day, bucket, count) of a daily aggregate store in the day range, over all instances. */
    Gathered<StoreQueries.DayCount> counts(String store, LocalDate from, LocalDate to) {
        Map<String, String> params = new TreeMap<>();
        if (from != null) {
            params.put("from", from.toString());
        }
        if (to != null) {
            params.put("to", to.toString());
        }
        Gathered<StoreQueries.DayCount> raw = gather(store, owned -> localCounts(store, from, to, owned),
                (host, owned) -> peers.counts(host, store, params, owned));
        // A day lives in one partition; summing also keeps an answer right if a day was read twice mid-rebalance.
        Map<String, Map<String, Long>> merged = new TreeMap<>();
        for (StoreQueries.DayCount c : raw.rows()) {
            merged.computeIfAbsent(c.day(), d -> new TreeMap<>()).merge(c.bucket(), c.count(), Long::sum);
        }
        List<StoreQueries.DayCount> rows = new ArrayList<>();
        merged.forEach((day, buckets) -> buckets.forEach((bucket, n) -> rows.add(new StoreQueries.DayCount(day, bucket, n))));
        return new Gathered<>(rows, rows.size(), raw.unavailable(), raw.partitions());
    }

    /** Meetings matching {@code filter}, latest day first, at most {@code limit}, over all instances. */
    Gathered<Map<String, Object>> meetings(MeetingFilter filter, int limit) {
        Map<String, String> params = new TreeMap<>(filter.asParams());
        params.put("limit", Integer.toString(limit));
        Gathered<Map<String, Object>> raw = gather(StoreNames.MEETINGS, owned -> localMeetings(filter, limit, owned),
                (host, owned) -> peers.meetings(host, params, owned));
        List<Map<String, Object>> rows = new ArrayList<>(raw.rows());
        rows.sort(MeetingFilter.LATEST_FIRST);
        return new Gathered<>(rows.size() > limit ? new ArrayList<>(rows.subList(0, limit)) : rows, raw.total(),
                raw.unavailable(), raw.partitions());
    }

    /** The meeting, from whichever instance hosts it; empty if no article reports it. */
    Optional<Map<String, Object>> meeting(String id) {
        KeyQueryMetadata where = streams.queryMetadataForKey(StoreNames.MEETINGS, id, Serdes.String().serializer());
        if (where == null || KeyQueryMetadata.NOT_AVAILABLE.equals(where) || where.activeHost() == null
                || where.activeHost().port() < 0) {
            throw ApiException.unavailable("no instance hosts the partition of meeting " + id
                    + " right now (state " + streams.state() + "); retry shortly");
        }
        if (where.activeHost().equals(self)) {
            return localMeeting(id, where.partition());
        }
        try {
            return peers.meeting(where.activeHost(), id, where.partition());
        } catch (IOException e) {
            log.debug("Forwarding meeting {} to {} failed: {}", id, where.activeHost(), e.toString());
            throw ApiException.unavailable("partition " + where.partition() + " of the meetings is on instance "
                    + where.activeHost() + ", which did not answer; retry shortly");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted");
        }
    }

    @FunctionalInterface
    interface Remote<T> {
        Partial<T> ask(HostInfo host, Set<Integer> partitions) throws IOException, InterruptedException;
    }

    private <T> Gathered<T> gather(String store, Function<Set<Integer>, Partial<T>> local, Remote<T> remote) {
        int count = partitions.count(store);
        Set<String> topics = partitions.sourceTopics(store);
        SortedSet<Integer> unanswered = new TreeSet<>();
        for (int p = 0; p < count; p++) {
            unanswered.add(p);
        }
        // Ask the other instances in parallel, each for the partitions it hosts; read ours meanwhile.
        Map<HostInfo, Set<Integer>> owners = new java.util.LinkedHashMap<>();
        for (StreamsMetadata host : streams.streamsMetadataForStore(store)) {
            Set<Integer> owned = new TreeSet<>();
            host.topicPartitions().stream().filter(tp -> topics.contains(tp.topic()))
                    .forEach(tp -> owned.add(tp.partition()));
            owned.retainAll(unanswered); // each partition from one instance only
            if (!owned.isEmpty()) {
                owners.put(host.hostInfo(), owned);
                unanswered.removeAll(owned);
            }
        }
        Map<HostInfo, CompletableFuture<Partial<T>>> asked = new java.util.LinkedHashMap<>();
        owners.forEach((host, owned) -> {
            if (!host.equals(self)) {
                asked.put(host, CompletableFuture.supplyAsync(() -> {
                    try {
                        return remote.ask(host, owned);
                    } catch (IOException e) {
                        log.debug("Instance {} did not answer for {}: {}", host, store, e.toString());
                        return Partial.failed(owned);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return Partial.failed(owned);
                    }
                }, peerThreads));
            }
        });
        List<Partial<T>> parts = new ArrayList<>();
        if (owners.containsKey(self)) {
            parts.add(local.apply(owners.get(self)));
        }
        asked.forEach((host, answer) -> parts.add(answer.join()));

        SortedSet<Integer> failed = new TreeSet<>(unanswered);
        List<T> rows = new ArrayList<>();
        long total = 0;
        for (Partial<T> part : parts) {
            failed.addAll(part.unavailable());
            rows.addAll(part.rows());
            total += part.total();
        }
        return new Gathered<>(rows, total, failed, count);
    }

    // ---- local side: what this instance hosts -----------------------------------------------

    Partial<StoreQueries.DayCount> localCounts(String store, LocalDate from, LocalDate to, Set<Integer> owned) {
        List<StoreQueries.DayCount> rows = new ArrayList<>();
        SortedSet<Integer> unavailable = new TreeSet<>();
        for (int p : owned) {
            try {
                rows.addAll(StoreQueries.range(this.<DailyCounts>local(store, p), from, to));
            } catch (InvalidStateStoreException e) {
                unavailable.add(p);
            }
        }
        return new Partial<>(rows, rows.size(), unavailable);
    }

    Partial<Map<String, Object>> localMeetings(MeetingFilter filter, int limit, Set<Integer> owned) {
        List<Map<String, Object>> rows = new ArrayList<>();
        SortedSet<Integer> unavailable = new TreeSet<>();
        long total = 0;
        for (int p : owned) {
            List<Map<String, Object>> found = new ArrayList<>();
            try (KeyValueIterator<String, MeetingEvent> it = this.<MeetingEvent>local(StoreNames.MEETINGS, p).all()) {
                while (it.hasNext()) {
                    MeetingEvent m = it.next().value;
                    if (m != null && filter.test(m)) {
                        found.add(EventJson.meeting(m));
                    }
                }
            } catch (InvalidStateStoreException e) {
                unavailable.add(p);
                continue;
            }
            total += found.size();
            rows.addAll(found);
        }
        rows.sort(MeetingFilter.LATEST_FIRST);
        return new Partial<>(rows.size() > limit ? new ArrayList<>(rows.subList(0, limit)) : rows, total, unavailable);
    }

    Optional<Map<String, Object>> localMeeting(String id, int partition) {
        try {
            MeetingEvent m = this.<MeetingEvent>local(StoreNames.MEETINGS, partition).get(id);
            return Optional.ofNullable(m).map(EventJson::meeting);
        } catch (InvalidStateStoreException e) {
            throw ApiException.unavailable("partition " + partition + " of the meetings is not available on this instance"
                    + " (state " + streams.state() + "); retry shortly");
        }
    }

    private <V> ReadOnlyKeyValueStore<String, V> local(String store, int partition) {
        return streams.store(StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.<String, V>keyValueStore())
                .withPartition(partition));
    }

    @Override
    public void close() {
        peerThreads.shutdownNow();
        partitions.close();
    }
}
