package io.newswire.streams.serving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.embedded.LocalCluster;
import io.newswire.extract.Article;
import io.newswire.extract.Enrichment;
import io.newswire.registry.KafkaAvroSerializer;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.Participant;
import io.newswire.schema.RawArticle;
import io.newswire.streams.topology.MeetingIdentity;
import io.newswire.streams.topology.ScriptedExtractor;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A scripted news wire for the serving tests: articles that report meetings from a pool of
 * distinct real-world meetings (several wires report some of them; some articles are
 * corrected or retracted) and discuss countries, and the answers every endpoint must give,
 * computed with plain maps from what the {@link ScriptedExtractor} reads in them.
 */
final class Wire {
    static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CITIES = {
            "New York,US,Americas,Northern America", "Moscow,RU,Europe,Eastern Europe",
            "Beijing,CN,Asia,Eastern Asia", "Addis Ababa,ET,Africa,Sub-Saharan Africa", "-"};
    // An Australian and an African Union official: the same code AU, a country and a body.
    private static final String[] PEOPLE = {"Ann Abbot,US", "Boris Borin,RU", "Chen Wei,CN", "Dawit Alemu,ET",
            "Eva Ek,SE", "Femi Ade,NG", "Gil Gal,IL", "Hana Kim,KR", "Ian Innes,AU", "Joy Jaja,body:AU", "Kofi Kuma,body:UN"};
    // Each country topic comes with a theme, so the theme counts need no random draws of their own.
    private static final String[] TOPICS = {"TOPIC AF Afghanistan Asia,Southern Asia\nTHEME counterterrorism",
            "TOPIC ML Mali Africa,Sub-Saharan Africa\nTHEME peacekeeping", "TOPIC UA Ukraine Europe,Eastern Europe\nTHEME ukraine conflict"};

    /** What is sent, in order (a null text is a retraction). */
    final List<Map.Entry<String, String>> sends = new ArrayList<>();
    /** Article id to the text still published at the end. */
    final Map<String, String> published = new LinkedHashMap<>();

    static Wire generate(long seed, int articles) {
        Random random = new Random(seed);
        List<String> pool = pool(random, Math.max(10, articles / 2));
        Wire wire = new Wire();
        for (int i = 0; i < articles; i++) {
            String id = "article-" + i;
            wire.send(id, article(random, pool));
            if (i % 7 == 3) {
                wire.send(id + "-copy", wire.published.get(id)); // another wire, same story
            }
            if (i % 11 == 5) {
                wire.send(id, article(random, pool)); // a correction
            }
            if (i % 13 == 7) {
                wire.send(id, null); // a retraction
            }
        }
        return wire;
    }

    private void send(String id, String text) {
        sends.add(new java.util.AbstractMap.SimpleEntry<>(id, text));
        if (text == null) {
            published.remove(id);
        } else {
            published.put(id, text);
        }
    }

