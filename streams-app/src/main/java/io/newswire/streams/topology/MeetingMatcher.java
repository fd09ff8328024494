package io.newswire.streams.topology;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import io.newswire.schema.Location;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.MeetingReport;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.Participant;

/**
 * Decides whether two reports can be of one real meeting (issue 17). A pure function of the two reports, so
 * the resolver's clusters are the same on replay.
 *
 * <p>Two reports are <b>compatible</b> when all of these hold:
 * <ul>
 *   <li>the same sides: the same set of participant countries and bodies ({@link #block}, the blocking key); of a
 *       multilateral meeting (three sides or more), one report may leave out one side ("the Quad ministers" named
 *       three of four), as long as three sides are in common ({@link #sameSides});</li>
 *   <li>on each side, the people one report names are all named by the other ({@link #samePerson}: family
 *       names after transliteration folding, within one edit, the same consonant skeleton, or one's family name
 *       among the other's name parts); a side a report names only by country, body or role matches any;</li>
 *   <li>days that fit ({@link #closeDays}): two dates at most {@link #DAY_TOLERANCE} apart (outlets in other time
 *       zones, "yesterday" read on either side of midnight); an undated report, placed on its publication day,
 *       within the days before it (held) or after it (planned) that such a report can mean;</li>
 *   <li>kinds that do not contradict: a call or video meeting conflicts only with an in-person report that names
 *       a venue (an extractor that is not told the kind says in person, so a bare in-person is no evidence).</li>
 * </ul>
 * Status never separates two reports: planned, then held, then cancelled is one meeting's story. Nor does the
 * venue: outlets' datelines are often read as the venue, and the same people meeting twice within a day in two
 * countries is rarer than that; a shared venue country only makes a candidate meeting more similar.
 */
