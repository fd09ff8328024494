package io.newswire.extract;

import java.util.List;

/**
 * Stage: splits the text outside the page furniture into sentences, at {@code . ! ?} followed by a capital
 * (not after an abbreviation, an initial or "Sept." before a day) and at line ends; marks headlines.
 */
final class SentenceSplitter {
    private final Document doc;
    private final String text;
    private final Tokens tokens;
    private final boolean[] furniture;
    private final List<Sentence> sentences;
    private final Lexicon lexicon;

    SentenceSplitter(Document doc) {
        this.doc = doc;
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.furniture = doc.furniture;
        this.sentences = doc.sentences;
        this.lexicon = doc.lexicon;
    }

    /**
     * The most tokens a sentence has; a longer run without a sentence end is cut (no wire sentence comes near it: the
     * longest of the eval articles has about 220).
     */
    static final int MAX_SENTENCE_TOKENS = 400;

    /** Adds the sentences of the document to {@link Document#sentences}. */
    void split() {
        int i = 0;
        while (i < tokens.n) {
            while (i < tokens.n && furniture[i]) i++;
            if (i >= tokens.n) break;
            int s = i;
            int j = i;
            while (j < tokens.n && !furniture[j]) {
                // newline between j-1 and j ends the sentence
                if (j > s && doc.newlineBetween(j - 1, j)) break;
                // bounded: the rules look back and ahead within a sentence, so text without full stops is cut in pieces
                if (j - s >= MAX_SENTENCE_TOKENS) break;
                String q = tokens.tok[j];
                if ((q.equals(".") || q.equals("!") || q.equals("?")) && boundaryAfter(j)) {
                    j++;
                    while (j < tokens.n && !furniture[j] && isCloser(tokens.tok[j]) && !doc.newlineBetween(j - 1, j)) j++;
                    break;
                }
                j++;
            }
            boolean headline = j > 0 && isHeadline(s, j);
            sentences.add(new Sentence(s, j, headline));
            i = j;
        }
    }

    boolean isCloser(String q) {
        return q.equals("\"") || q.equals("\u201d") || q.equals("'") || q.equals(")") || q.equals("\u2019");
    }

    boolean boundaryAfter(int j) {
        if (j + 1 >= tokens.n) return true;
        int k = j + 1;
        while (k < tokens.n && isCloser(tokens.tok[k]) && !doc.newlineBetween(k - 1, k)) k++;
        if (k >= tokens.n) return true;
        // no space after: a boundary only where copy lost its space ("issues.Seoul said"), not in "U.S.", "3.5", "gov.uk"
        if (tokens.start[k] == tokens.end[k - 1] && !lostSpace(j, k)) return false;
        char c = text.charAt(tokens.start[k]);
        if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '(' || c == '\''
                || c == '[')) {
            return false;
        }
        if (j > 0 && tokens.isWord(j - 1) && tokens.end[j - 1] == tokens.start[j]) {
            String prev = tokens.lower(j - 1);
            if (lexicon.abbreviations.contains(prev)) return false;
            if (prev.length() == 1 && Character.isUpperCase(tokens.tok[j - 1].charAt(0))) return false;
            if (Dates.month(tokens.tok[j - 1]) > 0 && k < tokens.n && Dates.day(tokens.tok[k]) > 0) return false;
        }
        return true;
    }

    /** "word.Word" with a lower-case word of three letters or more before the stop and a capitalised word after it. */
    boolean lostSpace(int j, int k) {
        if (j == 0 || k != j + 1 || !tokens.isWord(j - 1) || !tokens.isWord(k)) return false;
        String prev = tokens.tok[j - 1], next = tokens.tok[k];
        if (prev.length() < 3 || next.length() < 2 || lexicon.abbreviations.contains(tokens.lower(j - 1))) return false;
        for (int c = 0; c < prev.length(); c++) if (!Character.isLowerCase(prev.charAt(c))) return false;
        return Character.isUpperCase(next.charAt(0)) && Character.isLowerCase(next.charAt(1));
    }

    boolean isHeadline(int s, int e) {
        // a line of its own that does not end like a sentence and is followed by more text
        int last = e - 1;
        if (last < s) return false;
        String q = tokens.tok[last];
        if (q.equals(".") || q.equals("!") || q.equals("?") || isCloser(q)) return false;
        // a list's intro or item ("held the following meetings:", "- with X;") is text, not a headline
        if (q.equals(":") || q.equals(";") || lexicon.listBullets.contains(tokens.tok[s])) return false;
        if (e >= tokens.n) return false; // text cut off mid-sentence: keep it
        int words = 0;
        for (int k = s; k < e; k++) if (tokens.word[k]) words++;
        if (words > 25) return false; // a long unpunctuated line (tweet, caption) is text
        return doc.newlineBetween(last, e) || furniture[e];
    }
}
