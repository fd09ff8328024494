package io.newswire.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What the page furniture says about the news: read by {@link Furniture}, used to resolve dates and default venues.
 *
 * @param newsDate        the day the news is from, and the reference for relative dates ("on Tuesday",
 *                        "yesterday"): the publication date, else the article's inferred publication date:
 *                        the dateline's, else the top-most page stamp's ({@link Stamps}), else the first date
 *                        of the first lines, else a photo caption's; null when none. Reported as
 *                        {@link Enrichment#published()} unless it is the caption's ({@link #published()})
 * @param captionDated    whether the news date is only a photo caption's: the photo's day, which may be days before
 *                        the story's ("speaks in Jerusalem October 14, 2018. REUTERS/..." over a later visit). It is
 *                        still the best reference for relative dates, but no publication date
 * @param datelineCity    city of the dateline or byline, or null
 * @param datelineCountry its country, or null
 * @param datelineDate    the date the dateline itself gives ("LISBON, March 12 (Reuters) -"), or null: a wire story
 *                        a page publishes days later is still from its dateline's day
 * @param storyDate       the story's own day as its page gives it: the dated dateline's, else the top-most page
 *                        stamp's ("February 16, 2024" under a readout's title), or null ({@link #storyDay})
 * @param datedLines      lines that open with their own date, in text order (list pages)
 */
record NewsContext(LocalDate newsDate, boolean captionDated, String datelineCity, String datelineCountry, LocalDate datelineDate, LocalDate storyDate, List<DatedLine> datedLines) {
    NewsContext(LocalDate newsDate, String datelineCity, String datelineCountry) {
        this(newsDate, false, datelineCity, datelineCountry, null, null, List.of());
    }

    /** The article's publication date as far as the page tells it: the news date, unless only a photo caption gave it. */
    LocalDate published() {
        return captionDated ? null : newsDate;
    }

    /** How many days a dated dateline may precede the news date and still be the story's day. */
    static final int DATELINE_BEFORE_NEWS_DAYS = 3;

    /**
     * The day "today", "yesterday" and "tonight" count from: the story's own day ({@code storyDate}) when it is up to
     * three days before the news date ("BRUSSELS, May 19 (Reuters) - ... met today" on a page of May 20), else the
     * news date. Weekdays still count from the news date: a story's "Thursday" may be the page's day after its
     * dateline's.
     */
    LocalDate storyDay() {
        if (storyDate == null || newsDate == null || storyDate.isAfter(newsDate)
                || !storyDate.isAfter(newsDate.minusDays(DATELINE_BEFORE_NEWS_DAYS + 1))) {
            return newsDate;
        }
        return storyDate;
    }

    /** How many days before the news date an event covered from the dateline may have held a meeting. */
    static final int EVENT_DAYS = 6;

    /** Whether a day lies in the week up to the news date (an event's meeting reported from where it is held). */
    boolean inEventWeek(LocalDate day) {
        return newsDate != null && !day.isAfter(newsDate.plusDays(1)) && !day.isBefore(newsDate.minusDays(EVENT_DAYS));
    }

    /**
     * Whether {@code day} is one of the days a dated wire story reports from its dateline: within a day of the news
     * date or the dateline's date, or up to {@link #DATELINE_BEFORE_NEWS_DAYS} days before the news date ("NAIROBI -
     * ... on Thursday hosted X" in Saturday's paper).
     */
    boolean lastDays(LocalDate day) {
        return aboutNewsDay(day) || newsDate != null && !day.isAfter(newsDate) && !day.isBefore(newsDate.minusDays(DATELINE_BEFORE_NEWS_DAYS));
    }

    /** Whether {@code day} is within a day of the news date or of the dateline's own date. */
    boolean aboutNewsDay(LocalDate day) {
        return within(day, newsDate) || within(day, datelineDate);
    }

    private static boolean within(LocalDate day, LocalDate reference) {
        return reference != null && Math.abs(day.toEpochDay() - reference.toEpochDay()) <= 1;
    }

    /**
     * A line that opens with its own date, as the items of a list page do ("9/23/2010 X met Y. ... today"): the
     * reference of its relative dates, and the date of the meetings it reports without one.
     *
     * @param from first token
     * @param to   token after the last
     * @param date the line's date
     */
    record DatedLine(int from, int to, LocalDate date) {}
}
