package io.newswire.extract;

/**
 * Where a meeting took place, as read from a clause.
 *
 * @param city    city name, or null when only the country is known
 * @param country ISO country code
 * @param ahead   a trip still to come ("will fly to X"), read as a place someone is going to
 */
record Venue(String city, String country, boolean ahead) {
    /** An event someone attends whose place the sentence does not give ("On the sidelines of the SCO summit"). */
    static final Venue UNPLACED = new Venue(null, null);

    /** A place as told, not a trip still to come. */
    Venue(String city, String country) {
        this(city, country, false);
    }

    /** Whether o names the same city and country, whether as a trip to come or not. */
    boolean samePlace(Venue o) {
        return o != null && java.util.Objects.equals(city, o.city) && java.util.Objects.equals(country, o.country);
    }

    /** The same place as a trip still to come ("will fly to New York"): no place of a meeting already held. */
    Venue asTripAhead() {
        return new Venue(city, country, true);
    }
}
