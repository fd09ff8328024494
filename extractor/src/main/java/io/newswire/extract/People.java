package io.newswire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The people of one article, in order of introduction, indexed by name token for coreference. */
final class People {
    private final List<Person> persons = new ArrayList<>();
    private final Map<String, List<Person>> byTok = new HashMap<>();

    /** Adds a person introduced by the text. */
    void register(Person p) {
        persons.add(p);
        for (String tk : p.nameTokens) byTok.computeIfAbsent(tk, x -> new ArrayList<>(2)).add(p);
    }

    /** Gives a {@link Person#provisional} person the full name it was later mentioned by. */
    void completeName(Person p, String name, List<String> toks) {
        p.name = name;
        for (String tk : toks) {
            if (!p.nameTokens.contains(tk)) byTok.computeIfAbsent(tk, x -> new ArrayList<>(2)).add(p);
        }
        p.nameTokens.clear();
        p.nameTokens.addAll(toks);
        p.provisional = false;
    }

    List<Person> all() {
        return persons;
    }

    /**
     * The person a name refers to: one whose name tokens contain these (or are contained in them), the latest
     * mentioned first; for a single long token, a one-letter typo of a surname ("Bstillo"). Null when none.
     */
    Person find(List<String> toks) {
        if (toks.isEmpty()) return null;
        // exact token-set match, or a single token contained in a known name
        Person best = null;
        Set<Person> cands = new LinkedHashSet<>();
        for (String tk : toks) {
            List<Person> l = byTok.get(tk);
            if (l != null) {
                // the most recent few per token are enough (bounded work on huge inputs)
                for (int k = Math.max(0, l.size() - 64); k < l.size(); k++) cands.add(l.get(k));
            }
        }
        for (Person p : cands) {
            if (toks.size() >= 2) {
                if (p.nameTokens.containsAll(toks) || toks.containsAll(p.nameTokens)) {
                    if (best == null || p.lastMention > best.lastMention) best = p;
                }
            } else if (p.nameTokens.contains(toks.get(0))) {
                if (best == null || p.lastMention > best.lastMention) best = p;
            }
        }
        if (best == null && toks.size() == 1 && toks.get(0).length() >= 5) {
            for (Person p : recent(256)) {
                if (p.nameTokens.isEmpty()) continue;
                String last = p.nameTokens.get(p.nameTokens.size() - 1);
                if (oneEditApart(last, toks.get(0))) {
                    if (best == null || p.lastMention > best.lastMention) best = p;
                }
            }
        }
        return best;
    }

    /** The last {@code max} people introduced. */
    List<Person> recent(int max) {
        return persons.subList(Math.max(0, persons.size() - max), persons.size());
    }

    /** Whether two different strings of at least five letters are one insertion, deletion or substitution apart. */
    static boolean oneEditApart(String x, String y) {
        if (x.equals(y)) return false;
        int lx = x.length(), ly = y.length();
        if (Math.abs(lx - ly) > 1 || Math.min(lx, ly) < 5) return false;
        int i = 0, j = 0, diff = 0;
        while (i < lx && j < ly) {
            if (x.charAt(i) == y.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++diff > 1) return false;
            if (lx > ly) i++;
            else if (ly > lx) j++;
            else {
                i++;
                j++;
            }
        }
        return diff + (lx - i) + (ly - j) <= 1;
    }
}