    void publishTo(LocalCluster cluster) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", "schema.registry.url", cluster.registryUrl());
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(config, false);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(config, new StringSerializer(), serializer)) {
            for (Map.Entry<String, String> send : sends) {
                RawArticle value = send.getValue() == null ? null : RawArticle.newBuilder().setId(send.getKey())
                        .setPublished(PUBLISHED).setReceivedAt(Instant.parse("2024-05-02T10:00:00Z")).setBody(send.getValue()).build();
                producer.send(new ProducerRecord<>(TopicNames.DEFAULTS.rawArticles(), send.getKey(), value));
            }
            producer.flush();
        }
    }

    // ---- the truth ---------------------------------------------------------------------------

    /** Meeting id to what the meeting is, from the last article version that reports it. */
    Map<String, Enrichment.Meeting> meetings() {
        Map<String, Enrichment.Meeting> out = new TreeMap<>();
        forEachMeeting((article, id, m) -> out.put(id, m));
        return out;
    }

    /** Meeting id to the sorted ids of the articles reporting it. */
    Map<String, List<String>> reports() {
        Map<String, List<String>> out = new TreeMap<>();
        forEachMeeting((article, id, m) -> {
            List<String> ids = out.computeIfAbsent(id, k -> new ArrayList<>());
            if (!ids.contains(article)) {
                ids.add(article);
            }
        });
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    /** day to bucket to count, for one of the five aggregate stores. */
    Map<String, Map<String, Long>> counts(String what) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        if (what.startsWith("meetings")) {
            for (Enrichment.Meeting m : meetings().values()) {
                if (m.status() != Enrichment.Status.HELD) {
                    continue;
                }
                String day = (m.date() != null ? m.date() : PUBLISHED).toString();
                if (what.equals("meetings-per-region")) {
                    String bucket = m.kind() != Enrichment.Kind.IN_PERSON ? "REMOTE"
                            : m.location() == null ? "UNKNOWN" : m.location().region() + "/" + m.location().subregion();
                    out.computeIfAbsent(day, d -> new TreeMap<>()).merge(bucket, 1L, Long::sum);
                } else if (what.equals("meetings-per-venue-country")) {
                    if (m.kind() == Enrichment.Kind.IN_PERSON && m.location() != null && m.location().country() != null) {
                        out.computeIfAbsent(day, d -> new TreeMap<>()).merge(m.location().country(), 1L, Long::sum);
                    }
                } else {
                    boolean bodies = what.equals("meetings-per-body");
                    m.participants().stream().map(p -> bodies ? p.body() : p.country()).filter(c -> c != null).distinct()
                            .forEach(c -> out.computeIfAbsent(day, d -> new TreeMap<>()).merge(c, 1L, Long::sum));
                }
            }
            return out;
        }
        for (Map.Entry<String, String> a : published.entrySet()) {
            Enrichment e = new ScriptedExtractor().extract(new Article(a.getKey(), a.getValue(), PUBLISHED, null));
            if (what.equals("themes-per-day")) {
                e.topics().themes().stream().distinct()
                        .forEach(t -> out.computeIfAbsent(PUBLISHED.toString(), d -> new TreeMap<>()).merge(t, 1L, Long::sum));
                continue;
            }
            Map<String, Enrichment.Country> distinct = new LinkedHashMap<>();
            e.topics().countries().forEach(c -> distinct.putIfAbsent(c.code(), c));
            for (Enrichment.Country c : distinct.values()) {
                String bucket = what.equals("topics-per-region") ? c.region() + "/" + c.subregion() : c.code();
                out.computeIfAbsent(PUBLISHED.toString(), d -> new TreeMap<>()).merge(bucket, 1L, Long::sum);
            }
        }
        return out;
    }

    /** The rows an aggregate endpoint must answer, as JSON, days and buckets in order. */
    JsonNode rows(String what, LocalDate from, LocalDate to) {
        boolean region = what.endsWith("per-region");
        String bucketName = what.startsWith("themes") ? "theme" : what.endsWith("per-body") ? "body" : "country";
        String count = what.startsWith("meetings") ? "meetings" : "mentions";
        List<Map<String, Object>> rows = new ArrayList<>();
        counts(what).forEach((day, buckets) -> {
            LocalDate d = LocalDate.parse(day);
            if (from != null && d.isBefore(from) || to != null && d.isAfter(to)) {
                return;
            }
            buckets.forEach((bucket, n) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                if (region) {
                    int slash = bucket.indexOf('/');
                    row.put("region", slash < 0 ? bucket : bucket.substring(0, slash));
                    row.put("subregion", slash < 0 ? null : bucket.substring(slash + 1));
                } else {
                    row.put(bucketName, bucket);
                }
                row.put("day", day);
                row.put(count, n);
                rows.add(row);
            });
        });
        try {
            return JSON.readTree(JSON.writeValueAsString(rows));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface MeetingVisitor {
        void visit(String articleId, String meetingId, Enrichment.Meeting meeting);
    }

    private void forEachMeeting(MeetingVisitor visitor) {
        for (Map.Entry<String, String> a : published.entrySet()) {
            Enrichment e = new ScriptedExtractor().extract(new Article(a.getKey(), a.getValue(), PUBLISHED, null));
            for (Enrichment.Meeting m : e.meetings()) {
                visitor.visit(a.getKey(), idOf(m), m);
            }
        }
    }

    static String idOf(Enrichment.Meeting m) {
        List<Participant> ps = new ArrayList<>();
        m.participants().forEach(p -> ps.add(new Participant(p.name(), p.title(), p.organization(), p.country(), p.body())));
        return MeetingIdentity.of(ps, m.date() != null ? m.date() : PUBLISHED, MeetingKind.valueOf(m.kind().name()));
    }

    private static List<String> pool(Random random, int size) {
        Map<String, String> byIdentity = new HashMap<>();
        List<String> out = new ArrayList<>();
        while (out.size() < size) {
            String status = random.nextInt(5) == 0 ? "PLANNED" : "HELD";
            String kind = random.nextInt(4) == 0 ? "CALL" : "IN_PERSON";
            // Distinct meetings in identity resolution's eyes too (issue 17): one pair of people meets at most once
            // in two days, and every meeting is dated (an undated report would fit the dated ones around it).
            String date = LocalDate.of(2024, 5, 1).minusDays(2L * random.nextInt(10)).toString();
            String city = kind.equals("CALL") ? "-" : CITIES[random.nextInt(CITIES.length)];
            int a = random.nextInt(PEOPLE.length);
            int b = (a + 1 + random.nextInt(PEOPLE.length - 1)) % PEOPLE.length;
            String identity = Math.min(a, b) + "-" + Math.max(a, b) + "-" + date;
            if (byIdentity.putIfAbsent(identity, "") == null) {
                out.add("MEETING " + status + " " + kind + " " + date + " " + city + " | " + PEOPLE[a] + " | " + PEOPLE[b] + "\n");
            }
        }
        return out;
    }

    private static String article(Random random, List<String> pool) {
        StringBuilder text = new StringBuilder();
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
            text.append(pool.get(random.nextInt(pool.size())));
        }
        for (int t = random.nextInt(3); t > 0; t--) {
            text.append(TOPICS[random.nextInt(TOPICS.length)]).append('\n');
        }
        return text.toString();
    }
}
