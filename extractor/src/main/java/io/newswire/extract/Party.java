package io.newswire.extract;

/** One side of a meeting: a person, or a country/organisation without a named person. */
final class Party {
    private static final String BODY_PREFIX = "body:";
    /** The person, or null for a side without a named person. */
    final Person person;
    /** Side code of a side without a person: an ISO country code or a body's ({@link #body}); null when {@link #person} is set. */
    final String sideCode;
    /** The role noun that told an unnamed side ("leader" of "the Ukrainian leader"), or null. */
    final String role;

    private Party(Person person, String sideCode, String role) {
        this.person = person;
        this.sideCode = sideCode;
        this.role = role;
    }

    /**
     * The side code of an international body. Inside the extractor a side is one code, an ISO country code or
     * this: body codes are kept apart because they collide with country codes (the African Union's AU is
     * Australia's), so that merging, CAMEO and topics never take one for the other. The output splits them
     * into {@code country} and {@code body} ({@link #countryOf}, {@link #bodyOf}).
     */
    static String body(String bodyCode) {
        return BODY_PREFIX + bodyCode;
    }

    /** The body code of a side code ("AU" for the African Union), or null for a country or no code. */
    static String bodyOf(String sideCode) {
        return sideCode != null && sideCode.startsWith(BODY_PREFIX) ? sideCode.substring(BODY_PREFIX.length()) : null;
    }

    /** The ISO country code of a side code, or null for a body or no code. */
    static String countryOf(String sideCode) {
        return sideCode == null || sideCode.startsWith(BODY_PREFIX) ? null : sideCode;
    }

    static Party of(Person person) {
        return new Party(person, null, null);
    }

    static Party side(String sideCode) {
        return new Party(null, sideCode, null);
    }

    /** An unnamed side told by a role phrase ("the Ukrainian leader"): a person the text names later may be it ({@link RoleSides}). */
    static Party roleSide(String sideCode, String role) {
        return new Party(null, sideCode, role);
    }

    /** The side code: the person's country or body, or the unnamed side's. */
    String country() {
        return person != null ? person.country : sideCode;
    }

    /** The same person; the same unnamed side; or a person and a side of the same country. */
    boolean sameSideAs(Party o) {
        if (person != null && o.person != null) return person == o.person;
        if (person == null && o.person == null) return sideCode.equals(o.sideCode);
        String c = country();
        String d = o.country();
        return c != null && c.equals(d);
    }
}
