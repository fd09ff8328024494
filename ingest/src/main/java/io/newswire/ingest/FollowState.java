package io.newswire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code ingest --follow} remembers across restarts, in one JSON file of the work folder: the ids it
 * published with a hash of their content, the ids retracted on the topic, each feed's {@code ETag} and
 * {@code Last-Modified}, and how far it has read the topic for retractions.
 *
 * <p>Retractions are learnt from the topic itself (its tombstones, read by {@link TombstoneWatcher}), not
 * from this file: {@code retract} may run on another machine and only the topic is shared. The file is
 * ingest's own memory, which only the machine that runs it needs; a compacted topic would have to be
 * created, secured and kept apart per ingest instance, for no gain.
 *
 * <p>Bounded: at most {@link #MAX_PUBLISHED} published ids and {@link #MAX_RETRACTED} retracted ids (the
 * least recently published or retracted are forgotten: an article forgotten is sent again once, which
 * downstream replaces by the same content), {@link #MAX_FEEDS} feeds; hashes are kept to 128 bits. About
 * 100 bytes per id: 50 MB at most.
 *
 * <p>Thread-safe: the producer's callbacks record acknowledged articles while the reading thread checks.
 */
public final class FollowState {
    public static final int MAX_PUBLISHED = 500_000;
    public static final int MAX_RETRACTED = 100_000;
    public static final int MAX_FEEDS = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to do with an article read. */
    public enum Verdict {
        /** New, or changed since it was last published or retracted. */
        SEND,
        /** Published before with the same content. */
        UNCHANGED,
        /** Retracted, and not changed since. */
        RETRACTED
    }

    /** A feed's validators for the next conditional GET. */
    public record Feed(String etag, String lastModified) {
    }

    private final Path file;
    private final String topic;
    private final String clusterId;
    private final LinkedHashMap<String, String> published = new LinkedHashMap<>();
    /** Retracted id to the hash of the content it had then ("" when this ingest never saw that content). */
    private final LinkedHashMap<String, String> retracted = new LinkedHashMap<>();
    private final LinkedHashMap<String, Feed> feeds = new LinkedHashMap<>();
    private final Map<Integer, Long> offsets = new TreeMap<>();
    private boolean dirty;
    private String note;

    private FollowState(Path file, String topic, String clusterId) {
        this.file = file;
        this.topic = topic;
        this.clusterId = clusterId;
    }

    /**
     * The state in {@code file} for this topic of this cluster; empty when there is no file, or when it is for
     * another topic or cluster, or cannot be read ({@link #note()} says which).
     */
    public static FollowState load(Path file, String topic, String clusterId) {
        FollowState s = new FollowState(file, topic, clusterId);
        if (!Files.exists(file)) {
            s.note = "no state in " + file + " yet: everything read is sent, and the topic is read once for retractions";
            return s;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            s.note = "cannot read the state in " + file + " (" + e.getMessage().lines().findFirst().orElse("") + "); starting afresh";
            return s;
        }
        if (root == null || !topic.equals(root.path("topic").asText()) || (clusterId != null
                && !root.path("clusterId").asText().isEmpty() && !clusterId.equals(root.path("clusterId").asText()))) {
            s.note = "the state in " + file + " is for another topic or cluster; starting afresh";
            return s;
        }
        root.path("offsets").fields().forEachRemaining(e -> s.offsets.put(Integer.parseInt(e.getKey()), e.getValue().asLong()));
        root.path("feeds").fields().forEachRemaining(e -> s.feeds.put(e.getKey(),
                new Feed(text(e.getValue().get("etag")), text(e.getValue().get("lastModified")))));
        root.path("published").fields().forEachRemaining(e -> s.published.put(e.getKey(), e.getValue().asText()));
        root.path("retracted").fields().forEachRemaining(e -> s.retracted.put(e.getKey(), e.getValue().asText()));
        s.note = "state from " + file + ": " + s.published.size() + " published, " + s.retracted.size() + " retracted, "
                + s.feeds.size() + " feed(s)";
        return s;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** One line on what was loaded, for the user. */
    public String note() {
        return note;
    }

    public Path file() {
        return file;
    }

    public synchronized Verdict check(String id, String contentHash) {
        String h = shortHash(contentHash);
        String r = retracted.get(id);
        if (r != null) {
            if (r.isEmpty()) {
                // Retracted before this ingest saw it: what it reads now is what was retracted.
                retracted.put(id, h);
                dirty = true;
                return Verdict.RETRACTED;
            }
            return r.equals(h) ? Verdict.RETRACTED : Verdict.SEND;
        }
        return h.equals(published.get(id)) ? Verdict.UNCHANGED : Verdict.SEND;
    }

    /** Kafka acknowledged this article: remembered as published (and no longer retracted). */
    public synchronized void published(String id, String contentHash) {
        retracted.remove(id);
        published.remove(id); // re-inserted last: the least recently published is forgotten first
        published.put(id, shortHash(contentHash));
        trim(published, MAX_PUBLISHED);
        dirty = true;
    }

    /** A tombstone for {@code id} on the topic. */
    public synchronized void tombstone(String id) {
        String h = published.remove(id);
        String before = retracted.remove(id);
        retracted.put(id, h != null ? h : before != null ? before : "");
        trim(retracted, MAX_RETRACTED);
        dirty = true;
    }

    /** An article for {@code id} on the topic (from any producer): it is not retracted any more. */
    public synchronized void republished(String id) {
        if (retracted.remove(id) != null) {
            dirty = true;
        }
    }

    public synchronized boolean isRetracted(String id) {
        return retracted.containsKey(id);
    }

    /** The next offset to read in partition {@code partition} of the topic for retractions, or null. */
    public synchronized Long offset(int partition) {
        return offsets.get(partition);
    }

    public synchronized void offset(int partition, long next) {
        Long before = offsets.put(partition, next);
        if (before == null || before != next) {
            dirty = true;
        }
    }

    public synchronized Feed feed(String url) {
        return feeds.get(url);
    }

    /** Remembers a feed's validators; call once the items of that response are acknowledged. */
    public synchronized void feed(String url, String etag, String lastModified) {
        Feed f = new Feed(etag, lastModified);
        if (!f.equals(feeds.get(url))) {
            feeds.remove(url);
            feeds.put(url, f);
            trim(feeds, MAX_FEEDS);
            dirty = true;
        }
    }

    /** Writes the file if anything changed since the last write; atomically (a crash leaves the old or the new file). */
    public void saveIfDirty() throws IOException {
        String json;
        synchronized (this) {
            if (!dirty) {
                return;
            }
            json = toJson();
            dirty = false;
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, json);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("topic", topic);
        root.put("clusterId", clusterId);
        ObjectNode o = root.putObject("offsets");
        offsets.forEach((p, n) -> o.put(String.valueOf(p), n));
        ObjectNode f = root.putObject("feeds");
        feeds.forEach((url, v) -> f.putObject(url).put("etag", v.etag()).put("lastModified", v.lastModified()));
        ObjectNode p = root.putObject("published");
        published.forEach(p::put);
        ObjectNode r = root.putObject("retracted");
        retracted.forEach(r::put);
        return root.toString();
    }

    private static String shortHash(String hash) {
        return hash.length() > 32 ? hash.substring(0, 32) : hash;
    }

    private static <V> void trim(LinkedHashMap<String, V> map, int max) {
        Iterator<String> it = map.keySet().iterator();
        while (map.size() > max && it.hasNext()) {
            it.next();
            it.remove();
        }
    }
}
