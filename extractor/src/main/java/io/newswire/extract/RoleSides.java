package io.newswire.extract;

import java.util.List;

/**
 * "In Kyiv, the Ukrainian leader welcomed X. Zelensky thanked X for ...": an unnamed side told by a role phrase
 * ({@link Party#roleSide}) is the person of its country whom the article names, when exactly one person of that
 * country fits the role (by title, or has none). Run after {@link ActorCountries}, so that a known actor named only
 * by family name has a country. Two or more such people leave the side unnamed: the text does not say which.
 */
final class RoleSides {
    private RoleSides() {
    }

    static void resolve(List<MeetingDraft> meetings, List<Person> people) {
        for (MeetingDraft m : meetings) {
            for (int k = 0; k < m.parties.size(); k++) {
                Party side = m.parties.get(k);
                if (side.person != null || side.role == null || Party.countryOf(side.sideCode) == null) continue;
                Person only = onlyPersonFor(side, people);
                if (only == null || m.parties.stream().anyMatch(o -> o.person == only)) continue;
                m.parties.set(k, Party.of(only));
            }
        }
    }

    private static Person onlyPersonFor(Party side, List<Person> people) {
        Person only = null;
        for (Person p : people) {
            if (p.staff || !side.sideCode.equals(p.country)) continue;
            if (!p.titleLow().isEmpty() && !MentionFinder.roleFitsLow(side.role, p.titleLow())) continue;
            if (only != null) return null;
            only = p;
        }
        return only;
    }
}
