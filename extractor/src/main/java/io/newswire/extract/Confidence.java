package io.newswire.extract;

import io.newswire.extract.Enrichment.Meeting;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A meeting's confidence: a logistic score of its cues, {@code 1 / (1 + e^-(bias + sum of the cue weights))},
 * with the weights of {@code confidence-weights.tsv} (fitted on the dev set; see docs/extractor.md,
 * "Confidence"). A cue {@code family:detail} ("side-unnamed:RU") weighs what its own line says, else what its
 * family's line ({@code side-unnamed}) says, else nothing. The confidence is read off the cues only: it never
 * changes which meetings are extracted nor their attributes. Immutable and shared by every thread.
 */
final class Confidence {
    private static final String RESOURCE = "confidence-weights.tsv";
    /** The cue families {@link MeetingOutput} writes; a weight line for anything else is refused. */
    static final Set<String> FAMILIES = Set.of("bias", "trigger", "noun-trigger", "weak-trigger", "parties-from-context",
            "both-sides-named", "side-unnamed", "known-actor", "country-unknown", "multilateral", "kind", "status",
            "date", "venue", "hedged", "background", "event", "evidence", "caption-only", "single-name", "untitled", "attributed",
            "long-sentence");

    /**
     * {@code -Dnewswire.confidence.cues=all} reports every cue, unbounded and unsorted: for fitting the weights
     * only (extractor/scripts/fit-confidence.py), never in production.
     */
    static final boolean ALL_CUES = "all".equals(System.getProperty("newswire.confidence.cues"));

    private final Map<String, Double> weights;

    private static final class Holder {
        static final Confidence STANDARD = new Confidence(load());
    }

    Confidence(Map<String, Double> weights) {
        for (String key : weights.keySet()) {
            String family = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
            if (!FAMILIES.contains(family)) throw new IllegalStateException("confidence: unknown cue " + key);
        }
        this.weights = Map.copyOf(weights);
    }

    /** The weights of the resource file, loaded on first use. */
    static Confidence standard() {
        return Holder.STANDARD;
    }

    /** The weight line a cue counts for: its own, else its family's ("side-unnamed:RU" -> "side-unnamed"). */
    String key(String cue) {
        return weights.containsKey(cue) || cue.indexOf(':') < 0 ? cue : cue.substring(0, cue.indexOf(':'));
    }

    /** The weight of one cue: its own line, else its family's, else 0. */
    double weight(String cue) {
        return weights.getOrDefault(key(cue), 0.0);
    }

    /**
     * The logistic score of the cues, rounded to three decimals: {@code 1 / (1 + e^-z)}, z the bias plus the
     * weight of each line the cues count for, each line once (two unnamed sides weigh as one).
     */
    double score(List<String> cues) {
        double z = weights.getOrDefault("bias", 0.0);
        Set<String> counted = new HashSet<>();
        for (String cue : cues) if (counted.add(key(cue))) z += weights.getOrDefault(key(cue), 0.0);
        return Math.round(1000.0 / (1.0 + Math.exp(-z))) / 1000.0;
    }

    /**
     * The cues as reported: strongest weight first (ties in the order given), at most {@link Meeting#MAX_CUES}
     * of at most {@link Meeting#MAX_CUE_CHARS} characters each. The score uses every cue.
     */
    List<String> reported(List<String> cues) {
        if (ALL_CUES) return List.copyOf(cues);
        List<String> sorted = new ArrayList<>(cues);
        sorted.sort(Comparator.comparingDouble((String c) -> -Math.abs(weight(c))));
        List<String> out = new ArrayList<>();
        for (String c : sorted) {
            if (out.size() == Meeting.MAX_CUES) break;
            out.add(c.length() > Meeting.MAX_CUE_CHARS ? c.substring(0, Meeting.MAX_CUE_CHARS) : c);
        }
        return out;
    }

    /** {@code cue<TAB>weight}, {@code #} comments; a cue at most once. */
    static Map<String, Double> load() {
        Map<String, Double> weights = new HashMap<>();
        try (InputStream in = Confidence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("confidence: missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                line = line.strip();
                if (line.isEmpty()) continue;
                String[] f = line.split("\\s+");
                if (f.length != 2) throw new IllegalStateException("confidence: " + RESOURCE + " line " + n + ": want CUE WEIGHT");
                if (weights.put(f[0], Double.parseDouble(f[1])) != null) {
                    throw new IllegalStateException("confidence: " + RESOURCE + " line " + n + ": " + f[0] + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return weights;
    }
}
