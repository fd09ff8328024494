package io.newswire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "In Kyiv, the Ukrainian leader welcomed X. Zelensky thanked X for ...": an unnamed side told by a role phrase
 * ({@link Party#roleSide}) is the person of its country whom the article names, when exactly one person of that
 * country fits the role (by title, or has none; a delegation's side, one said to have led a delegation). Run after {@link ActorCountries}, so that a known actor named only
 * by family name has a country. Two or more such people leave the side unnamed: the text does not say which.
 */
final class RoleSides {
    /** The role of a delegation's side ("Russian and Ukrainian delegations met"): only a person who led a delegation fits it. */
    static final String DELEGATION = "delegation";

    private RoleSides() {
    }

    static void resolve(List<MeetingDraft> meetings, List<Person> people) {
        // the article's people by country, built once (an article may hold thousands of sides and people)
        Map<String, List<Person>> byCountry = null;
        for (MeetingDraft m : meetings) {
            for (int k = 0; k < m.parties.size(); k++) {
                Party side = m.parties.get(k);
                if (side.person != null || side.role == null || Party.countryOf(side.sideCode) == null) continue;
                if (byCountry == null) byCountry = byCountry(people);
                Person only = onlyPersonFor(side, byCountry.getOrDefault(side.sideCode, List.of()));
                if (only == null || m.parties.stream().anyMatch(o -> o.person == only)) continue;
                m.parties.set(k, Party.of(only));
            }
        }
    }

    private static Map<String, List<Person>> byCountry(List<Person> people) {
        Map<String, List<Person>> byCountry = new HashMap<>();
        // (an aide who led a delegation is its head, not staff who merely attended)
        for (Person p : people) if ((!p.staff || p.leadsDelegation) && p.country != null) byCountry.computeIfAbsent(p.country, c -> new ArrayList<>(2)).add(p);
        return byCountry;
    }

    /** The one person of the side's country whose title fits its role (or who has none), else null. */
    private static Person onlyPersonFor(Party side, List<Person> ofCountry) {
        Person only = null;
        for (Person p : ofCountry) {
            if (side.role.equals(DELEGATION) ? !p.leadsDelegation
                    : p.staff || !p.titleLow().isEmpty() && !MentionFinder.roleFitsLow(side.role, p.titleLow())) {
                continue;
            }
            if (only != null) return null;
            only = p;
        }
        return only;
    }
}
