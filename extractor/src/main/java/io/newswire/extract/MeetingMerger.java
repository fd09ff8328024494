package io.newswire.extract;

import io.newswire.extract.Enrichment.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides which reports are one meeting. Meetings with compatible kind, status (planned ~ cancelled/denied),
 * date (equal, unknown, or inside the other's vague range), venue and participants (one set covers the other;
 * an unnamed side matches a person of its country) are merged; the fuller participant list wins and covered
 * bilaterals are absorbed by a later multilateral.
 */
final class MeetingMerger {
    /** The article's meetings so far, in order of first report. */
    private final List<MeetingDraft> meetings;

    MeetingMerger(List<MeetingDraft> meetings) {
        this.meetings = meetings;
    }

    /**
     * Adds a meeting read from a clause: merged into the best compatible earlier one (same kind when both are
     * explicit, same date, covering participants), else appended. Returns the meeting it is now part of.
     */
    MeetingDraft add(MeetingDraft m) {
        MeetingDraft into = null;
        int bestScore = -1;
        for (int k = Math.max(0, meetings.size() - RuleExtractor.WINDOW); k < meetings.size(); k++) {
            MeetingDraft o = meetings.get(k);
            if (compatible(o, m)) {
                int score = (o.kindExplicit && m.kindExplicit && o.kind == m.kind ? 2 : 0)
                        + (o.date != null && o.date.equals(m.date) ? 1 : 0) + (o.kindExplicit == m.kindExplicit ? 1 : 0);
                if (score > bestScore) {
                    into = o;
                    bestScore = score;
                }
            }
        }
        if (into != null) merge(into, m);
        if (into == null) {
            meetings.add(m);
            return m;
        }
        // the merged meeting may now cover others (two bilaterals that were one trilateral)
        for (int k = meetings.size() - 1; k >= Math.max(0, meetings.size() - RuleExtractor.WINDOW); k--) {
            MeetingDraft o = meetings.get(k);
            if (o != into && o.parties.size() < into.parties.size() && compatible(into, o) && covers(into.parties, o.parties)) {
                merge(into, o);
                meetings.remove(k);
            }
        }
        return into;
    }

    private static boolean undatedHeld(MeetingDraft d) {
        return d.status == Status.HELD && d.date == null && !d.historical && !d.vague;
    }

    boolean compatible(MeetingDraft o, MeetingDraft m) {
        if (o.kindExplicit && m.kindExplicit && o.kind != m.kind) return false;
        if (o.separate && m.parties.size() > o.parties.size() || m.separate && o.parties.size() > m.parties.size()) return false;
        if ((o.otherTimeOfDay || m.otherTimeOfDay) && o.parties.size() != m.parties.size()) return false;
        if (o.status != m.status) {
            boolean ok = (o.status == Status.CANCELLED || o.status == Status.DENIED) && m.status == Status.PLANNED
                    || (m.status == Status.CANCELLED || m.status == Status.DENIED) && o.status == Status.PLANNED
                    || o.kind == m.kind && (undatedHeld(o) && (m.status == Status.CANCELLED || m.status == Status.DENIED)
                            || undatedHeld(m) && (o.status == Status.CANCELLED || o.status == Status.DENIED));
            if (!ok) return false;
        }
        if (o.date != null && m.date != null && !o.date.equals(m.date)) return false;
        // "X and Y, who first met in 2020, held talks on Tuesday": a meeting of an earlier year is not this year's
        if (o.earlierYear && m.date != null && !m.historical || m.earlierYear && o.date != null && !o.historical) return false;
        if (o.date != null && m.date == null && m.vague && !m.vagueRangeHas(o.date)
                || m.date != null && o.date == null && o.vague && !o.vagueRangeHas(m.date)) {
            return false;
        }
        if (o.vague && m.vague && o.date == null && m.date == null && o.vagueFrom != null && m.vagueFrom != null
                && !(o.vagueFrom.equals(m.vagueFrom) && o.vagueTo.equals(m.vagueTo))) {
            return false;
        }
        if (o.vague && m.vague && o.date == null && m.date == null && (o.vagueFrom == null) != (m.vagueFrom == null)) return false;
        if (o.country != null && m.country != null && !o.country.equals(m.country)) return false;
        return covers(o.parties, m.parties) || covers(m.parties, o.parties);
    }

