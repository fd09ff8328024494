package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A statistical tagger's person names ({@link Extractors#withNameTagger}), with a fake tagger that tags given
 * strings wherever they occur: it adds what the rules missed and takes nothing they claimed.
 */
class TaggedPersonRecognizerTest {
    private static NameTagger tagging(String... names) {
        return text -> {
            List<NameTagger.Span> spans = new ArrayList<>();
            for (String n : names) {
                for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) spans.add(new NameTagger.Span(at, at + n.length()));
            }
            spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
            return spans;
        };
    }

    private static Set<String> participants(Enrichment e) {
        Set<String> names = new TreeSet<>();
        for (Enrichment.Meeting m : e.meetings()) for (Enrichment.Participant p : m.participants()) names.add(String.valueOf(p.name()));
        return names;
    }

    private static Enrichment extract(Extractor x, String text) {
        return x.extract(new Article("t", text, LocalDate.of(2019, 5, 6), null));
    }

    @Test
    void aNameTheRulesMissedBecomesAParticipant() {
        String text = "Ramaphosa met Kenyan President Uhuru Kenyatta in Nairobi on Monday.";
        Enrichment tagged = extract(Extractors.withNameTagger(tagging("Ramaphosa", "Uhuru Kenyatta")), text);
        assertEquals(Set.of("Ramaphosa", "Uhuru Kenyatta"), participants(tagged));
    }

    @Test
    void aOnePartNameTakesTheFullNameThatFollows() {
        String text = "Ramaphosa met Kenyan President Uhuru Kenyatta in Nairobi on Monday.\n\n"
                + "South African President Cyril Ramaphosa said the talks were useful.";
        Enrichment tagged = extract(Extractors.withNameTagger(tagging("Ramaphosa", "Uhuru Kenyatta")), text);
        assertEquals(Set.of("Cyril Ramaphosa", "Uhuru Kenyatta"), participants(tagged));
    }

    @Test
    void tagsOnCountriesTitlesAndHyphenCompoundsAreIgnored() {
        String text = "The Krishna-Qureshi talks were held in Islamabad. Foreign Minister Lavrov met Kenya's envoy on Monday.";
        Enrichment rules = extract(Extractors.standard(), text);
        Enrichment tagged = extract(Extractors.withNameTagger(tagging("Krishna-Qureshi", "Foreign Minister", "Kenya")), text);
        assertEquals(rules, tagged);
    }

    @Test
    void withoutTagsTheOutputIsTheRules() {
        String text = "Russian Foreign Minister Sergey Lavrov met UN Secretary-General Antonio Guterres in New York on Monday.";
        assertEquals(extract(Extractors.standard(), text), extract(Extractors.withNameTagger(t -> List.of()), text));
    }
}
