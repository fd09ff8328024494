package io.newswire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A person named in the article; later mentions (surname, role, pronoun) resolve to the same instance. */
final class Person {
    /** The name as written at its first full mention. */
    String name;
    /** Lower-cased name tokens without particles ("bin", "van"): the keys of coreference. */
    final List<String> nameTokens = new ArrayList<>();
    /** The regnal number after the name at its first full mention ("vi" of "King Mohammed VI"), lower-cased, or null. */
    String regnal;
    /** Displayed title, without a leading nationality ("Deputy Foreign Minister"), or null. */
    String title;
    /** Whether the title read is a nationality only ("Uganda's", "the Russian"): it gives the country, and no title is shown. */
    boolean nationalityOnly;
    /** Code of the international body the person speaks for ("UN"), or null. */
    String orgCode;
    /** ISO country code, or the side code of the body ({@link Party#body}) for officials of international bodies; null when unknown. */
    String country;
    /** A spokesperson or other staff: never a meeting participant. */
    boolean staff;
    /** Named after "led by" / "headed by" ("The Russian delegation was led by X"): may stand for a delegation's side ({@link RoleSides}). */
    boolean leadsDelegation;
    /**
     * Introduced by a statistical tagger from one name part ("Obama" in a headline): the first full name that
     * refers to it ("Barack Obama") becomes its name. Never set by the rules.
     */
    boolean provisional;
    /** First named in a headline whose title-case verb was cut from a known name ("Blinken Holds ..."). */
    boolean namedInHeadline;
    /** Token of the latest mention (recency breaks ties in coreference). */
    int lastMention;
    /** The country was read from the person's own title or "of X" ({@link TitleReader}), not guessed from other words. */
    boolean countryStated;
    private String titleLowFor;
    private String titleLow = "";

    /** The lower-cased title ("" when none), cached while the title is unchanged. */
    String titleLow() {
        if (title != titleLowFor) {
            titleLowFor = title;
            titleLow = title == null ? "" : title.toLowerCase(Locale.ROOT);
        }
        return titleLow;
    }
}
