package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor on the shared dev set (skipped when {@code newswire.shared.dir} is absent) and
 * asserts a floor on the scores. The scoring re-implements /work/shared/eval/score.py (participant
 * overlap >= 0.66, strict = status, kind, date and venue country right).
 */
class DevSetTest {
    static final double MIN_MEETING_F1 = 0.76;
    static final double MIN_STRICT_F1 = 0.53;
    static final double MIN_TOPIC_F1 = 0.70;
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, Set<String>> ALIASES = Map.of(
            "un", Set.of("un", "united nations"), "eu", Set.of("eu", "european union"),
            "au", Set.of("au", "african union"), "arab_league", Set.of("arab league", "league of arab states", "arab_league"));

    static String norm(String s) {
        if (s == null) return "";
        String x = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return x.replaceAll("[^a-z0-9 ]+", " ").replaceAll("\\s+", " ").strip();
    }

    static Set<String> keys(JsonNode p) {
        Set<String> k = new HashSet<>();
        for (String t : norm(p.path("name").asText(null)).split(" ")) if (!t.isEmpty()) k.add(t);
        for (String f : List.of("organization", "country")) if (!p.path(f).isNull() && p.has(f)) k.add(norm(p.get(f).asText()));
        if (norm(p.path("name").asText(null)).isEmpty() && p.hasNonNull("country")) k.add("country:" + p.get("country").asText().toUpperCase(Locale.ROOT));
        return k;
    }

    static boolean goldMatches(String gname, String gc, Set<String> pk) {
        String g = norm(gname);
        if (g.isEmpty()) return false;
        boolean all = true;
        for (String t : g.split(" ")) all &= pk.contains(t);
        if (pk.contains(g) || all) return true;
        if (gc != null && pk.contains("country:" + gc.toUpperCase(Locale.ROOT))) return true;
        Set<String> alias = ALIASES.get(norm(gc).replace(" ", "_"));
        if (alias == null || !alias.contains(g)) return false;
        for (String a : alias) if (pk.contains(a)) return true;
        return false;
    }

    static double overlap(JsonNode gm, JsonNode pm) {
        List<Set<String>> pk = new ArrayList<>();
        for (JsonNode p : pm.get("participants")) pk.add(keys(p));
        Set<Integer> used = new HashSet<>();
        int hit = 0, n = gm.get("participants").size();
        for (int i = 0; i < n; i++) {
            String gc = gm.path("countries").path(i).asText(null);
            for (int k = 0; k < pk.size(); k++) {
                if (!used.contains(k) && goldMatches(gm.get("participants").get(i).asText(), gc, pk.get(k))) {
                    used.add(k);
                    hit++;
                    break;
                }
            }
        }
        return (double) hit / Math.max(1, Math.max(n, pk.size()));
    }

    static String low(JsonNode n) {
        return n == null || n.isNull() ? null : norm(n.asText()).replace(" ", "_");
    }

    static double f1(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp), r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Test
    void devSetScoresStayAboveTheFloor() throws Exception {
        String dir = System.getProperty("newswire.shared.dir");
        assumeTrue(dir != null, "newswire.shared.dir not set");
        Path dev = Path.of(dir, "eval", "dev");
        assumeTrue(Files.isRegularFile(dev.resolve("gold.jsonl")), "no dev set at " + dev);
        int tp = 0, fp = 0, fn = 0, stp = 0, ttp = 0, tfp = 0, tfn = 0;
        for (String line : Files.readAllLines(dev.resolve("gold.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode g = JSON.readTree(line);
            String id = g.get("id").asText();
            Path f = dev.resolve("articles").resolve(id + ".txt");
            Enrichment e = Extractors.standard().extract(new Article(id, Files.readString(f), null, f.toString()));
            JsonNode p = EnrichFiles.toJson(f.toString(), id, e);
            List<JsonNode> gms = new ArrayList<>(), pms = new ArrayList<>();
            g.get("meetings").forEach(gms::add);
            p.get("meetings").forEach(pms::add);
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < gms.size(); i++) for (int k = 0; k < pms.size(); k++) pairs.add(new double[] {overlap(gms.get(i), pms.get(k)), i, k});
            pairs.sort((x, y) -> {
                for (int q = 0; q < 3; q++) if (x[q] != y[q]) return Double.compare(y[q], x[q]);
                return 0;
            });
            Set<Integer> gu = new HashSet<>(), pu = new HashSet<>();
            for (double[] pr : pairs) {
                int gi = (int) pr[1], pi = (int) pr[2];
                if (pr[0] >= 0.66 && !gu.contains(gi) && !pu.contains(pi)) {
                    gu.add(gi);
                    pu.add(pi);
                    JsonNode gm = gms.get(gi), pm = pms.get(pi);
                    boolean ok = java.util.Objects.equals(low(gm.get("status")), low(pm.get("status")))
                            && (java.util.Objects.equals(low(gm.get("kind")), low(pm.get("kind")))
                                || "video".equals(low(gm.get("kind"))) && "call".equals(low(pm.get("kind"))))
                            && java.util.Objects.equals(gm.get("date").isNull() ? null : gm.get("date").asText(),
                                    pm.get("date").isNull() ? null : pm.get("date").asText())
                            && java.util.Objects.equals(gm.get("country").isNull() ? null : gm.get("country").asText(),
                                    pm.get("location").isNull() ? null : pm.get("location").get("country").asText());
                    if (ok) stp++;
                }
            }
            tp += gu.size();
            fp += pms.size() - pu.size();
            fn += gms.size() - gu.size();
            Set<String> gt = new HashSet<>(), pt = new HashSet<>();
            g.get("topics").get("countries").forEach(c -> gt.add(c.asText()));
            p.get("topics").get("countries").forEach(c -> pt.add(c.get("code").asText()));
            for (String c : pt) if (gt.contains(c)) ttp++; else tfp++;
            for (String c : gt) if (!pt.contains(c)) tfn++;
        }
        double mf = f1(tp, fp, fn), sf = f1(stp, fp + (tp - stp), fn + (tp - stp)), tf = f1(ttp, tfp, tfn);
        System.out.printf("dev set: meeting F1 %.3f, strict F1 %.3f, topic-country F1 %.3f%n", mf, sf, tf);
        assertTrue(mf >= MIN_MEETING_F1, "meeting F1 " + mf);
        assertTrue(sf >= MIN_STRICT_F1, "strict F1 " + sf);
        assertTrue(tf >= MIN_TOPIC_F1, "topic F1 " + tf);
    }
}
