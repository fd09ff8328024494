package io.newswire.extract;

import io.newswire.extract.Enrichment.Status;
import java.util.List;

/**
 * The date of a list item for the held meetings it reports without one: "9/24/2010 The President held a meeting
 * with ..." ({@link NewsContext.DatedLine}).
 */
final class LineDate {
    private LineDate() {}

    static void apply(Document doc, List<MeetingDraft> meetings, List<NewsContext.DatedLine> lines) {
        if (lines.isEmpty()) return;
        for (MeetingDraft m : meetings) {
            if (m.status != Status.HELD || m.date != null || m.vague || m.historical || m.sentences.isEmpty()) continue;
            Sentence s = doc.sentences.get(m.sentences.iterator().next());
            NewsContext.DatedLine line = DateResolver.lineOf(lines, s.start());
            if (line != null) m.date = line.date();
        }
    }
}
