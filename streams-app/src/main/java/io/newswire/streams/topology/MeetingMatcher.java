package io.newswire.streams.topology;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.newswire.schema.Location;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.Participant;

/**
 * Decides whether two reports can be of one real meeting (issue 17). A pure function of the two reports, so
 * the resolver's clusters are the same on replay.
 *
 * <p>Two reports are <b>compatible</b> when all of these hold:
 * <ul>
 *   <li>the same sides: the same set of participant countries and bodies ({@link #block}, the blocking key);</li>
 *   <li>on each side, the people one report names are all named by the other ({@link #samePerson}: family
 *       names after transliteration folding, within one edit, the same consonant skeleton, or one's family name
 *       among the other's name parts); a side a report names only by country, body or role matches any;</li>
 *   <li>days at most {@link #DAY_TOLERANCE} apart (the meeting date, else the publication day): outlets in other
 *       time zones, "yesterday" read on either side of midnight, an undated report published the next day;</li>
 *   <li>kinds that do not contradict: a call or video meeting conflicts only with an in-person report that names
 *       a venue (an extractor that is not told the kind says in person, so a bare in-person is no evidence);</li>
 *   <li>venues that do not contradict: two venue countries, when both are known, are the same.</li>
 * </ul>
 * Status never separates two reports: planned, then held, then cancelled is one meeting's story.
 */
public final class MeetingMatcher {
    /** How many days apart two reports of one meeting can be. */
    public static final int DAY_TOLERANCE = 1;
    /** The longest blocking key; a longer set of sides is replaced by its hash. */
    static final int MAX_BLOCK_CHARS = 120;
    /** A side with no person named: a country, body or organisation only. */
    private static final String UNNAMED = "";

    private MeetingMatcher() {}

    /**
     * The blocking key: the sorted set of sides ("ru", "@un" for a body, "org:..." for a side with neither),
     * so that two reports can only be of one meeting when they have the same key.
     */
    public static String block(MeetingEvent meeting) {
        String block = String.join(",", sides(meeting).keySet());
        // Bounded (it is a key and is kept in every footprint): a long list of sides becomes its hash.
        return block.length() <= MAX_BLOCK_CHARS ? block : "#" + MeetingIdentity.hash(block);
    }

    /** The day a report is placed on: its meeting date, else its publication day; null when neither is known. */
    public static LocalDate day(MeetingEvent meeting) {
        return meeting.getDate() != null ? meeting.getDate() : meeting.getDay();
    }

    public static boolean compatible(MeetingEvent a, MeetingEvent b) {
        return closeDays(day(a), day(b)) && kindsAgree(a, b) && venuesAgree(a.getLocation(), b.getLocation())
                && samePeople(a, b);
    }

    /** How alike two compatible reports are, to choose among several candidate meetings: named people in common. */
    public static int similarity(MeetingEvent a, MeetingEvent b) {
        int score = 0;
        Map<String, List<Person>> sidesA = sides(a);
        Map<String, List<Person>> sidesB = sides(b);
        for (Map.Entry<String, List<Person>> side : sidesA.entrySet()) {
            for (Person p : side.getValue()) {
                for (Person q : sidesB.getOrDefault(side.getKey(), List.of())) {
                    if (p.named() && q.named() && samePerson(p, q)) {
                        score += 2;
                    }
                }
            }
        }
        if (day(a) != null && day(a).equals(day(b))) {
            score++;
        }
        return score;
    }

    static boolean closeDays(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(ChronoUnit.DAYS.between(a, b)) <= DAY_TOLERANCE;
    }

    static boolean kindsAgree(MeetingEvent a, MeetingEvent b) {
        return a.getKind() == b.getKind() || !(inPersonAtVenue(a) && remote(b) || inPersonAtVenue(b) && remote(a));
    }

    private static boolean inPersonAtVenue(MeetingEvent m) {
        return m.getKind() == MeetingKind.IN_PERSON && m.getLocation() != null
                && (m.getLocation().getCountry() != null || m.getLocation().getCity() != null);
    }

