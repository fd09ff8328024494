package io.newswire.extract;

import io.newswire.extract.Gazetteer.Entry;
import io.newswire.extract.Gazetteer.Type;
import java.util.List;

/**
 * Reads a person's title and country: the run of title words, countries, demonyms and organisations before the
 * name (crossing one comma: "Venezuela's Minister of ... Affairs, Jorge Arreaza"), else an appositive after it
 * ("Sergey Lavrov, Foreign Minister of Russia,"). The country is the first country or demonym of the title not
 * after "to"/"for"/"in"; officials of international bodies get the body's code; offices that identify a
 * country ("Secretary of State") give it. The displayed title drops a leading nationality.
 */
final class TitleReader {
    private final Document doc;
    private final String text;
    private final Tokens tokens;
    private final boolean[] furniture;
    private final boolean[] inTitle;
    private final boolean[] inName;
    private final int[] gazEnd;
    private final List<Entry>[] gazEntries;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final People people;
    /** While reading the title before a comma: do not cross another comma. */
    private boolean noCross;

    TitleReader(Document doc, People people) {
        this.doc = doc;
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.furniture = doc.furniture;
        this.inTitle = doc.inTitle;
        this.inName = doc.inName;
        this.gazEnd = doc.gazEnd;
        this.gazEntries = doc.gazEntries;
        this.lexicon = doc.lexicon;
        this.gazetteer = doc.gazetteer;
        this.people = people;
    }

    boolean onlyHonorifics(int from, int to) {
        for (int m = from; m < to; m++) {
            if (!(gazetteer.honorifics.contains(tokens.lower(m)) || tokens.is(m, ".") || tokens.lower(m).equals("h.e"))) return false;
        }
        return true;
    }

    /** A regnal number after a monarch's or pope's name: "II", "VI", "XIV" (two letters or more: "I" is a pronoun). */
    static boolean isRegnal(String s) {
        if (s.length() < 2 || s.length() > 5) return false;
        for (int k = 0; k < s.length(); k++) if ("IVX".indexOf(s.charAt(k)) < 0) return false;
        return true;
    }

    boolean isRoman(String s) {
        if (s.equals("Jr")) return true;
        if (s.isEmpty() || s.length() > 3) return false;
        for (int k = 0; k < s.length(); k++) if (!Character.isUpperCase(s.charAt(k))) return false;
        return true; // "II", "III", initials such as "AK"
    }

    int titleStartNoComma(int i, int sentStart) {
        boolean saved = noCross;
        noCross = true;
        int r = titleStart(i, sentStart);
        noCross = saved;
        return r;
    }

