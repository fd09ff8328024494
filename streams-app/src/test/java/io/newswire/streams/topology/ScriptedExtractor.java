package io.newswire.streams.topology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.newswire.extract.Article;
import io.newswire.extract.Enrichment;
import io.newswire.extract.Extractor;

/**
 * A test extractor that reads meetings and topics from lines spelled out in the article,
 * so topology tests state exactly what each article reports, independent of the real
 * extractor's rules:
 * <pre>
 * MEETING HELD IN_PERSON 2021-09-21 New York,US,Americas,Northern America | Sergey Vershinin,RU | Rosemary DiCarlo,body:UN
 * MEETING PLANNED CALL - - | Sergey Lavrov,RU | Antonio Guterres,body:UN
 * TOPIC AF Afghanistan Asia,Southern Asia
 * THEME counterterrorism
 * CONFIDENCE 0.3 hedged:reportedly side-unnamed:RU
 * FAIL
 * </pre>
 * A participant is {@code name,CC} (a country), {@code name,body:CODE} (an international body) or {@code name,-}
 * (neither); an empty name ({@code ,body:AU}) is a side without a named person. {@code CONFIDENCE} sets the
 * confidence and cues of the meeting on the line before (1.0 and none otherwise).
 */
public final class ScriptedExtractor implements Extractor {
    @Override
    public Enrichment extract(Article article) {
        List<Enrichment.Meeting> meetings = new ArrayList<>();
        List<Enrichment.Country> countries = new ArrayList<>();
        List<String> themes = new ArrayList<>();
        for (String line : article.text().split("\n")) {
            if (line.equals("FAIL")) {
                throw new IllegalStateException("scripted failure");
            }
            if (line.startsWith("MEETING ")) {
                String[] sides = line.split(" \\| ");
                String[] head = sides[0].split(" ", 5);
                List<Enrichment.Participant> participants = new ArrayList<>();
                for (int i = 1; i < sides.length; i++) {
                    String[] p = sides[i].split(",");
                    String name = p[0].isEmpty() ? null : p[0];
                    String code = p[1];
                    boolean body = code.startsWith("body:");
                    String title = p.length > 2 ? p[2] : null; // "Lena Berg,SE,Premier"
                    participants.add(new Enrichment.Participant(name, title, null,
                            body || code.equals("-") ? null : code, body ? code.substring("body:".length()) : null));
                }
                Enrichment.Location location = null;
                if (!head[4].equals("-")) {
                    String[] l = head[4].split(",");
                    location = new Enrichment.Location(l[0], l[1], l[2], l[3]);
                }
                Enrichment.Status status = Enrichment.Status.valueOf(head[1]);
                Enrichment.Kind kind = Enrichment.Kind.valueOf(head[2]);
                // the extractor's CAMEO codes for what the script can say: intent to meet, a call, a meeting
                String cameo = status != Enrichment.Status.HELD ? "036" : kind == Enrichment.Kind.CALL ? "041" : "040";
                meetings.add(new Enrichment.Meeting(participants, kind, status, head[3].equals("-") ? null : LocalDate.parse(head[3]),
                        location, cameo, List.of(new Enrichment.Evidence(0, line.length(), line))));
            }
            if (line.startsWith("CONFIDENCE ") && !meetings.isEmpty()) {
                String[] c = line.split(" ");
                Enrichment.Meeting m = meetings.remove(meetings.size() - 1);
                meetings.add(new Enrichment.Meeting(m.participants(), m.kind(), m.status(), m.date(), m.location(), m.cameo(),
                        m.evidence(), Double.parseDouble(c[1]), List.of(c).subList(2, c.length)));
            }
            if (line.startsWith("TOPIC ")) {
                String[] t = line.split(" ", 4);
                String[] region = t[3].split(",");
                countries.add(new Enrichment.Country(t[1], t[2], region[0], region[1]));
            }
            if (line.startsWith("THEME ") && !themes.contains(line.substring(6))) {
                themes.add(line.substring(6));
            }
        }
        return new Enrichment(article.published(), meetings, new Enrichment.Topics(countries, List.of(), themes));
    }
}
