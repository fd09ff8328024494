package io.newswire.extract;

import io.newswire.extract.Gazetteer.Entry;
import io.newswire.extract.Gazetteer.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stage: page furniture, line by line. Masks the {@link DateLine date line}, datelines
 * ({@code MOSCOW, September 22. /TASS/.}), bylines, stamps, photo credits, menus and short lines without
 * sentence punctuation (they yield no entities), and reads the news context: publication date, dateline
 * place and date.
 */
final class Furniture {
    private final Document doc;
    private final String text;
    private final Tokens tokens;
    private final Gazetteer gazetteer;
    private final boolean[] furniture;
    private final int[] gazEnd;
    /** The article's own publication date, else the date line's. */
    private LocalDate published;
    private String datelineCity;
    private String datelineCountry;
    /** The first date of a page stamp line (furniture, or a labelled stamp), or null. */
    private LocalDate stampDate;
    /** A year on a stamp line without a readable date ("2 Dekabr 2015"), or 0. */
    private int stampYear;
    /** The month and day of a stamp line without a year ("Baku, December 2, AZERTAC"), or 0. */
    private int stampMonth, stampDay;
    /** Lines that open with their own date (list pages), in text order. */
    private final List<NewsContext.DatedLine> datedLines = new ArrayList<>();
    /** A line without sentence end of at most this many words, with a full date, is a stamp ("AFP 11 Jun 2021"). */
    static final int STAMP_WORDS = 6;
    /** A dated line has more words than this after its date (not a bare stamp). */
    static final int DATED_LINE_WORDS = 6;
    /** The first date of a photo caption ("07/02/2018 REUTERS"), or null. */
    private LocalDate captionDate;

    /** @param published the publication date the article came with, or null */
    Furniture(Document doc, LocalDate published) {
        this.doc = doc;
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.gazetteer = doc.gazetteer;
        this.furniture = doc.furniture;
        this.gazEnd = doc.gazEnd;
        this.published = published;
    }

    /** The date of a dateline: month 0 when it has none, year 0 when it has no year ("MOSCOW, September 22"). */
    record DatelineDate(int month, int day, int year) {}