    int titleStart(int i, int sentStart) {
        int k = i - 1;
        int start = i;
        boolean crossed = noCross;
        while (k >= sentStart) {
            if (furniture[k]) break;
            String low = tokens.lower(k);
            if (tokens.tok[k].equals(")")) {
                int m = k - 1;
                while (m >= sentStart && !tokens.tok[m].equals("(") && k - m < 6) m--;
                if (m >= sentStart && tokens.tok[m].equals("(")) {
                    k = m - 1;
                    continue;
                }
                break;
            }
            int gs = doc.gazStartCovering(k);
            // a region as an office's portfolio: "Special Envoy for the Great Lakes", "Representative for the South Caucasus"
            boolean portfolio = gs > sentStart && (doc.gaz(gs, Type.REGION) != null || doc.gaz(gs, Type.TERRITORY) != null)
                    && (tokens.is(gs - 1, "the") || tokens.is(gs - 1, "for") || tokens.is(gs - 1, "on"));
            if (gs >= 0 && (doc.gaz(gs, Type.COUNTRY) != null || doc.gaz(gs, Type.DEMONYM) != null
                    || doc.gaz(gs, Type.ORG) != null || portfolio)) {
                start = gs;
                k = gs - 1;
                continue;
            }
            if (low.equals(",") && onlyHonorifics(k + 1, i) && k - 1 >= sentStart && !crossed
                    && (gazetteer.titleWords.contains(tokens.lower(k - 1)) || doc.gazStartCovering(k - 1) >= 0)) {
                // "Venezuela's Minister of ... Affairs, Jorge Arreaza" (unless the span is another name's appositive)
                int s2 = titleStartNoComma(k, sentStart);
                boolean role = false, plural = false;
                for (int m = s2; m < k; m++) {
                    String w = tokens.lower(m);
                    role |= gazetteer.roleNouns.contains(w) && !doc.inGaz(m);
                    // "the foreign ministers of Chile and Peru, X and Y": several people's, given out in order elsewhere
                    plural |= gazetteer.pluralRole(w);
                }
                if (role && !plural && s2 < k && !(s2 - 1 >= sentStart && tokens.is(s2 - 1, ",") && s2 - 2 >= sentStart && inName[s2 - 2])
                        && !(s2 - 1 >= sentStart && inName[s2 - 1])) {
                    crossed = true;
                    k--;
                    continue;
                }
                break;
            }
            if (isRoman(tokens.tok[k]) && start == k + 1) {
                k--;
                start = k + 1;
                continue;
            }
            if (gazetteer.titleWords.contains(low) || gazetteer.honorifics.contains(low) || low.equals("'s")
                    || low.equals(".") && k > sentStart && gazetteer.honorifics.contains(tokens.lower(k - 1))) {
                start = k;
                k--;
                continue;
            }
            if ((low.equals("of") || low.equals("for") || low.equals("to") || low.equals("the") || low.equals("in")
                    || low.equals("and") || low.equals("on") || low.equals("with")) && k > sentStart) {
                // "Minister for Relations with Parliament", not "spoke about trade with President X"
                if (low.equals("with") && !(k - 1 >= sentStart && gazetteer.titleWords.contains(tokens.lower(k - 1))
                        && tokens.capitalized(k - 1))) {
                    break;
                }
                if (low.equals("and") && k - 1 >= sentStart && gazetteer.roleNouns.contains(tokens.lower(k - 1))
                        && (k - 2 >= sentStart && lexicon.determiners.contains(tokens.lower(k - 2))
                            || k - 3 >= sentStart && lexicon.determiners.contains(tokens.lower(k - 3)))) {
                    break; // "the minister and the Ethiopian Ambassador ..., X"
                }
                // "and" after a name ends the span: "Vershinin and UN ..."
                if (low.equals("and")) {
                    boolean nameNear = false;
                    for (int m = Math.max(sentStart, k - 4); m < k; m++) nameNear |= inName[m];
                    if (nameNear) break;
                }
                k--;
                continue;
            }
            break;
        }
        // do not start with a function word
        while (start < i && (tokens.is(start, "of") || tokens.is(start, "for") || tokens.is(start, "the") || tokens.is(start, "and") || tokens.is(start, "with")
                || tokens.is(start, "to") || tokens.is(start, "in") || tokens.is(start, "on") || tokens.is(start, ".")
                || tokens.is(start, "'s") || tokens.is(start, ")"))) {
            start++;
        }
        return start;
    }

    /** Appositive title after a name: ", Foreign Minister of Russia," — returns end token (exclusive). */
    int appositiveEnd(int j0, int sentEnd) {
        int j = j0;
        if (j + 2 < sentEnd && tokens.is(j, "(") && tokens.is(j + 2, ")")) j += 3;
        else if (j + 3 < sentEnd && tokens.is(j, "(") && tokens.is(j + 3, ")")) j += 4;
        if (j >= sentEnd || !tokens.tok[j].equals(",")) return j0;
        int k = j + 1;
        int last = j;
        boolean any = false;
        while (k < sentEnd) {
            String low = tokens.lower(k);
            int gs = gazEntries[k] != null ? k : -1;
            if (gs >= 0 && (doc.gaz(k, Type.COUNTRY) != null || doc.gaz(k, Type.DEMONYM) != null || doc.gaz(k, Type.ORG) != null
                    || doc.gaz(k, Type.REGION) != null || doc.gaz(k, Type.TERRITORY) != null)) {
                k = gazEnd[k];
                last = k;
                continue;
            }
            if (tokens.hyphenBefore[k] && k > j + 1 && last == k) {
                // a role inside a hyphenated title still makes it one: "the under-secretary-general"
                any |= gazetteer.roleNouns.contains(low);
                k++;
                last = k;
                continue;
            }
            if (gazetteer.titleWords.contains(low) || low.equals("u.s.")) {
                any |= gazetteer.roleNouns.contains(low) || gazetteer.staffRoles.contains(low);
                k++;
                last = k;
                continue;
            }
            if (low.equals("of") || low.equals("for") || low.equals("the") || low.equals("and") || low.equals("'s")
                    || low.equals("in") && k > j + 1 && gazetteer.titleWords.contains(tokens.lower(k - 1))
                    || (low.equals("his") || low.equals("her")) && k == j + 1) {
                k++;
                continue;
            }
            if (doc.capitalCountry(k) != null && k + 1 < sentEnd && tokens.is(k + 1, "'s")) {
                k += 2;
                last = k;
                continue;
            }
            break;
        }
        // "Pompeo, Australian Minister of Foreign Affairs Marise Payne, ...": a title right before a name is that name's
        if (any && last + 1 < sentEnd && nameWord(last) && nameWord(last + 1)) return j0;
        return any ? last : j0;
    }

