package io.newswire.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A date expression found in a clause.
 *
 * @param token   where it starts
 * @param date    the day it resolves to, or null (vague, or no reference date)
 * @param vague   "in June", "last week", "April 2 and 3": forbids a default date
 * @param weekday the weekday named, or null
 * @param from    first day of the range a vague expression allows, or null
 * @param to      last day of that range, or null
 */
record DateMention(int token, LocalDate date, boolean vague, DayOfWeek weekday, LocalDate from, LocalDate to) {
    DateMention(int token, LocalDate date, boolean vague, DayOfWeek weekday) {
        this(token, date, vague, weekday, null, null);
    }
}
