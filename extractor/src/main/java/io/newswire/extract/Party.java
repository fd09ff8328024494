package io.newswire.extract;

/** One side of a meeting: a person, or a country/organisation without a named person. */
final class Party {
    /** The person, or null for a side without a named person. */
    final Person person;
    /** Country or organisation code of a side without a person; null when {@link #person} is set. */
    final String sideCode;

    private Party(Person person, String sideCode) {
        this.person = person;
        this.sideCode = sideCode;
    }

    static Party of(Person person) {
        return new Party(person, null);
    }

    static Party side(String countryOrOrgCode) {
        return new Party(null, countryOrOrgCode);
    }

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
