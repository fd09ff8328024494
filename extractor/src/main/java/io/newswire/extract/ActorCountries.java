package io.newswire.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries from actor knowledge ({@link Actors}), after the meetings are read:
 * <ol>
 *   <li>a person without a country takes the known actor's, found by the person's name or by any fuller name
 *       the text gives the same person ("Secretary Blinken" ... "Antony J. Blinken"; initials and honorifics
 *       count for nothing, {@link Actors#country});
 *   <li>a bare family name (or one after initials only: "S. Jaishankar") still without a country ("President
 *       Biden") takes the country of the article's one other person of that family name who has one, else that
 *       of the curated leaders' one country with that family name ({@link Actors#familyCountry});
 *   <li>a country not stated by the person's own title or "of X" ({@link Person#countryStated}) but guessed from
 *       other words (a role phrase, a counterpart list, an unnamed side) gives way to the known actor's country
 *       by full name. Bodies' officials keep their body;
 *   <li>before all that, an official of an international body in office on the news day ({@link Actors#office})
 *       speaks for the body, unless the person's own title or "of X" says a country or the title is a national office.
 * </ol>
 */
final class ActorCountries {
    private final Document doc;
    private final Actors actors;

    ActorCountries(Document doc, Actors actors) {
        this.doc = doc;
        this.actors = actors;
    }

    /** @param day the news day (terms of office are read against it), or null */
    void resolve(List<Person> people, LocalDate day) {
        Map<Person, List<List<String>>> fuller = fullerNames();
        for (Person p : people) {
            // an official of an international body in office that day speaks for the body
            String body = office(p, fuller.getOrDefault(p, List.of()), day);
            if (body != null && !nationalTitle(p) && (p.country == null || !p.countryStated && Party.bodyOf(p.country) == null)) {
                p.country = Party.body(body);
                if (p.orgCode == null) p.orgCode = body;
            }
        }
        for (Person p : people) {
            String known = knownCountry(p, fuller.getOrDefault(p, List.of()));
            if (known == null) continue;
            if (p.country == null || !p.countryStated && Party.bodyOf(p.country) == null) p.country = known;
        }
        for (Person p : people) {
            if (p.country != null || p.nameTokens.isEmpty() || !onlyInitialsBefore(p.nameTokens)) continue;
            String family = p.nameTokens.get(p.nameTokens.size() - 1);
            String c = namesake(people, p, family);
            p.country = c != null ? c : actors.familyCountry(family);
        }
    }

    /** A bare family name, or one after initials only ("S. Jaishankar"). */
    private static boolean onlyInitialsBefore(List<String> nameTokens) {
        for (int k = 0; k + 1 < nameTokens.size(); k++) if (nameTokens.get(k).length() != 1) return false;
        return true;
    }

    /**
     * The known actor's country by the person's name, else by the longest fuller name of the same person, else by
     * the name with its regnal number ("Mohammed VI": the tables name monarchs so).
     */
    private String knownCountry(Person p, List<List<String>> fuller) {
        String c = actors.country(p.nameTokens);
        for (int k = 0; c == null && k < fuller.size(); k++) c = actors.country(fuller.get(k));
        if (c == null && p.regnal != null) {
            List<String> numbered = new java.util.ArrayList<>(p.nameTokens);
            numbered.add(p.regnal);
            c = actors.country(numbered);
        }
        return c;
    }

    /** The person's title names a national office ([national-office]: "Prime Minister"), not a body's. */
    private boolean nationalTitle(Person p) {
        if (p.title == null) return false;
        for (String w : p.titleLow().split("[\\s-]+")) if (doc.lexicon.nationalOffice.contains(w)) return true;
        return false;
    }

    /** The body whose office the person held that day, by the person's name or a fuller name of the same person. */
    private String office(Person p, List<List<String>> fuller, LocalDate day) {
        String b = actors.office(p.nameTokens, day);
        for (int k = 0; b == null && k < fuller.size(); k++) b = actors.office(fuller.get(k), day);
        return b;
    }

    /** The country of the other people named with this family name, when they all have the same one; else null. */
    private static String namesake(List<Person> people, Person self, String family) {
        String c = null;
        for (Person q : people) {
            if (q == self || q.nameTokens.size() < 2 || !family.equals(q.nameTokens.get(q.nameTokens.size() - 1))) continue;
            if (q.country == null || Party.bodyOf(q.country) != null) return null;
            if (c != null && !c.equals(q.country)) return null;
            c = q.country;
        }
        return c;
    }

    /** For each person, the names the text calls that person by that have more parts than the person's, longest first. */
    private Map<Person, List<List<String>>> fullerNames() {
        Map<Person, List<List<String>>> out = new IdentityHashMap<>();
        Tokens t = doc.tokens;
        int k = 0;
        while (k < t.n) {
            Person p = doc.personAt[k];
            if (p == null || !doc.inName[k]) {
                k++;
                continue;
            }
            List<String> toks = new ArrayList<>();
            int j = k;
            for (; j < t.n && doc.inName[j] && doc.personAt[j] == p; j++) {
                if (t.isWord(j) && !doc.lexicon.nameParticles.contains(t.lower(j))) toks.add(t.lower(j));
            }
            k = j;
            if (toks.size() <= p.nameTokens.size() || toks.size() > 6) continue;
            List<List<String>> l = out.computeIfAbsent(p, x -> new ArrayList<>(2));
            if (!l.contains(toks)) l.add(toks);
        }
        for (List<List<String>> l : out.values()) l.sort((x, y) -> Integer.compare(y.size(), x.size()));
        return out;
    }
}