    /** A capitalised word that is neither a known place or body nor a title word: a word of a person's name. */
    private boolean nameWord(int k) {
        return tokens.isWord(k) && tokens.capitalized(k) && gazEntries[k] == null && !gazetteer.titleWords.contains(tokens.lower(k));
    }

    Person newPerson(int a, int b, int sentStart, int sentEnd) {
        Person p = new Person();
        p.name = text.substring(tokens.start[a], tokens.end[b - 1]);
        for (int k = a; k < b; k++) if (tokens.isWord(k) && !lexicon.nameParticles.contains(tokens.lower(k))) p.nameTokens.add(tokens.lower(k));
        if (b < sentEnd && isRegnal(tokens.tok[b])) p.regnal = tokens.lower(b);
        int ts = titleStart(a, sentStart);
        int te = a;
        if (ts == a || onlyHonorifics(ts, a)) {
            int ae = appositiveEnd(b, sentEnd);
            if (ae > b) {
                ts = b + 1;
                while (ts < ae && !tokens.is(ts - 1, ",")) ts++;
                te = ae;
            } else {
                ts = a;
            }
        }
        fillTitle(p, ts, te);
        // "Francisco Bustillo of Uruguay", "Antony Blinken from the U.S.", "King Abdullah II of Jordan"
        if (b + 2 < sentEnd && isRoman(tokens.tok[b]) && tokens.is(b + 1, "of")) b++;
        if (p.country == null && b + 1 < sentEnd && (tokens.is(b, "of") || tokens.is(b, "from"))) {
            int k = b + 1;
            if (tokens.is(k, "the")) k++;
            String c = doc.placeCode(k, false, true);
            if (c != null) p.country = c;
            p.countryStated = p.country != null;
        }
        // "X, who heads UN peace operations": the body or country a relative clause says the person leads
        if (p.country == null && b + 3 < sentEnd && tokens.is(b, ",") && tokens.is(b + 1, "who")
                && lexicon.leadVerbs.contains(tokens.lower(b + 2))) {
            for (int k = b + 3; k < sentEnd && k <= b + 6 && p.country == null; k++) {
                if (gazEntries[k] == null) continue;
                Entry o = doc.gaz(k, Type.ORG);
                if (o != null && !"MEDIA".equals(o.code())) {
                    p.orgCode = o.code();
                    p.country = Party.body(o.code());
                } else {
                    p.country = doc.placeCode(k, true, true);
                }
            }
            p.countryStated = p.country != null;
        }
        // "Sebastian Pinera (Chile)": a country in brackets right after the name
        if (p.country == null && b + 2 < sentEnd && tokens.is(b, "(") && gazEntries[b + 1] != null
                && doc.gaz(b + 1, Type.COUNTRY) != null && tokens.is(gazEnd[b + 1], ")")) {
            p.country = doc.gaz(b + 1, Type.COUNTRY).code();
            p.countryStated = true;
        }
        // a spokesperson named after a comma-separated title: "the Spokesperson, Ministry of ..., X"
        for (int k = Math.max(sentStart, a - 10); k < a; k++) {
            if (gazetteer.staffRoles.contains(tokens.lower(k))) {
                // only a title's continuation between ("The spokesman ruled out a meeting between President X": not X's)
                boolean nameBetween = false, titleOnly = true;
                for (int m = k + 1; m < a; m++) {
                    nameBetween |= inName[m];
                    titleOnly &= tokens.is(m, ",") || tokens.capitalized(m) || gazEntries[m] != null
                            || tokens.is(m, "of") || tokens.is(m, "the") || tokens.is(m, "and") || tokens.is(m, "for");
                }
                if (!nameBetween && titleOnly) p.staff = true;
            }
        }
        people.register(p);
        return p;
    }

