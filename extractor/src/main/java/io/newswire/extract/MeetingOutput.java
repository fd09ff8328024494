package io.newswire.extract;

import io.newswire.extract.Enrichment.Evidence;
import io.newswire.extract.Enrichment.Location;
import io.newswire.extract.Enrichment.Meeting;
import io.newswire.extract.Enrichment.Participant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a meeting draft into the output {@link Meeting}: participants with organisation names (the body's
 * name, or the foreign ministry of the country for foreign-ministry titles), venue with its M49 region,
 * CAMEO code and the evidence sentences.
 */
final class MeetingOutput {
    private final String text;
    private final Tokens tokens;
    private final List<Sentence> sentences;
    private final Gazetteer gazetteer;

    MeetingOutput(Document doc) {
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.sentences = doc.sentences;
        this.gazetteer = doc.gazetteer;
    }

    Meeting toMeeting(MeetingDraft m) {
        List<Participant> ps = new ArrayList<>();
        for (Party p : m.parties) {
            // the one side code splits into an ISO country or a body: never both, so AU is Australia only
            String country = Party.countryOf(p.country());
            String body = Party.bodyOf(p.country());
            if (p.person != null) {
                String orgCode = p.person.orgCode != null ? p.person.orgCode : body;
                String org = orgCode != null ? gazetteer.orgNames.get(orgCode) : null;
                if (org == null && country != null && gazetteer.country(country) != null && foreignMinistry(p.person.titleLow())) {
                    org = "Ministry of Foreign Affairs of " + gazetteer.country(country).name();
                }
                ps.add(new Participant(p.person.name, p.person.title, org, country, body));
            } else {
                Gazetteer.CountryInfo ci = country != null ? gazetteer.country(country) : null;
                String org = body != null ? gazetteer.orgNames.get(body) : ci != null ? ci.name() : null;
                ps.add(new Participant(null, null, org, country, body));
            }
        }
        if (ps.size() < 2) return null;
        Location loc = null;
        if (m.country != null) {
            Gazetteer.CountryInfo ci = gazetteer.country(m.country);
            loc = new Location(m.city, m.country, ci != null ? ci.region() : null, ci != null ? ci.subregion() : null);
        }
        List<Evidence> ev = new ArrayList<>();
        for (int si : m.sentences) {
            Sentence s = sentences.get(si);
            int cs = tokens.start[s.start()], ce = tokens.end[s.end() - 1];
            ev.add(new Evidence(cs, ce, text.substring(cs, ce)));
        }
        return new Meeting(ps, m.kind, m.status, m.date, loc, Cameo.code(m), ev);
    }

    boolean foreignMinistry(String tl) {
        return tl.contains("foreign minister") || tl.contains("minister of foreign") || tl.contains("foreign affairs minister")
                || tl.contains("minister for foreign") || tl.contains("foreign and") && tl.contains("minister");
    }

    /** The meetings in order of first mention in the body text; meetings only in photo captions come last. */
    List<MeetingDraft> inReportOrder(List<MeetingDraft> meetings) {
        List<MeetingDraft> ordered = new ArrayList<>(meetings);
        Map<MeetingDraft, Integer> key = new HashMap<>();
        for (MeetingDraft m : meetings) {
            int k = Integer.MAX_VALUE;
            for (int si : m.sentences) k = Math.min(k, caption(sentences.get(si)) ? 1_000_000 + si : si);
            key.put(m, k);
        }
        ordered.sort((x, y) -> Integer.compare(key.get(x), key.get(y)));
        return ordered;
    }

    /** A photo caption ("... (R) ...", "[Photo/...]", "In this photo ..."). */
    private boolean caption(Sentence s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (tokens.is(i, "photo") || tokens.is(i, "pictured") || tokens.tok[i].equals("R") && tokens.is(i - 1, "(") && tokens.is(i + 1, ")")
                    || tokens.tok[i].equals("L") && tokens.is(i - 1, "(") && tokens.is(i + 1, ")")) {
                return true;
            }
        }
        return false;
    }
}
