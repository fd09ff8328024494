package io.newswire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Person names from a {@link NameTagger}, listed after {@link CapitalisedPersonRecognizer}: a tagged name
 * becomes a person only where the rules claimed none of its tokens and none is furniture, part of a title or
 * a gazetteer match (a country, city or organisation); its mention is built as the rules build theirs. A new
 * one-part name ("Obama" in a headline) is {@link Person#provisional}: the first full name that refers to it
 * becomes its name. A one-part name of hyphen-joined words ("Krishna-Qureshi talks") names two people, not one.
 */
final class TaggedPersonRecognizer implements EntityRecognizer {
    private final Document doc;
    private final Tokens tokens;
    private final People people;
    private final TitleReader titles;
    private final CapitalisedPersonRecognizer rules;
    /** Tagged names as token spans, in text order. */
    private final List<TokenSpan> spans = new ArrayList<>();
    private int next;

    TaggedPersonRecognizer(Document doc, People people, TitleReader titles, CapitalisedPersonRecognizer rules,
                           List<NameTagger.Span> tagged) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.people = people;
        this.titles = titles;
        this.rules = rules;
        for (NameTagger.Span s : tagged) {
            int i = tokens.tokenAt(s.start());
            int j = i;
            while (j < tokens.n && tokens.start[j] < s.end()) j++;
            // trim what is not a capitalised word ("'s", punctuation)
            while (i < j && !(tokens.isWord(i) && tokens.capitalized(i))) i++;
            while (j > i && !(tokens.isWord(j - 1) && tokens.capitalized(j - 1))) j--;
            if (i < j) spans.add(new TokenSpan(i, j));
        }
    }

    @Override
    public void recognize(int a, int b, List<Mention> mentions) {
        while (next < spans.size() && spans.get(next).start() < a) next++;
        for (; next < spans.size() && spans.get(next).start() < b; next++) {
            TokenSpan s = spans.get(next);
            int i = s.start(), j = s.end();
            if (j > b || !free(i, j)) continue;
            List<String> toks = new ArrayList<>();
            for (int k = i; k < j; k++) if (tokens.isWord(k) && !doc.lexicon.nameParticles.contains(tokens.lower(k))) toks.add(tokens.lower(k));
            if (toks.isEmpty()) continue;
            Person p = people.find(toks);
            if (p == null && j - i > 1 && primary(i, j) == 1) continue; // "Krishna-Qureshi talks": two people
            if (p == null) {
                p = titles.newPerson(i, j, a, b);
                p.provisional = primary(i, j) < 2;
            }
            mentions.add(rules.claim(p, i, j, a, b));
        }
    }

    /** Name parts not joined by a hyphen ("Krishna-Qureshi" is one part). */
    private int primary(int i, int j) {
        int n = 0;
        for (int k = i; k < j; k++) if (!tokens.hyphenBefore[k]) n++;
        return n;
    }

    private boolean free(int i, int j) {
        for (int k = i; k < j; k++) {
            if (doc.inName[k] || doc.inTitle[k] || doc.furniture[k] || doc.inGaz(k)) return false;
            if (doc.gazetteer.titleWords.contains(tokens.lower(k))) return false;
        }
        return true;
    }
}
