package io.newswire.extract;

import io.newswire.extract.Enrichment.Country;
import io.newswire.extract.Enrichment.Evidence;
import io.newswire.extract.Enrichment.Kind;
import io.newswire.extract.Enrichment.Location;
import io.newswire.extract.Enrichment.Meeting;
import io.newswire.extract.Enrichment.Participant;
import io.newswire.extract.Enrichment.Region;
import io.newswire.extract.Enrichment.Status;
import io.newswire.extract.Enrichment.Topics;
import io.newswire.extract.Gazetteer.Entry;
import io.newswire.extract.Gazetteer.Type;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rule-based extractor: furniture stripping, gazetteer and name spotting, coreference,
 * meeting triggers with status/kind/date/venue cues, merging, and topics. See docs/extractor.md.
 * Stateless apart from the immutable gazetteer: every call works on its own {@link Run}.
 */
final class RuleExtractor implements Extractor {
    /** Inputs longer than this are cut (the tail is ignored) to bound the work per article. */
    static final int MAX_CHARS = 1 << 20;

    /** {@code -Dnewswire.debug} prints sentences, clauses and people to stderr (development aid). */
    static final boolean DEBUG = Boolean.getBoolean("newswire.debug") || System.getProperty("newswire.debug") != null;

    final Gazetteer g;

    RuleExtractor(Gazetteer g) {
        this.g = g;
    }

    @Override
    public Enrichment extract(Article article) {
        Objects.requireNonNull(article, "article");
        return new Run(article).run();
    }

    // ------------------------------------------------------------------ vocabulary

