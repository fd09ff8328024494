package io.newswire.extract.evaluation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names, statuses and kinds are compared: accents and case folded, punctuation as spaces. */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {}

    /** "Çavuşoğlu" and "cavusoglu" fold to the same string; {@code null} folds to "". */
    static String fold(String s) {
        if (s == null) return "";
        String decomposed = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        String spaced = NOT_ALNUM.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return SPACES.matcher(spaced).replaceAll(" ").strip();
    }

    /** A label such as "in person" or "IN_PERSON" as {@code in_person}; {@code null} when absent. */
    static String label(String s) {
        if (s == null || s.isEmpty()) return null;
        return fold(s).replace(' ', '_');
    }

    /** The folded form, or {@code null} when nothing is left. */
    static String foldedOrNull(String s) {
        String folded = fold(s);
        return folded.isEmpty() ? null : folded;
    }
}