    /** Masks the furniture of the document and returns what it says about the news. */
    NewsContext read() {
        int len = text.length();
        int lineStart = 0;
        int lineNo = 0;
        int contentLines = 0;
        LocalDate textDate = null;    // first date (with year) of the first content lines
        int dlMonth = 0, dlDay = 0, dlYear = 0;
        boolean inLinks = false;      // after a "Related news" heading: the headlines of other stories
        while (lineStart < len) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = len;
            int lead = lineStart;
            while (lead < lineEnd && Character.isWhitespace(text.charAt(lead))) lead++;
            int tail = lineEnd;
            while (tail > lead && Character.isWhitespace(text.charAt(tail - 1))) tail--;
            String trimmed = text.substring(lead, Math.min(tail, lead + 64));
            if (!trimmed.isEmpty()) {
                DateLine.Found dateLine = lineNo < DateLine.FIRST_LINES ? DateLine.atLine(text, lineStart, lineEnd) : null;
                if (dateLine != null) {
                    if (published == null) published = dateLine.date();
                    doc.maskChars(dateLine.start(), dateLine.end());
                    lead = dateLine.end();
                    while (lead < tail && Character.isWhitespace(text.charAt(lead))) lead++;
                    trimmed = text.substring(lead, Math.min(tail, lead + 64));
                }
                String low = trimmed.substring(0, Math.min(24, trimmed.length())).toLowerCase(Locale.ROOT);
                int words = countWords(lead, tail);
                boolean endsSentence = tail > lead && endsSentence(text.substring(tail - 1, tail));
                // "Related news" / "Read more" alone on its line: the unfinished lines after it are other stories' headlines
                if (inLinks && (endsSentence || words > LINK_HEADLINE_WORDS)) inLinks = false;
                boolean linkHeading = linkHeading(trimmed);
                if (inLinks || linkHeading) {
                    inLinks = true;
                    doc.maskChars(lead, lineEnd);
                } else if (low.startsWith("updated") || low.startsWith("published") || low.startsWith("posted")
                        || low.startsWith("written by") || low.startsWith("by ") || low.startsWith("from ")
                        && words <= 6 || low.startsWith("photo credit") || low.startsWith("(reporting")
                        || pipeRow(lead, tail) && !endsSentence || words <= 3 && !endsSentence
                        || low.startsWith("share") || low.startsWith("print the page")
                        || low.startsWith("discussion about") || low.startsWith("go to ")
                        || low.startsWith("all news") || low.startsWith("back to top") || linkLine(low)) {
                    stamp(lead, lineEnd);
                    if ((low.startsWith("from ") || low.startsWith("by ") || words <= 6) && datelineCity == null) {
                        bylineCity(lead, lineEnd);
                    }
                    doc.maskChars(lead, lineEnd);
                } else if (words <= 6 && trimmed.indexOf(',') > 0 && !endsSentence && contentLines < 3 && trimmed.length() < 64
                        && !meetingWordIn(lead, tail)) {
                    // "Aidoghie Paulinus, Abuja" style byline (not a headline "Rubio, Lavrov meet in Riyadh")
                    bylineCity(lead, lineEnd);
                    stamp(lead, lineEnd);
                    doc.maskChars(lead, lineEnd);
                } else {
                    if (contentLines < 6) {
                        DatelineDate dl = dateline(lead, lineEnd);
                        if (dl != null && dl.month() > 0) {
                            dlMonth = dl.month();
                            dlDay = dl.day();
                            dlYear = dl.year();
                        }
                    }
                    Stamps.Found f = Stamps.first(tokens, lead, lineEnd);
                    LocalDate lineCaption = f == null ? null : Stamps.caption(tokens, lead, lineEnd, doc.lexicon.photoCredits);
                    if (!endsSentence && (labelled(lead, tail) || f != null && words <= STAMP_WORDS)) {
                        stamp(lead, lineEnd); // "3 min read Last Updated : Aug 27 2024 | 10:58 PM IST", "AFP 11 Jun 2021"
                    } else {
                        // a photo caption's date is the photo's day, not the story's (below: the last resort)
                        if (f != null && textDate == null && contentLines < 4 && lineCaption == null) textDate = f.date();
                        if (f != null && f.start() == lead && countWords(f.end(), tail) > DATED_LINE_WORDS) {
                            // "9/23/2010 X met Y ...": a list item with its own date
                            datedLines.add(new NewsContext.DatedLine(tokens.tokenAt(lead), tokens.tokenAt(lineEnd), f.date()));
                        }
                    }
                    if (captionDate == null) captionDate = lineCaption;
                    contentLines++;
                }
            }
            lineStart = lineEnd + 1;
            lineNo++;
        }
        boolean datelineDated = dlMonth > 0;
        if (dlMonth == 0 && stampMonth > 0) {
            dlMonth = stampMonth;
            dlDay = stampDay;
        }
        LocalDate yearRef = published != null ? published : stampDate != null ? stampDate : textDate;
        LocalDate datelineDate = null;
        if (dlMonth > 0) {
            if (dlYear > 0) datelineDate = Dates.of(dlYear, dlMonth, dlDay);
            else if (yearRef != null) datelineDate = Dates.near(yearRef, dlMonth, dlDay);
            else if (stampYear > 0) datelineDate = Dates.of(stampYear, dlMonth, dlDay); // "2 Dekabr 2015"
        }
        // the page's own stamps before dates of the text, photo captions last (a file photo is older)
        LocalDate newsDate = published != null ? published : datelineDate != null ? datelineDate
                : stampDate != null ? stampDate : textDate != null ? textDate : captionDate;
        // the story's own day: its dated dateline's, else the top-most page stamp's ("February 16, 2024" under the title)
        LocalDate storyDate = datelineDated ? datelineDate : stampDate;
        boolean captionOnly = newsDate != null && published == null && datelineDate == null && stampDate == null && textDate == null;
        return new NewsContext(newsDate, captionOnly, datelineCity, datelineCountry, datelineDated ? datelineDate : null, storyDate, List.copyOf(datedLines));
    }

    /** Whether the characters {@code [from, to)} hold a meeting verb or noun of the lexicon ("meet", "talks"). */
    private boolean meetingWordIn(int from, int to) {
        for (int k = tokens.tokenAt(from); k < tokens.n && tokens.start[k] < to; k++) {
            String low = tokens.lower(k);
            if (doc.lexicon.verbTriggers.contains(low) || doc.lexicon.nounTriggers.contains(low)) return true;
        }
        return false;
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

    void bylineCity(int from, int to) {
        List<Entry>[] out = new List[1];
        for (int i = tokens.tokenAt(from); i < tokens.n && tokens.start[i] < to; i++) {
            int e = gazetteer.match(tokens, i, out);
            if (e > 0 && out[0] != null) {
                for (Entry x : out[0]) {
                    if (x.type() == Type.CITY) {
                        datelineCity = x.city();
                        datelineCountry = x.code();
                        return;
                    }
                }
            }
        }
    }

    /**
     * Reads a stamp line {@code [from, to)}: its first date ("March 28, 2012", "2013-09-06", "18.08.2018"), else
     * its year ("2 Dekabr 2015"); the top-most stamp counts. A banner of the crawl day ("Today: ...") is skipped.
     */
    void stamp(int from, int to) {
        int a = tokens.tokenAt(from);
        if (stampDate != null || a >= tokens.n || doc.lexicon.bannerLabels.contains(tokens.lower(a))) return;
        Stamps.Found f = Stamps.first(tokens, from, to);
        if (f != null) {
            stampDate = f.date();
            return;
        }
        for (int i = a; i < tokens.n && tokens.start[i] < to; i++) {
            if (stampYear == 0) stampYear = Dates.year(tokens.tok[i]);
            int m = Dates.month(tokens.tok[i]);
            int d = m > 0 && i + 1 < tokens.n ? Dates.day(tokens.tok[i + 1]) : 0;
            if (d > 0 && stampMonth == 0) {
                stampMonth = m; // "Baku, December 2, AZERTAC"
                stampDay = d;
            }
        }
    }

    /** The most words a headline in a block of links to other stories has. */
    static final int LINK_HEADLINE_WORDS = 16;

    /** Whether a line is only a label of links to other stories ([link-heading-phrases]: "Related news", "Read more:"). */
    private boolean linkHeading(String line) {
        return line.length() <= 32 && doc.lexicon.linkHeadings.contains(line.toLowerCase(Locale.ROOT).replace(":", "").strip());
    }

    /** Whether a line (its start, lower case) links another story: "Read more: ...", "Related: ...". */
    private boolean linkLine(String low) {
        for (String label : doc.lexicon.linkLabels) {
            if (low.startsWith(label) && low.substring(label.length()).stripLeading().startsWith(":")) return true;
        }
        return false;
    }

    /** Whether the line {@code [from, to)} has a stamp label among its first words ("Last Updated :"). */
    boolean labelled(int from, int to) {
        int a = tokens.tokenAt(from);
        for (int i = a; i < tokens.n && tokens.start[i] < to && i < a + 8; i++) {
            if (doc.lexicon.stampLabels.contains(tokens.lower(i))) return true;
        }
        return false;
    }

    /**
     * A dateline at the start of a line: "MOSCOW, September 22. /TASS/.", "SEOUL, Feb. 25 (Yonhap) --",
     * "ANKARA (AA) –", "ISLAMABAD:", "Addis Ababa (ENA) February 16/2023", "NNA –". Masks it and
     * returns its date (month 0 when it has none), or null when the line does not start with a dateline.
     */
    DatelineDate dateline(int from, int to) {
        int label = tokens.tokenAt(from);
        int a = label;
        // "(MENAFN- Jordan News Agency) Amman, May 14 (Petra) --": a syndicator's label in brackets before it
        if (tokens.is(a, "(")) {
            int close = a;
            while (close < tokens.n && !tokens.is(close, ")") && close - a < 12) close++;
            if (close + 1 >= tokens.n || !tokens.is(close, ")") || tokens.start[close + 1] >= to) return null;
            a = close + 1;
        }
        int i = a;
        int caps = 0;
        while (i < tokens.n && tokens.start[i] < to && i - a < 5 && tokens.isWord(i) && tokens.capitalized(i)) {
            if (tokens.allCaps(i)) caps++;
            i++;
        }
        if (i == a || i >= tokens.n || tokens.start[i] >= to) return null;
        String p = tokens.tok[i];
        boolean cityKnown = false;
        List<Entry>[] out = new List[1];
        String city = null, cc = null;
        int e = gazetteer.match(tokens, a, out);
        if (e > i && e < tokens.n && tokens.start[e] < to && out[0] != null && out[0].get(0).type() == Type.CITY) {
            i = e; // a city name with punctuation: "Washington, D.C. —"
            p = tokens.tok[i];
        }
        if (e == i && out[0] != null) {
            for (Entry x : out[0]) {
                if (x.type() == Type.CITY) {
                    // the first city of a shared name is the gazetteer's choice ("LONDON" is GB's, not Ontario's)
                    cityKnown = true;
                    city = x.city();
                    cc = x.code();
                    break;
                }
            }
        }
        if (!(caps == i - a || cityKnown)) return null;
        if (cityKnown && p.equals("[") && i + 2 < tokens.n && doc.gaz(i + 1, Type.COUNTRY) != null && tokens.is(gazEnd[i + 1], "]")) {
            i = gazEnd[i + 1] + 1; // "New Delhi [India], March 3 (ANI):"
            if (i >= tokens.n || tokens.start[i] >= to) return null;
            p = tokens.tok[i];
        }
        if (cityKnown && p.equals("/") && i + 2 < tokens.n && tokens.capitalized(i + 1) && tokens.is(i + 2, "/")) {
            p = ":"; // "Ulaanbaatar /MONTSAME/", "Bishkek /Kabar/": an agency between slashes, read by the trailing loop below
            i--;
        }
        int month = 0, day = 0, year = 0;
        int j = i;
        if (p.equals(",") && i + 2 < tokens.n && doc.gaz(i + 1, Type.COUNTRY) != null && gazEnd[i + 1] < tokens.n
                && (tokens.is(gazEnd[i + 1], ",") || dash(gazEnd[i + 1]) || tokens.is(gazEnd[i + 1], "(")) && caps == i - a) {
            // "NUSA DUA, Indonesia, Nov 16", "ELMAU, Germany (AP) —": a town the gazetteer does not know, a known country
            if (cc == null) {
                cc = doc.gaz(i + 1, Type.COUNTRY).code();
                city = townName(a, i);
            }
            i = gazEnd[i + 1];
            cityKnown = true;
            if (!tokens.is(i, ",")) {
                j = i;
                p = ""; // the dash or the agency is read below
            }
        }
        int stateEnd = p.equals(",") && !cityKnown && caps == i - a ? usStateBeforeDash(i + 1, to) : -1;
        if (stateEnd > 0) {
            // "WOODSIDE, Calif. (AP) —": a town the gazetteer does not know, in a US state as AP writes it
            city = townName(a, i);
            cc = "US";
            j = stateEnd;
            p = "";
        }
        if (p.equals(",") && cityKnown && !dash(i + 1)) {
            // "Tehran, Iran —", "Baku, Azerbaijan, May 10", "Baku, 10 May (Trend)", "Tehran, IRNA --"
            int k = i + 1;
            boolean country = false;
            Entry co = k < tokens.n ? doc.gaz(k, Type.COUNTRY) : null;
            if (co != null && co.code().equals(cc) && gazEnd[k] < tokens.n) {
                k = gazEnd[k];
                country = true;
                if (tokens.is(k, ",")) k++;
            }
            int d0, m0;
            if (k + 1 < tokens.n && (d0 = Dates.day(tokens.tok[k])) > 0 && (m0 = Dates.month(tokens.tok[k + 1])) > 0
                    && tokens.isWord(k + 1)) {
                day = d0;
                month = m0;
                j = k + 2;
                // "16th April, 2025": the year after a comma
                if (j + 1 < tokens.n && tokens.is(j, ",") && Dates.year(tokens.tok[j + 1]) > 0) j++;
                if (j < tokens.n && Dates.year(tokens.tok[j]) > 0) year = Dates.year(tokens.tok[j++]);
            } else if (k < tokens.n && Dates.month(tokens.tok[k]) > 0) {
                i = k - 1; // the month is read below
                p = ",";
                j = -1;
            } else if (k + 1 < tokens.n && tokens.allCaps(k) && tokens.isWord(k) && dash(k + 1)) {
                j = k + 1; // agency: "Tehran, IRNA --"
            } else if (country && k < tokens.n && (dash(k) || tokens.is(k, "(") || tokens.is(k, ":") || tokens.is(k, "|"))) {
                j = k;
            } else if (!country && subdivisionBeforeDash(k) > k) {
                j = subdivisionBeforeDash(k); // "WASHINGTON, D.C. —", "HONOLULU, Hawaii (AP) —": a state or province

            } else if (k < tokens.n && tokens.is(k, "(")) {
                // "ABU DHABI, (WAM / Agency - 2nd May, 2021) ...": the source (and date) in parentheses after the comma
                int close = k;
                while (close < tokens.n && !tokens.is(close, ")") && close - k < 24) close++;
                if (close >= tokens.n || !tokens.is(close, ")")) return null;
                for (int q = k + 1; q + 1 < close && month == 0; q++) { // "02nd May, 2021" inside
                    if (Dates.day(tokens.tok[q]) > 0 && Dates.month(tokens.tok[q + 1]) > 0 && tokens.isWord(q + 1)) {
                        day = Dates.day(tokens.tok[q]);
                        month = Dates.month(tokens.tok[q + 1]);
                        int y = tokens.is(q + 2, ",") ? q + 3 : q + 2;
                        if (y < close && Dates.year(tokens.tok[y]) > 0) year = Dates.year(tokens.tok[y]);
                    }
                }
                j = close + 1;
            } else {
                return null;
            }
            if (j >= 0) p = "";
        }
        // "Moscow. March 3. INTERFAX -": a full stop before the month, as a comma
        boolean stopThenMonth = p.equals(".") && cityKnown && i + 2 < tokens.n && Dates.month(tokens.tok[i + 1]) > 0
                && Dates.day(tokens.tok[i + 2]) > 0;
        if (p.equals(",") || stopThenMonth) {
            j = i + 1;
            if (j < tokens.n && (month = Dates.month(tokens.tok[j])) > 0) {
                j++;
                if (j < tokens.n && tokens.tok[j].equals(".")) j++;
                if (j < tokens.n && (day = Dates.day(tokens.tok[j])) > 0) j++;
                else month = 0;
                if (j < tokens.n && tokens.tok[j].equals(",") && j + 1 < tokens.n && Dates.year(tokens.tok[j + 1]) > 0) {
                    year = Dates.year(tokens.tok[j + 1]);
                    j += 2;
                }
            } else {
                return null;
            }
        } else if (p.equals("(")) {
            int k = j;
            while (k < tokens.n && !tokens.tok[k].equals(")") && k - j < 12) k++;
            // "Addis Ababa (ENA) February 16/2023"
            j = k + 1;
            if (j < tokens.n && (month = Dates.month(tokens.tok[j])) > 0 && j + 1 < tokens.n && (day = Dates.day(tokens.tok[j + 1])) > 0) {
                j += 2;
                if (j + 1 < tokens.n && tokens.tok[j].equals("/") && Dates.year(tokens.tok[j + 1]) > 0) {
                    year = Dates.year(tokens.tok[j + 1]);
                    j += 2;
                }
            } else {
                month = 0;
            }
        } else if (p.equals(":") || p.equals("\u2014") || p.equals("\u2013") || p.equals("-")) {
            j = i + 1;
        } else if (p.isEmpty()) {
            // read above ("Tehran, Iran —")
        } else {
            return null;
        }
        // trailing "/TASS/." "(Xinhua) --" "." "—"
        for (int guard = 0; guard < 12 && j < tokens.n; guard++) {
            String q = tokens.tok[j];
            if (q.equals(".") || q.equals("/") || q.equals("-") || q.equals("\u2014") || q.equals("\u2013")
                    || q.equals(":") || tokens.capitalized(j) && tokens.is(j + 1, "/") && guard < 6 && j > 0 && tokens.is(j - 1, "/")
                    || tokens.allCaps(j) && tokens.isWord(j) && guard < 6 && dash(j + 1)) { // "INTERFAX -" 
                j++;
            } else if (q.equals("(")) {
                int k = j;
                while (k < tokens.n && !tokens.tok[k].equals(")") && k - j < 12) k++;
                j = k + 1;
            } else {
                break;
            }
        }
        int endChar = j < tokens.n ? tokens.start[j] : text.length();
        doc.maskChars(tokens.start[label], Math.min(endChar, to));
        if (city != null || cc != null) {
            datelineCity = city;
            datelineCountry = cc;
        }
        return new DatelineDate(month, day, year);
    }

    /** A dash token: "-", "--", en or em dash. */
    /**
     * The end of one to three capitalised words or abbreviations ("D.C.", "Calif.", "New South Wales") from {@code k}
     * when a dash or an agency in brackets follows them, else {@code k}.
     */
    private int subdivisionBeforeDash(int k) {
        int j = k;
        while (j < tokens.n && j - k < 6 && (tokens.isWord(j) && tokens.capitalized(j) || tokens.is(j, ".") && j > k)) j++;
        if (j == k || j >= tokens.n) return k;
        return dash(j) || tokens.is(j, "(") ? j : k;
    }

    /** The dateline's town the gazetteer does not know, tokens {@code [a, i)} in capitals, title-cased ("NUSA DUA": "Nusa Dua"). */
    private String townName(int a, int i) {
        return Gazetteer.titleCased(text.substring(tokens.start[a], tokens.end[i - 1]).toLowerCase(Locale.ROOT));
    }

    /**
     * The token after a US state as a dateline writes it ("Calif.", "N.Y.", "Texas": [us-state] of venue.txt) starting at
     * k, when a dash or an agency in brackets follows it; else -1.
     */
    private int usStateBeforeDash(int k, int to) {
        for (int e = k + 1; e < tokens.n && e <= k + 6 && tokens.start[e] < to; e++) {
            if (!(dash(e) || tokens.is(e, "("))) continue;
            String state = text.substring(tokens.start[k], tokens.start[e]).replace(" ", "").toLowerCase(Locale.ROOT);
            return doc.lexicon.usStates.contains(state) ? e : -1;
        }
        return -1;
    }

    private boolean dash(int k) {
        if (k >= tokens.n) return false;
        String q = tokens.tok[k];
        return q.equals("-") || q.equals("--") || q.equals("\u2014") || q.equals("\u2013");
    }
}
