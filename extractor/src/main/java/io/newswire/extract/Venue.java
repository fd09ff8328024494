package io.newswire.extract;

/**
 * Where a meeting took place, as read from a clause.
 *
 * @param city    city name, or null when only the country is known
 * @param country ISO country code
 */
record Venue(String city, String country) {}
