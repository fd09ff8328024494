package io.newswire.extract;

import io.newswire.extract.Enrichment.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What carries from one sentence to the next: the meetings so far, the protagonist, a pending kind and date. */
final class Discourse {
    /** The article's meetings, in order of first report. */
    final List<MeetingDraft> meetings = new ArrayList<>();
    final MeetingMerger merger = new MeetingMerger(meetings);
    /** The protagonist: the person in most meetings so far; the host when a meeting has none. */
    Person focus;
    /** Meetings per person so far (its keys: the people who meet in this article). */
    final Map<Person, Integer> meetCount = new LinkedHashMap<>();
    int focusCount;
    /** The person who opened the last sentence that opened with one: "he" before anyone has met anyone. */
    Person subject;
    /** "a series of phone calls ...": the kind (and date) of the meetings the next sentences list. */
    Kind pendingKind;
    DateMention pendingDate;
}
