package io.newswire.extract.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a labelled participant (a family name, or a country or body for a side with no named
 * person) is one of an extracted meeting's participants. The rules of {@code ../shared/eval/score.py},
 * so that both give the same figures: a gold family name matches when all its words are among the words
 * of a predicted name, or (6+ letters) when it sits inside the predicted name with spaces removed
 * ("Amir Abdollahian" ~ "Amirabdollahian"); a gold country or body matches a side given by that country
 * or organisation.
 */
final class ParticipantMatcher {
    /** Share of the larger side's participants that must match for two meetings to be the same. */
    static final double MATCH = 0.66;

    private static final String JOINED = "joined:";
    private static final String COUNTRY = "country:";
    private static final Map<String, Set<String>> BODY_ALIASES = Map.of(
            "un", Set.of("un", "united nations"),
            "eu", Set.of("eu", "european union"),
            "au", Set.of("au", "african union"),
            "arab_league", Set.of("arab league", "league of arab states", "arab_league"));

    private ParticipantMatcher() {}

    /** Everything an extracted participant can be matched by. */
    static Set<String> keysOf(JsonNode participant) {
        Set<String> keys = new HashSet<>();
        String name = participant.isTextual() ? participant.asText() : text(participant, "name");
        String folded = Names.fold(name);
        if (!folded.isEmpty()) {
            keys.addAll(List.of(folded.split(" ")));
            keys.add(JOINED + folded.replace(" ", ""));
        }
        if (participant.isObject()) {
            for (String field : List.of("organization", "country", "countryName")) {
                String value = text(participant, field);
                if (value != null && !value.isEmpty()) keys.add(Names.fold(value));
            }
            String country = text(participant, "country");
            if (folded.isEmpty() && country != null && !country.isEmpty()) {
                keys.add(COUNTRY + country.toUpperCase(Locale.ROOT));
            }
        }
        return keys;
    }

    static boolean matches(String goldName, String goldCountry, Set<String> keys) {
        String gold = Names.fold(goldName);
        if (gold.isEmpty()) return false;
        if (keys.contains(gold) || keys.containsAll(List.of(gold.split(" ")))) return true;
        String joined = gold.replace(" ", "");
        if (joined.length() >= 6) {
            for (String key : keys) {
                if (key.startsWith(JOINED) && key.substring(JOINED.length()).contains(joined)) return true;
            }
        }
        if (goldCountry != null && !goldCountry.isEmpty()
                && keys.contains(COUNTRY + goldCountry.toUpperCase(Locale.ROOT))) {
            return true;
        }
        Set<String> aliases = BODY_ALIASES.get(Names.fold(goldCountry).replace(' ', '_'));
        return aliases != null && aliases.contains(gold) && keys.stream().anyMatch(aliases::contains);
    }

    /** Share of participants matched, over the larger of the two participant lists. */
    static double overlap(JsonNode goldMeeting, JsonNode predictedMeeting) {
        List<JsonNode> goldNames = Json.list(goldMeeting.get("participants"));
        List<JsonNode> goldCountries = Json.list(goldMeeting.get("countries"));
        List<Set<String>> predictedKeys = Json.list(predictedMeeting.get("participants")).stream()
                .map(ParticipantMatcher::keysOf).toList();
        Set<Integer> used = new HashSet<>();
        int hits = 0;
        // Like Python's zip: with a countries list, only as many participants as it has entries count.
        int pairs = goldCountries.isEmpty() ? goldNames.size() : Math.min(goldNames.size(), goldCountries.size());
        for (int g = 0; g < pairs; g++) {
            String country = goldCountries.isEmpty() ? null : Json.textOrNull(goldCountries.get(g));
            for (int p = 0; p < predictedKeys.size(); p++) {
                if (!used.contains(p) && matches(Json.textOrNull(goldNames.get(g)), country, predictedKeys.get(p))) {
                    used.add(p);
                    hits++;
                    break;
                }
            }
        }
        return hits / (double) Math.max(Math.max(goldNames.size(), predictedKeys.size()), 1);
    }

    private static String text(JsonNode node, String field) {
        return Json.textOrNull(node.get(field));
    }
}
