package io.newswire.extract;

import io.newswire.extract.Enrichment.Status;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides a meeting's date: the date expression nearest the trigger in its clause, resolved against the news
 * date. Explicit ("September 21", "21 September", "Sept 6, 2013"), weekdays (on or before the news date; on
 * or after it for planned meetings), "today", "yesterday", "tomorrow", "this morning"; vague expressions ("in
 * June", "last week", "April 2 and 3") resolve to no day and forbid a default. A date separated from the
 * trigger by a verb of saying is the statement's, not the meeting's.
 */
final class DateResolver {
    private final Document doc;
    private final Tokens tokens;
    private final boolean[] furniture;
    private final Lexicon lexicon;
    private final LocalDate newsDate;
    private final LocalDate storyDay;
    /** Lines of a list page that carry their own date ("9/23/2010 X met Y ... today"), in text order. */
    private final List<NewsContext.DatedLine> datedLines;

    /** The day the news is from (the reference of relative dates), or null. */
    LocalDate newsDate() {
        return newsDate;
    }

    DateResolver(Document doc, LocalDate newsDate) {
        this(doc, newsDate, List.of());
    }

    DateResolver(Document doc, LocalDate newsDate, List<NewsContext.DatedLine> datedLines) {
        this(doc, newsDate, datedLines, newsDate);
    }

    /** @param storyDay the day "today" and "yesterday" count from ({@link NewsContext#storyDay}) */
    DateResolver(Document doc, LocalDate newsDate, List<NewsContext.DatedLine> datedLines, LocalDate storyDay) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.furniture = doc.furniture;
        this.lexicon = doc.lexicon;
        this.newsDate = newsDate;
        this.datedLines = datedLines;
        this.storyDay = storyDay;
    }

    /** The reference date of token i: its line's own date, else the news date. */
    LocalDate anchorAt(int i) {
        NewsContext.DatedLine l = lineOf(datedLines, i);
        return l != null ? l.date() : newsDate;
    }

    /** Whether a weekday lies ahead: a planned meeting's, or the day a called-off one was "scheduled for". */
    private boolean ahead(int i, Status status) {
        if (status == Status.PLANNED) return !pastPlan(i);
        if (status != Status.CANCELLED && status != Status.DENIED) return false;
        // "planned for Tuesday, did not happen": a day that has passed
        for (int k = i + 1; k < tokens.n && k <= i + 6; k++) {
            if (tokens.is(k, "never") || tokens.is(k, "didn't") || tokens.is(k, "did") && tokens.is(k + 1, "not")) return false;
        }
        // "skipped a scheduled meeting with X on Monday": missed, so the day has passed
        for (int k = i - 1; k >= 0 && k >= i - MISSED_REACH && !tokens.is(k, ".") && !tokens.is(k, ";"); k--) {
            if (lexicon.missedVerbs.contains(tokens.lower(k))) return false;
        }
        // "the talks set for Friday", "the planned meeting with X on Thursday" (the adjective before its noun)
        for (int k = i - 1; k >= 0 && k >= i - SCHEDULED_REACH && !tokens.is(k, ".") && !tokens.is(k, ";"); k--) {
            if (lexicon.scheduledFor.contains(tokens.lower(k)) && (i - k <= 3 || lexicon.nounTriggers.contains(tokens.lower(k + 1)))) return true;
        }
        // "a meeting that was to take place on Friday has been cancelled": called off before its day (told in the
        // present perfect; "were supposed to meet on Monday, but the talks were postponed" tells of a day passed)
        return pastPlan(i) && presentPerfectIn(doc.sentStartOf(i), i + SCHEDULED_REACH);
    }

    /** "has been", "have called off": a present perfect in {@code [from, to)}. */
    private boolean presentPerfectIn(int from, int to) {
        for (int k = Math.max(0, from); k + 1 < Math.min(tokens.n, to); k++) {
            if (tokens.is(k, ".")) return false;
            if ((tokens.is(k, "has") || tokens.is(k, "have")) && tokens.isWord(k + 1) && (tokens.is(k + 1, "been") || tokens.lower(k + 1).endsWith("ed"))) return true;
        }
        return false;
    }

    /** How far before a called-off meeting's day "planned meeting" may stand ("planned meeting with President X on Thursday"). */
    private static final int SCHEDULED_REACH = 10;

    /** How far before a missed meeting's day the verb may stand ("skipped a scheduled meeting with President X on"). */
    private static final int MISSED_REACH = 14;

    /**
     * "X was scheduled to meet Y on Tuesday", "had been due to hold talks on Friday": a plan told in the past tense, whose
     * day may have passed (the nearest day before the story's, not the next).
     */
    private boolean pastPlan(int i) {
        int from = Math.max(0, i - PAST_PLAN_REACH);
        for (int k = i - 1; k > from; k--) {
            if (tokens.is(k, ".") || tokens.is(k, ";") || lexicon.futureAux.contains(tokens.lower(k))) {
                from = k; // the plan of another sentence, or one still to come ("which was expected ..., will open on Monday")
                break;
            }
        }
        for (int k = from; k + 1 < i; k++) {
            boolean hadBeen = tokens.is(k, "had") && tokens.is(k + 1, "been");
            if (!(tokens.is(k, "was") || tokens.is(k, "were") || hadBeen)) continue;
            int w = hadBeen ? k + 2 : tokens.is(k + 1, "also") ? k + 2 : k + 1;
            if (lexicon.intention.contains(tokens.lower(w)) || lexicon.plannedParticiples.contains(tokens.lower(w))) return true;
            // "was to take place", "were to meet" (not "the visit was to Paris")
            if (tokens.is(w, "to") && tokens.isWord(w + 1) && !tokens.capitalized(w + 1)) return true;
        }
        return false;
    }

    /** How far before a day its past-tense plan is looked for ("was scheduled to meet Foreign Minister X on"). */
    private static final int PAST_PLAN_REACH = 18;

    /**
     * "The next day", "the following day", "a day later", "two days later" in {@code [a, b)}: that many days after the
     * last exact day named in the sentence before the clause or the one before that (from {@code sentenceStart} back),
     * or null.
     */
    DateMention dayCountedFromBefore(int a, int b, int sentenceStart) {
        int days = 0, at = -1;
        for (int k = a; k + 1 < b && days == 0; k++) {
            if ((tokens.is(k, "next") || tokens.is(k, "following")) && tokens.is(k + 1, "day") && tokens.is(k - 1, "the")) {
                days = 1;
                at = k;
            } else if ((tokens.is(k, "day") || tokens.is(k, "days")) && tokens.is(k + 1, "later") && k > a) {
                days = tokens.lower(k - 1).equals("a") ? 1 : Dates.smallNumber(tokens.lower(k - 1));
                at = k;
            }
        }
        if (days <= 0) return null;
        int floor = Math.max(0, sentenceStart - DAY_COUNT_REACH);
        for (int i = a - 1; i >= floor; i--) {
            if (furniture[i] || !tokens.isWord(i) || doc.inName[i]) continue;
            DateMention d = dateAt(i, a, Status.HELD);
            if (d != null && d.date() != null && !d.vague()) return new DateMention(at, d.date().plusDays(days), false, null);
        }
        return null;
    }

    /** How many tokens before the clause's sentence the day a count starts from may be named. */
    private static final int DAY_COUNT_REACH = 80;

    /** A yearless date: HELD ones lie in the past, PLANNED ones ahead; others the nearest. */
    private static LocalDate yearless(LocalDate anchor, int m, int d, Status status) {
        if (status == Status.HELD || status == Status.PLANNED) return Dates.yearless(anchor, m, d, status == Status.HELD);
        return Dates.near(anchor, m, d);
    }

    /** The dated line holding token i, or null (binary search: the lines are in text order). */
    static NewsContext.DatedLine lineOf(List<NewsContext.DatedLine> lines, int i) {
        int lo = 0, hi = lines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            NewsContext.DatedLine l = lines.get(mid);
            if (i < l.from()) hi = mid - 1;
            else if (i >= l.to()) lo = mid + 1;
            else return l;
        }
        return null;
    }

    /** Words added to the distance of a day before the trigger with "and" between them (another verb's day, as a rule). */
    static final int AND_PENALTY = 6;

    DateMention nearestDate(int a, int b, int trig, Status status) {
        DateMention best = null, week = null;
        int bestDist = Integer.MAX_VALUE;
        // "The meeting came a week | after X spoke with Y": the clause opens with the span's direction and goes on to
        // its trigger ("a week after X's visit to Kyiv, where he met Y": the visit's)
        int from = a > 0 && lexicon.spanDirections.contains(tokens.lower(a)) && lexicon.spans.contains(tokens.lower(a - 1))
                && trig > a && !commaBetween(a, trig) ? a - 1 : a;
        for (int i = from; i < b; i++) {
            if (furniture[i] || !tokens.isWord(i) || doc.inName[i]) continue; // "Minister January Makamba"

            DateMention d = dateAt(i, b, status);
            if (d == null) continue;
            // "The meeting comes two months | after the two first met": the span measures the next clause's meeting
            if (measuresNextClause(i, b)) continue;
            boolean speech = false;
            for (int k = Math.min(i, trig); k < Math.max(i, trig); k++) speech |= saying(k) && !parentheticalSource(k);
            if (speech && i < trig) continue;
            // "X said on Friday (that) ...": the date of the statement
            // "X said here Saturday": one small word between
            if (statementDay(i)) continue;
            // "told Reuters on Thursday", "said in a statement on Thursday", "told a news conference late Monday"
            if (statementsAudienceBefore(a, i)) continue;
            // "returned home on Friday after a visit to Kenya, where he met Y": the day of the main verb, the meeting before it
            if (i < trig && inWhereClauseOfEarlierTrip(i, trig)) continue;
            // "on his first trip since taking office in January", "the first meeting since 2019": the start of a period
            if (sinceBefore(i, trig)) continue;
            // "agreed on Monday to meet in May": the day of the agreement, not of the meeting (but "agreed on Monday to
            // expand trade after talks in Beijing": a meeting held is the agreement's)
            if (i < trig && i >= 2 && tokens.is(i - 1, "on") && lexicon.agreementVerbs.contains(tokens.lower(i - 2)) && status != Status.HELD) continue;
            if (i < trig && statementBefore(Math.max(a, i - STATEMENT_REACH), i, trig)) continue;
            boolean ofTrigger = trig > i && trig <= i + 4; // "after Sunday's talks", "after the July 16 meeting"
            if (d.date() != null && !ofTrigger && bounded(Math.max(a, i - BOUND_WINDOW), i, trig)) {
                d = new DateMention(i, null, true, null); // "before the anniversary of 9 November": not the day
            } else if (ofAnother(i, trig) || i > trig && relativeClauseBetween(trig, i) || i < trig && doc.inRelativeClauseBefore(a, i, trig)) {
                continue;
            }
            // "as the two prepare for next week's summit": another event's week; a meeting held lies in no week ahead
            if (week(d) && !tokens.is(i + 1, "'s") && !(status == Status.HELD && d.from().isAfter(anchorAt(i)))) week = d;
            // "On February 16, at 4 p.m. (12:10 a.m. on February 17, Japan time)": a date in brackets is an aside
            int dist = wordsBetween(i, trig) + (inBrackets(Math.max(from, i - BRACKET_REACH), i) ? BRACKET_PENALTY : 0)
                    // "arrived in Beijing on Tuesday and met Wang on Wednesday": a day before "and" is the other verb's
                    + (i < trig && doc.hasAny(i + 1, trig, "and") && !doc.inName[trig - 1] ? AND_PENALTY : 0);
            boolean day = d.date() != null && !d.vague(), bestDay = best != null && best.date() != null && !best.vague();
            if (best == null || day == bestDay && (dist < bestDist || dist == bestDist && i > trig)
                    || day != bestDay && (day ? dayBeats(d, best, trig) : !dayBeats(best, d, trig) && dist < bestDist)) {
                best = d;
                bestDist = dist;
            }
        }
        if (best != null && best.weekday() != null && week != null && best.date() != null
                && (!commaBetween(best.token(), week.token()) || whereAfter(week.token(), best.token()))
                && (best.date().isBefore(week.from()) || best.date().isAfter(week.to()))) {
            // "next week ... on Tuesday": the Tuesday of that week
            LocalDate inWeek = week.from().plusDays(best.weekday().getValue() - 1L);
            best = new DateMention(best.token(), inWeek, false, best.weekday());
        }
        return best;
    }

    /**
     * The days listed right before "respectively" in {@code [a, b)}, in order ("on Monday and Wednesday respectively",
     * "on March 4, March 6 and March 9, respectively"); empty when the clause has no such list of two or more days.
     */
    List<DateMention> respectiveDates(int a, int b, Status status) {
        int r = -1;
        for (int k = a; k < b && r < 0; k++) if (tokens.is(k, "respectively")) r = k;
        if (r < 0) return List.of();
        List<DateMention> days = new ArrayList<>();
        int end = r;
        if (end - 1 >= a && tokens.is(end - 1, ",")) end--;
        while (end > a) {
            // one item: up to three tokens back to a separator ("Monday", "March 4", "on Monday")
            int start = end - 1;
            while (start - 1 >= a && start > end - 3 && !tokens.is(start - 1, ",") && !tokens.is(start - 1, "and")) start--;
            DateMention day = null;
            for (int k = start; k < end && day == null; k++) {
                DateMention d = tokens.isWord(k) ? dateAt(k, end, status, true) : null;
                if (d != null && d.date() != null && !d.vague()) day = d;
            }
            if (day == null) break;
            days.add(0, day);
            end = start;
            if (end - 1 >= a && tokens.is(end - 1, "and")) end--;
            if (end - 1 >= a && tokens.is(end - 1, ",")) end--;
            if (end == start) break;
        }
        return days.size() >= 2 ? days : List.of();
    }

    /** Whether the date at token i is that of a statement: "X said on Friday (that) ...", "X said here Saturday". */
    private boolean statementDay(int i) {
        return i >= 2 && (saying(i - 1) || saying(i - 2) && lexicon.statementGlue.contains(tokens.lower(i - 1)));
    }

    /**
     * The day of the statement that reports the clause's meeting, after its trigger ("X and Y held a phone
     * conversation, the Kremlin said on Tuesday"), or null: a held call without a day of its own has it (its readout
     * comes the same day; not a visit, which "wrapped up ..., X reported on Friday" days after).
     */
    DateMention readoutDay(int a, int b, int trig) {
        for (int i = Math.max(a, trig + 1); i < b; i++) {
            if (furniture[i] || !tokens.isWord(i) || doc.inName[i] || !statementDay(i)) continue;
            DateMention d = dateAt(i, b, Status.HELD);
            if (d != null && d.date() != null && !d.vague()) return d;
        }
        return null;
    }

    /**
     * Whether the trigger lies in a "where" clause of the place of a trip that came before the day at {@code i}
     * ("returned home on Friday after a visit to Kenya, where he met Y"): the visit lasted days before the return.
     * (The gold's convention dates "posted on Friday after he held talks" on that day: no "where", no rule.)
     */
    private boolean inWhereClauseOfEarlierTrip(int i, int trig) {
        for (int k = i + 1; k < trig; k++) {
            if (!(tokens.is(k, "after") || tokens.is(k, "following"))) continue;
            int lastComma = -1;
            for (int q = k + 1; q < trig; q++) if (tokens.is(q, ",")) lastComma = q;
            return lastComma > 0 && tokens.is(lastComma + 1, "where");
        }
        return false;
    }

    /**
     * Whether a day beats a vague phrase of the clause: it lies in the phrase's range ("next week, on March 22"),
     * or the phrase is cut off from the trigger by a comma and the day is not ("X, who arrived last week, met Y on
     * March 14"); else the nearest wins.
     */
    private boolean dayBeats(DateMention day, DateMention vague, int trig) {
        if (vague.from() != null && !day.date().isBefore(vague.from()) && !day.date().isAfter(vague.to())) return true;
        // "next week ... on Tuesday": that week's Tuesday
        if (day.weekday() != null && week(vague) && !commaBetween(day.token(), vague.token())) return true;
        if (commaBetween(vague.token(), trig) && !commaBetween(day.token(), trig)) return true;
        if (span(vague.token())) return true; // "on September 5 ..., two days after X proposed it"
        return Math.abs(day.token() - trig) < Math.abs(vague.token() - trig);
    }

    /** "a week after", "two days later": a span counted from another event (a vague mention at token i). */
    private boolean span(int i) {
        return lexicon.spans.contains(tokens.lower(i)) && lexicon.spanDirections.contains(tokens.lower(i + 1));
    }

    /** "last week", "this week", "next week": a vague phrase whose range is one week. */
    private static boolean week(DateMention d) {
        return d.vague() && d.from() != null && d.to().toEpochDay() - d.from().toEpochDay() == 6;
    }

    /** The distance from i to the trigger in tokens, a name and its title counting as one ("met President Luis Vega on Saturday"). */
    private int wordsBetween(int i, int trig) {
        int d = 0;
        for (int k = Math.min(i, trig) + 1; k <= Math.max(i, trig); k++) {
            if ((doc.inName[k] || doc.inTitle[k]) && (doc.inName[k - 1] || doc.inTitle[k - 1])) continue;
            d++;
        }
        return d;
    }

    /**
     * "will travel to Moscow next week, where he will meet X on Tuesday": the only comma between a week and a later day
     * opens the place's relative clause, which the trip's week still frames.
     */
    private boolean whereAfter(int week, int day) {
        int commas = 0;
        boolean where = false;
        for (int k = week + 1; k < day; k++) {
            if (tokens.is(k, ",")) {
                commas++;
                where = tokens.is(k + 1, "where");
            }
        }
        return week < day && commas == 1 && where;
    }

    private boolean commaBetween(int i, int trig) {
        for (int k = Math.min(i, trig) + 1; k < Math.max(i, trig); k++) if (tokens.is(k, ",")) return true;
        return false;
    }

    /** How far before a date the verb of saying of "said in a statement on Wednesday that ..." may be. */
    static final int STATEMENT_REACH = 8;

    /**
     * "X said in a statement earlier on Wednesday that A and B would meet": a verb of saying in {@code [from, i)}
     * and "that" between the date and the trigger make the date the statement's.
     */
    private boolean statementBefore(int from, int i, int trig) {
        int that = -1;
        for (int k = i + 1; k < trig && that < 0; k++) if (tokens.is(k, "that")) that = k;
        if (that < 0) return false;
        // "The ministry on Tuesday denied reports that X met Y last week": the statement's verb after its day
        for (int k = i + 1; k < that; k++) {
            if (saying(k) || lexicon.rejectionVerbs.contains(tokens.lower(k)) || lexicon.denied.contains(tokens.lower(k))) return true;
        }
        for (int k = i - 1; k >= from; k--) {
            if (tokens.is(k, ".") || tokens.is(k, ";")) return false;
            if (saying(k)) return true;
        }
        return false;
    }

    /** How far back an opening bracket of a date may stand, and how many words farther a bracketed date counts. */
    private static final int BRACKET_REACH = 12, BRACKET_PENALTY = 20;

    /** Whether an opening bracket in {@code [from, i)} is not closed before token i. */
    private boolean inBrackets(int from, int i) {
        for (int k = i - 1; k >= from; k--) {
            if (tokens.is(k, ")")) return false;
            if (tokens.is(k, "(")) return true;
        }
        return false;
    }

    /** A span ("two months") ending the clause {@code [.., b)} right before its direction ("after"), within three words of i. */
    private boolean measuresNextClause(int i, int b) {
        for (int k = i; k < b && k <= i + 2; k++) {
            if (!tokens.isWord(k)) return false; // "on Monday, weeks | after ...": Monday is the clause's own
            if (lexicon.spans.contains(tokens.lower(k)) && k + 1 == b && b < tokens.n && lexicon.spanDirections.contains(tokens.lower(b))) return true;
        }
        return false;
    }

    /** How many words of a statement's audience or medium may stand between the verb of saying and its date. */
    private static final int AUDIENCE_REACH = 4;

    /**
     * Whether the date at token i follows its glue ("on", "late") after a verb of saying and its audience or medium
     * ([statement-audience] words, their determiners, an outlet's name): the date of the statement.
     */
    private boolean statementsAudienceBefore(int a, int i) {
        int k = i - 1;
        if (k <= a || !lexicon.statementGlue.contains(tokens.lower(k))) return false;
        int audience = 0;
        for (k--; k > a && audience <= AUDIENCE_REACH; k--, audience++) {
            String w = tokens.lower(k);
            boolean outlet = tokens.capitalized(k) && !doc.inName[k] && !doc.inTitle[k];
            if (!(lexicon.statementAudience.contains(w) || lexicon.determiners.contains(w) || outlet)) break;
        }
        return audience > 0 && saying(k);
    }

    /** How many words an attribution between commas may hold before its verb (", Seoul's foreign ministry said,"). */
    private static final int SOURCE_REACH = 6;

    /**
     * Whether the verb of saying at k closes an attribution set between commas in the middle of a sentence ("agreed
     * Wednesday to resume talks, Seoul's foreign ministry said, after X held talks with Y"): an aside, not a
     * statement whose day is its own.
     */
    private boolean parentheticalSource(int k) {
        if (!tokens.is(k + 1, ",")) return false;
        for (int q = k - 1; q >= 0 && q >= k - SOURCE_REACH; q--) {
            if (tokens.is(q, ",")) return q < k - 1;
            if (!tokens.isWord(q) && !tokens.is(q, "'s") || Dates.WEEKDAYS.containsKey(tokens.lower(q))) return false;
        }
        return false;
    }

    /** A verb of saying at token k, not a name ("Sultan Qaboos bin Said on 25 October"). */
    private boolean saying(int k) {
        return lexicon.speech.contains(tokens.lower(k)) && !doc.inName[k];
    }

    /** How far before a date a bound ("before", "until") may stand. */
    static final int BOUND_WINDOW = 12;

    /** Whether a bound word stands in {@code [from, i)} with no comma or trigger after it: "until 5 May". */
    private boolean bounded(int from, int i, int trig) {
        for (int k = i - 1; k >= from; k--) {
            // "by phone on July 11": the date has its own preposition
            if (k == trig || tokens.is(k, ",") || tokens.is(k, ";") || tokens.is(k, "on") || tokens.is(k, "at") || tokens.is(k, "with")) return false;
            if (lexicon.dateBounds.contains(tokens.lower(k))) return true;
        }
        return false;
    }

    /** How far before a date its "since" may stand ("since taking office in January"). */
    private static final int SINCE_REACH = 4;

    /** "since" up to {@link #SINCE_REACH} words before the date at i, no comma and not the trigger between. */
    private boolean sinceBefore(int i, int trig) {
        for (int k = i - 1; k >= 0 && k >= i - SINCE_REACH; k--) {
            if (tokens.is(k, ",") || k == trig) return false;
            if (tokens.is(k, "since")) return true;
        }
        return false;
    }

    /** "the declaration of 9 November": the date of another thing than the trigger ("the talks of 9 November"). */
    private boolean ofAnother(int i, int trig) {
        if (i < 2 || !tokens.is(i - 1, "of") || i - 2 == trig) return false;
        return !lexicon.ofDayParts.contains(tokens.lower(i - 2)); // "on the morning of June 5"
    }

    /** "a call with X about the summit, which is scheduled for March 29": the date is the summit's. */
    private boolean relativeClauseBetween(int trig, int i) {
        for (int k = trig + 2; k < i; k++) {
            if (lexicon.relativePronouns.contains(tokens.lower(k)) && tokens.is(k - 1, ",") && k - 2 > trig) return true;
        }
        return false;
    }

    /**
     * "on 12/05/2024": month first (as US copy writes it) unless the day-first reading is the one a meeting of the
     * status can have ({@code anchor}: held on or before it, planned after it) and the month-first one is not, or,
     * both or neither being possible, the nearer one to the anchor.
     */
    private LocalDate nearerReading(Stamps.Found numeric, LocalDate anchor, Status status) {
        LocalDate d = numeric.date();
        int sep = numeric.start() + (doc.text.charAt(numeric.start() + 1) == '/' ? 1 : 2);
        if (anchor == null || sep >= doc.text.length() || doc.text.charAt(sep) != '/' || d.getDayOfMonth() > 12
                || d.getDayOfMonth() == d.getMonthValue()) {
            return d;
        }
        LocalDate swapped = Dates.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
        if (swapped == null) return d;
        boolean dFits = status == Status.PLANNED ? !d.isBefore(anchor) : !d.isAfter(anchor);
        boolean swappedFits = status == Status.PLANNED ? !swapped.isBefore(anchor) : !swapped.isAfter(anchor);
        if (dFits != swappedFits) return dFits ? d : swapped;
        return Math.abs(d.toEpochDay() - anchor.toEpochDay()) <= Math.abs(swapped.toEpochDay() - anchor.toEpochDay()) ? d : swapped;
    }

    /** The date expression starting at token i, or null. */
    DateMention dateAt(int i, int b, Status status) {
        return dateAt(i, b, status, false);
    }

    /** @param listed whether the date is an item of a list told "respectively": each weekday of "Monday and Tuesday" is a day */
    private DateMention dateAt(int i, int b, Status status, boolean listed) {
        LocalDate anchor = anchorAt(i);
        String low = tokens.lower(i);
        // "the day before yesterday", "the day after tomorrow": two days from the story's day
        if (low.equals("day") && i > 0 && tokens.is(i - 1, "the") && i + 2 < tokens.n
                && (tokens.is(i + 1, "before") && tokens.is(i + 2, "yesterday") || tokens.is(i + 1, "after") && tokens.is(i + 2, "tomorrow"))) {
            LocalDate from = lineOf(datedLines, i) == null && storyDay != null ? storyDay : anchor;
            return new DateMention(i, from == null ? null : from.plusDays(tokens.is(i + 1, "before") ? -2 : 2), false, null);
        }
        // "a week after the summit", "two days later": a day counted from another event's
        if (i + 1 < b && span(i)) {
            return new DateMention(i, null, true, null);
        }
        if (lexicon.periods.contains(low)) return period(i, low);
        LocalDate full = Dates.fullDateAt(tokens, i);
        if (full != null) return new DateMention(i, full, false, null);
        // "on 07.03.2024", "on 3/7/2024": a numeric date (day first with dots, as Stamps reads page stamps)
        if (Character.isDigit(tokens.tok[i].charAt(0)) && (i == 0 || tokens.end[i - 1] < tokens.start[i])) {
            Stamps.Found numeric = Stamps.numeric(doc.text, tokens.start[i], Math.min(doc.text.length(), tokens.start[i] + 10));
            if (numeric != null && numeric.start() == tokens.start[i]) return new DateMention(i, nearerReading(numeric, anchor, status), false, null);
        }
        // "on the 12th": a day of the news date's month (the month before for a held meeting on a later day, the
        // next for a planned one on an earlier day), not "the 12th of May" (read at the month) nor "the 21st century"
        if (tokens.is(i - 1, "the") && tokens.is(i - 2, "on") && anchor != null && !Character.isDigit(low.charAt(low.length() - 1))
                && Dates.day(tokens.tok[i]) > 0 && !(i + 1 < b && (tokens.is(i + 1, "of") || Dates.month(tokens.tok[i + 1]) > 0
                        || tokens.isWord(i + 1) && !lexicon.afterDayWords.contains(tokens.lower(i + 1))))) {
            int day = Dates.day(tokens.tok[i]);
            LocalDate d = Dates.of(anchor.getYear(), anchor.getMonthValue(), Math.min(day, anchor.lengthOfMonth()));
            if (d != null && day <= anchor.lengthOfMonth()) {
                if (status == Status.PLANNED && d.isBefore(anchor)) d = d.plusMonths(1);
                else if (status != Status.PLANNED && d.isAfter(anchor)) d = d.minusMonths(1);
                return new DateMention(i, d, false, null);
            }
        }
        int m = Dates.month(tokens.tok[i]);
        if (m > 0) {
            int j = i + 1;
            if (j < b && tokens.tok[j].equals(".")) j++;
            int d = j < b ? Dates.day(tokens.tok[j]) : 0;
            if (d > 0 && !(j + 1 < b && tokens.is(j + 1, "and"))) return new DateMention(i, yearless(anchor, m, d, status), false, null);
            if (d > 0) return new DateMention(i, null, true, null); // "April 2 and 3"
            if (i > 0 && Dates.day(tokens.tok[i - 1]) > 0) return null; // handled at the day token
            if (tokens.tok[i].length() <= 4 && !tokens.is(i - 1, "in") && !tokens.is(i - 1, "late") && !tokens.is(i - 1, "early")) return null;
            LocalDate first = yearless(anchor, m, 1, status);
            // "last met in June", said in May: a month wholly after the news day is last year's for a meeting held
            if (first != null && status == Status.HELD && anchor != null && first.isAfter(anchor)) first = first.minusYears(1);
            return first == null ? new DateMention(i, null, true, null) // month only: its range
                    : new DateMention(i, null, true, null, first, first.plusMonths(1).minusDays(1));
        }
        int d = Dates.day(tokens.tok[i]);
        // "on 2 and 3 March": no one day (like "April 2 and 3")
        if (d > 0 && tokens.is(i - 1, "and") && i >= 2 && Dates.day(tokens.tok[i - 2]) > 0 && i + 1 < b && Dates.month(tokens.tok[i + 1]) > 0) {
            return new DateMention(i, null, true, null);
        }
        if (d > 0 && i + 1 < b && (m = Dates.month(tokens.tok[i + 1])) > 0) {
            return new DateMention(i, yearless(anchor, m, d, status), false, null);
        }
        // "on the 28th of February (2023)"
        if (d > 0 && tokens.is(i - 1, "the") && tokens.is(i + 1, "of") && i + 2 < b && (m = Dates.month(tokens.tok[i + 2])) > 0) {
            int k = tokens.is(i + 3, ",") ? i + 4 : i + 3;
            int y = k < b ? Dates.year(tokens.tok[k]) : 0;
            return new DateMention(i, y > 0 ? Dates.of(y, m, d) : yearless(anchor, m, d, status), false, null);
        }
        DayOfWeek wd = Dates.WEEKDAYS.get(low);
        // "on Tues.", "on Thurs": an abbreviated weekday after "on"
        if (wd == null && tokens.is(i - 1, "on")) wd = Dates.WEEKDAY_ABBREVIATIONS.get(low);
        if (wd != null) {
            // "Saturday (June 11)", "Friday, 3 May": the explicit date wins over the weekday
            int k = i + 1;
            if (k < b && (tokens.is(k, "(") || tokens.is(k, ","))) k++;
            if (k < b && (Dates.month(tokens.tok[k]) > 0 || Dates.day(tokens.tok[k]) > 0)) {
                DateMention explicit = dateAt(k, b, status);
                if (explicit != null && explicit.date() != null) return new DateMention(i, explicit.date(), false, wd);
            }
            // "on Monday and Tuesday": no one day (unless they go to meetings "respectively")
            if (!listed && (tokens.is(i + 1, "and") && i + 2 < b && Dates.WEEKDAYS.containsKey(tokens.lower(i + 2))
                    || i >= 2 && tokens.is(i - 1, "and") && Dates.WEEKDAYS.containsKey(tokens.lower(i - 2)))) {
                return new DateMention(i, null, true, wd);
            }
            if (anchor == null) return new DateMention(i, null, false, wd);
            // (a day to come counts from the story's own day: "BUENOS AIRES, Oct 14 - ... will travel to Montevideo on
            // Wednesday" on a page dated the 15th is the 14th, not the week after)
            boolean ahead = ahead(i, status);
            LocalDate from = ahead && storyDay != null && storyDay.isBefore(anchor) && lineOf(datedLines, i) == null ? storyDay : anchor;
            LocalDate r = ahead ? Dates.weekdayOnOrAfter(from, wd) : Dates.weekdayOnOrBefore(anchor, wd);
            if (doc.hasAny(Math.max(0, i - 2), i, "next")) r = Dates.weekdayOnOrAfter(anchor.plusDays(1), wd);
            if (doc.hasAny(Math.max(0, i - 2), i, "last")) r = Dates.weekdayOnOrBefore(anchor.minusDays(1), wd);
            return new DateMention(i, r, false, wd);
        }
        // "today", "yesterday": the story's own day, unless a dated line of a list page says another
        if (lineOf(datedLines, i) == null && storyDay != null) anchor = storyDay;
        switch (low) {
            case "today", "tonight" -> {
                return new DateMention(i, anchor, false, null);
            }
            case "last" -> {
                if (i + 1 < b && lexicon.lastDayParts.contains(tokens.lower(i + 1))) {
                    return new DateMention(i, anchor == null ? null : anchor.minusDays(1), false, null);
                }
                return null;
            }
            case "yesterday" -> {
                return new DateMention(i, anchor == null ? null : anchor.minusDays(1), false, null);
            }
            case "tomorrow" -> {
                return new DateMention(i, anchor == null ? null : anchor.plusDays(1), false, null);
            }
            case "this" -> {
                if (tokens.is(i + 1, "morning") || tokens.is(i + 1, "afternoon") || tokens.is(i + 1, "evening")) {
                    return new DateMention(i, anchor, false, null);
                }
                return null;
            }
            case "later", "earlier" -> {
                // "later in the day", "earlier in the day": the story's day
                if (tokens.is(i + 1, "in") && tokens.is(i + 2, "the") && tokens.is(i + 3, "day")) return new DateMention(i, anchor, false, null);
                return null;
            }
            case "ago" -> {
                // "two days ago": that day; "weeks ago", "two years ago": vague
                int n = i >= 2 && tokens.is(i - 1, "days") ? Dates.smallNumber(tokens.lower(i - 2))
                        : i >= 2 && tokens.is(i - 1, "day") && (tokens.is(i - 2, "a") || tokens.is(i - 2, "one")) ? 1 : 0;
                if (n > 0 && anchor != null) return new DateMention(i, anchor.minusDays(n), false, null);
                return new DateMention(i, null, true, null);
            }
            default -> {
                return null;
            }
        }
    }

    /** "last week", "in the month", "two weeks": vague; "last week" and "earlier this month" keep their range. */
    private DateMention period(int i, String low) {
        LocalDate anchor = anchorAt(i);
        if (!(i > 0 && (lexicon.periodQualifiers.contains(tokens.lower(i - 1)) || tokens.is(i - 1, "the") && tokens.is(i - 2, "in")))) {
            return null;
        }
        LocalDate from = null, to = null;
        if (anchor != null && low.equals("week") && (tokens.is(i - 1, "last") || tokens.is(i - 1, "this") || tokens.is(i - 1, "next"))) {
            long shift = tokens.is(i - 1, "last") ? -7 : tokens.is(i - 1, "next") ? 7 : 0;
            from = anchor.minusDays(anchor.getDayOfWeek().getValue() - 1L).plusDays(shift);
            to = from.plusDays(6);
        } else if (anchor != null && low.equals("month") && doc.hasAny(Math.max(0, i - 4), i, "earlier")) {
            from = anchor.withDayOfMonth(1);
            to = anchor.minusDays(1);
        } else if (anchor != null && (low.equals("month") || low.equals("year"))
                && (tokens.is(i - 1, "last") || tokens.is(i - 1, "this") || tokens.is(i - 1, "next"))) {
            // "this year", "last month", "next year": the calendar period ("later this year": the rest of it)
            int shift = tokens.is(i - 1, "last") ? -1 : tokens.is(i - 1, "next") ? 1 : 0;
            if (low.equals("month")) {
                from = anchor.withDayOfMonth(1).plusMonths(shift);
                to = from.plusMonths(1).minusDays(1);
            } else {
                from = anchor.withDayOfYear(1).plusYears(shift);
                to = from.plusYears(1).minusDays(1);
            }
            if (shift == 0 && tokens.is(i - 2, "later")) from = anchor.plusDays(1);
        }
        return new DateMention(i, null, true, null, from, to);
    }

    /** Whether the clause {@code [a, b)} names a year before the news date's ("in 2019"): a background report. */
    boolean earlierYear(int a, int b) {
        LocalDate anchor = anchorAt(a);
        if (anchor == null) return false;
        for (int i = a; i < b; i++) {
            if (furniture[i] || doc.inName[i]) continue;
            int y = Dates.year(tokens.tok[i]);
            // "their first meeting since 2019": the year of another meeting
            // "the 2015 nuclear deal", "the 1994 North American Free Trade Agreement": a year naming an accord
            if (y > 0 && y < anchor.getYear() && !tokens.is(i - 1, "since") && !(tokens.is(i - 1, "the") && i + 1 < b && tokens.isWord(i + 1))) return true;
        }
        return false;
    }
}