    void fillTitle(Person p, int ts, int te) {
        if (ts >= te) return;
        // the displayed title drops a leading nationality ("Russian", "Australia's", "the"): it is the country
        int ds = ts;
        for (int guard = 0; guard < 4 && ds < te; guard++) {
            if (tokens.is(ds, "the") || tokens.is(ds, "his") || tokens.is(ds, "her")) {
                ds++;
            } else if (gazEntries[ds] != null && doc.gaz(ds, Type.DEMONYM) != null && doc.gaz(ds, Type.ORG) == null
                    && (gazEnd[ds] < te && !tokens.hyphenBefore[gazEnd[ds]] || gazEnd[ds] == te)) {
                ds = gazEnd[ds];
            } else if (gazEntries[ds] != null && (doc.gaz(ds, Type.COUNTRY) != null || doc.capitalCountry(ds) != null)
                    && gazEnd[ds] < te && tokens.is(gazEnd[ds], "'s")) {
                ds = gazEnd[ds] + 1;
            } else {
                break;
            }
        }
        // "Uganda's Yoweri Museveni", "the Russian X": a nationality alone tells the country, not a title to show
        p.nationalityOnly = ds >= te;
        if (ds >= te) ds = ts;
        int de = te;
        while (de - 1 > ds && (gazetteer.honorifics.contains(tokens.lower(de - 1)) || isRoman(tokens.tok[de - 1]) && gazEntries[de - 1] == null
                || tokens.is(de - 1, "."))) {
            de--;
        }
        p.title = cleanTitle(text.substring(tokens.start[ds], tokens.end[de - 1]));
        String org = null, country = null, toCountry = null;
        for (int k = ts; k < te; k++) {
            inTitle[k] = true;
            String low = tokens.lower(k);
            if (gazetteer.staffRoles.contains(low)) p.staff = true;
            if (gazEntries[k] == null) continue;
            boolean after_to = k > ts && (tokens.is(k - 1, "to") || tokens.is(k - 2, "to") && tokens.is(k - 1, "the"));
            boolean after_for = k > ts && (tokens.is(k - 1, "for") || tokens.is(k - 1, "in") || tokens.is(k - 2, "for")
                    || tokens.is(k - 2, "in"));
            Entry c = doc.gaz(k, Type.COUNTRY);
            Entry d = doc.gaz(k, Type.DEMONYM);
            Entry o = doc.gaz(k, Type.ORG);
            if (o != null && "MEDIA".equals(o.code())) o = null;
            if (c == null && d == null && o == null && gazEnd[k] < te && tokens.is(gazEnd[k], "'s") && doc.capitalCountry(k) != null
                    && country == null) {
                country = doc.capitalCountry(k);
            }
            if ((c != null || d != null) && country == null && !after_to && !after_for) {
                country = c != null ? c.code() : d.code();
            }
            if ((c != null || d != null) && toCountry == null && after_to) toCountry = c != null ? c.code() : d.code();
            if (o != null && org == null && !after_to) org = o.code();
            for (int m = k + 1; m < gazEnd[k]; m++) inTitle[m] = true;
        }
        // "Adviser to the President of Kenya" is Kenya's; "Ambassador to Ethiopia" is not Ethiopia's
        boolean posted = false;
        for (int k = ts; k < te && !posted; k++) posted = lexicon.postedAbroad.contains(tokens.lower(k));
        if (country == null && org == null && !posted) country = toCountry;
        if (org != null && ("UN".equals(org) || country == null)) {
            // officials of international bodies carry the body's code; a demonym before the body wins
            // only for national officials ("Russian Deputy Foreign Minister")
            p.orgCode = org;
            if (country == null || firstIsOrg(ts, te)) p.country = Party.body(org);
            else p.country = country;
        } else {
            p.country = country;
            p.orgCode = org;
        }
        if (p.country == null && org != null) p.country = Party.body(org);
        if (p.country == null && p.title != null) p.country = gazetteer.titleCountry(p.titleLow(), false);
        p.countryStated = p.country != null;
    }

    boolean firstIsOrg(int ts, int te) {
        for (int k = ts; k < te; k++) {
            if (gazEntries[k] == null) continue;
            if (doc.gaz(k, Type.ORG) != null) return true;
            if (doc.gaz(k, Type.COUNTRY) != null || doc.gaz(k, Type.DEMONYM) != null) return false;
        }
        return false;
    }

    String cleanTitle(String s) {
        String x = s.strip();
        for (String h : new String[] {" Dr.", " Dr", " H.E.", " Hon.", " Mr.", " Mrs.", " Ms."}) {
            if (x.endsWith(h)) x = x.substring(0, x.length() - h.length()).strip();
        }
        if (x.equals("Dr.") || x.equals("Dr") || x.equals("H.E.") || x.equals("H.E. Dr.") || x.equals("Hon.")) return null;
        if (x.startsWith(",")) x = x.substring(1).strip();
        if (x.startsWith("'s ") || x.startsWith("\u2019s ")) x = x.substring(3).strip(); // "Myanmar's military leader": the country went to the person
        if (x.endsWith(",")) x = x.substring(0, x.length() - 1).strip();
        return x.isEmpty() ? null : x;
    }
}