public final class MeetingMatcher {
    /** How many days apart two dated reports of one meeting can be. */
    public static final int DAY_TOLERANCE = 1;
    /** How long before its publication an undated report of a held meeting can place it. */
    public static final int UNDATED_HELD_DAYS = 7;
    /** How long after its publication an undated report of a planned meeting can place it. */
    public static final int UNDATED_PLANNED_DAYS = 14;
    /** The widest gap between two compatible reports' days: the resolver looks this far for a meeting to join. */
    public static final int MAX_DAYS_APART = Math.max(UNDATED_HELD_DAYS, UNDATED_PLANNED_DAYS) + DAY_TOLERANCE;
    /** The longest blocking key; a longer set of sides is replaced by its hash. */
    static final int MAX_BLOCK_CHARS = 120;
    /** Parts of names that are not names: "Qaboos bin Said" is found by "Said" or "Qaboos", never by "bin". */
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den",
            "de", "del", "della", "di", "da", "dos", "du", "la", "le", "mac", "st", "jr", "sr", "ii", "iii");
    /** The block of every multilateral report: they are compared with each other whatever sides they name. */
    public static final String MULTILATERAL_BLOCK = "*multilateral";
    /** How many sides make a multilateral meeting, and how many two reports of one must have in common. */
    static final int MULTILATERAL_SIDES = 3;
    /** A side with no person named: a country, body or organisation only. */
    private static final String UNNAMED = "";

    private MeetingMatcher() {}

    /**
     * The blocking key: the sorted set of sides ("ru", "@un" for a body, "org:..." for a side with neither),
     * so that two reports can only be of one meeting when they have the same key; {@link #MULTILATERAL_BLOCK} for
     * every meeting of three sides or more, since two reports of one such meeting may not name the same sides
     * (all multilateral reports then go to one task: they are a small share of a wire).
     */
    public static String block(MeetingEvent meeting) {
        Set<String> sides = sides(meeting).keySet();
        if (sides.size() >= MULTILATERAL_SIDES) {
            return MULTILATERAL_BLOCK;
        }
        String block = String.join(",", sides);
        // Bounded (it is a key and is kept in every footprint): a long list of sides becomes its hash.
        return block.length() <= MAX_BLOCK_CHARS ? block : "#" + MeetingIdentity.hash(block);
    }

    /**
     * The day a report is placed on: its meeting date, else its article's publication day, else the day it was
     * received (a live wire's articles are received the day they are published).
     */
    public static LocalDate day(MeetingReport report) {
        MeetingEvent meeting = report.getMeeting();
        if (meeting.getDate() != null) {
            return meeting.getDate();
        }
        if (report.getPublished() != null) {
            return report.getPublished();
        }
        return report.getReceivedAt() == null ? null : LocalDate.ofInstant(report.getReceivedAt(), ZoneOffset.UTC);
    }

    public static boolean compatible(MeetingReport a, MeetingReport b) {
        MeetingEvent x = a.getMeeting();
        MeetingEvent y = b.getMeeting();
        return closeDays(a, b) && kindsAgree(x, y) && samePeople(x, y);
    }

    /**
     * Why two reports are not one meeting, in words (for diagnostics such as {@code evaluate --clusters}), or null
     * when {@link #compatible} and of the same block.
     */
    public static String whyApart(MeetingReport a, MeetingReport b) {
        MeetingEvent x = a.getMeeting();
        MeetingEvent y = b.getMeeting();
        if (a.getArticleId().equals(b.getArticleId())) return "one article reports both";
        if (!block(x).equals(block(y)) || !sameSides(sides(x).keySet(), sides(y).keySet())) {
            return "different sides [" + String.join(",", sides(x).keySet()) + "] / [" + String.join(",", sides(y).keySet()) + "]";
        }
        if (!samePeople(x, y)) return "different people on a side";
        if (!kindsAgree(x, y)) return "kinds contradict: " + x.getKind() + " / " + y.getKind() + " at a venue";
        if (!closeDays(a, b) && !compatibleOnArrival(a, b)) {
            return "days too far apart: " + day(a) + (x.getDate() == null ? " (undated)" : "") + " / " + day(b)
                    + (y.getDate() == null ? " (undated)" : "");
        }
        return null;
    }

    /**
     * Whether two meetings that one new report is compatible with are one meeting: their reports, pair by pair,
     * name the same people and do not contradict on the kind (their days need not be close: the new report, close
     * to both, bridges them), and no article reports both (it told them apart).
     */
    public static boolean mergeable(List<MeetingReport> one, List<MeetingReport> other) {
        for (MeetingReport a : one) {
            for (MeetingReport b : other) {
                if (a.getArticleId().equals(b.getArticleId()) || !kindsAgree(a.getMeeting(), b.getMeeting())
                        || !samePeople(a.getMeeting(), b.getMeeting())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * How alike two compatible reports are, to choose among several candidate meetings: named people in common,
     * then the same day, the same sides, the same venue country and the same status (status never keeps two
     * reports apart, but of an article's held meeting and its planned next one, a report of a held meeting more
     * likely means the held one).
     */
    public static int similarity(MeetingReport a, MeetingReport b) {
        int score = 0;
        Map<String, List<Person>> sidesA = sides(a.getMeeting());
        Map<String, List<Person>> sidesB = sides(b.getMeeting());
        for (Map.Entry<String, List<Person>> side : sidesA.entrySet()) {
            for (Person p : side.getValue()) {
                for (Person q : sidesB.getOrDefault(side.getKey(), List.of())) {
                    if (p.named() && q.named() && samePerson(p, q)) {
                        score += 2;
                    }
                }
            }
        }
        if (Objects.equals(day(a), day(b))) {
            score++;
        }
        if (sidesA.keySet().equals(sidesB.keySet())) {
            score++; // a multilateral report is more like a meeting of its very sides than of one more
        }
        if (sameVenueCountry(a.getMeeting().getLocation(), b.getMeeting().getLocation())) {
            score++;
        }
        if (a.getMeeting().getStatus() == b.getMeeting().getStatus()) {
            score++;
        }
        return score;
    }

    /**
     * Two dated reports: at most {@link #DAY_TOLERANCE} days apart. An undated report (placed on its publication
     * day) of a meeting that happened, was called off or denied can be of a meeting up to
     * {@link #UNDATED_HELD_DAYS} days before it ("the leaders met last week"); of a planned one, up to
     * {@link #UNDATED_PLANNED_DAYS} days after it. Two undated reports: publication days at most
     * {@link #DAY_TOLERANCE} apart.
     */
    static boolean closeDays(MeetingReport a, MeetingReport b) {
        return closeDays(a, b, day(a), day(b));
    }

    /**
     * Whether two reports, one of them with no date at all ({@link #receiptOnly}), can be of one meeting judged by
     * when the pipeline received them rather than by their days: received within the window of an undated report
     * (an archive replayed today arrives at once, its undated articles with the dated ones), with the same people
     * and kinds that do not contradict. Weaker than {@link #compatible}: the resolver uses it only when a report
     * is compatible with no meeting and matches exactly one this way; and since arrival says little, two venue
     * countries that differ keep the reports apart here (a leader's visit now and the return visit last month).
     */
    public static boolean compatibleOnArrival(MeetingReport a, MeetingReport b) {
        return (receiptOnly(a) || receiptOnly(b)) && closeDays(a, b, received(a), received(b))
                && kindsAgree(a.getMeeting(), b.getMeeting()) && samePeople(a.getMeeting(), b.getMeeting())
                && !differentVenueCountries(a.getMeeting().getLocation(), b.getMeeting().getLocation());
    }

    /** A report with no date at all: neither its meeting's nor its article's; only when it arrived places it. */
    public static boolean receiptOnly(MeetingReport report) {
        return report.getMeeting().getDate() == null && report.getPublished() == null && report.getReceivedAt() != null;
    }

    /** The day a report arrived (UTC), else its day. */
    public static LocalDate received(MeetingReport report) {
        return report.getReceivedAt() == null ? day(report) : LocalDate.ofInstant(report.getReceivedAt(), ZoneOffset.UTC);
    }

    private static boolean closeDays(MeetingReport a, MeetingReport b, LocalDate dayA, LocalDate dayB) {
        if (dayA == null || dayB == null) {
            return dayA == dayB;
        }
        boolean datedA = a.getMeeting().getDate() != null;
        boolean datedB = b.getMeeting().getDate() != null;
        if (datedA == datedB) {
            return Math.abs(ChronoUnit.DAYS.between(dayA, dayB)) <= DAY_TOLERANCE;
        }
        MeetingReport undated = datedA ? b : a;
        long meetingAfterPublication = ChronoUnit.DAYS.between(day(undated), datedA ? dayA : dayB);
        return undated.getMeeting().getStatus() == MeetingStatus.PLANNED
                ? meetingAfterPublication >= -DAY_TOLERANCE && meetingAfterPublication <= UNDATED_PLANNED_DAYS
                : meetingAfterPublication <= DAY_TOLERANCE && meetingAfterPublication >= -UNDATED_HELD_DAYS;
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

    private static boolean differentVenueCountries(Location a, Location b) {
        return a != null && b != null && a.getCountry() != null && b.getCountry() != null
                && !a.getCountry().equalsIgnoreCase(b.getCountry());
    }

    private static boolean sameVenueCountry(Location a, Location b) {
        return a != null && b != null && a.getCountry() != null && a.getCountry().equalsIgnoreCase(b.getCountry());
    }

    /** Side by side, the named people of one report are all among the other's (either way round). */
    static boolean samePeople(MeetingEvent a, MeetingEvent b) {
        Map<String, List<Person>> sidesA = sides(a);
        Map<String, List<Person>> sidesB = sides(b);
        if (!sameSides(sidesA.keySet(), sidesB.keySet())) {
            return false;
        }
        for (String side : sidesA.keySet()) {
            if (!sidesB.containsKey(side)) {
                continue; // the side one report of a multilateral leaves out
            }
            List<Person> namedA = named(sidesA.get(side));
            List<Person> namedB = named(sidesB.get(side));
            if (!allAmong(namedA, namedB) && !allAmong(namedB, namedA)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same set of sides; or, for a multilateral meeting, sets that differ by one side that one report leaves
     * out, with at least {@link #MULTILATERAL_SIDES} sides in common.
     */
    static boolean sameSides(Set<String> a, Set<String> b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        return small.size() >= MULTILATERAL_SIDES && large.size() == small.size() + 1 && large.containsAll(small);
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
        return a.parts().stream().anyMatch(part -> isNamePart(part) && sameName(part, b.family()))
                || b.parts().stream().anyMatch(part -> isNamePart(part) && sameName(part, a.family()));
    }

    /** A part of a name that can be a family name: not a particle ("bin", "al", "van") nor an initial. */
    private static boolean isNamePart(String part) {
        return part.length() >= 2 && !PARTICLES.contains(part);
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
}
