package io.newswire.extract;

import java.time.LocalDate;

/**
 * What the page furniture says about the news: read by {@link Furniture}, used to resolve dates and default venues.
 *
 * @param newsDate        the day the news is from, and the reference for relative dates ("on Tuesday",
 *                        "yesterday"): the publication date, else the dateline date, else the first full date
 *                        of the text; null when none. Reported as {@link Enrichment#published()}
 * @param datelineCity    city of the dateline or byline, or null
 * @param datelineCountry its country, or null
 */
record NewsContext(LocalDate newsDate, String datelineCity, String datelineCountry) {}
