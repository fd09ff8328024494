package io.newswire.extract;

import java.util.Arrays;

/**
 * Tokenisation of an article: words (letters/digits, internal apostrophes, dotted abbreviations
 * such as {@code U.S.}), a separate {@code 's} token for possessives, and one token per
 * punctuation character. Hyphen-joined words are separate tokens flagged {@link #hyphenBefore}.
 * Linear in the input, no regular expressions.
 */
final class Tokens {
    final String text;
    int n;
    int[] start;
    int[] end;
    boolean[] hyphenBefore;
    String[] tok;
    /** Lower-cased tokens with typographic apostrophes normalised, computed once. */
    String[] low;
    /** Tokens with typographic apostrophes normalised (gazetteer keys). */
    String[] norm;
    boolean[] word;
    boolean[] cap;

    private static final String[] ASCII = new String[128];

    static {
        for (int c = 0; c < 128; c++) ASCII[c] = String.valueOf((char) c);
    }

    Tokens(String text) {
        this.text = text;
        int cap0 = Math.max(16, text.length() / 4);
        start = new int[cap0];
        end = new int[cap0];
        hyphenBefore = new boolean[cap0];
        tok = new String[cap0];
        tokenize();
        low = new String[n];
        norm = new String[n];
        word = new boolean[n];
        cap = new boolean[n];
        for (int i = 0; i < n; i++) {
            char c0 = text.charAt(start[i]);
            word[i] = isWordChar(c0);
            cap[i] = Character.isUpperCase(c0);
            String x = tok[i].indexOf('\u2019') >= 0 ? tok[i].replace('\u2019', '\'') : tok[i];
            norm[i] = x;
            boolean upper = false;
            for (int k = 0; k < x.length() && !upper; k++) upper = Character.isUpperCase(x.charAt(k));
            low[i] = upper ? x.toLowerCase(java.util.Locale.ROOT) : x;
        }
    }

