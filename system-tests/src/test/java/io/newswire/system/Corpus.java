package io.newswire.system;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.newswire.ingest.ArticleGenerator;
import io.newswire.ingest.ArticleReader;
import io.newswire.ingest.GenerateCommand;
import io.newswire.schema.RawArticle;

/**
 * A deterministic backfill: generated wire articles (the {@code generate} command's generator, read the
 * way {@code ingest} reads JSON lines), plus the traffic that makes exactness hard: the same article from
 * a second wire (same meetings, another article id), a third wire a day later (its undated meetings have
 * other report ids, for identity resolution to merge), corrections (same id, new text, later), retractions
 * (tombstones) and undecodable records (for the dead-letter topic).
 *
 * <p>{@link #sends()} is the publishing order; {@link #finalArticles()} what is still published at the end,
 * the input of the truth.
 */
public final class Corpus {
    /** One record to publish: an article, a tombstone (both null) or raw garbage bytes. */
    public record Send(String key, RawArticle article, byte[] garbage) {
        boolean isGarbage() {
            return garbage != null;
        }
    }

    private final List<Send> sends = new ArrayList<>();
    private final Map<String, RawArticle> finalArticles = new LinkedHashMap<>();
    private int garbage;
    private int corrections;
    private int retractions;
    private int copies;

    private Corpus() {}

    /**
     * @param count generated articles (corrections take their new text from articles {@code count..})
     * @param seed  generator seed
     */
    public static Corpus generate(int count, long seed) {
        Corpus c = new Corpus();
        ArticleGenerator generator = new ArticleGenerator(seed);
        ArticleReader first = reader(Instant.parse("2025-01-01T00:00:00Z"));
        ArticleReader later = reader(Instant.parse("2025-01-02T00:00:00Z"));
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            RawArticle a = first.fromJsonLine("generated", GenerateCommand.jsonLine(generator.article(i)));
            c.add(new Send(a.getId(), a, null));
            if (i % 10 == 3) { // another wire reports the same meetings under its own id
                RawArticle copy = RawArticle.newBuilder(a).setId(a.getId() + "#wire2").setProvider("wire2").build();
                c.add(new Send(copy.getId(), copy, null));
                c.copies++;
            }
            if (i % 10 == 6 && a.getPublished() != null) {
                // A third wire publishes the same story a day later: its undated meetings get other report ids
                // (placed on its own publication day), which identity resolution merges with this article's.
                RawArticle nextDay = RawArticle.newBuilder(a).setId(a.getId() + "#nextday").setProvider("wire3")
                        .setPublished(a.getPublished().plusDays(1)).build();
                c.add(new Send(nextDay.getId(), nextDay, null));
                c.copies++;
            }
            if (i % 17 == 5) { // a correction: same id, a new text, received later
                RawArticle other = later.fromJsonLine("generated", GenerateCommand.jsonLine(generator.article(count + i)));
                RawArticle corrected = RawArticle.newBuilder(other).setId(a.getId()).setUri(a.getUri()).build();
                c.add(new Send(a.getId(), corrected, null));
                c.corrections++;
            }
            if (i % 23 == 7) { // a retraction
                c.add(new Send(a.getId(), null, null));
                c.retractions++;
            }
            if (i % 250 == 100) { // a record nobody can decode
                byte[] junk = new byte[1 + random.nextInt(200)];
                random.nextBytes(junk);
                junk[0] = (byte) (i % 2 == 0 ? 0x00 : 0x7B); // wire-format magic with a bogus schema id, or not even that
                c.add(new Send("garbage-" + i, null, junk));
                c.garbage++;
            }
        }
        return c;
    }

    private static ArticleReader reader(Instant received) {
        return new ArticleReader(ArticleReader.Options.defaults().withClock(Clock.fixed(received, ZoneOffset.UTC)));
    }

    private void add(Send s) {
        sends.add(s);
        if (s.isGarbage()) {
            return;
        }
        if (s.article() == null) {
            finalArticles.remove(s.key());
        } else {
            finalArticles.put(s.key(), s.article());
        }
    }

    public List<Send> sends() {
        return sends;
    }

    /** The first {@code n} sends followed by the rest: for publishing in two phases. */
    public List<Send> sends(int from, int to) {
        return sends.subList(Math.min(from, sends.size()), Math.min(to, sends.size()));
    }

    public Map<String, RawArticle> finalArticles() {
        return finalArticles;
    }

    public int garbageRecords() {
        return garbage;
    }

    public String describe() {
        return sends.size() + " records (" + finalArticles.size() + " articles at the end; " + copies + " second-wire copies, "
                + corrections + " corrections, " + retractions + " retractions, " + garbage + " undecodable)";
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
