package io.newswire.extract;

/**
 * Where a meeting took place, as read from a clause.
 *
 * @param city    city name, or null when only the country is known
 * @param country ISO country code
 */
record Venue(String city, String country) {
    /** An event someone attends whose place the sentence does not give ("On the sidelines of the SCO summit"). */
    static final Venue UNPLACED = new Venue(null, null);
}
