package io.newswire.extract;

import io.newswire.extract.Enrichment.Kind;
import io.newswire.extract.Enrichment.Status;

/**
 * Decides a meeting's CAMEO event code: not held (planned, cancelled, denied) 036; call 041; video 040;
 * negotiations 046; in person at the first participant's country 043 (host), at another participant's 042
 * (visit), elsewhere 044 (third location); unknown venue 040.
 */
final class Cameo {
    private Cameo() {}

    /** The CAMEO code of a meeting. */
    static String code(MeetingDraft m) {
        if (m.status != Status.HELD) return "036";
        if (m.kind == Kind.CALL) return "041";
        if (m.kind == Kind.VIDEO) return "040";
        if (m.negotiation) return "046";
        if (m.country == null) return "040";
        String host = m.parties.get(0).country();
        if (m.country.equals(host)) return "043";
        for (int k = 1; k < m.parties.size(); k++) if (m.country.equals(m.parties.get(k).country())) return "042";
        return "044";
    }
}