    static final Set<String> PARTICLES = Set.of("bin", "al", "el", "de", "da", "van", "von", "der", "di", "du", "la",
            "le", "dos", "das", "del", "y", "ibn", "abu", "ben", "mac");
    static final Set<String> VERB_TRIGGERS = Set.of("met", "meet", "meets", "sat", "sits", "received", "receives",
            "hosted", "hosts", "gathered", "talked", "spoke", "speaks", "phoned", "welcomed", "conferred");
    static final Set<String> NOUN_TRIGGERS = Set.of("meeting", "meetings", "talks", "conversation", "conversations",
            "call", "calls", "summit", "videoconference", "videoconferences", "discussions", "negotiations",
            "encounter", "audience", "consultations", "get-together", "breakfast", "lunch", "dinner", "trilateral",
            "summits", "tête-à-tête", "reunión", "reunion", "réunion", "entretien");
    static final Set<String> WEAK_TRIGGERS = Set.of("discussed", "addressed", "reviewed", "exchanged", "went",
            "touched", "took", "discuss", "briefed");
    static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "stressed", "noted", "stated",
            "explained", "underlined", "pointed", "emphasized", "emphasised", "recalled", "remarked", "wrote");
    static final Set<String> SITUATION = Set.of("situation", "developments", "developing", "crisis", "conflict", "war",
            "activities", "tensions", "events", "settlement", "peace", "escalation", "unrest", "violence",
            "evolving", "things", "process", "reconstruction");
    static final Set<String> SEP_CUES = Set.of("separate", "separately", "each", "series", "individually", "respectively",
            "respective");
    static final Set<String> MULTI_CUES = Set.of("together", "gathered", "trilateral", "quadrilateral", "format");
    static final Set<String> PLAN_VERBS = Set.of("meet", "hold", "have", "visit", "sit", "host", "receive", "resume",
            "take", "talk", "travel", "attend", "discuss", "call", "speak", "convene", "be", "arrange", "begin", "continue",
            "start", "welcome");
    static final Set<String> LONG_FORM = Set.of("republic", "federal", "democratic", "kingdom", "state", "islamic",
            "people", "'s", "socialist", "of", "the", "united", "arab", "federative", "plurinational", "bolivarian",
            "sultanate", "principality", "commonwealth", "grand", "duchy");
    /** How far back merging and reference resolution look (bounds the work on huge inputs). */
    static final int WINDOW = 64;

    static final Set<String> NOT_MET = Set.of("criticism", "protests", "protest", "resistance", "opposition",
            "skepticism", "scepticism", "expectations", "expectation", "deadline", "demands", "requirements", "target",
            "targets", "approval", "applause", "silence", "derision", "condemnation", "backlash", "needs", "standards",
            "criteria", "fate", "death", "end");

    static final Set<String> NOT_RECEIVED = Set.of("letter", "letters", "message", "messages", "support", "aid",
            "award", "prize", "invitation", "delivery", "shipment", "votes", "vote", "funding", "loan", "loans", "report",
            "reports", "complaint", "complaints", "request", "requests", "visa", "assurances", "congratulations", "greetings",
            "weapons", "arms", "vaccines", "doses", "assistance", "backing", "criticism", "praise", "approval", "money",
            "payment", "payments", "order", "orders", "bid", "bids", "offer", "offers", "proposal", "proposals");

    static final Set<String> AUX = Set.of("did", "does", "do", "not", "will", "would", "has", "had", "have", "also",
            "then", "later", "never", "could", "may", "might", "to", "plans", "is", "was");
    static final Set<String> LIST_GLUE = Set.of("and", "as", "well", "also", "with", "the", "his", "her", "their", "its",
            "'s", "of", "for", "to", "in", "from", "counterpart", "counterparts", "respectively", "then", "finally", "later");
    static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "its", "our", "this", "that");
    // ------------------------------------------------------------------ per-article state

    static final class Person {
        String name;
        List<String> toks = new ArrayList<>();
        String title;
        String org;      // org code
        String country;  // ISO code
        boolean staff;
        int last;        // last mention token
        private String titleLowFor;
        private String titleLow = "";

        String titleLow() {
            if (title != titleLowFor) {
                titleLowFor = title;
                titleLow = title == null ? "" : title.toLowerCase(Locale.ROOT);
            }
            return titleLow;
        }
    }

    /** A meeting side: a person, or a country/organisation without a named person. */
    static final class Part {
        final Person p;
        final String side; // country or org code when p == null

        Part(Person p, String side) {
            this.p = p;
            this.side = side;
        }

        String country() {
            return p != null ? p.country : side;
        }

        boolean same(Part o) {
            if (p != null && o.p != null) return p == o.p;
            if (p == null && o.p == null) return side.equals(o.side);
            String c = p != null ? p.country : side;
            String d = o.p != null ? o.p.country : o.side;
            return c != null && c.equals(d);
        }
    }

    static final class Mtg {
        List<Part> parts = new ArrayList<>();
        Kind kind = Kind.IN_PERSON;
        boolean kindExplicit;
        Status status = Status.HELD;
        LocalDate date;
        boolean vague;      // the text dates it vaguely ("in June", "last week"): no default date
        LocalDate vFrom, vTo; // the range a vague date allows, when known
        boolean historical;
        String city;
        String country;
        boolean negotiate;
        boolean event;      // "take part in", "attend": a gathering whose place may differ
        Set<Integer> sents = new LinkedHashSet<>();
    }

    /** A mention in a sentence that can be a meeting participant. */
    static final class Ment {
        final int tok;
        final Part part;
        boolean excluded;
        int end = -1;

        Ment(int tok, Part part) {
            this.tok = tok;
            this.part = part;
        }

        Ment(int tok, int end, Part part) {
            this(tok, part);
            this.end = end;
        }
    }

    record DateExpr(int tok, LocalDate date, boolean vague, DayOfWeek weekday, LocalDate from, LocalDate to) {
        DateExpr(int tok, LocalDate date, boolean vague, DayOfWeek weekday) {
            this(tok, date, vague, weekday, null, null);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // generic arrays of gazetteer matches
    final class Run {
        final String text;
        final Tokens t;
        final boolean[] mask;
        final boolean[] titleTok;
        final boolean[] nameTok;
        final byte[] nameMemo;
        final Person[] personAt;
        final byte[] nounMemo;
        final int[] gazEnd;
        @SuppressWarnings("unchecked")
        final List<Entry>[] gazAt;
        final List<int[]> sents = new ArrayList<>(); // {tokStart, tokEnd, headline}
        LocalDate published;
        LocalDate anchor;
        LocalDate newsDate;
        String dlCity;
        String dlCountry;
        final List<Person> persons = new ArrayList<>();
        final Map<String, List<Person>> byTok = new HashMap<>();
        final List<Mtg> meetings = new ArrayList<>();
        Person focus;
        final Map<Person, Integer> meetCount = new LinkedHashMap<>();
        int focusCount;
        Kind pendingKind;
        DateExpr pendingDate;
        final Set<String> participantCountries = new LinkedHashSet<>();
        final Set<String> forcedTopics = new LinkedHashSet<>();

        @SuppressWarnings("unchecked")
        Run(Article a) {
            String s = a.text();
            if (s.length() > MAX_CHARS) s = s.substring(0, MAX_CHARS);
            text = s;
            t = new Tokens(text);
            mask = new boolean[t.n];
            titleTok = new boolean[t.n];
            nameTok = new boolean[t.n];
            nameMemo = new byte[t.n];
            personAt = new Person[t.n];
            nounMemo = new byte[t.n];
            gazEnd = new int[t.n];
            gazAt = new List[t.n];
            published = a.published();
        }

        /** A photo caption ("... (R) ...", "[Photo/...]", "In this photo ..."). */
        boolean caption(int si) {
            int[] s = sents.get(si);
            for (int i = s[0]; i < s[1]; i++) {
                if (t.is(i, "photo") || t.is(i, "pictured") || t.tok[i].equals("R") && t.is(i - 1, "(") && t.is(i + 1, ")")
                        || t.tok[i].equals("L") && t.is(i - 1, "(") && t.is(i + 1, ")")) {
                    return true;
                }
            }
            return false;
        }

        String debugPersons() {
            StringBuilder sb = new StringBuilder();
            for (Person p : persons) sb.append(p.name).append(" | ").append(p.title).append(" | ").append(p.country)
                    .append(p.staff ? " staff" : "").append('\n');
            return sb.toString();
        }

        Enrichment run() {
            gazetteer();
            furniture();
            sentences();
            if (DEBUG) {
                for (int[] x : sents) {
                    System.err.println("SENT " + (x[2] == 1 ? "H " : "") + text.substring(t.start[x[0]], t.end[x[1] - 1]));
                }
            }
            for (int s = 0; s < sents.size(); s++) sentence(s);
            defaults();
            // order of first mention in the body text; meetings only in captions come last
            List<Mtg> ordered = new ArrayList<>(meetings);
            Map<Mtg, Integer> key = new HashMap<>();
            for (Mtg m : meetings) {
                int k = Integer.MAX_VALUE;
                for (int si : m.sents) k = Math.min(k, caption(si) ? 1_000_000 + si : si);
                key.put(m, k);
            }
            ordered.sort((x, y) -> Integer.compare(key.get(x), key.get(y)));
            List<Meeting> out = new ArrayList<>();
            for (Mtg m : ordered) {
                Meeting mm = toMeeting(m);
                if (mm != null) out.add(mm);
            }
            if (DEBUG) System.err.print(debugPersons());
            return new Enrichment(published != null ? published : newsDate, out, topics());
        }

        // ------------------------------------------------------------ furniture

        void maskChars(int from, int to) {
            for (int i = t.tokenAt(from); i < t.n && t.start[i] < to; i++) mask[i] = true;
        }

        void furniture() {
            int len = text.length();
            int lineStart = 0;
            int lineNo = 0;
            int contentLines = 0;
            LocalDate fullDate = null;   // first full date (with year) in the text
            LocalDate dlMonthDay = null; // dateline month/day with a placeholder year
            int dlMonth = 0, dlDay = 0, dlYear = 0;
            while (lineStart < len) {
                int lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0) lineEnd = len;
                int lead = lineStart;
                while (lead < lineEnd && Character.isWhitespace(text.charAt(lead))) lead++;
                int tail = lineEnd;
                while (tail > lead && Character.isWhitespace(text.charAt(tail - 1))) tail--;
                String trimmed = text.substring(lead, Math.min(tail, lead + 64));
                if (!trimmed.isEmpty()) {
                    // " date YYYY-MM-DD" line prefix
                    if (lineNo < 3 && trimmed.startsWith("date ") && trimmed.length() >= 15) {
                        LocalDate d = iso(trimmed, 5);
                        if (d != null) {
                            if (published == null) published = d;
                            maskChars(lead, lead + 15);
                            lead += 15;
                            while (lead < tail && Character.isWhitespace(text.charAt(lead))) lead++;
                            trimmed = text.substring(lead, Math.min(tail, lead + 64));
                        }
                    }
                    String low = trimmed.substring(0, Math.min(24, trimmed.length())).toLowerCase(Locale.ROOT);
                    int words = countWords(lead, tail);
                    boolean endsSentence = tail > lead && endsSentence(text.substring(tail - 1, tail));
                    if (low.startsWith("updated") || low.startsWith("published") || low.startsWith("posted")
                            || low.startsWith("written by") || low.startsWith("by ") || low.startsWith("from ")
                            && words <= 6 || low.startsWith("photo credit") || low.startsWith("(reporting")
                            || pipeRow(lead, tail) && !endsSentence || words <= 3 && !endsSentence
                            || low.startsWith("share") || low.startsWith("print the page")
                            || low.startsWith("discussion about") || low.startsWith("go to ")
                            || low.startsWith("all news") || low.startsWith("back to top")) {
                        if (fullDate == null) fullDate = firstFullDate(lead, lineEnd);
                        if ((low.startsWith("from ") || low.startsWith("by ") || words <= 6) && dlCity == null) {
                            bylineCity(lead, lineEnd);
                        }
                        maskChars(lead, lineEnd);
                    } else if (words <= 6 && trimmed.indexOf(',') > 0 && !endsSentence && contentLines < 3 && trimmed.length() < 64) {
                        // "Aidoghie Paulinus, Abuja" style byline
                        bylineCity(lead, lineEnd);
                        if (fullDate == null) fullDate = firstFullDate(lead, lineEnd);
                        maskChars(lead, lineEnd);
                    } else {
                        if (contentLines < 6) {
                            int[] dl = dateline(lead, lineEnd);
                            if (dl != null && dl[1] > 0) {
                                dlMonth = dl[1];
                                dlDay = dl[2];
                                dlYear = dl[3];
                            }
                        }
                        if (fullDate == null && contentLines < 4) fullDate = firstFullDate(lead, lineEnd);
                        contentLines++;
                    }
                }
                lineStart = lineEnd + 1;
                lineNo++;
            }
            LocalDate yearRef = published != null ? published : fullDate;
            if (dlMonth > 0) {
                if (dlYear > 0) newsDate = Dates.of(dlYear, dlMonth, dlDay);
                else if (yearRef != null) newsDate = Dates.near(yearRef, dlMonth, dlDay);
            }
            if (newsDate == null) newsDate = published != null ? published : fullDate;
            anchor = published != null ? published : newsDate;
            if (published != null) newsDate = published;
        }

        boolean endsSentence(String s) {
            if (s.isEmpty()) return false;
            char c = s.charAt(s.length() - 1);
            return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d' || c == ')' || c == '\'' || c == ':';
        }

        /** A table/menu row: pipes and at most a dozen words ("Kazuhiro Nogi | Afp | Getty Images"). */
        boolean pipeRow(int from, int to) {
            boolean pipe = false;
            for (int i = from; i < to; i++) pipe |= text.charAt(i) == '|';
            return pipe && countWords(from, to) <= 8;
        }

        int countWords(int from, int to) {
            int n = 0;
            boolean in = false;
            for (int i = from; i < to; i++) {
                boolean w = Character.isLetterOrDigit(text.charAt(i));
                if (w && !in && ++n > 8) return n; // callers only distinguish short lines
                in = w;
            }
            return n;
        }

        LocalDate iso(String s, int off) {
            if (s.length() < off + 10) return null;
            int y = Dates.year(s.substring(off, off + 4));
            if (y == 0 || s.charAt(off + 4) != '-' || s.charAt(off + 7) != '-') return null;
            int m = Dates.number(s.substring(off + 5, off + 7));
            int d = Dates.number(s.substring(off + 8, off + 10));
            return m > 0 && d > 0 ? Dates.of(y, m, d) : null;
        }

        void bylineCity(int from, int to) {
            List<Entry>[] out = new List[1];
            for (int i = t.tokenAt(from); i < t.n && t.start[i] < to; i++) {
                int e = g.match(t, i, out);
                if (e > 0 && out[0] != null) {
                    for (Entry x : out[0]) {
                        if (x.type() == Type.CITY) {
                            dlCity = x.city();
                            dlCountry = x.code();
                            return;
                        }
                    }
                }
            }
        }

        /** First date with a year in [from,to): "March 28, 2012", "6 July 2022", "2013-09-06". */
        LocalDate firstFullDate(int from, int to) {
            int a = t.tokenAt(from);
            for (int i = a; i < t.n && t.start[i] < to; i++) {
                LocalDate d = fullDateAt(i);
                if (d != null) return d;
            }
            return null;
        }

        LocalDate fullDateAt(int i) {
            int y = Dates.year(t.tok[i]);
            if (y > 0 && i + 2 < t.n && t.hyphenBefore[i + 1] && t.hyphenBefore[i + 2]) {
                int m = Dates.number(t.tok[i + 1]), d = Dates.number(t.tok[i + 2]);
                if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return Dates.of(y, m, d);
            }
            int m = Dates.month(t.tok[i]);
            if (m > 0) {
                int j = i + 1;
                if (j < t.n && t.tok[j].equals(".")) j++;
                if (j < t.n) {
                    int d = Dates.day(t.tok[j]);
                    int k = j + 1;
                    if (k < t.n && t.tok[k].equals(",")) k++;
                    if (d > 0 && k < t.n && Dates.year(t.tok[k]) > 0) return Dates.of(Dates.year(t.tok[k]), m, d);
                }
            }
            int d = Dates.day(t.tok[i]);
            if (d > 0 && i + 2 < t.n) {
                int m2 = Dates.month(t.tok[i + 1]);
                int k = i + 2;
                if (k < t.n && t.tok[k].equals(",")) k++;
                if (m2 > 0 && k < t.n && Dates.year(t.tok[k]) > 0) return Dates.of(Dates.year(t.tok[k]), m2, d);
            }
            return null;
        }

        /**
         * A dateline at the start of a line: "MOSCOW, September 22. /TASS/.", "SEOUL, Feb. 25 (Yonhap) --",
         * "ANKARA (AA) –", "ISLAMABAD:", "Addis Ababa (ENA) February 16/2023", "NNA –". Masks it and
         * returns {1, month, day, year} (month 0 when none), or null.
         */
        int[] dateline(int from, int to) {
            int a = t.tokenAt(from);
            int i = a;
            int caps = 0;
            while (i < t.n && t.start[i] < to && i - a < 5 && t.isWord(i) && t.capitalized(i)) {
                if (t.allCaps(i)) caps++;
                i++;
            }
            if (i == a || i >= t.n || t.start[i] >= to) return null;
            String p = t.tok[i];
            boolean cityKnown = false;
            List<Entry>[] out = new List[1];
            String city = null, cc = null;
            int e = g.match(t, a, out);
            if (e == i && out[0] != null) {
                for (Entry x : out[0]) {
                    if (x.type() == Type.CITY) {
                        cityKnown = true;
                        city = x.city();
                        cc = x.code();
                    }
                }
            }
            if (!(caps == i - a || cityKnown)) return null;
            int month = 0, day = 0, year = 0;
            int j = i;
            if (p.equals(",") && i + 2 < t.n && gaz(i + 1, Type.COUNTRY) != null && gazEnd[i + 1] < t.n
                    && t.is(gazEnd[i + 1], ",") && caps == i - a) {
                // "NUSA DUA, Indonesia, Nov 16": unknown city, known country
                if (cc == null) cc = gaz(i + 1, Type.COUNTRY).code();
                i = gazEnd[i + 1];
                cityKnown = true;
            }
            if (p.equals(",")) {
                j = i + 1;
                if (j < t.n && (month = Dates.month(t.tok[j])) > 0) {
                    j++;
                    if (j < t.n && t.tok[j].equals(".")) j++;
                    if (j < t.n && (day = Dates.day(t.tok[j])) > 0) j++;
                    else month = 0;
                    if (j < t.n && t.tok[j].equals(",") && j + 1 < t.n && Dates.year(t.tok[j + 1]) > 0) {
                        year = Dates.year(t.tok[j + 1]);
                        j += 2;
                    }
                } else {
                    return null;
                }
            } else if (p.equals("(")) {
                int k = j;
                while (k < t.n && !t.tok[k].equals(")") && k - j < 12) k++;
                // "Addis Ababa (ENA) February 16/2023"
                j = k + 1;
                if (j < t.n && (month = Dates.month(t.tok[j])) > 0 && j + 1 < t.n && (day = Dates.day(t.tok[j + 1])) > 0) {
                    j += 2;
                    if (j + 1 < t.n && t.tok[j].equals("/") && Dates.year(t.tok[j + 1]) > 0) {
                        year = Dates.year(t.tok[j + 1]);
                        j += 2;
                    }
                } else {
                    month = 0;
                }
            } else if (p.equals(":") || p.equals("\u2014") || p.equals("\u2013") || p.equals("-")) {
                j = i + 1;
            } else {
                return null;
            }
            // trailing "/TASS/." "(Xinhua) --" "." "—"
            for (int guard = 0; guard < 12 && j < t.n; guard++) {
                String q = t.tok[j];
                if (q.equals(".") || q.equals("/") || q.equals("-") || q.equals("\u2014") || q.equals("\u2013")
                        || q.equals(":") || t.allCaps(j) && guard < 6 && j > 0 && t.is(j - 1, "/")) {
                    j++;
                } else if (q.equals("(")) {
                    int k = j;
                    while (k < t.n && !t.tok[k].equals(")") && k - j < 12) k++;
                    j = k + 1;
                } else {
                    break;
                }
            }
            int endChar = j < t.n ? t.start[j] : text.length();
            maskChars(t.start[a], Math.min(endChar, to));
            if (city != null || cc != null) {
                dlCity = city;
                dlCountry = cc;
            }
            return new int[] {1, month, day, year};
        }

        // ------------------------------------------------------------ sentences

        void sentences() {
            int i = 0;
            while (i < t.n) {
                while (i < t.n && mask[i]) i++;
                if (i >= t.n) break;
                int s = i;
                int j = i;
                while (j < t.n && !mask[j]) {
                    // newline between j-1 and j ends the sentence
                    if (j > s && newlineBetween(j - 1, j)) break;
                    String q = t.tok[j];
                    if ((q.equals(".") || q.equals("!") || q.equals("?")) && boundaryAfter(j)) {
                        j++;
                        while (j < t.n && !mask[j] && isCloser(t.tok[j]) && !newlineBetween(j - 1, j)) j++;
                        break;
                    }
                    j++;
                }
                boolean headline = j > 0 && isHeadline(s, j);
                sents.add(new int[] {s, j, headline ? 1 : 0});
                i = j;
            }
        }

        boolean isCloser(String q) {
            return q.equals("\"") || q.equals("\u201d") || q.equals("'") || q.equals(")") || q.equals("\u2019");
        }

        boolean newlineBetween(int a, int b) {
            for (int k = t.end[a]; k < t.start[b]; k++) if (text.charAt(k) == '\n') return true;
            return false;
        }

        boolean boundaryAfter(int j) {
            if (j + 1 >= t.n) return true;
            int k = j + 1;
            while (k < t.n && isCloser(t.tok[k]) && !newlineBetween(k - 1, k)) k++;
            if (k >= t.n) return true;
            if (t.start[k] == t.end[k - 1]) return false; // no space after
            char c = text.charAt(t.start[k]);
            if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '(' || c == '\''
                    || c == '[')) {
                return false;
            }
            if (j > 0 && t.isWord(j - 1) && t.end[j - 1] == t.start[j]) {
                String prev = t.lower(j - 1);
                if (ABBREV.contains(prev)) return false;
                if (prev.length() == 1 && Character.isUpperCase(t.tok[j - 1].charAt(0))) return false;
                if (Dates.month(t.tok[j - 1]) > 0 && k < t.n && Dates.day(t.tok[k]) > 0) return false;
            }
            return true;
        }

        boolean isHeadline(int s, int e) {
            // a line of its own that does not end like a sentence and is followed by more text
            int last = e - 1;
            if (last < s) return false;
            String q = t.tok[last];
            if (q.equals(".") || q.equals("!") || q.equals("?") || isCloser(q)) return false;
            if (e >= t.n) return false; // text cut off mid-sentence: keep it
            int words = 0;
            for (int k = s; k < e; k++) if (t.word[k]) words++;
            if (words > 25) return false; // a long unpunctuated line (tweet, caption) is text
            return newlineBetween(last, e) || mask[e];
        }

        // ------------------------------------------------------------ gazetteer pass

        @SuppressWarnings("unchecked")
        void gazetteer() {
            List<Entry>[] out = new List[1];
            int i = 0;
            while (i < t.n) {
                gazEnd[i] = -1;
                if (!t.isWord(i)) {
                    i++;
                    continue;
                }
                int e = g.match(t, i, out);
                if (e > 0 && out[0] != null) {
                    gazAt[i] = out[0];
                    gazEnd[i] = e;
                    for (int k = i + 1; k < e; k++) gazEnd[k] = -1;
                    i = e;
                } else {
                    i++;
                }
            }
        }

        Entry gaz(int i, Type type) {
            if (i < 0 || i >= t.n || gazAt[i] == null) return null;
            for (Entry e : gazAt[i]) if (e.type() == type) return e;
            return null;
        }

        /** Country code of a country/demonym/org mention at i (org code for orgs), or null. */
        String placeCode(int i, boolean withDemonyms, boolean withOrgs) {
            Entry e = gaz(i, Type.COUNTRY);
            if (e != null) return e.code();
            if (withDemonyms && (e = gaz(i, Type.DEMONYM)) != null) return e.code();
            if (withOrgs && (e = gaz(i, Type.ORG)) != null && !"MEDIA".equals(e.code())) return e.code();
            return null;
        }

        boolean inGaz(int i) {
            // token i covered by a gazetteer mention starting at or before i
            for (int k = i; k >= 0 && k > i - 8; k--) {
                if (gazAt[k] != null) return gazEnd[k] > i;
            }
            return false;
        }

        int gazStartCovering(int i) {
            for (int k = i; k >= 0 && k > i - 8; k--) {
                if (gazAt[k] != null) return gazEnd[k] > i ? k : -1;
            }
            return -1;
        }

        // ------------------------------------------------------------ names

        boolean nameWord(int i) {
            if (i < 0 || i >= t.n || mask[i] || !t.isWord(i) || !t.cap[i]) return false;
            byte memo = nameMemo[i];
            if (memo != 0) return memo == 1;
            boolean r = nameWord0(i);
            nameMemo[i] = (byte) (r ? 1 : 2);
            return r;
        }

        boolean nameWord0(int i) {
            String tok = t.tok[i];
            char c = tok.charAt(0);
            if (Character.isDigit(c)) return false;
            for (int k = 1; k < tok.length(); k++) if (Character.isDigit(tok.charAt(k))) return false;
            if (!Character.isUpperCase(c)) return false;
            if (t.allCaps(i) && tok.length() <= 3 && !tok.contains(".")) return false;
            if (t.allCaps(i) && tok.length() > 3) return false;
            if (tok.contains(".")) return false;
            String low = t.lower(i);
            if (g.stopwords.contains(low) || g.titleWords.contains(low) || g.honorifics.contains(low)) return false;
            if (Dates.month(tok) > 0 && (tok.length() > 4 || i + 1 >= t.n || Dates.day(t.tok[i + 1]) > 0
                    || t.is(i + 1, ".") || i > 0 && Dates.day(t.tok[i - 1]) > 0) || Dates.WEEKDAYS.containsKey(low)) {
                return false;
            }
            if (inGaz(i)) {
                // a city name used as a first name: "Santiago Cafiero"
                int k = gazStartCovering(i);
                Entry city = k >= 0 ? gaz(k, Type.CITY) : null;
                if (city != null && k == i && gazEnd[i] == i + 1 && gazAt[i].size() == 1 && i + 1 < t.n
                        && t.capitalized(i + 1) && !inGaz(i + 1) && t.isWord(i + 1)
                        && !g.stopwords.contains(t.lower(i + 1)) && !g.titleWords.contains(t.lower(i + 1))) {
                    return true;
                }
                return false;
            }
            return true;
        }

        boolean nameStart(int i) {
            if (!nameWord(i)) return false;
            return !(t.hyphenBefore[i] && i > 0 && !nameWord(i - 1));
        }

        boolean nameCont(int i) {
            if (nameWord(i)) return true;
            // hyphenated second part: "Kyu-duk", "Jong-un"
            return i < t.n && t.hyphenBefore[i] && t.isWord(i) && !mask[i] && Character.isLowerCase(t.tok[i].charAt(0))
                    && t.tok[i].length() <= 5;
        }

        Person findPerson(List<String> toks) {
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
                    if (p.toks.containsAll(toks) || toks.containsAll(p.toks)) {
                        if (best == null || p.last > best.last) best = p;
                    }
                } else if (p.toks.contains(toks.get(0))) {
                    if (best == null || p.last > best.last) best = p;
                }
            }
            if (best == null && toks.size() == 1 && toks.get(0).length() >= 5) {
                for (Person p : recentPersons(256)) {
                    if (p.toks.isEmpty()) continue;
                    String last = p.toks.get(p.toks.size() - 1);
                    if (editDistance1(last, toks.get(0))) {
                        if (best == null || p.last > best.last) best = p;
                    }
                }
            }
            return best;
        }

        List<Person> recentPersons(int max) {
            return persons.subList(Math.max(0, persons.size() - max), persons.size());
        }

        /** Title span before token i (exclusive): returns the start token, i when none. */
        boolean onlyHonorifics(int from, int to) {
            for (int m = from; m < to; m++) {
                if (!(g.honorifics.contains(t.lower(m)) || t.is(m, ".") || t.lower(m).equals("h.e"))) return false;
            }
            return true;
        }

        boolean isRoman(String s) {
            if (s.equals("Jr")) return true;
            if (s.isEmpty() || s.length() > 3) return false;
            for (int k = 0; k < s.length(); k++) if (!Character.isUpperCase(s.charAt(k))) return false;
            return true; // "II", "III", initials such as "AK"
        }

        int titleStartNoComma(int i, int sentStart) {
            boolean saved = noCross;
            noCross = true;
            int r = titleStart(i, sentStart);
            noCross = saved;
            return r;
        }

        boolean noCross;

        int titleStart(int i, int sentStart) {
            int k = i - 1;
            int start = i;
            boolean crossed = noCross;
            while (k >= sentStart) {
                if (mask[k]) break;
                String low = t.lower(k);
                if (t.tok[k].equals(")")) {
                    int m = k - 1;
                    while (m >= sentStart && !t.tok[m].equals("(") && k - m < 6) m--;
                    if (m >= sentStart && t.tok[m].equals("(")) {
                        k = m - 1;
                        continue;
                    }
                    break;
                }
                int gs = gazStartCovering(k);
                if (gs >= 0 && (gaz(gs, Type.COUNTRY) != null || gaz(gs, Type.DEMONYM) != null
                        || gaz(gs, Type.ORG) != null)) {
                    start = gs;
                    k = gs - 1;
                    continue;
                }
                if (low.equals(",") && onlyHonorifics(k + 1, i) && k - 1 >= sentStart && !crossed
                        && (g.titleWords.contains(t.lower(k - 1)) || gazStartCovering(k - 1) >= 0)) {
                    // "Venezuela's Minister of ... Affairs, Jorge Arreaza" (unless the span is another name's appositive)
                    int s2 = titleStartNoComma(k, sentStart);
                    boolean role = false;
                    for (int m = s2; m < k; m++) role |= g.roleNouns.contains(t.lower(m)) && !inGaz(m);
                    if (role && s2 < k && !(s2 - 1 >= sentStart && t.is(s2 - 1, ",") && s2 - 2 >= sentStart && nameTok[s2 - 2])
                            && !(s2 - 1 >= sentStart && nameTok[s2 - 1])) {
                        crossed = true;
                        k--;
                        continue;
                    }
                    break;
                }
                if (isRoman(t.tok[k]) && start == k + 1) {
                    k--;
                    start = k + 1;
                    continue;
                }
                if (g.titleWords.contains(low) || g.honorifics.contains(low) || low.equals("'s")
                        || low.equals(".") && k > sentStart && g.honorifics.contains(t.lower(k - 1))) {
                    start = k;
                    k--;
                    continue;
                }
                if ((low.equals("of") || low.equals("for") || low.equals("to") || low.equals("the") || low.equals("in")
                        || low.equals("and") || low.equals("on") || low.equals("with")) && k > sentStart) {
                    if (low.equals("with") && !(k - 1 >= sentStart && g.titleWords.contains(t.lower(k - 1)))) break;
                    if (low.equals("and") && k - 1 >= sentStart && g.roleNouns.contains(t.lower(k - 1))
                            && (k - 2 >= sentStart && DETERMINERS.contains(t.lower(k - 2))
                                || k - 3 >= sentStart && DETERMINERS.contains(t.lower(k - 3)))) {
                        break; // "the minister and the Ethiopian Ambassador ..., X"
                    }
                    // "and" after a name ends the span: "Vershinin and UN ..."
                    if (low.equals("and")) {
                        boolean nameNear = false;
                        for (int m = Math.max(sentStart, k - 4); m < k; m++) nameNear |= nameTok[m];
                        if (nameNear) break;
                    }
                    k--;
                    continue;
                }
                break;
            }
            // do not start with a function word
            while (start < i && (t.is(start, "of") || t.is(start, "for") || t.is(start, "the") || t.is(start, "and") || t.is(start, "with")
                    || t.is(start, "to") || t.is(start, "in") || t.is(start, "on") || t.is(start, ".")
                    || t.is(start, "'s") || t.is(start, ")"))) {
                start++;
            }
            return start;
        }

        /** Appositive title after a name: ", Foreign Minister of Russia," — returns end token (exclusive). */
        int appositiveEnd(int j0, int sentEnd) {
            int j = j0;
            if (j + 2 < sentEnd && t.is(j, "(") && t.is(j + 2, ")")) j += 3;
            else if (j + 3 < sentEnd && t.is(j, "(") && t.is(j + 3, ")")) j += 4;
            if (j >= sentEnd || !t.tok[j].equals(",")) return j0;
            int k = j + 1;
            int last = j;
            boolean any = false;
            while (k < sentEnd) {
                String low = t.lower(k);
                int gs = gazAt[k] != null ? k : -1;
                if (gs >= 0 && (gaz(k, Type.COUNTRY) != null || gaz(k, Type.DEMONYM) != null || gaz(k, Type.ORG) != null
                        || gaz(k, Type.REGION) != null || gaz(k, Type.TERRITORY) != null)) {
                    k = gazEnd[k];
                    last = k;
                    continue;
                }
                if (t.hyphenBefore[k] && k > j + 1 && last == k) {
                    k++;
                    last = k;
                    continue;
                }
                if (g.titleWords.contains(low) || low.equals("u.s.")) {
                    any |= g.roleNouns.contains(low) || g.staffRoles.contains(low);
                    k++;
                    last = k;
                    continue;
                }
                if (low.equals("of") || low.equals("for") || low.equals("the") || low.equals("and") || low.equals("'s")
                        || low.equals("in") && k > j + 1 && g.titleWords.contains(t.lower(k - 1))
                        || (low.equals("his") || low.equals("her")) && k == j + 1) {
                    k++;
                    continue;
                }
                if (capitalCountry(k) != null && k + 1 < sentEnd && t.is(k + 1, "'s")) {
                    k += 2;
                    last = k;
                    continue;
                }
                break;
            }
            return any ? last : j0;
        }

        Person newPerson(int a, int b, int sentStart, int sentEnd) {
            Person p = new Person();
            p.name = text.substring(t.start[a], t.end[b - 1]);
            for (int k = a; k < b; k++) if (t.isWord(k) && !PARTICLES.contains(t.lower(k))) p.toks.add(t.lower(k));
            int ts = titleStart(a, sentStart);
            int te = a;
            if (ts == a || onlyHonorifics(ts, a)) {
                int ae = appositiveEnd(b, sentEnd);
                if (ae > b) {
                    ts = b + 1;
                    while (ts < ae && !t.is(ts - 1, ",")) ts++;
                    te = ae;
                } else {
                    ts = a;
                }
            }
            fillTitle(p, ts, te);
            // "Francisco Bustillo of Uruguay", "Antony Blinken from the U.S."
            if (p.country == null && b + 1 < sentEnd && (t.is(b, "of") || t.is(b, "from"))) {
                int k = b + 1;
                if (t.is(k, "the")) k++;
                String c = placeCode(k, false, true);
                if (c != null) p.country = c;
            }
            // a spokesperson named after a comma-separated title: "the Spokesperson, Ministry of ..., X"
            for (int k = Math.max(sentStart, a - 10); k < a; k++) {
                if (g.staffRoles.contains(t.lower(k))) {
                    boolean nameBetween = false;
                    for (int m = k + 1; m < a; m++) nameBetween |= nameTok[m];
                    if (!nameBetween) p.staff = true;
                }
            }
            persons.add(p);
            for (String tk : p.toks) byTok.computeIfAbsent(tk, x -> new ArrayList<>(2)).add(p);
            return p;
        }

        void fillTitle(Person p, int ts, int te) {
            if (ts >= te) return;
            // the displayed title drops a leading nationality ("Russian", "Australia's", "the"): it is the country
            int ds = ts;
            for (int guard = 0; guard < 4 && ds < te; guard++) {
                if (t.is(ds, "the") || t.is(ds, "his") || t.is(ds, "her")) {
                    ds++;
                } else if (gazAt[ds] != null && gaz(ds, Type.DEMONYM) != null && gaz(ds, Type.ORG) == null && gazEnd[ds] < te
                        && !t.hyphenBefore[gazEnd[ds]]) {
                    ds = gazEnd[ds];
                } else if (gazAt[ds] != null && (gaz(ds, Type.COUNTRY) != null || capitalCountry(ds) != null)
                        && gazEnd[ds] < te && t.is(gazEnd[ds], "'s")) {
                    ds = gazEnd[ds] + 1;
                } else {
                    break;
                }
            }
            if (ds >= te) ds = ts;
            int de = te;
            while (de - 1 > ds && (g.honorifics.contains(t.lower(de - 1)) || isRoman(t.tok[de - 1]) && gazAt[de - 1] == null
                    || t.is(de - 1, "."))) {
                de--;
            }
            p.title = cleanTitle(text.substring(t.start[ds], t.end[de - 1]));
            String org = null, country = null, toCountry = null;
            for (int k = ts; k < te; k++) {
                titleTok[k] = true;
                String low = t.lower(k);
                if (g.staffRoles.contains(low)) p.staff = true;
                if (gazAt[k] == null) continue;
                boolean after_to = k > ts && (t.is(k - 1, "to") || t.is(k - 2, "to") && t.is(k - 1, "the"));
                boolean after_for = k > ts && (t.is(k - 1, "for") || t.is(k - 1, "in") || t.is(k - 2, "for")
                        || t.is(k - 2, "in"));
                Entry c = gaz(k, Type.COUNTRY);
                Entry d = gaz(k, Type.DEMONYM);
                Entry o = gaz(k, Type.ORG);
                if (o != null && "MEDIA".equals(o.code())) o = null;
                if (c == null && d == null && o == null && gazEnd[k] < te && t.is(gazEnd[k], "'s") && capitalCountry(k) != null
                        && country == null) {
                    country = capitalCountry(k);
                }
                if ((c != null || d != null) && country == null && !after_to && !after_for) {
                    country = c != null ? c.code() : d.code();
                }
                if ((c != null || d != null) && toCountry == null && after_to) toCountry = c != null ? c.code() : d.code();
                if (o != null && org == null && !after_to) org = o.code();
                for (int m = k + 1; m < gazEnd[k]; m++) titleTok[m] = true;
            }
            if (country == null && org == null) country = toCountry;
            if (org != null && ("UN".equals(org) || country == null)) {
                // officials of international bodies carry the body's code; a demonym before the body wins
                // only for national officials ("Russian Deputy Foreign Minister")
                p.org = org;
                if (country == null || firstIsOrg(ts, te)) p.country = org;
                else p.country = country;
            } else {
                p.country = country;
                p.org = org;
            }
            if (p.country == null && org != null) p.country = org;
            if (p.country == null && p.title != null) {
                String tl = p.titleLow();
                for (String[] tc : g.titleCountries) {
                    if (tl.contains(tc[0])) {
                        p.country = tc[1];
                        break;
                    }
                }
            }
        }

        boolean firstIsOrg(int ts, int te) {
            for (int k = ts; k < te; k++) {
                if (gazAt[k] == null) continue;
                if (gaz(k, Type.ORG) != null) return true;
                if (gaz(k, Type.COUNTRY) != null || gaz(k, Type.DEMONYM) != null) return false;
            }
            return false;
        }

        String cleanTitle(String s) {
            String x = s.strip();
            for (String h : new String[] {" Dr.", " Dr", " H.E.", " Hon.", " Mr.", " Mrs.", " Ms."}) {
                if (x.endsWith(h)) x = x.substring(0, x.length() - h.length()).strip();
            }
            if (x.equals("Dr.") || x.equals("Dr") || x.equals("H.E.") || x.equals("H.E. Dr.") || x.equals("Hon.")) return null;
            if (x.startsWith(",")) x = x.substring(1).strip();
            if (x.endsWith(",")) x = x.substring(0, x.length() - 1).strip();
            return x.isEmpty() ? null : x;
        }

        // ------------------------------------------------------------ sentence processing

        void sentence(int si) {
            int[] s = sents.get(si);
            int a = s[0], b = s[1];
            boolean headline = s[2] == 1;
            List<Ment> ments = new ArrayList<>();
            // 1. persons
            int i = a;
            while (i < b) {
                if (!nameStart(i)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < b) {
                    if (nameCont(j)) { j++; continue; }
                    if (t.is(j, ".") && t.tok[j - 1].length() == 1 && t.cap[j - 1] && j + 1 < b && nameWord(j + 1)
                            && t.end[j] < t.start[j + 1]) {
                        j++;
                        continue;
                    }
                    if (j == i + 1 && t.tok[j].equals("He") && !mask[j] && i > a && !t.is(j + 1, "said")
                            && (g.roleNouns.contains(t.lower(i - 1)) || findPerson(List.of(t.lower(i), "he")) != null)) {
                        j++;
                        continue;
                    }
                    if (PARTICLES.contains(t.lower(j)) && j + 1 < b && nameWord(j + 1)) { j += 2; continue; }
                    break;
                }
                List<String> toks = new ArrayList<>();
                for (int k = i; k < j; k++) if (t.isWord(k) && !PARTICLES.contains(t.lower(k))) toks.add(t.lower(k));
                if (toks.isEmpty()) {
                    i = j;
                    continue;
                }
                Person p = findPerson(toks);
                boolean titled = i > a && (g.roleNouns.contains(t.lower(i - 1)) || g.honorifics.contains(t.lower(i - 1))
                        || t.is(i - 1, ".") && i - 1 > a && g.honorifics.contains(t.lower(i - 2)));
                boolean conj = i > a + 1 && t.is(i - 1, "and") && i - 2 >= a && nameTok[i - 2]
                        || j + 1 < b && t.is(j, "and") && nameWord(j + 1) && findPerson(List.of(t.lower(j + 1))) != null;
                int primary = 0;
                for (int k = i; k < j; k++) if (!t.hyphenBefore[k]) primary++;
                if (p == null && (primary >= 2 || titled || conj && i > a)) {
                    if (primary == 1 && i == a) {
                        i = j;
                        continue; // a lone capitalised word opening a sentence
                    }
                    p = newPerson(i, j, a, b);
                } else if (p != null && p.title == null) {
                    int ts = titleStart(i, a);
                    if (ts < i) fillTitle(p, ts, i);
                } else if (p != null) {
                    int ts = titleStart(i, a);
                    for (int k = ts; k < i; k++) titleTok[k] = true;
                }
                if (p != null) {
                    for (int k = i; k < j; k++) {
                        nameTok[k] = true;
                        personAt[k] = p;
                    }
                    p.last = i;
                    Ment m = new Ment(i, j, new Part(p, null));
                    if (p.staff) m.excluded = true;
                    int ae = appositiveEnd(j, b);
                    int after = ae > j && ae < b && t.is(ae, ",") ? ae + 1 : j;
                    if (after < b && t.is(after, ")")) after++;
                    if (after < b && SPEECH.contains(t.lower(after))) m.excluded = speakerExcluded(after, b);
                    if (i - 2 >= a && t.is(i - 2, "according") && t.is(i - 1, "to")) m.excluded = true;
                    ments.add(m);
                }
                i = j;
            }
            // 2. roles, pronoun subjects and sides
            roleMentions(a, b, ments);
            for (int k = a + 1; k < b; k++) {
                if (!(t.is(k, "him") || t.is(k, "her") && !(k + 1 < b && t.isWord(k + 1) && !isNounTrigger(k + 1, t.lower(k + 1), b)
                        && !t.is(k + 1, "to") && !t.is(k + 1, "for")))) {
                    continue;
                }
                if (!isVerbTrigger(k - 1, t.lower(k - 1), b)) continue;
                Person host = null;
                for (Ment m : ments) if (m.tok < k && m.part.p != null) host = m.part.p;
                Person best = null;
                for (Ment m : ments) {
                    if (m.tok < k && m.part.p != null && m.part.p != host && !m.part.p.staff) {
                        best = m.part.p;
                        break;
                    }
                }
                if (best == null && focus != host) best = focus;
                if (best != null) ments.add(new Ment(k, k + 1, new Part(best, null)));
            }
            for (int k = a; k + 1 < b; k++) {
                if ((t.is(k, "he") || t.is(k, "she")) && focus != null) personAt[k] = focus;
                if (!(t.is(k, "he") || t.is(k, "she"))) continue;
                int v = k + 1;
                while (v < b && v <= k + 3 && AUX.contains(t.lower(v))) v++;
                boolean verbNext = v < b && isVerbTrigger(v, t.lower(v), b) || isVerbTrigger(k + 1, t.lower(k + 1), b)
                        || k + 2 < b && isVerbTrigger(k + 2, t.lower(k + 2), b)
                        || k + 2 < b && (t.is(k + 1, "held") || t.is(k + 1, "had")) && isNounTrigger(k + 2, t.lower(k + 2), b);
                if (!verbNext) continue;
                Person best = null;
                for (Ment m : ments) if (m.tok < k && m.part.p != null && !m.part.p.staff) best = m.part.p;
                if (best == null && focus != null) best = focus;
                if (best != null) ments.add(new Ment(k, k + 1, new Part(best, null)));
            }
            sideMentions(a, b, ments);
            ments.sort((x, y) -> Integer.compare(x.tok, y.tok));
            // 3. topics: forced (situation of X, territories)
            forcedTopics(a, b);
            if (headline) {
                return;
            }
            // 4. meetings
            meetingsIn(si, a, b, ments);
        }

        boolean speakerExcluded(int speechTok, int b) {
            // "Lavrov said at the meeting with X" keeps the speaker
            for (int k = speechTok + 1; k < b && k <= speechTok + 4; k++) {
                String low = t.lower(k);
                if (NOUN_TRIGGERS.contains(low) || VERB_TRIGGERS.contains(low)) return false;
            }
            return true;
        }

        void roleMentions(int a, int b, List<Ment> ments) {
            for (int i = a; i < b; i++) {
                if (mask[i] || titleTok[i] || nameTok[i] || !t.isWord(i)) continue;
                String low = t.lower(i);
                boolean plural = low.length() > 3 && low.endsWith("s") && g.roleNouns.contains(g.singular(low));
                if (!plural && !g.roleNouns.contains(low)) continue;
                // title of a following name?
                if (i + 1 < b && (nameTok[i + 1] || titleTok[i + 1])) continue;
                if (i + 2 < b && t.is(i + 1, ",") && nameTok[i + 2]) continue;
                if (i + 1 < b && g.titleWords.contains(t.lower(i + 1)) && !t.is(i + 1, "'s")) continue;
                boolean nameSoon = false;
                for (int k = i + 1; k < b && k <= i + 3; k++) nameSoon |= nameTok[k];
                if (nameSoon && !plural && !(t.is(i + 1, "of") || t.is(i + 1, "from"))) continue;
                // phrase start
                int k = i - 1;
                String country = null;
                while (k >= a) {
                    String q = t.lower(k);
                    int gs = gazStartCovering(k);
                    if (gs >= 0 && (gaz(gs, Type.DEMONYM) != null || gaz(gs, Type.COUNTRY) != null || gaz(gs, Type.ORG) != null)) {
                        String c = placeCode(gs, true, true);
                        if (country == null) country = c;
                        k = gs - 1;
                        continue;
                    }
                    if (q.equals("'s") || g.titleWords.contains(q) || q.equals("top")) {
                        k--;
                        continue;
                    }
                    if ((q.equals("and") || q.equals(",")) && k - 1 >= a && gazStartCovering(k - 1) >= 0
                            && gaz(gazStartCovering(k - 1), Type.DEMONYM) != null) {
                        k--;
                        continue;
                    }
                    break;
                }
                boolean det = k >= a && DETERMINERS.contains(t.lower(k)) || k + 1 <= i && t.is(k + 1, "'s") == false
                        && k >= a && t.is(k, "'s");
                boolean possessive = false;
                for (int m = k + 1; m < i; m++) possessive |= t.is(m, "'s");
                boolean ofList = plural && i + 1 < b && (t.is(i + 1, "of") || t.is(i + 1, "from"));
                boolean demList = false;
                if (plural) {
                    int dn = 0;
                    for (int m = k + 1; m < i; m++) if (gazAt[m] != null && gaz(m, Type.DEMONYM) != null) dn++;
                    demList = dn >= 2 || dn == 1 && k >= a && (t.is(k, "with") || isVerbTrigger(k, t.lower(k), b));
                }
                if (!det && !possessive && !ofList && !demList) continue;
                // "... of/from COUNTRY(, COUNTRY)* and COUNTRY" => sides
                int j = i + 1;
                if (j < b && (t.is(j, "of") || t.is(j, "from"))) {
                    int j2 = j + 1;
                    while (j2 < b && j2 <= j + 5 && placeCode(j2, false, true) == null
                            && (g.titleWords.contains(t.lower(j2)) || t.is(j2, "of") || t.is(j2, "the") || t.is(j2, "and"))) {
                        j2++;
                    }
                    if (j2 > j + 1 && !t.is(j2 - 1, "of") && !t.is(j2 - 1, "the")) j2 = j + 1;
                    List<int[]> list = placeList(j2, b);
                    if (!list.isEmpty()) {
                        int after = list.get(list.size() - 1)[1];
                        int nf = after;
                        if (nf + 1 < b && t.is(nf, "to") && placeCode(nf + 1, false, true) != null) nf = gazEnd[nf + 1];
                        else if (nf + 2 < b && t.is(nf, "to") && t.is(nf + 1, "the") && placeCode(nf + 2, false, true) != null) {
                            nf = gazEnd[nf + 2];
                        }
                        if (nf < b && t.is(nf, ",")) nf++;
                        while (nf < b && (g.titleWords.contains(t.lower(nf)) || g.honorifics.contains(t.lower(nf))
                                || t.is(nf, "."))) nf++;
                        boolean nameFollows = nf < b && nameTok[nf];
                        if (after < b && (t.is(after, "member") || t.is(after, "members") || t.is(after, "countries")
                                || t.is(after, "states") || t.is(after, "nations"))) {
                            continue;
                        }
                        if (nameFollows) {
                            for (Person pp : recentPersons(32)) {
                                if (pp.last == nf && pp.country == null) pp.country = placeCode(list.get(0)[0], true, true);
                            }
                        }
                        if (!nameFollows) {
                            for (int[] it : list) ments.add(new Ment(it[0], it[1], new Part(null, placeCode(it[0], true, true))));
                        }
                        for (int[] it : list) for (int m = it[0]; m < it[1]; m++) titleTok[m] = true;
                        continue;
                    }
                }
                if (plural) {
                    // "the Russian and Azerbaijani counterparts" (no names follow): sides
                    List<String> cs = new ArrayList<>();
                    for (int m = k + 1; m < i; m++) {
                        if (gazAt[m] != null && gaz(m, Type.DEMONYM) != null) cs.add(gaz(m, Type.DEMONYM).code());
                    }
                    int nf = i + 1;
                    if (nf < b && (t.is(nf, ",") || t.is(nf, "-") || t.is(nf, "—") || t.is(nf, ":"))) nf++;
                    boolean objectPos = k >= a && (t.is(k, "with") || isVerbTrigger(k, t.lower(k), b));
                    if ((cs.size() >= 2 || cs.size() == 1 && objectPos) && !(nf < b && nameTok[nf])) {
                        for (String c : cs) ments.add(new Ment(i, i + 1, new Part(null, c)));
                    } else if (cs.size() >= 2) {
                        // "his US and UK counterparts, Rex Tillerson and Boris Johnson": countries in order
                        int idx = 0;
                        for (int m = nf; m < b && idx < cs.size(); m++) {
                            if (nameTok[m] && (m == nf || !nameTok[m - 1])) {
                                for (Person pp : recentPersons(32)) if (pp.last == m && pp.country == null) pp.country = cs.get(idx);
                                idx++;
                            } else if (!(nameTok[m] || t.is(m, "and") || t.is(m, ","))) {
                                break;
                            }
                        }
                    }
                    continue;
                }
                if (low.equals("counterparts")) continue;
                if (low.equals("counterpart") && country == null) continue;
                Person p = resolveRole(low, country, i, k + 1);
                if (p != null) {
                    p.last = i;
                    Ment m = new Ment(i, i + 1, new Part(p, null));
                    int after = i + 1;
                    if (after < b && SPEECH.contains(t.lower(after))) m.excluded = speakerExcluded(after, b);
                    if (p.staff) m.excluded = true;
                    ments.add(m);
                } else if (country != null && !low.equals("official")) {
                    ments.add(new Ment(i, new Part(null, country)));
                }
            }
            // "ambassadors from different countries, among them the Czech Republic, Australia and Turkmenistan"
            for (int i = a; i + 2 < b; i++) {
                boolean intro = t.is(i, "among") && (t.is(i + 1, "them") || t.is(i + 1, "whom")) || t.is(i, "including")
                        || t.is(i, "such") && t.is(i + 1, "as");
                if (!intro) continue;
                boolean pluralRole = false;
                for (int k = Math.max(a, i - 10); k < i; k++) {
                    String q = t.lower(k);
                    pluralRole |= q.endsWith("s") && g.roleNouns.contains(q) && !q.equals("affairs");
                }
                if (!pluralRole) continue;
                int st = t.is(i, "including") ? i + 1 : i + 2;
                for (int[] it : placeList(st, b)) ments.add(new Ment(it[0], new Part(null, placeCode(it[0], true, true))));
            }
            // "the Armenian side"
            for (int i = a; i + 1 < b; i++) {
                if (mask[i]) continue;
                Entry d = gaz(i, Type.DEMONYM);
                if (d != null && gazEnd[i] < b && (t.is(gazEnd[i], "side") || t.is(gazEnd[i], "delegation"))
                        && i > a && t.is(i - 1, "the")) {
                    ments.add(new Ment(i, new Part(null, d.code())));
                }
            }
        }

        Person resolveRole(String role, String country, int at, int phraseStart) {
            Person best = null;
            int bestScore = -1;
            for (Person p : recentPersons(256)) {
                if (p.staff || p.last >= at && p.last != at) continue;
                if (country != null && !country.equals(p.country)) continue;
                if (!roleFitsLow(role, p.titleLow())) continue;
                int score = 0;
                String tl = p.titleLow();
                for (int k = Math.max(0, phraseStart); k <= at; k++) {
                    String q = t.lower(k);
                    if (q.length() > 2 && !DETERMINERS.contains(q) && tl.contains(q)) score += 4;
                }
                if (p == focus) score += 2;
                if (best == null || score > bestScore || score == bestScore && p.last > best.last) {
                    best = p;
                    bestScore = score;
                }
            }
            return best;
        }

        boolean roleFitsLow(String role, String tl) {
            switch (role) {
                case "diplomat":
                    return tl.contains("minister") || tl.contains("secretary") || tl.contains("ambassador")
                            || tl.contains("envoy") || tl.contains("diplomat") || tl.contains("representative")
                            || tl.contains("negotiator") || tl.contains("commissioner");
                case "leader":
                    return tl.contains("president") || tl.contains("prime") || tl.contains("leader") || tl.contains("king")
                            || tl.contains("chancellor") || tl.contains("premier") || tl.contains("emir");
                case "premier":
                    return tl.contains("prime") || tl.contains("premier");
                case "official":
                case "head":
                case "chief":
                case "counterpart":
                    return true;
                default:
                    return tl.contains(role);
            }
        }

        /** A list of places (countries, orgs, capitals) starting at i: [start,end) pairs. */
        List<int[]> placeList(int i, int b) {
            List<int[]> out = new ArrayList<>();
            int k = i;
            while (k < b) {
                if (t.is(k, "the")) k++;
                int k0 = k;
                while (k < b && k - k0 < 5 && placeCode(k, false, true) == null && LONG_FORM.contains(t.lower(k))) k++;
                if (k >= b || placeCode(k, false, true) == null) k = k0;
                if (k >= b) break;
                String c = placeCode(k, false, true);
                if (c == null || gazEnd[k] <= k) break;
                out.add(new int[] {k, gazEnd[k]});
                k = gazEnd[k];
                if (k < b && t.is(k, ",")) k++;
                if (k < b && (t.is(k, "and") || t.is(k, "as") && t.is(k + 1, "well") && t.is(k + 2, "as"))) {
                    k += t.is(k, "and") ? 1 : 3;
                } else if (!(k > 0 && t.is(k - 1, ","))) {
                    break;
                }
            }
            return out;
        }

        String capitalCountry(int i) {
            Entry c = gaz(i, Type.CITY);
            if (c == null) return null;
            Gazetteer.CountryInfo ci = g.country(c.code());
            if (ci != null && ci.capital() != null && ci.capital().startsWith(c.city())) return c.code();
            if ("Washington".equals(c.city())) return "US";
            return null;
        }

        void sideMentions(int a, int b, List<Ment> ments) {
            for (int i = a; i < b; i++) {
                if (mask[i]) continue;
                // between X and Y (countries, organisations, capitals)
                boolean trigNear = false;
                for (int k = t.is(i, "between") ? Math.max(a, i - 7) : i; k < i; k++) {
                    String q = t.lower(k);
                    trigNear |= isNounTrigger(k, q, b) || isVerbTrigger(k, q, b) || q.equals("took") || q.equals("held");
                }
                if (t.is(i, "between") && trigNear) {
                    List<int[]> items = new ArrayList<>();
                    int k = i + 1;
                    while (k < b && items.size() < 6) {
                        if (t.is(k, "the")) k++;
                        String c = k < b ? placeCode(k, false, true) : null;
                        if (c == null && k < b) c = capitalCountry(k);
                        if (c == null || gazEnd[k] <= k) break;
                        items.add(new int[] {k, gazEnd[k]});
                        k = gazEnd[k];
                        if (k < b && (t.is(k, "and") || t.is(k, ","))) k++;
                        else break;
                    }
                    if (items.size() >= 2) {
                        for (int[] it : items) {
                            String c = placeCode(it[0], false, true);
                            if (c == null) c = capitalCountry(it[0]);
                            if (!titleTok[it[0]]) ments.add(new Ment(it[0], new Part(null, c)));
                        }
                    }
                }
                // compound "North Korea-United States ... talks"
                String c1 = placeCode(i, true, true);
                if (c1 != null && !titleTok[i] && gazEnd[i] < b && t.hyphenBefore[gazEnd[i]]) {
                    int k = gazEnd[i];
                    String c2 = placeCode(k, true, true);
                    if (c2 != null && gazEnd[k] > k) {
                        int e = gazEnd[k];
                        for (int m = e; m < b && m <= e + 6; m++) {
                            if (t.is(m, "talks") || t.is(m, "summit") || t.is(m, "meeting") || t.is(m, "dialogue")) {
                                ments.add(new Ment(i, new Part(null, c1)));
                                ments.add(new Ment(k, new Part(null, c2)));
                                break;
                            }
                        }
                    }
                }
            }
            // subject "X and Y held talks/met"
            for (int i = a; i < b; i++) {
                if (mask[i] || titleTok[i]) continue;
                if (i > a && !(t.is(i - 1, ",") || i - 1 == a || t.is(i - 1, "the") && i - 2 <= a)) continue;
                List<int[]> list = placeList(i, b);
                if (list.size() < 2) continue;
                int after = list.get(list.size() - 1)[1];
                int k = after;
                while (k < b && k < after + 3 && AUX.contains(t.lower(k))) k++;
                boolean heldNoun = k + 1 < b && (t.is(k, "held") || t.is(k, "hold") || t.is(k, "continue") || t.is(k, "resume")
                        || t.is(k, "begin") || t.is(k, "start") || t.is(k, "have") || t.is(k, "had"))
                        && (NOUN_TRIGGERS.contains(t.lower(k + 1)) || k + 2 < b && NOUN_TRIGGERS.contains(t.lower(k + 2)));
                if (k < b && (VERB_TRIGGERS.contains(t.lower(k)) || heldNoun)) {
                    for (int[] it : list) ments.add(new Ment(it[0], new Part(null, placeCode(it[0], false, true))));
                }
            }
        }

        void forcedTopics(int a, int b) {
            for (int i = a; i < b; i++) {
                if (mask[i]) continue;
                Entry te = gaz(i, Type.TERRITORY);
                if (te != null) forcedTopics.addAll(te.codes());
                if (SITUATION.contains(t.lower(i)) && i + 1 < b && !titleTok[i]) {
                    int k = i + 1;
                    if (t.is(k, "in") || t.is(k, "of") || t.is(k, "inside") || t.is(k, "around") || t.is(k, "on")) {
                        k++;
                        List<int[]> list = placeList(k, b);
                        for (int[] it : list) {
                            String c = placeCode(it[0], false, false);
                            if (c != null) forcedTopics.add(c);
                        }
                    }
                }
            }
        }

        // ------------------------------------------------------------ meetings

        int findTrigger(int a, int b, boolean[] verb) {
            int noun = -1;
            for (int i = a; i < b; i++) {
                if (mask[i] || !t.isWord(i)) continue;
                String low = t.lower(i);
                if (isVerbTrigger(i, low, b)) {
                    verb[0] = true;
                    return i;
                }
                if (isNounTrigger(i, low, b)) {
                    for (int k = Math.max(a, i - 3); k < i; k++) {
                        String q = t.lower(k);
                        if (q.equals("held") || q.equals("hold") || q.equals("holds") || q.equals("holding")
                                || q.equals("had") || q.equals("have")) {
                            verb[0] = true;
                            return i;
                        }
                    }
                    if (noun < 0) noun = i;
                }
            }
            return noun;
        }

        boolean isVerbTrigger(int i, String low, int b) {
            if (VERB_TRIGGERS.contains(low)) {
                if (low.startsWith("meet") || low.equals("met")) {
                    // "met with criticism", "met expectations", "meet the deadline"
                    for (int k = i + 1; k < b && k <= i + 4; k++) if (NOT_MET.contains(t.lower(k))) return false;
                }
                if (low.equals("sat") || low.equals("sits")) return t.is(i + 1, "down");
                if (low.equals("spoke") || low.equals("speaks")) return t.is(i + 1, "with") || t.is(i + 1, "by");
                if (low.equals("talked")) return t.is(i + 1, "with") || t.is(i + 1, "by");
                if (low.equals("hosted") || low.equals("hosts") || low.equals("received") || low.equals("receives")) {
                    // needs a person object, not "received support" / "received a letter"
                    for (int k = i + 1; k < b && k <= i + 12; k++) {
                        if (NOT_RECEIVED.contains(t.lower(k))) return false;
                        if (nameTok[k] || titleTok[k] || t.is(k, "him") || t.is(k, "her") || t.is(k, "them")) return true;
                        if (t.is(k, ".") || t.is(k, ";") || t.is(k, "that") || t.is(k, "which")) return false;
                    }
                    return false;
                }
                return true;
            }
            if ((low.equals("called") || low.equals("calls") || low.equals("call")) && t.is(i + 1, "on")) {
                int k = i + 2;
                while (k < b && k <= i + 8 && !nameTok[k]) k++;
                return k < b && nameTok[k] && !(k + 1 < b && t.is(k + 1, "to"));
            }
            if (low.equals("joined") && t.is(i + 1, "by")) return true;
            if ((low.equals("granted") || low.equals("gave") || low.equals("received")) && (t.is(i + 1, "an") || t.is(i + 1, "in"))
                    && t.is(i + 2, "audience")) {
                return true;
            }
            return false;
        }

        boolean isNounTrigger(int i, String low, int b) {
            if (i < 0 || i >= t.n) return false;
            byte memo = nounMemo[i];
            if (memo != 0) return memo == 1;
            boolean r = isNounTrigger0(i, low, b);
            nounMemo[i] = (byte) (r ? 1 : 2);
            return r;
        }

        boolean isNounTrigger0(int i, String low, int b) {
            if (low.equals("together") && t.hyphenBefore[i] && i > 0 && t.is(i - 1, "get")) return true;
            if (!NOUN_TRIGGERS.contains(low)) {
                if ((low.equals("video") || low.equals("phone") || low.equals("telephone")) && t.is(i + 1, "conference")) {
                    return true;
                }
                if (low.equals("visit") && (t.is(i - 1, "farewell") || t.is(i - 1, "courtesy"))) return true;
                return false;
            }
            if (i > 0 && (t.is(i - 1, "press") || t.is(i - 1, "news"))) return false;
            int pv = i > 0 && t.is(i - 1, "'s") ? i - 2 : i - 1;
            if (t.capitalized(i) && pv >= 0 && t.capitalized(pv) && t.isWord(pv) && !newlineBetween(pv, i)) {
                return false; // a named forum: "CELAC Summit", "Ibero-American Summit"
            }
            if ((low.equals("call") || low.equals("calls")) && (t.is(i + 1, "for") || t.is(i + 1, "to")
                    || t.is(i - 1, "so"))) {
                return false;
            }
            if ((low.equals("breakfast") || low.equals("lunch") || low.equals("dinner"))) {
                return i > 1 && (t.is(i - 1, "to") || t.is(i - 1, "a") || t.is(i - 1, "working"))
                        && hasWordBefore(i, "host", 8);
            }
            // "offer of talks", "possible summit"
            for (int k = Math.max(0, i - 3); k < i; k++) {
                String q = t.lower(k);
                if (q.equals("possible") || q.equals("possibility") || q.equals("offer") || q.equals("attempt")
                        || q.equals("idea") || q.equals("proposal") || q.equals("proposed") || q.equals("tried")) {
                    return false;
                }
            }
            if (t.is(i + 1, "of") && t.is(i + 2, "talks")) return false;
            return true;
        }

        boolean hasWordBefore(int i, String prefix, int span) {
            for (int k = Math.max(0, i - span); k < i; k++) if (t.lower(k).startsWith(prefix)) return true;
            return false;
        }

        boolean sentenceHas(int a, int b, Set<String> words) {
            for (int i = a; i < b; i++) if (!mask[i] && words.contains(t.lower(i))) return true;
            return false;
        }

        void meetingsIn(int si, int a, int b, List<Ment> allMents) {
            boolean[] verb = new boolean[1];
            int trig = findTrigger(a, b, verb);
            if (trig > a) {
                for (int i = a; i < trig; i++) {
                    String low = t.lower(i);
                    if (!mask[i] && t.isWord(i) && (isNounTrigger(i, low, b) || isVerbTrigger(i, low, b))) {
                        trig = i;
                        break;
                    }
                }
            }
            // split at a second trigger introduced by after/following/before/which/and/','
            if (trig >= 0) {
                int second = -1;
                int prevTrig = trig;
                for (int i = trig + 1; i < b; i++) {
                    String low = t.lower(i);
                    if (isVerbTrigger(i, low, b) || isNounTrigger(i, low, b)) {
                        if (i == prevTrig + 1) {
                            prevTrig = i; // "trilateral meeting", "phone call": one trigger
                            continue;
                        }
                        second = i;
                        break;
                    }
                }
                if (second > 0) {
                    int cut = -1;
                    for (int k = second - 1; k > trig; k--) {
                        String q = t.lower(k);
                        if (q.equals("after") || q.equals("following") || q.equals("before") || q.equals("which")
                                || q.equals(";") || q.equals("built") || q.equals("followed") || q.equals("since")
                                || q.equals("and") && t.is(k - 1, ",")) {
                            cut = k;
                            break;
                        }
                    }
                    if (cut < 0) {
                        // cut before the list of names that is the subject of the second trigger
                        Ment lastBefore = null, listStart = null;
                        for (Ment m : allMents) {
                            if (m.tok <= trig || m.tok >= second) continue;
                            if (lastBefore == null || lastBefore.end < 0 || !listGap(lastBefore.end, m.tok)) listStart = m;
                            lastBefore = m;
                        }
                        boolean before = false;
                        for (Ment m : allMents) before |= m.tok < (listStart == null ? 0 : listStart.tok) && m != listStart;
                        boolean verbGap = false;
                        if (lastBefore != null && lastBefore.end > 0) {
                            for (int k = lastBefore.end; k < second; k++) {
                                String q = t.lower(k);
                                verbGap |= q.equals("their") || q.equals("his") || q.equals("her") || SPEECH.contains(q)
                                        || q.length() > 4 && q.endsWith("ed") && !t.capitalized(k);
                            }
                        }
                        if (listStart != null && before && verbGap && lastBefore.end > 0 && second - lastBefore.end <= 6) {
                            cut = listStart.tok;
                            while (cut - 1 > trig && titleTok[cut - 1]) cut--;
                        }
                    }
                    if (cut > 0) {
                        List<Ment> m1 = new ArrayList<>(), m2 = new ArrayList<>();
                        for (Ment m : allMents) (m.tok < cut ? m1 : m2).add(m);
                        Mtg first = clause(si, a, cut, m1, null);
                        clause(si, cut, b, m2, first);
                        return;
                    }
                }
            }
            clause(si, a, b, allMents, null);
        }

        Mtg clause(int si, int a, int b, List<Ment> allMents, Mtg prevClause) {
            boolean[] verb = new boolean[1];
            int trig = findTrigger(a, b, verb);
            List<Ment> ments = new ArrayList<>();
            for (Ment m : allMents) if (!m.excluded) ments.add(m);
            // dedupe by identity, a person wins over a side of the same country
            List<Ment> uniq = new ArrayList<>();
            for (Ment m : ments) {
                boolean dup = false;
                for (int k = 0; k < uniq.size(); k++) {
                    Ment u = uniq.get(k);
                    if (u.part.same(m.part)) {
                        dup = true;
                        if (u.part.p == null && m.part.p != null) uniq.set(k, m);
                    }
                }
                if (!dup) uniq.add(m);
            }
            ments = uniq;
            if (trig < 0) {
                // weak trigger: two or more parties "discussed/addressed ..."
                int distinct = 0;
                Set<String> cs = new LinkedHashSet<>();
                for (Ment m : ments) cs.add(m.part.country() == null ? "?" + m.tok : m.part.country());
                distinct = cs.size();
                int personCount = 0;
                for (Ment m : ments) if (m.part.p != null) personCount++;
                if (personCount >= 2 && distinct >= 2 && sentenceHas(a, b, WEAK_TRIGGERS) && !sentenceHas(a, b, NOUN_TRIGGERS)) {
                    trig = ments.get(0).tok + 1;
                } else {
                    Kind k = kind(a, b);
                    if (k != null && !meetings.isEmpty()) {
                        Mtg lastM = meetings.get(meetings.size() - 1);
                        if (!lastM.kindExplicit && mentionsAny(allMents, lastM)) {
                            lastM.kind = k;
                            lastM.kindExplicit = true;
                            lastM.city = null;
                            lastM.country = null;
                        }
                    }
                    presentList(si, a, b, allMents);
                    pendingKindFrom(a, b);
                    return null;
                }
            }
            for (int k = Math.max(a, trig - 8); k < trig; k++) {
                if (t.is(k, "whether") || t.is(k, "unclear") || t.is(k, "if") && !t.is(k - 1, "as")) return null;
            }
            Kind kind = kind(a, b);
            boolean kindExplicit = kind != null;
            if (kind == null) kind = Kind.IN_PERSON;
            Status status = status(a, b);
            if (ments.isEmpty() && hasAny(a, b, "their", "the two", "they", "them", "previous", "earlier")
                    && a > sents.get(si)[0]) {
                Mtg src = prevClause != null ? prevClause : meetings.isEmpty() ? null : meetings.get(meetings.size() - 1);
                if (src != null) for (Part p : src.parts) ments.add(new Ment(a, p));
            }
            if (ments.isEmpty() && hasAny(Math.max(a, trig - 4), trig, "the two")) {
                int[] s0 = sents.get(si);
                for (int k = s0[0]; k < a + (trig - a); k++) {
                    List<int[]> pair = k == s0[0] || t.is(k - 1, ",") || t.is(k - 1, "but") ? placeList(k, trig) : List.of();
                    if (pair.size() == 2) {
                        for (int[] it : pair) ments.add(new Ment(it[0], it[1], new Part(null, placeCode(it[0], false, true))));
                        break;
                    }
                }
            }
            if (ments.isEmpty() && !meetings.isEmpty() && (hasAny(Math.max(a, trig - 5), trig, "the two leaders", "the two ministers",
                    "the two presidents", "the two diplomats", "the two sides", "the two men", "the two women")
                    || hasAny(Math.max(a, trig - 2), trig, "the two"))) {
                Mtg lastM = meetings.get(meetings.size() - 1);
                for (Part p : lastM.parts) ments.add(new Ment(a, a + 1, p));
            }
            if (ments.isEmpty()) {
                if (!meetings.isEmpty() && kindExplicit && mentionsAny(allMents, meetings.get(meetings.size() - 1))) {
                    Mtg lastM = meetings.get(meetings.size() - 1);
                    if (!lastM.kindExplicit) {
                        lastM.kind = kind;
                        lastM.kindExplicit = true;
                        lastM.city = null;
                        lastM.country = null;
                    }
                }
                reference(si, a, b, trig, kind, kindExplicit, status);
                pendingKindFrom(a, b);
                return null;
            }
            List<Ment> hosts = new ArrayList<>();
            List<Ment> guests = new ArrayList<>();
            for (Ment m : ments) (m.tok < trig ? hosts : guests).add(m);
            if (!hosts.isEmpty() && hosts.get(0).part.p != null && guests.isEmpty() && hosts.size() == 1) focus = hosts.get(0).part.p;
            if (focus == null && ments.size() == 1 && ments.get(0).part.p != null) focus = ments.get(0).part.p;
            // "between" right after the trigger: the parties are those after it
            boolean between = false;
            for (int k = trig; k < b && k <= trig + 4; k++) between |= t.is(k, "between");
            if (between && guests.size() >= 2) {
                hosts.clear();
                List<Ment> contiguous = new ArrayList<>();
                for (Ment m : guests) {
                    if (!contiguous.isEmpty()) {
                        Ment p = contiguous.get(contiguous.size() - 1);
                        if (p.end > 0 && !listGap(p.end, m.tok)) break;
                    }
                    contiguous.add(m);
                }
                guests = contiguous;
                ments = contiguous;
            }
            boolean sep = sentenceHas(a, b, SEP_CUES) || t.lower(trig).equals("meetings") && !between;
            boolean multi = sentenceHas(a, b, MULTI_CUES) || hasAny(a, b, "group photo", "all three", "three-way", "four-way",
                    "three way", "four way", "joined by");
            boolean singularNoun = !verb[0] && trig > a && (t.is(trig - 1, "a") || t.is(trig - 1, "an")
                    || trig - 2 >= a && (t.is(trig - 2, "a") || t.is(trig - 2, "an")));
            List<List<Part>> groups = new ArrayList<>();
            if (DEBUG) {
                System.err.println("CLAUSE trig=" + t.tok[Math.min(trig, t.n - 1)] + " hosts=" + hosts.size() + " guests="
                        + guests.size() + " sep=" + sep + " multi=" + multi + " between=" + between + " focus="
                        + (focus == null ? null : focus.name) + " :: " + text.substring(t.start[a], t.end[b - 1]));
            }
            if (hosts.size() + guests.size() == 1) {
                Part only = (hosts.isEmpty() ? guests : hosts).get(0).part;
                if (hosts.isEmpty() && focus != null && only.p != focus && linked(trig)) {
                    groups.add(List.of(new Part(focus, null), only));
                } else if (hosts.isEmpty() || only.p == null || prevClause != null || !hasAny(a, b, "the two")) {
                    pendingKindFrom(a, b);
                    if (kindExplicit && only.p != null) pendingKind = kind;
                    return null;
                }
                // else "the two" with a single named host: no meeting, but the clause still takes the pending kind and date
            } else if (sep && !hosts.isEmpty()) {
                Part h = hosts.get(0).part;
                for (Ment m : ments) if (m.part != h && !m.part.same(h)) groups.add(List.of(h, m.part));
            } else if (sep && hosts.isEmpty() && focus != null) {
                Part h = new Part(focus, null);
                boolean focusIn = false;
                for (Ment m : guests) focusIn |= m.part.p == focus;
                if (focusIn) {
                    for (Ment m : guests) if (m.part.p != focus) groups.add(List.of(h, m.part));
                } else {
                    for (Ment m : guests) groups.add(List.of(h, m.part));
                }
            } else if (multi || between || singularNoun && guests.size() >= 2) {
                List<Part> all = new ArrayList<>();
                for (Ment m : (between ? guests : ments)) all.add(m.part);
                groups.add(all);
            } else if (hosts.size() == 1 && guests.size() >= 2) {
                Ment prevG = null;
                for (Ment m : guests) {
                    if (prevG != null && prevG.end > 0 && !listGap(prevG.end, m.tok)) break;
                    groups.add(List.of(hosts.get(0).part, m.part));
                    prevG = m;
                }
            } else if (hosts.isEmpty() && guests.size() >= 2 && withBefore(trig, guests.get(0).tok) && focus != null) {
                for (Ment m : guests) if (m.part.p != focus) groups.add(List.of(new Part(focus, null), m.part));
            } else {
                List<Part> all = new ArrayList<>();
                for (Ment m : hosts) all.add(m.part);
                // guests join a subject group only when linked to the trigger ("A and B met with C")
                boolean linked = hosts.size() < 2 || !guests.isEmpty() && withBefore(trig, guests.get(0).tok);
                Ment prevG = null;
                for (Ment m : guests) {
                    if (!linked) break;
                    if (prevG != null && prevG.end > 0 && !listGap(prevG.end, m.tok)) break;
                    all.add(m.part);
                    prevG = m;
                }
                groups.add(all);
            }
            if (pendingKind != null && !kindExplicit) {
                kind = pendingKind;
                kindExplicit = true;
            }
            pendingKind = null;
            DateExpr de = nearestDate(a, b, trig, status);
            if (de == null && pendingDate != null) de = pendingDate;
            pendingDate = null;
            boolean historical = hasAny(a, b, "earlier", "previous", "previously", "ago", "last", "had met", "since")
                    && !hasAny(a, b, "earlier on", "earlier today", "earlier in the day")
                    // an earlier stop of a tour: "after a stay in Dominica, where he met ..."
                    || hasAny(a, b, "after a stay", "after a stop", "previous stop", "earlier stop", "earlier visited");
            String[] venue = kind == Kind.IN_PERSON ? venue(a, b, trig) : null;
            boolean negotiate = hasAny(a, b, "negotiations", "negotiate", "negotiated");
            Mtg last = null;
            for (List<Part> grp : groups) {
                if (grp.size() < 2) continue;
                Mtg m = new Mtg();
                m.parts.addAll(grp);
                m.kind = kind;
                m.kindExplicit = kindExplicit;
                m.status = status;
                if (de != null) {
                    m.date = de.date();
                    m.vague = de.vague();
                    m.vFrom = de.from();
                    m.vTo = de.to();
                }
                m.historical = historical || de != null && de.vague();
                if (venue != null) {
                    m.city = venue[0];
                    m.country = venue[1];
                }
                m.negotiate = negotiate;
                m.event = hasAny(Math.max(a, trig - 10), trig, "take part", "takes part", "taking part", "attend", "participate");
                m.sents.add(si);
                last = add(m);
            }
            if (last != null) {
                for (List<Part> grp : groups) for (Part p : grp) if (p.p != null) meetCount.merge(p.p, 1, Integer::sum);
                // the protagonist: the person in most meetings so far (ties: the host of the latest)
                Part h = last.parts.get(0);
                for (List<Part> grp : groups) {
                    for (Part p : grp) {
                        if (p.p == null) continue;
                        int n = meetCount.get(p.p);
                        if (n > focusCount || n == focusCount && p.p == h.p) {
                            focus = p.p;
                            focusCount = n;
                        }
                    }
                }
                if (h.p != null && meetCount.getOrDefault(h.p, 0) == focusCount) focus = h.p;
            }
            return last;
        }

        /** Tokens between two items of one coordinated list: punctuation, "and", titles, names, places. */
        boolean listGap(int from, int to) {
            for (int k = from; k < to; k++) {
                String q = t.lower(k);
                if (!t.isWord(k) || t.capitalized(k) || nameTok[k] || titleTok[k] || gazAt[k] != null || LIST_GLUE.contains(q)
                        || g.titleWords.contains(q) || g.honorifics.contains(q)) {
                    continue;
                }
                return false;
            }
            return true;
        }

        boolean linked(int trig) {
            for (int k = trig + 1; k < t.n && k <= trig + 12; k++) {
                if (t.is(k, "with") || t.is(k, "by") || t.is(k, "to") || t.is(k, "on") || t.is(k, "between")) return true;
                if (nameTok[k] || titleTok[k]) break;
            }
            return false;
        }

        boolean mentionsAny(List<Ment> ms, Mtg m) {
            for (Ment x : ms) for (Part p : m.parts) if (x.part.p != null && x.part.p == p.p) return true;
            return false;
        }

        /** "Present were X, Y and Z": the delegation of the last meeting. */
        void presentList(int si, int a, int b, List<Ment> ms) {
            if (meetings.isEmpty() || !(hasAny(a, a + 3, "present were") || hasAny(a, b, "were present")
                    || hasAny(a, a + 4, "the delegation included"))) {
                return;
            }
            Mtg m = meetings.get(meetings.size() - 1);
            List<Part> add = new ArrayList<>();
            for (Ment x : ms) if (x.part.p != null && !x.excluded) add.add(x.part);
            if (add.isEmpty()) return;
            Mtg n = new Mtg();
            n.parts.addAll(add);
            n.kind = m.kind;
            n.status = m.status;
            merge(m, n);
            m.sents.add(si);
        }

        boolean withBefore(int trig, int tok) {
            for (int k = trig; k < tok; k++) if (t.is(k, "with")) return true;
            return false;
        }

        void pendingKindFrom(int a, int b) {
            Kind k = kind(a, b);
            if (k != null && hasAny(a, b, "series", "calls", "conversations")) {
                pendingKind = k;
                pendingDate = nearestDate(a, b, a, Status.HELD);
            }
        }

        boolean hasAny(int a, int b, String... phrases) {
            for (String ph : phrases) {
                String[] ws = SPLIT.computeIfAbsent(ph, x -> x.split(" "));
                outer:
                for (int i = a; i + ws.length <= b; i++) {
                    for (int k = 0; k < ws.length; k++) if (!t.is(i + k, ws[k])) continue outer;
                    return true;
                }
            }
            return false;
        }

        /** A sentence about an already reported meeting ("The meetings took place on ... in ..."). */
        void reference(int si, int a, int b, int trig, Kind kind, boolean kindExplicit, Status status) {
            if (meetings.isEmpty()) return;
            boolean plural = t.lower(trig).endsWith("s") && !t.is(trig, "talks") || hasAny(a, b, "the meetings");
            boolean det = false;
            for (int k = Math.max(a, trig - 3); k < trig; k++) det |= DETERMINERS.contains(t.lower(k)) || t.is(k, "'s");
            if (!det) return;
            DateExpr de = nearestDate(a, b, trig, status);
            String[] venue = venue(a, b, trig);
            Mtg lastM = meetings.get(meetings.size() - 1);
            if (status == Status.PLANNED && lastM.status == Status.HELD && de != null && de.date() != null
                    && !Objects.equals(de.date(), lastM.date)) {
                // "Their talks are set to resume on Friday": a new, planned meeting of the same parties
                Mtg m = new Mtg();
                m.parts.addAll(lastM.parts);
                m.kind = lastM.kind;
                m.status = Status.PLANNED;
                m.date = de.date();
                m.city = lastM.city;
                m.country = lastM.country;
                m.sents.add(si);
                meetings.add(m);
                return;
            }
            List<Mtg> targets = plural ? meetings.subList(Math.max(0, meetings.size() - WINDOW), meetings.size()) : List.of(lastM);
            for (Mtg m : targets) {
                if (m.status != Status.HELD && status == Status.HELD) continue;
                if (de != null && de.date() != null && m.date == null && !m.vague) m.date = de.date();
                if (venue != null && m.kind == Kind.IN_PERSON && (m.city == null && venue[0] != null || m.country == null)) {
                    m.city = venue[0];
                    m.country = venue[1];
                }
                if (kindExplicit && !m.kindExplicit) {
                    m.kind = kind;
                    m.kindExplicit = true;
                    if (kind != Kind.IN_PERSON) {
                        m.city = null;
                        m.country = null;
                    }
                }
                if (status == Status.CANCELLED || status == Status.DENIED) m.status = status;
                m.sents.add(si);
            }
        }

        Kind kind(int a, int b) {
            boolean call = false, video = false;
            for (int i = a; i < b; i++) {
                if (mask[i]) continue;
                String low = t.lower(i);
                if (low.equals("video") || low.equals("videoconference") || low.equals("videoconferences")
                        || low.equals("virtual") || low.equals("virtually") || low.equals("online")) {
                    video = true;
                }
                if (low.equals("phone") || low.equals("telephone") || low.equals("phoned")
                        || (low.equals("call") || low.equals("calls")) && !t.is(i + 1, "on") && !t.is(i + 1, "for")
                        && !t.is(i + 1, "to") && !t.is(i - 1, "so")) {
                    call = true;
                }
            }
            if (video) return Kind.VIDEO;
            if (call) return Kind.CALL;
            return null;
        }

        Status status(int a, int b) {
            boolean denied = false, cancelled = false, planned = false;
            for (int i = a; i < b; i++) {
                if (mask[i]) continue;
                String low = t.lower(i);
                switch (low) {
                    case "no" -> {
                        for (int k = i + 1; k < b && k <= i + 4; k++) {
                            String q = t.lower(k);
                            if (q.equals("meeting") || q.equals("plans") || q.equals("summit") || q.equals("talks")
                                    || q.equals("meetings")) {
                                denied = true;
                            }
                        }
                    }
                    case "ruled", "rules", "rule" -> denied |= t.is(i + 1, "out");
                    case "not" -> {
                        if (t.is(i + 1, "meet") || t.is(i + 1, "planning") || t.is(i + 1, "planned")
                                || t.is(i + 1, "hold") && !t.is(i - 1, "could")) {
                            denied = true;
                        }
                    }
                    case "denied", "deny", "denies" -> denied = true;
                    case "cancelled", "canceled", "cancel", "cancels", "cancelling", "canceling", "postponed",
                            "postpone", "scrapped" -> cancelled = true;
                    case "called", "call" -> cancelled |= t.is(i + 1, "off");
                    case "backed", "pulled" -> cancelled |= t.is(i + 1, "out");
                    case "said" -> cancelled |= t.is(i + 1, "no") && t.is(i + 2, "to");
                    case "stayed" -> cancelled |= t.is(i + 1, "away");
                    case "will", "would", "shall" -> {
                        for (int k = i + 1; k < b && k <= i + 3; k++) if (PLAN_VERBS.contains(t.lower(k))) planned = true;
                    }
                    case "expected", "set", "scheduled", "due", "plans", "planning", "planned", "intends", "intend",
                            "going", "is", "are", "agreed", "hopes", "want", "wants" -> {
                        if (t.is(i + 1, "to") && i + 2 < b && PLAN_VERBS.contains(t.lower(i + 2))
                                && !(low.equals("is") || low.equals("are")) || (low.equals("is") || low.equals("are"))
                                && t.is(i + 1, "to") && (t.is(i + 2, "meet") || t.is(i + 2, "hold") || t.is(i + 2, "visit"))) {
                            planned = true;
                        }
                        boolean adjective = i + 1 < b && (NOUN_TRIGGERS.contains(t.lower(i + 1))
                                || i + 2 < b && NOUN_TRIGGERS.contains(t.lower(i + 2)) && !t.is(i + 1, "for"));
                        if ((low.equals("scheduled") || low.equals("planned") && !t.is(i - 1, "had")) && !adjective) planned = true;
                    }
                    case "upcoming", "forthcoming", "schedule", "agenda", "coming" -> planned |= !low.equals("coming")
                            || i + 1 < b && !t.is(i + 1, "to") && !t.is(i - 1, "the") || t.is(i - 1, "the") && i + 1 < b
                            && (NOUN_TRIGGERS.contains(t.lower(i + 1)) || i + 2 < b && NOUN_TRIGGERS.contains(t.lower(i + 2))
                            || i + 3 < b && NOUN_TRIGGERS.contains(t.lower(i + 3)));
                    default -> {
                    }
                }
            }
            if (denied) return Status.DENIED;
            if (cancelled) return Status.CANCELLED;
            if (planned) return Status.PLANNED;
            return Status.HELD;
        }

        // ------------------------------------------------------------ dates

        DateExpr nearestDate(int a, int b, int trig, Status status) {
            DateExpr best = null;
            int bestDist = Integer.MAX_VALUE;
            for (int i = a; i < b; i++) {
                if (mask[i] || !t.isWord(i)) continue;
                DateExpr d = dateAt(i, b, status);
                if (d == null) continue;
                boolean speech = false;
                for (int k = Math.min(i, trig); k < Math.max(i, trig); k++) speech |= SPEECH.contains(t.lower(k));
                if (speech && i < trig) continue;
                // "X said on Friday (that) ...": the date of the statement
                if (i >= 2 && (SPEECH.contains(t.lower(i - 1)) || t.is(i - 1, "on") && SPEECH.contains(t.lower(i - 2)))) continue;
                int dist = Math.abs(i - trig);
                if (dist < bestDist) {
                    best = d;
                    bestDist = dist;
                }
            }
            return best;
        }

        DateExpr dateAt(int i, int b, Status status) {
            String low = t.lower(i);
            LocalDate full = fullDateAt(i);
            if (full != null) return new DateExpr(i, full, false, null);
            int m = Dates.month(t.tok[i]);
            if (m > 0) {
                int j = i + 1;
                if (j < b && t.tok[j].equals(".")) j++;
                int d = j < b ? Dates.day(t.tok[j]) : 0;
                if (d > 0 && !(j + 1 < b && t.is(j + 1, "and"))) return new DateExpr(i, Dates.near(anchor, m, d), false, null);
                if (d > 0) return new DateExpr(i, null, true, null); // "April 2 and 3"
                if (i > 0 && Dates.day(t.tok[i - 1]) > 0) return null; // handled at the day token
                if (t.tok[i].length() <= 4 && !t.is(i - 1, "in") && !t.is(i - 1, "late") && !t.is(i - 1, "early")) return null;
                return new DateExpr(i, null, true, null); // month only
            }
            int d = Dates.day(t.tok[i]);
            if (d > 0 && i + 1 < b && (m = Dates.month(t.tok[i + 1])) > 0) {
                return new DateExpr(i, Dates.near(anchor, m, d), false, null);
            }
            DayOfWeek wd = Dates.WEEKDAYS.get(low);
            if (wd != null) {
                if (anchor == null) return new DateExpr(i, null, false, wd);
                LocalDate r = status == Status.PLANNED ? Dates.weekdayOnOrAfter(anchor, wd) : Dates.weekdayOnOrBefore(anchor, wd);
                if (hasAny(Math.max(0, i - 2), i, "next")) r = Dates.weekdayOnOrAfter(anchor.plusDays(1), wd);
                if (hasAny(Math.max(0, i - 2), i, "last")) r = Dates.weekdayOnOrBefore(anchor.minusDays(1), wd);
                return new DateExpr(i, r, false, wd);
            }
            switch (low) {
                case "today", "tonight" -> {
                    return new DateExpr(i, anchor, false, null);
                }
                case "yesterday" -> {
                    return new DateExpr(i, anchor == null ? null : anchor.minusDays(1), false, null);
                }
                case "tomorrow" -> {
                    return new DateExpr(i, anchor == null ? null : anchor.plusDays(1), false, null);
                }
                case "this" -> {
                    if (t.is(i + 1, "morning") || t.is(i + 1, "afternoon") || t.is(i + 1, "evening")) {
                        return new DateExpr(i, anchor, false, null);
                    }
                    return null;
                }
                case "week", "month", "year", "weeks", "months", "years" -> {
                    if (i > 0 && (t.is(i - 1, "last") || t.is(i - 1, "next") || t.is(i - 1, "the") && t.is(i - 2, "in")
                            || t.is(i - 1, "this") || t.is(i - 1, "two") || t.is(i - 1, "few"))) {
                        LocalDate from = null, to = null;
                        if (anchor != null && low.equals("week") && t.is(i - 1, "last")) {
                            from = anchor.minusDays(anchor.getDayOfWeek().getValue() - 1L + 7);
                            to = from.plusDays(6);
                        } else if (anchor != null && low.equals("month") && hasAny(Math.max(0, i - 4), i, "earlier")) {
                            from = anchor.withDayOfMonth(1);
                            to = anchor.minusDays(1);
                        }
                        return new DateExpr(i, null, true, null, from, to);
                    }
                    return null;
                }
                case "ago" -> {
                    return new DateExpr(i, null, true, null);
                }
                default -> {
                    return null;
                }
            }
        }

        // ------------------------------------------------------------ venues

        String[] venue(int a, int b, int trig) {
            String[] best = null;
            int bestDist = Integer.MAX_VALUE;
            String[] countryOnly = null;
            int coDist = Integer.MAX_VALUE;
            for (int i = a; i < b; i++) {
                if (mask[i] || gazAt[i] == null || titleTok[i]) continue;
                Entry v = gaz(i, Type.VENUE);
                int dist = Math.abs(i - trig);
                if (v != null && gazEnd[i] < b && SPEECH.contains(t.lower(gazEnd[i]))) continue;
                if (v != null && i > a && (t.is(i - 1, "from") || t.is(i - 2, "from") && t.is(i - 1, "the"))) continue;
                if (v != null) {
                    if (bestDist == Integer.MAX_VALUE || dist < bestDist + 6) {
                        best = new String[] {v.city(), v.code()};
                        bestDist = dist - 6; // known venues win
                    }
                    continue;
                }
                boolean speechBetween = false;
                for (int k = Math.min(i, trig); k < Math.max(i, trig); k++) {
                    speechBetween |= SPEECH.contains(t.lower(k)) && !t.is(k + 1, "no"); // "said no to coming" is not attribution
                }
                if (speechBetween && i > trig) continue;
                Entry c = gaz(i, Type.CITY);
                boolean travelTo = i > a + 1 && t.is(i - 1, "to") && (t.lower(i - 2).startsWith("travel") || t.is(i - 2, "trip")
                        || t.is(i - 2, "visit") || t.is(i - 2, "head") || t.is(i - 2, "heads") || t.is(i - 2, "fly")
                        || t.is(i - 2, "flies") || t.is(i - 2, "come") || t.is(i - 2, "coming") || t.is(i - 2, "go"));
                boolean visitCity = i > a && (t.is(i - 1, "visit") || t.is(i - 1, "visiting") || t.is(i - 1, "visits")
                        || t.is(i - 1, "outside") || t.is(i - 1, "near"));
                boolean prep = i > a && (t.is(i - 1, "in") || t.is(i - 1, "at") || travelTo || visitCity
                        || t.is(i - 1, ",") && t.is(i - 2, "capital"))
                        || gazEnd[i] < b && t.is(gazEnd[i], "hotel") || i > a + 1 && t.is(i - 2, "in") && t.is(i - 1, "the");
                if (c != null && prep && !nameTok[i]) {
                    if (dist < bestDist) {
                        best = new String[] {c.city(), c.code()};
                        bestDist = dist;
                    }
                    continue;
                }
                Entry co = gaz(i, Type.COUNTRY);
                if (co != null && i > a) {
                    boolean inPrep = t.is(i - 1, "in") || i - 2 >= a && t.is(i - 2, "in") && Character.isLowerCase(t.tok[i - 1].charAt(0))
                            && t.isWord(i - 1) && !t.is(i - 1, "the")
                            || i - 2 >= a && t.is(i - 1, "to") && (t.lower(i - 2).startsWith("travel") || t.is(i - 2, "trip")
                            || t.is(i - 2, "visit") || t.is(i - 2, "coming") || t.is(i - 2, "come"))
                            || t.is(i - 1, "visit") || t.is(i - 1, "visiting") || t.is(i - 1, "visits");
                    if (inPrep && !(i - 2 >= a && SITUATION.contains(t.lower(i - 2)))
                            && !(i - 3 >= a && SITUATION.contains(t.lower(i - 3))) && dist < coDist) {
                        countryOnly = new String[] {null, co.code()};
                        coDist = dist;
                    }
                }
            }
            if (best != null) {
                // "in St Petersburg, Russia" etc: city wins
                return best;
            }
            return countryOnly;
        }

        // ------------------------------------------------------------ merging

        Mtg add(Mtg m) {
            Mtg into = null;
            int bestScore = -1;
            for (int k = Math.max(0, meetings.size() - WINDOW); k < meetings.size(); k++) {
                Mtg o = meetings.get(k);
                if (compatible(o, m)) {
                    int score = (o.kindExplicit && m.kindExplicit && o.kind == m.kind ? 2 : 0)
                            + (o.date != null && o.date.equals(m.date) ? 1 : 0) + (o.kindExplicit == m.kindExplicit ? 1 : 0);
                    if (score > bestScore) {
                        into = o;
                        bestScore = score;
                    }
                }
            }
            if (into != null) merge(into, m);
            if (into == null) {
                meetings.add(m);
                return m;
            }
            // the merged meeting may now cover others (two bilaterals that were one trilateral)
            for (int k = meetings.size() - 1; k >= Math.max(0, meetings.size() - WINDOW); k--) {
                Mtg o = meetings.get(k);
                if (o != into && o.parts.size() < into.parts.size() && compatible(into, o) && covers(into.parts, o.parts)) {
                    merge(into, o);
                    meetings.remove(k);
                }
            }
            return into;
        }

        boolean compatible(Mtg o, Mtg m) {
            if (o.kindExplicit && m.kindExplicit && o.kind != m.kind) return false;
            if (o.status != m.status) {
                boolean ok = (o.status == Status.CANCELLED || o.status == Status.DENIED) && m.status == Status.PLANNED
                        || (m.status == Status.CANCELLED || m.status == Status.DENIED) && o.status == Status.PLANNED;
                if (!ok) return false;
            }
            if (o.date != null && m.date != null && !o.date.equals(m.date)) return false;
            if (o.date != null && m.date == null && m.vague && !within(o.date, m)
                    || m.date != null && o.date == null && o.vague && !within(m.date, o)) {
                return false;
            }
            if (o.vague && m.vague && o.date == null && m.date == null && o.vFrom != null && m.vFrom != null
                    && !(o.vFrom.equals(m.vFrom) && o.vTo.equals(m.vTo))) {
                return false;
            }
            if (o.vague && m.vague && o.date == null && m.date == null && (o.vFrom == null) != (m.vFrom == null)) return false;
            if (o.country != null && m.country != null && !o.country.equals(m.country)) return false;
            return covers(o.parts, m.parts) || covers(m.parts, o.parts);
        }

        boolean within(LocalDate d, Mtg vague) {
            return vague.vFrom != null && !d.isBefore(vague.vFrom) && !d.isAfter(vague.vTo);
        }

        boolean covers(List<Part> big, List<Part> small) {
            List<Part> unmatchedSides = new ArrayList<>();
            Set<Part> used = new java.util.HashSet<>();
            for (Part s : small) {
                boolean found = false;
                for (Part x : big) {
                    if (s.p != null && x.p != null ? s.p == x.p : s.same(x)) {
                        found = true;
                        used.add(x);
                        break;
                    }
                }
                if (!found) {
                    if (s.p != null) return false;
                    unmatchedSides.add(s);
                }
            }
            // an unnamed side can be the one participant of the other report whose country is unknown
            for (Part s : unmatchedSides) {
                Part hit = null;
                for (Part x : big) {
                    if (x.p != null && x.p.country == null && !used.contains(x)) {
                        hit = x;
                        break;
                    }
                }
                if (hit == null) return false;
                used.add(hit);
            }
            return true;
        }

        void merge(Mtg o, Mtg m) {
            // unnamed sides matched to country-less people: the people take the side's country
            List<Part> sides = new ArrayList<>();
            for (Part p : o.parts) if (p.p == null) sides.add(p);
            for (Part p : m.parts) if (p.p == null) sides.add(p);
            for (Part sd : sides) {
                boolean matched = false;
                for (Part x : o.parts) if (x.p != null && sd.side.equals(x.p.country)) matched = true;
                for (Part x : m.parts) if (x.p != null && sd.side.equals(x.p.country)) matched = true;
                if (matched) continue;
                List<Part> pool = new ArrayList<>(o.parts);
                pool.addAll(m.parts);
                for (Part x : pool) {
                    if (x.p != null && x.p.country == null) {
                        x.p.country = sd.side;
                        break;
                    }
                }
            }
            for (Part p : m.parts) {
                boolean found = false;
                for (int k = 0; k < o.parts.size(); k++) {
                    Part x = o.parts.get(k);
                    if (p.p != null && x.p != null ? p.p == x.p : p.same(x)) {
                        found = true;
                        if (x.p == null && p.p != null) o.parts.set(k, p);
                        break;
                    }
                }
                if (!found) o.parts.add(p);
            }
            if (!o.kindExplicit && m.kindExplicit) {
                o.kind = m.kind;
                o.kindExplicit = true;
            }
            if (m.status == Status.CANCELLED || m.status == Status.DENIED) o.status = m.status;
            if (o.date == null && m.date != null) {
                o.date = m.date;
                o.vague = false;
            } else if (o.date == null && m.vague) {
                o.vague = true;
                if (o.vFrom == null) {
                    o.vFrom = m.vFrom;
                    o.vTo = m.vTo;
                }
            }
            o.event |= m.event;
            if (m.city != null && o.city == null) {
                o.city = m.city;
                o.country = m.country;
            } else if (o.country == null && m.country != null) {
                o.country = m.country;
            }
            // a side now represented by a person of its country is dropped
            o.parts.removeIf(x -> {
                if (x.p != null) return false;
                for (Part y : o.parts) if (y.p != null && x.side.equals(y.p.country)) return true;
                return false;
            });
            o.historical &= m.historical;
            o.negotiate |= m.negotiate;
            o.sents.addAll(m.sents);
        }

        // ------------------------------------------------------------ defaults

        void defaults() {
            Mtg prev = null;
            for (int mi = 0; mi < meetings.size(); mi++) {
                Mtg m = meetings.get(mi);
                if (m.kind != Kind.IN_PERSON) {
                    m.city = null;
                    m.country = null;
                }
                if (m.status == Status.HELD && m.date == null && !m.vague && !m.historical) {
                    if (prev != null && prev.date != null) {
                        m.date = prev.date;
                    } else if (prev == null) {
                        // the next dated report of the same day ("Lavrov met X. On Wednesday he also met ...")
                        for (int k = mi + 1; k < meetings.size() && k <= mi + WINDOW; k++) {
                            Mtg o = meetings.get(k);
                            if (o.status == Status.HELD && o.date != null && !o.historical && !o.vague && o.kind == m.kind) {
                                m.date = o.date;
                                break;
                            }
                        }
                    }
                }
                if (m.kind == Kind.IN_PERSON && m.country == null && !m.historical && !m.vague
                        && (m.status == Status.HELD || m.status == Status.PLANNED && m.date != null)) {
                    if (prev != null && prev.country != null && Objects.equals(prev.date, m.date) && prev.kind == Kind.IN_PERSON) {
                        m.city = prev.city;
                        m.country = prev.country;
                    } else if (dlCountry != null && (m.date == null || m.date.equals(newsDate)
                            || newsDate != null && Math.abs(m.date.toEpochDay() - newsDate.toEpochDay()) <= 1)) {
                        m.city = dlCity;
                        m.country = dlCountry;
                    }
                }
                if (m.status == Status.PLANNED && m.kind == Kind.IN_PERSON && m.country == null && !m.vague && !m.event) {
                    // a planned meeting of the same trip: the venue of the meetings reported before it
                    Mtg before = null;
                    for (int k = mi - 1; k >= 0 && k >= mi - WINDOW; k--) {
                        Mtg o = meetings.get(k);
                        if (o.country != null && o.kind == Kind.IN_PERSON) {
                            before = o;
                            break;
                        }
                    }
                    if (before != null) {
                        m.city = before.city;
                        m.country = before.country;
                    }
                }
                if (m.status == Status.HELD && !m.historical) prev = m;
            }
        }

        // ------------------------------------------------------------ output

        Meeting toMeeting(Mtg m) {
            List<Participant> ps = new ArrayList<>();
            for (Part p : m.parts) {
                if (p.p != null) {
                    String org = p.p.org != null ? g.orgNames.get(p.p.org) : null;
                    if (org == null && p.p.country != null && g.country(p.p.country) != null && foreignMinistry(p.p.titleLow())) {
                        org = "Ministry of Foreign Affairs of " + g.country(p.p.country).name();
                    }
                    ps.add(new Participant(p.p.name, p.p.title, org, p.p.country));
                } else {
                    String org = g.orgNames.get(p.side);
                    Gazetteer.CountryInfo ci = g.country(p.side);
                    ps.add(new Participant(null, null, org != null ? org : ci != null ? ci.name() : null, p.side));
                }
                if (p.country() != null) participantCountries.add(p.country());
            }
            if (ps.size() < 2) return null;
            Location loc = null;
            if (m.country != null) {
                Gazetteer.CountryInfo ci = g.country(m.country);
                loc = new Location(m.city, m.country, ci != null ? ci.region() : null, ci != null ? ci.subregion() : null);
            }
            List<Evidence> ev = new ArrayList<>();
            for (int si : m.sents) {
                int[] s = sents.get(si);
                int cs = t.start[s[0]], ce = t.end[s[1] - 1];
                ev.add(new Evidence(cs, ce, text.substring(cs, ce)));
            }
            return new Meeting(ps, m.kind, m.status, m.date, loc, cameo(m), ev);
        }

        boolean foreignMinistry(String tl) {
            return tl.contains("foreign minister") || tl.contains("minister of foreign") || tl.contains("foreign affairs minister")
                    || tl.contains("minister for foreign") || tl.contains("foreign and") && tl.contains("minister");
        }

        String cameo(Mtg m) {
            if (m.status != Status.HELD) return "036";
            if (m.kind == Kind.CALL) return "041";
            if (m.kind == Kind.VIDEO) return "040";
            if (m.negotiate) return "046";
            if (m.country == null) return "040";
            String host = m.parts.get(0).country();
            if (m.country.equals(host)) return "043";
            for (int k = 1; k < m.parts.size(); k++) if (m.country.equals(m.parts.get(k).country())) return "042";
            return "044";
        }

        Topics topics() {
            // unnamed sides are excluded unless the article keeps naming them (then they are its subject)
            Map<String, Integer> mentions = new HashMap<>();
            for (int i = 0; i < t.n; i++) {
                if (mask[i] || gazAt[i] == null || titleTok[i]) continue;
                Entry c = gaz(i, Type.COUNTRY);
                if (c != null) mentions.merge(c.code(), 1, Integer::sum);
            }
            Set<String> excluded = new LinkedHashSet<>();
            Set<String> personCountries = new LinkedHashSet<>();
            for (Mtg m : meetings) for (Part p : m.parts) if (p.p != null && p.p.country != null) personCountries.add(p.p.country);
            for (String c : participantCountries) {
                if (personCountries.contains(c) || mentions.getOrDefault(c, 0) < 3) excluded.add(c);
            }
            for (Person p : persons) if (p.country != null) excluded.add(p.country);
            for (Mtg m : meetings) if (m.country != null) excluded.add(m.country);
            if (dlCountry != null) excluded.add(dlCountry);
            for (int i = 1; i < t.n; i++) {
                // places travelled to are itinerary, not subjects: "visited Senegal and Niger", "a visit to Armenia"
                String q = t.lower(i - 1);
                boolean travel = q.equals("visited") || q.equals("visiting") || q.equals("visit") && !t.is(i - 2, "the")
                        || q.equals("to") && i >= 2 && (t.is(i - 2, "visit") || t.is(i - 2, "trip") || t.lower(i - 2).startsWith("travel"))
                        || q.equals("of") && i >= 2 && t.is(i - 2, "tour") || q.equals("in") && i >= 2 && t.lower(i - 2).startsWith("arriv");
                if (!travel || mask[i]) continue;
                // only the itinerary of someone who meets in this article
                int sStart = sentStartOf(i);
                boolean traveller = false;
                for (int k = sStart; k < i; k++) {
                    Person pp = personAt[k];
                    if (pp != null && meetCount.containsKey(pp)) traveller = true;
                }
                if (!traveller) continue;
                for (int[] it : placeList(i, t.n)) {
                    String c = placeCode(it[0], false, false);
                    if (c != null && !forcedTopics.contains(c)) excluded.add(c);
                }
            }
            Set<String> codes = new LinkedHashSet<>();
            Map<String, Region> regions = new LinkedHashMap<>();
            for (int i = 0; i < t.n; i++) {
                if (mask[i] || gazAt[i] == null) continue;
                Entry c = gaz(i, Type.COUNTRY);
                if (c != null && !titleTok[i]) codes.add(c.code());
                Entry r = gaz(i, Type.REGION);
                if (r != null) regions.putIfAbsent(r.code(), new Region(r.code(), r.name(), r.codes()));
                // hyphenated compounds of demonyms/countries: "Palestinian-Israeli issue"
                Entry d = gaz(i, Type.DEMONYM);
                if ((d != null || c != null) && gazEnd[i] < t.n && t.hyphenBefore[gazEnd[i]]) {
                    String c2 = placeCode(gazEnd[i], true, false);
                    if (c2 != null) {
                        codes.add(d != null ? d.code() : c.code());
                        codes.add(c2);
                    }
                }
            }
            List<Country> out = new ArrayList<>();
            Set<String> done = new LinkedHashSet<>();
            for (String code : forcedTopics) if (done.add(code)) addCountry(out, code);
            for (String code : codes) if (!excluded.contains(code) && done.add(code)) addCountry(out, code);
            List<String> themes = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Entry>[] out1 = new List[1];
            for (int i = 0; i < t.n; i++) {
                if (mask[i] || !t.isWord(i)) continue;
                int gs = gazStartCovering(i);
                if (gs >= 0 && (gaz(gs, Type.ORG) != null || gaz(gs, Type.VENUE) != null)) continue; // "Security Council"
                int e = g.matchTheme(t, i, out1);
                if (e > 0) {
                    String slug = out1[0].get(0).code();
                    if (!themes.contains(slug)) themes.add(slug);
                    i = e - 1;
                }
            }
            return new Topics(out, new ArrayList<>(regions.values()), themes);
        }

        int sentStartOf(int tok) {
            int lo = 0, hi = sents.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int[] x = sents.get(mid);
                if (tok < x[0]) hi = mid - 1;
                else if (tok >= x[1]) lo = mid + 1;
                else return x[0];
            }
            return tok;
        }

        void addCountry(List<Country> out, String code) {
            Gazetteer.CountryInfo ci = g.country(code);
            if (ci == null) return;
            out.add(new Country(code, ci.name(), ci.region(), ci.subregion()));
        }
    }

    static final java.util.concurrent.ConcurrentHashMap<String, String[]> SPLIT = new java.util.concurrent.ConcurrentHashMap<>();

    static final Set<String> ABBREV = Set.of("dr", "mr", "mrs", "ms", "st", "hon", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "gen", "col", "lt", "sen", "rep", "gov", "prof", "jr",
            "sr", "u.s", "vs", "inc", "co", "corp", "h.e", "mt", "ft");

    static boolean editDistance1(String x, String y) {
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
