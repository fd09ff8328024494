package io.newswire.streams.topology;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.newswire.schema.Location;
import io.newswire.schema.MeetingEvent;
import io.newswire.schema.MeetingKind;
import io.newswire.schema.MeetingStatus;
import io.newswire.schema.Participant;

/**
 * The deterministic id of a meeting: a hash of the normalised participant identities
 * (family name and country, else body; or the country, body or organisation of a side with no named person),
 * the day and the kind. Two wires that spell a first name differently ("Sergey"/"Sergei"),
 * list the sides in another order or give another title still produce the same id.
 */
public final class MeetingIdentity {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String BODY_MARK = "@";

    private MeetingIdentity() {}

    /**
     * @param day the meeting date, else the reporting article's publication date (so that
     *            undated meetings of the same people on different days stay apart), else null
     */
    public static String of(List<Participant> participants, LocalDate day, MeetingKind kind) {
        TreeSet<String> sides = new TreeSet<>();
        for (Participant p : participants) {
            sides.add(identity(p));
        }
        String canonical = String.join(";", sides) + "@" + (day == null ? "undated" : day) + "#" + kind;
        return sha256(canonical).substring(0, 24);
    }

    /**
     * Another id for a meeting whose report id is already another meeting's (two reports with one id that are
     * not compatible, e.g. different venues): deterministic, so replay gives the same id.
     */
    static String variant(String meetingId, int n) {
        return hash(meetingId + "#" + n);
    }

    /**
     * The id of a report within its article: its own id, unless a report of the article already holds that id and
     * is another meeting ({@link Told#apart}: "X and Y met ... They will meet again", both undated, a held and a
     * planned meeting; "Y welcomed X in Addis Ababa ... last week X paid a similar visit to Asmara", two venues),
     * then the first {@link #variant} not held by another meeting. Two reports with one id that are not told apart
     * are one meeting told twice.
     *
     * @param heldByAnother whether the article's report already holding an id is another meeting than this one
     */
    public static String inArticle(String meetingId, Predicate<String> heldByAnother) {
        String id = meetingId;
        for (int n = 1; heldByAnother.test(id); n++) {
            id = variant(meetingId, n);
        }
        return id;
    }

    /**
     * What tells two meetings of one article with one id apart ({@link #apart}): the extractor gave them different
     * statuses, or a date to one and none to the other (one undated, placed on its publication day, takes the id
     * of one dated that day only by chance: a day later it would have had its own), or different venues (both name
     * a country, or both a city, and they differ). A venue only one of them names is no difference: the extractor
     * finds the venue in one sentence and not in another.
     */
    public record Told(MeetingStatus status, boolean dated, Location venue) {
        public static Told of(MeetingEvent meeting) {
            return new Told(meeting.getStatus(), meeting.getDate() != null, meeting.getLocation());
        }

        public boolean apart(Told other) {
            if (status != other.status || dated != other.dated) {
                return true;
            }
            if (venue == null || other.venue == null) {
                return false;
            }
            return differ(venue.getCountry(), other.venue.getCountry()) || differ(venue.getCity(), other.venue.getCity());
        }
    }

    private static boolean differ(String a, String b) {
        return a != null && b != null && !fold(a).equals(fold(b));
    }

    /** 24 hex digits of the SHA-256 of {@code s}. */
    static String hash(String s) {
        return sha256(s).substring(0, 24);
    }

    /**
     * "ru:vershinin" for a person of a country, "@un:dicarlo" for an official of an international body,
     * "ru:" or "@au:" for a side that is a country or a body, "org:..." for any other side.
     */
    static String identity(Participant p) {
        String side = side(p);
        if (p.getName() == null || p.getName().isBlank()) {
            String org = p.getOrganization() == null ? "" : fold(p.getOrganization());
            return side.isEmpty() ? "org:" + org : side + ":";
        }
        String[] tokens = fold(p.getName()).split(" ");
        return side + ":" + tokens[tokens.length - 1];
    }

    /**
     * The side a participant is on: its country ("ru"), else its body marked with '@' ("@un"), else
     * "org:" and its folded organisation. The resolver's blocking key is the set of these.
     */
    static String sideKey(Participant p) {
        String side = side(p);
        if (!side.isEmpty()) {
            return side;
        }
        return "org:" + (p.getOrganization() == null ? "" : fold(p.getOrganization()));
    }

    /**
     * The country, else the body, marked with '@' (no country code has one): the African Union's AU
     * must never be Australia's, or their meetings on one day could share an id.
     */
    private static String side(Participant p) {
        if (p.getCountry() != null && !p.getCountry().isBlank()) {
            return p.getCountry().toLowerCase(Locale.ROOT);
        }
        if (p.getBody() != null && !p.getBody().isBlank()) {
            return BODY_MARK + p.getBody().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    /** Lower case, accents removed, punctuation to spaces. */
    static String fold(String s) {
        String decomposed = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_LETTERS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