    private static boolean remote(MeetingEvent m) {
        return m.getKind() == MeetingKind.CALL || m.getKind() == MeetingKind.VIDEO;
    }

    static boolean venuesAgree(Location a, Location b) {
        if (a == null || b == null || a.getCountry() == null || b.getCountry() == null) {
            return true;
        }
        return a.getCountry().equalsIgnoreCase(b.getCountry());
    }

    /** Side by side, the named people of one report are all among the other's (either way round). */
    static boolean samePeople(MeetingEvent a, MeetingEvent b) {
        Map<String, List<Person>> sidesA = sides(a);
        Map<String, List<Person>> sidesB = sides(b);
        if (!sidesA.keySet().equals(sidesB.keySet())) {
            return false;
        }
        for (String side : sidesA.keySet()) {
            List<Person> namedA = named(sidesA.get(side));
            List<Person> namedB = named(sidesB.get(side));
            if (!allAmong(namedA, namedB) && !allAmong(namedB, namedA)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allAmong(List<Person> these, List<Person> those) {
        for (Person p : these) {
            if (those.stream().noneMatch(q -> samePerson(p, q))) {
                return false;
            }
        }
        return true;
    }

    private static List<Person> named(List<Person> people) {
        return people.stream().filter(Person::named).toList();
    }

    /**
     * One person under two spellings: the same family name after folding (accents, case), within one edit
     * (Abdollahian / Abdullahian) or with the same consonant skeleton (Afwerki / Afeworki, Cavusoglu / Cavushoglu),
     * or one's family name is a part of the other's full name ("Qaboos bin Said" / "Sultan Qaboos").
     */
    static boolean samePerson(Person a, Person b) {
        if (sameName(a.family(), b.family())) {
            return true;
        }
        return a.parts().stream().anyMatch(part -> part.length() >= 4 && sameName(part, b.family()))
                || b.parts().stream().anyMatch(part -> part.length() >= 4 && sameName(part, a.family()));
    }

    static boolean sameName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) >= 5 && editDistanceAtMostOne(a, b)) {
            return true;
        }
        String skeletonA = skeleton(a);
        return skeletonA.length() >= 4 && skeletonA.equals(skeleton(b));
    }

    /** Consonants only, 'h' dropped and doubles collapsed: what transliterations of one name keep. */
    static String skeleton(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            char k = c == 'w' ? 'v' : c == 'j' ? 'y' : c;
            if ("aeiouyh".indexOf(k) >= 0 || !Character.isLetter(k)) {
                continue;
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != k) {
                out.append(k);
            }
        }
        return out.toString();
    }

    static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    /** A participant as the matcher sees it: the folded parts of the name, the last one the family name. */
    record Person(List<String> parts) {
        static Person of(Participant p) {
            if (p.getName() == null || p.getName().isBlank()) {
                return new Person(List.of());
            }
            String folded = MeetingIdentity.fold(p.getName());
            return new Person(folded.isEmpty() ? List.of() : List.of(folded.split(" ")));
        }

        boolean named() {
            return !parts.isEmpty();
        }

        String family() {
            return parts.isEmpty() ? UNNAMED : parts.get(parts.size() - 1);
        }
    }

    /** Side key to the people on that side, sides sorted. */
    static Map<String, List<Person>> sides(MeetingEvent meeting) {
        Map<String, List<Person>> sides = new TreeMap<>();
        for (Participant p : meeting.getParticipants()) {
            sides.computeIfAbsent(MeetingIdentity.sideKey(p), k -> new ArrayList<>()).add(Person.of(p));
        }
        return sides;
    }

    /** The sides of a meeting as a sorted set, for messages and tests. */
    static TreeSet<String> sideKeys(MeetingEvent meeting) {
        return new TreeSet<>(sides(meeting).keySet());
    }
}