    private void add(int s, int e, boolean hyph) {
        if (n == start.length) {
            int m = n * 2;
            start = Arrays.copyOf(start, m);
            end = Arrays.copyOf(end, m);
            hyphenBefore = Arrays.copyOf(hyphenBefore, m);
            tok = Arrays.copyOf(tok, m);
        }
        start[n] = s;
        end[n] = e;
        hyphenBefore[n] = hyph;
        char c = text.charAt(s);
        tok[n] = e == s + 1 && c < 128 ? ASCII[c] : text.substring(s, e);
        n++;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** " al-" / " el-" (any case) at {@code k}: a space, then an Arabic article and its hyphen. */
    private static boolean arabicArticleAfter(String t, int k) {
        return k + 4 <= t.length() && t.charAt(k) == ' ' && (t.charAt(k + 1) == 'a' || t.charAt(k + 1) == 'A' || t.charAt(k + 1) == 'e'
                || t.charAt(k + 1) == 'E') && (t.charAt(k + 2) == 'l' || t.charAt(k + 2) == 'L') && t.charAt(k + 3) == '-';
    }

    private static boolean isQuoteChar(char c) {
        return isApos(c) || c == '"' || c == '\u2018' || c == '\u201c';
    }

    /** Transliterated digraphs that stand as one initial ("Sh.", "Zh.", "Kh."). */
    private static final java.util.Set<String> DIGRAPH_INITIALS = java.util.Set.of("Sh", "Zh", "Ch", "Kh", "Ts", "Yu", "Ya", "Yo");

    /**
     * The end of an initial and its full stop at {@code i} when a capitalised word follows with no space ("B.Saidov":
     * the token "B."), else -1; not a word before it ("ICT.Policy").
     */
    private static int gluedInitialEnd(String t, int i) {
        if (i > 0 && isWordChar(t.charAt(i - 1)) || !Character.isUpperCase(t.charAt(i))) return -1;
        int dot = i + 1 < t.length() && t.charAt(i + 1) == '.' ? i + 1
                : i + 2 < t.length() && t.charAt(i + 2) == '.' && DIGRAPH_INITIALS.contains(t.substring(i, i + 2)) ? i + 2 : -1;
        if (dot < 0 || dot + 2 >= t.length()) return -1;
        return Character.isUpperCase(t.charAt(dot + 1)) && Character.isLowerCase(t.charAt(dot + 2)) ? dot + 1 : -1;
    }

    static boolean isApos(char c) {
        return c == '\'' || c == '\u2019';
    }

    private void tokenize() {
        String t = text;
        int len = t.length();
        int i = 0;
        boolean hyph = false;
        while (i < len) {
            char c = t.charAt(i);
            if (isWordChar(c)) {
                int s = i;
                // dotted abbreviation: U.S. / H.E. / U.K.
                if (Character.isLetter(c) && i + 2 < len && t.charAt(i + 1) == '.' && Character.isLetter(t.charAt(i + 2))
                        && (i + 3 >= len || !isWordChar(t.charAt(i + 3)))) {
                    int j = i;
                    while (j + 1 < len && Character.isLetter(t.charAt(j)) && t.charAt(j + 1) == '.'
                            && (j + 2 >= len || !isWordChar(t.charAt(j + 2)) || j + 3 >= len || !isWordChar(t.charAt(j + 3)))) {
                        j += 2;
                        if (j >= len || !Character.isLetter(t.charAt(j))) break;
                    }
                    if (j < len && Character.isLetter(t.charAt(j)) && (j + 1 >= len || !isWordChar(t.charAt(j + 1)))) j++;
                    add(s, j, hyph);
                    hyph = false;
                    i = j;
                    continue;
                }
                // an initial glued to the family name (post-Soviet and Mongolian ministries' copy): "B.Saidov", "Sh.Mirziyoyev"
                int glued = gluedInitialEnd(t, i);
                if (glued > 0) {
                    add(i, glued, hyph);
                    hyph = false;
                    i = glued;
                    continue;
                }
                int j = i + 1;
                while (j < len) {
                    char d = t.charAt(j);
                    if (isWordChar(d)) { j++; continue; }
                    if (isApos(d) && j + 1 < len && Character.isLetter(t.charAt(j + 1))) {
                        // possessive 's is split off
                        if ((t.charAt(j + 1) == 's' || t.charAt(j + 1) == 'S') && (j + 2 >= len || !isWordChar(t.charAt(j + 2)))) break;
                        j++;
                        continue;
                    }
                    // "Mohammed Shia' al-Sudani": a word-final apostrophe (an ayn) inside an Arabic name, before "al-"/"el-",
                    // belongs to the word (not a closing quote: no quote opens the word)
                    if (isApos(d) && Character.isUpperCase(c) && arabicArticleAfter(t, j + 1) && (s == 0 || !isQuoteChar(t.charAt(s - 1)))) {
                        j++;
                    }
                    break;
                }
                add(s, j, hyph);
                hyph = false;
                i = j;
                continue;
            }
            if (isApos(c) && i + 1 < len && (t.charAt(i + 1) == 's' || t.charAt(i + 1) == 'S')
                    && i > 0 && isWordChar(t.charAt(i - 1)) && (i + 2 >= len || !isWordChar(t.charAt(i + 2)))) {
                add(i, i + 2, false);
                i += 2;
                continue;
            }
            if (c == '-' && i > 0 && i + 1 < len && isWordChar(t.charAt(i - 1)) && isWordChar(t.charAt(i + 1))) {
                hyph = true;
                i++;
                continue;
            }
            hyph = false;
            if (Character.isWhitespace(c) || c == '\u00a0') { i++; continue; }
            add(i, i + 1, false);
            i++;
        }
    }

    boolean isWord(int i) {
        return i >= 0 && i < n && word[i];
    }

    boolean is(int i, String s) {
        return i >= 0 && i < n && low[i].equals(s);
    }

    boolean capitalized(int i) {
        return i >= 0 && i < n && cap[i];
    }

    boolean allCaps(int i) {
        String s = tok[i];
        int letters = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) return false;
            }
        }
        return letters >= 2;
    }

    /** A double quotation mark, straight or curly. */
    boolean quoteMark(int q) {
        String t = tok[q];
        return t.equals("\"") || t.equals("\u201c") || t.equals("\u201d");
    }

    String lower(int i) {
        return low[i];
    }

    /** Index of the first token starting at or after char offset {@code off}. */
    int tokenAt(int off) {
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < off) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