    boolean covers(List<Party> big, List<Party> small) {
        List<Party> unmatchedSides = new ArrayList<>();
        Set<Party> used = new java.util.HashSet<>();
        for (Party s : small) {
            boolean found = false;
            for (Party x : big) {
                if (s.person != null && x.person != null ? s.person == x.person : s.sameSideAs(x)) {
                    found = true;
                    used.add(x);
                    break;
                }
            }
            if (!found) {
                if (s.person != null) return false;
                unmatchedSides.add(s);
            }
        }
        // an unnamed side can be the one participant of the other report whose country is unknown
        for (Party s : unmatchedSides) {
            Party hit = null;
            for (Party x : big) {
                if (x.person != null && x.person.country == null && !used.contains(x)) {
                    hit = x;
                    break;
                }
            }
            if (hit == null) return false;
            used.add(hit);
        }
        return true;
    }

    /** Merges m into o: participants, kind, status, date, venue and evidence. */
    void merge(MeetingDraft o, MeetingDraft m) {
        if (o.hostCountry == null) {
            o.hostCountry = m.hostCountry;
            o.guestCountry = m.guestCountry;
        }
        if (o.hostParty == null) {
            o.hostParty = m.hostParty;
            o.guestParty = m.guestParty;
        }
        // unnamed sides matched to country-less people: the people take the side's country
        List<Party> sides = new ArrayList<>();
        for (Party p : o.parties) if (p.person == null) sides.add(p);
        for (Party p : m.parties) if (p.person == null) sides.add(p);
        for (Party sd : sides) {
            boolean matched = false;
            for (Party x : o.parties) if (x.person != null && sd.sideCode.equals(x.person.country)) matched = true;
            for (Party x : m.parties) if (x.person != null && sd.sideCode.equals(x.person.country)) matched = true;
            if (matched) continue;
            List<Party> pool = new ArrayList<>(o.parties);
            pool.addAll(m.parties);
            for (Party x : pool) {
                if (x.person != null && x.person.country == null) {
                    x.person.country = sd.sideCode;
                    break;
                }
            }
        }
        for (Party p : m.parties) {
            boolean found = false;
            for (int k = 0; k < o.parties.size(); k++) {
                Party x = o.parties.get(k);
                if (p.person != null && x.person != null ? p.person == x.person : p.sameSideAs(x)) {
                    found = true;
                    if (x.person == null && p.person != null) o.parties.set(k, p);
                    break;
                }
            }
            if (!found) o.parties.add(p);
        }
        if (!o.kindExplicit && m.kindExplicit) {
            o.kind = m.kind;
            o.kindExplicit = true;
        }
        if (m.status == Status.CANCELLED || m.status == Status.DENIED) o.status = m.status;
        if (o.date == null && m.date != null) {
            o.date = m.date;
            o.vague = false;
        } else if (o.date == null && m.vague) {
            o.vague = true;
            if (o.vagueFrom == null) {
                o.vagueFrom = m.vagueFrom;
                o.vagueTo = m.vagueTo;
            }
        }
        o.event |= m.event;
        if (m.city != null && o.city == null) {
            o.city = m.city;
            o.country = m.country;
        } else if (o.country == null && m.country != null && o.laterCountry == null) {
            // a later report's country alone ("... on his trip to Kenya") waits for the defaults: a dateline or a
            // trip names the city too
            o.laterCountry = m.country;
        }
        // a side now represented by a person of its country is dropped
        o.parties.removeIf(x -> {
            if (x.person != null) return false;
            for (Party y : o.parties) if (y.person != null && x.sideCode.equals(y.person.country)) return true;
            return false;
        });
        o.historical &= m.historical;
        o.earlierYear &= m.earlierYear;
        o.negotiation |= m.negotiation;
        // confidence cues only: the first report's trigger; named in its own clause if any report named it
        if (o.triggerCue == null) {
            o.triggerCue = m.triggerCue;
            o.talkVerb = m.talkVerb;
        }
        o.partiesFromContext &= m.partiesFromContext;
        o.sentences.addAll(m.sentences);
    }
}
