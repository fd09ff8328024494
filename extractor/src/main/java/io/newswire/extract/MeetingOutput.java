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
 * CAMEO code, the evidence sentences, and the confidence with the cues that decided it ({@link Confidence}).
 */
final class MeetingOutput {
    private final String text;
    private final Tokens tokens;
    private final List<Sentence> sentences;
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final NewsContext news;
    private final Confidence confidence;
    /** Tokens beyond which every evidence sentence of a meeting is long (cue "long-sentence"). */
    static final int LONG_SENTENCE = 45;

    MeetingOutput(Document doc, NewsContext news, Confidence confidence) {
        this.lexicon = doc.lexicon;
        this.news = news;
        this.confidence = confidence;
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.sentences = doc.sentences;
        this.gazetteer = doc.gazetteer;
    }

    /**
     * Whether every participant is known to be of one and the same country or body ("Foreign Minister X briefed
     * President Y", both Iranian): a government meeting itself, not a meeting between sides.
     */
    static boolean oneSide(MeetingDraft m) {
        String side = null;
        for (Party p : m.parties) {
            String c = p.country();
            // named people only, each with the country its own title states ("Iranian Foreign Minister X")
            if (p.person == null || !p.person.countryStated || c == null || side != null && !side.equals(c)) return false;
            side = c;
        }
        return true;
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
                ps.add(new Participant(displayName(p.person), p.person.nationalityOnly ? null : p.person.title, org, country, body));
            } else {
                Gazetteer.CountryInfo ci = country != null ? gazetteer.country(country) : null;
                String org = body != null ? gazetteer.orgNames.get(body) : ci != null ? ci.name() : null;
                ps.add(new Participant(null, null, org, country, body));
            }
        }
        if (ps.size() < 2 || oneSide(m)) return null;
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
        List<String> cues = cues(m, ps);
        return new Meeting(ps, m.kind, m.status, m.date, loc, Cameo.code(m), ev, confidence.score(cues), confidence.reported(cues));
    }

    /**
     * The confidence cues of a meeting: how it was triggered, how its sides are named, what the text itself
     * states (kind, status, date, venue) and what the defaults filled in, hedges, and how often it is reported.
     * Read off the finished meeting: nothing here changes it. The cue list is documented in docs/extractor.md.
     */
    List<String> cues(MeetingDraft m, List<Participant> ps) {
        List<String> cues = new ArrayList<>();
        if (m.triggerCue != null) cues.add(m.triggerCue);
        if (m.partiesFromContext) cues.add("parties-from-context");
        boolean allNamed = true;
        for (int i = 0; i < ps.size(); i++) {
            Participant p = ps.get(i);
            Party party = m.parties.get(i);
            if (p.name() == null) {
                allNamed = false;
                cues.add("side-unnamed:" + (p.body() != null ? p.body() : p.country() != null ? p.country() : "?"));
            } else {
                if (gazetteer.actors.country(party.person.nameTokens) != null) cues.add("known-actor:" + p.name());
                else if (p.country() == null && p.body() == null) cues.add("country-unknown:" + p.name());
                if (p.name().indexOf(' ') < 0) cues.add("single-name:" + p.name());
                else if (p.title() == null) cues.add("untitled:" + p.name());
            }
        }
        if (allNamed) cues.add("both-sides-named");
        if (ps.size() > 2) cues.add("multilateral");
        if (m.kindExplicit) cues.add("kind:" + m.kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (m.status != Enrichment.Status.HELD) cues.add("status:" + m.status.name().toLowerCase(java.util.Locale.ROOT));
        if (m.date != null) cues.add(m.datedByText ? "date:explicit" : "date:inherited");
        else cues.add(m.vague ? "date:vague" : "date:none");
        if (m.kind == Enrichment.Kind.IN_PERSON) {
            if (m.country == null) cues.add("venue:none");
            else if (m.placedByText) cues.add("venue:explicit");
            else if (m.country.equals(news.datelineCountry()) && java.util.Objects.equals(m.city, news.datelineCity())) cues.add("venue:from-dateline");
            else cues.add("venue:inherited");
        }
        String hedge = firstOf(m, lexicon.hedges);
        if (hedge != null) cues.add("hedged:" + hedge);
        String speech = firstOf(m, lexicon.speech);
        if (speech != null) cues.add("attributed:" + speech);
        if (shortest(m) > LONG_SENTENCE) cues.add("long-sentence");
        if (m.historical) cues.add("background");
        if (m.event) cues.add("event");
        if (m.sentences.size() > 1) cues.add("evidence:repeated");
        boolean captionOnly = true;
        for (int si : m.sentences) captionOnly &= caption(sentences.get(si));
        if (captionOnly) cues.add("caption-only");
        return cues;
    }

    /**
     * The first word of the list in the meeting's evidence sentences ("reportedly", "said"), or null. Only words
     * in lower case count, or capitalised at the start of the sentence: "May 9" is a date, not a hedge.
     */
    private String firstOf(MeetingDraft m, java.util.Set<String> words) {
        for (int si : m.sentences) {
            Sentence s = sentences.get(si);
            for (int i = s.start(); i < s.end(); i++) {
                String low = tokens.lower(i);
                if (words.contains(low) && (tokens.tok[i].equals(low) || i == s.start() && !low.equals("may"))) return low;
            }
        }
        return null;
    }

    /** Tokens of the meeting's shortest evidence sentence. */
    private int shortest(MeetingDraft m) {
        int n = Integer.MAX_VALUE;
        for (int si : m.sentences) n = Math.min(n, sentences.get(si).end() - sentences.get(si).start());
        return n;
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

    /** The name as written, with a monarch's or pope's regnal number ("Mohammed VI", "Leo XIV"): the name alone is another person. */
    private static String displayName(Person p) {
        return p.regnal == null ? p.name : p.name + " " + p.regnal.toUpperCase(java.util.Locale.ROOT);
    }
}
