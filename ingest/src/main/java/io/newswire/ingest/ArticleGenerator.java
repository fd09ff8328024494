package io.newswire.ingest;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes realistic synthetic diplomatic wire articles, deterministic for a seed.
 *
 * <p>Article {@code i} of seed {@code s} depends only on {@code (s, i)}, so {@code --count 10} is a prefix
 * of {@code --count 1000}. People are invented from combinatorial first/last-name lists per region;
 * agencies, countries, cities and organisations are real. Each article has one to four meeting mentions
 * (in person, by phone or video; held, planned, cancelled or denied), topics, quotes, and page furniture:
 * an optional {@code " date YYYY-MM-DD"} first line, a headline, a dateline in the agency's style
 * ({@code "CITY, Month D. /TASS/."}, {@code "CITY, Mon. D (Xinhua) --"}), timestamps, captions.
 * {@link Generated#meetings()} says what the text states, in the shape of the dev set's gold labels.
 */
public final class ArticleGenerator {

    /** A generated meeting mention, as labelled in the dev set's gold file. */
    public record Meeting(List<String> participants, List<String> countries, String kind, String status,
            LocalDate date, String city, String country) {
    }

    /**
     * One generated article.
     *
     * @param index       its number (0-based)
     * @param fileName    a file name for it, e.g. {@code gen-000042.txt}
     * @param uri         an invented canonical URL (under example.org)
     * @param provider    the agency
     * @param published   the publication date (also written as the date line when {@link #hasDateLine()})
     * @param headline    its headline
     * @param text        the full text, page furniture included
     * @param meetings    what it states about meetings
     * @param topicCountries ISO codes of the countries whose situation it discusses
     * @param themes      themes discussed
     * @param hasDateLine whether the text starts with {@code " date YYYY-MM-DD"}
     */
    public record Generated(int index, String fileName, String uri, String provider, LocalDate published,
            String headline, String text, List<Meeting> meetings, List<String> topicCountries, List<String> themes,
            boolean hasDateLine) {
    }

    private record Country(String iso, String name, String adjective, String capital, String names) {
    }

    private record Org(String iso, String name, String[] titles, String names) {
    }

    private record Agency(String name, String style, String home, String homeIso) {
    }

    private record Person(String first, String last, boolean familyFirst, String title, String iso, String side) {
        String full() {
            return familyFirst ? last + " " + first : first + " " + last;
        }

        String withTitle() {
            return title + " " + full();
        }
    }

    private static final Country[] COUNTRIES = {
        new Country("RU", "Russia", "Russian", "Moscow", "slavic"),
        new Country("CN", "China", "Chinese", "Beijing", "chinese"),
        new Country("US", "the United States", "U.S.", "Washington", "anglo"),
        new Country("KR", "South Korea", "South Korean", "Seoul", "korean"),
        new Country("JP", "Japan", "Japanese", "Tokyo", "japanese"),
        new Country("TR", "Turkey", "Turkish", "Ankara", "turkish"),
        new Country("ES", "Spain", "Spanish", "Madrid", "hispanic"),
        new Country("MX", "Mexico", "Mexican", "Mexico City", "hispanic"),
        new Country("AR", "Argentina", "Argentine", "Buenos Aires", "hispanic"),
        new Country("CL", "Chile", "Chilean", "Santiago", "hispanic"),
        new Country("BR", "Brazil", "Brazilian", "Brasilia", "lusophone"),
        new Country("FR", "France", "French", "Paris", "french"),
        new Country("DE", "Germany", "German", "Berlin", "german"),
        new Country("ET", "Ethiopia", "Ethiopian", "Addis Ababa", "eastafrican"),
        new Country("KE", "Kenya", "Kenyan", "Nairobi", "eastafrican"),
        new Country("NG", "Nigeria", "Nigerian", "Abuja", "westafrican"),
        new Country("GH", "Ghana", "Ghanaian", "Accra", "westafrican"),
        new Country("ZA", "South Africa", "South African", "Pretoria", "southafrican"),
        new Country("EG", "Egypt", "Egyptian", "Cairo", "arabic"),
        new Country("SA", "Saudi Arabia", "Saudi", "Riyadh", "arabic"),
        new Country("IR", "Iran", "Iranian", "Tehran", "persian"),
        new Country("IN", "India", "Indian", "New Delhi", "southasian"),
        new Country("PK", "Pakistan", "Pakistani", "Islamabad", "southasian"),
        new Country("ID", "Indonesia", "Indonesian", "Jakarta", "indonesian"),
        new Country("VN", "Vietnam", "Vietnamese", "Hanoi", "vietnamese"),
        new Country("KZ", "Kazakhstan", "Kazakh", "Astana", "slavic"),
        new Country("AM", "Armenia", "Armenian", "Yerevan", "armenian"),
        new Country("AZ", "Azerbaijan", "Azerbaijani", "Baku", "turkish"),
        new Country("SG", "Singapore", "Singaporean", "Singapore", "chinese"),
    };

    private static final Org[] ORGS = {
        new Org("UN", "the United Nations", new String[] {"UN Secretary-General", "UN Under-Secretary-General for Political Affairs",
            "UN Special Envoy for the Great Lakes", "UN High Commissioner for Refugees"}, "anglo"),
        new Org("EU", "the European Union", new String[] {"EU High Representative for Foreign Affairs", "European Council President",
            "EU Special Representative for the South Caucasus"}, "french"),
        new Org("AU", "the African Union", new String[] {"AU Commission Chairperson", "AU Commissioner for Political Affairs"}, "westafrican"),
        new Org("ASEAN", "ASEAN", new String[] {"ASEAN Secretary-General"}, "indonesian"),
        new Org("OSCE", "the OSCE", new String[] {"OSCE Secretary General", "OSCE Chairperson-in-Office"}, "german"),
    };

    private static final Agency[] AGENCIES = {
        new Agency("TASS", "tass", "Moscow", "RU"),
        new Agency("Xinhua", "xinhua", "Beijing", "CN"),
        new Agency("Yonhap", "paren", "Seoul", "KR"),
        new Agency("AA", "paren", "Ankara", "TR"),
        new Agency("EFE", "efe", "Madrid", "ES"),
        new Agency("ENA", "paren", "Addis Ababa", "ET"),
        new Agency("AP", "dash", "Washington", "US"),
        new Agency("Reuters", "paren", "London", "GB"),
        new Agency("Kyodo", "paren", "Tokyo", "JP"),
        new Agency("Bernama", "paren", "Kuala Lumpur", "MY"),
    };

    /** Invented names: {first names, family names} per region. */
    private static String[][] names(String region) {
        return switch (region) {
            case "slavic" -> new String[][] {
                {"Arkady", "Vsevolod", "Gleb", "Yaroslav", "Rostislav", "Zinaida", "Milena", "Taisiya", "Bogdan", "Lev"},
                {"Varnakov", "Belozersky", "Orlyanov", "Tumanov", "Shelestov", "Zhuravin", "Lepekhin", "Kravtsov", "Sedunov", "Morozkin"}};
            case "chinese" -> new String[][] {
                {"Jianhong", "Xiaoming", "Weilin", "Qinghua", "Haoran", "Meilan", "Zhiwei", "Yufei"},
                {"Liang", "Qiao", "Fang", "Dong", "Jiang", "Tang", "Shen", "Kong", "Yan", "Fu"}};
            case "korean" -> new String[][] {
                {"Min-jun", "Seo-yeon", "Ji-hoon", "Hye-won", "Dong-hyun", "Eun-ji", "Sung-min"},
                {"Seo", "Baek", "Bae", "Hwang", "Shin", "Ko", "Heo", "Ryu"}};
            case "japanese" -> new String[][] {
                {"Haruto", "Kenji", "Akiko", "Takumi", "Yumiko", "Daisuke", "Noriko"},
                {"Ishizaki", "Morikawa", "Tsuchiya", "Hirano", "Kuroda", "Sugimura", "Onodera", "Matsuoka"}};
            case "vietnamese" -> new String[][] {
                {"Van Thanh", "Thi Lan", "Minh Duc", "Quoc Bao", "Thu Ha", "Duc Anh"},
                {"Dang", "Vu", "Ngo", "Ha", "Lam", "Trinh", "Phung"}};
            case "anglo" -> new String[][] {
                {"Margaret", "Douglas", "Evelyn", "Conrad", "Harriet", "Russell", "Corinne", "Walter", "Audrey", "Gordon"},
                {"Ashworth", "Pemberton", "Caldwell", "Whitlock", "Fairbanks", "Holloway", "Merriweather", "Sutcliffe", "Thornbury", "Kingsley"}};
            case "turkish" -> new String[][] {
                {"Emre", "Selin", "Burak", "Aylin", "Kerem", "Zeynep", "Orhan", "Elvin", "Rauf"},
                {"Karadere", "Yilmazer", "Aksoylu", "Demirkan", "Ozbayrak", "Tekinalp", "Gulbahar", "Mammadli", "Aliyarli"}};
            case "hispanic" -> new String[][] {
                {"Joaquin", "Marisol", "Esteban", "Lucia", "Rodrigo", "Ximena", "Ignacio", "Paloma", "Fermin"},
                {"Valdelomar", "Arriagada", "Quintanilla", "Sotomarino", "Echeverri", "Barrientos", "Iturralde", "Olmedo", "Carvajales"}};
            case "lusophone" -> new String[][] {
                {"Joao Carlos", "Marcia", "Renato", "Beatriz", "Otavio", "Fernanda"},
                {"Albuquerque Neto", "Vasconcelos", "Quadros", "Figueiredo", "Tavares Lobo", "Magalhaes"}};
            case "french" -> new String[][] {
                {"Amandine", "Thibault", "Solene", "Gaspard", "Clemence", "Arnaud", "Oriane", "Benoit"},
                {"Delacroix-Marin", "Villeneuve", "Beaumanoir", "Castaigne", "Rochefort", "Lamarque", "Dufresnoy", "Montbrun"}};
            case "german" -> new String[][] {
                {"Annelie", "Konrad", "Friederike", "Matthias", "Henrike", "Lorenz", "Ulrike", "Jannik"},
                {"Brandhorst", "Kesselring", "Oberdorfer", "Wendtland", "Rautenberg", "Falkenhayn", "Lindemeyer", "Hollweck"}};
            case "eastafrican" -> new String[][] {
                {"Abebe", "Tsehay", "Wanjiru", "Otieno", "Meskerem", "Kiprono", "Selamawit", "Njeri"},
                {"Gebremariam", "Wolde", "Njoroge", "Mutua Ochieng", "Haileselassie", "Woldemichael", "Kiprotich", "Wambugu"}};
            case "westafrican" -> new String[][] {
                {"Adaeze", "Kwabena", "Oluwaseun", "Efua", "Chukwuemeka", "Akosua", "Babatunde", "Yaw"},
                {"Okonkwo-Eze", "Asante Boateng", "Adeyemi", "Mensah Larbi", "Onyekachi", "Ofori-Atta Kwarteng", "Balogun", "Agyeman"}};
            case "southafrican" -> new String[][] {
                {"Thandiwe", "Sipho", "Nomvula", "Lwazi", "Zanele", "Mandla"},
                {"Mkhabela", "Dlomo", "Ntuli", "Sithebe", "Mabuza", "Khumalo-Nkosi"}};
            case "arabic" -> new String[][] {
                {"Karim", "Nadia", "Tariq", "Samira", "Walid", "Rania", "Faisal", "Huda"},
                {"Al-Harbawi", "Abdelrazek", "El-Mansoury", "Al-Qahtani", "Bou Saada", "Al-Rashidi", "Hamdallah", "El-Sherbiny"}};
            case "persian" -> new String[][] {
                {"Dariush", "Shirin", "Kaveh", "Parisa", "Bahram", "Nasrin"},
                {"Tabatabai-Nejad", "Rostamian", "Kashanifar", "Moradkhani", "Ghaffarzadeh", "Shirazipour"}};
            case "southasian" -> new String[][] {
                {"Aarav", "Meenakshi", "Imran", "Farzana", "Vikram", "Shabnam", "Rohan", "Ayesha"},
                {"Raghunathan", "Qureshi-Malik", "Venkatraman", "Chaudhry", "Bhattacharjee", "Siddiqui", "Kulkarni", "Abbasi"}};
            case "indonesian" -> new String[][] {
                {"Adi", "Ratna", "Bayu", "Sekar", "Wahyu", "Dewi"},
                {"Prasetyo", "Kusumawati", "Hadiningrat", "Santoso", "Wirasena", "Nugraheni"}};
            case "armenian" -> new String[][] {
                {"Arsen", "Lilit", "Vahan", "Anahit", "Tigran", "Nune"},
                {"Hovakimyan", "Sargsyants", "Ter-Avetisyan", "Grigoryants", "Melkonyants", "Abrahamyants"}};
            default -> throw new IllegalArgumentException(region);
        };
    }

    private static final String[] THEMES = {
        "bilateral trade", "energy cooperation", "regional security", "grain exports", "climate finance",
        "nuclear non-proliferation", "counter-terrorism", "migration", "investment", "visa facilitation",
        "transport corridors", "food security", "peacekeeping", "humanitarian aid", "debt relief",
        "maritime security", "public health", "digital economy", "arms control", "refugee returns",
    };

    private static final String[] VENUES = {
        "on the sidelines of the UN General Assembly|New York|US",
        "on the margins of the G20 ministerial meeting in Rio de Janeiro|Rio de Janeiro|BR",
        "during the ASEAN Regional Forum in Vientiane|Vientiane|LA",
        "at the Munich Security Conference|Munich|DE",
        "on the sidelines of the OSCE Ministerial Council in Vienna|Vienna|AT",
        "at the African Union headquarters|Addis Ababa|ET",
        "at the Palais des Nations in Geneva|Geneva|CH",
        "on the margins of the BRICS summit in Johannesburg|Johannesburg|ZA",
        "at the Shanghai Cooperation Organisation meeting in Astana|Astana|KZ",
        "during the Doha Forum|Doha|QA",
    };

    private static final String[] TITLES = {
        "Foreign Minister", "Foreign Minister", "Foreign Minister", "Deputy Foreign Minister", "President",
        "Prime Minister", "Defence Minister", "Trade Minister", "National Security Adviser", "Special Presidential Envoy",
    };

    private final long seed;

    public ArticleGenerator(long seed) {
        this.seed = seed;
    }

    /** Articles {@code 0 .. count-1}. */
    public List<Generated> generate(int count) {
        List<Generated> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article(i));
        }
        return out;
    }

    /** Article {@code index}: depends only on the seed and the index. */
    public Generated article(int index) {
        Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
        return new Builder(rnd, index).build();
    }

    /** Builds one article; all randomness comes from {@code rnd}, in a fixed order. */
    private static final class Builder {
        private final Random rnd;
        private final int index;
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<String> paragraphs = new ArrayList<>();

        Builder(Random rnd, int index) {
            this.rnd = rnd;
            this.index = index;
        }

        Generated build() {
            LocalDate published = LocalDate.of(2012, 1, 1).plusDays(rnd.nextInt(14 * 365));
            Agency agency = pick(AGENCIES);
            Country home = countryByIso(agency.homeIso());
            Country a = home != null && rnd.nextInt(10) < 7 ? home : pick(COUNTRIES);
            Person main = person(a, pick(TITLES));
            boolean dateLine = rnd.nextInt(10) < 7;
            boolean yearStamp = !dateLine && rnd.nextBoolean();
            boolean datesKnown = dateLine || yearStamp;

            int mentions = 1 + rnd.nextInt(3) + (rnd.nextInt(6) == 0 ? 1 : 0);
            String city = null;
            String headline = null;
            List<String> topicCountries = new ArrayList<>();
            for (int m = 0; m < mentions; m++) {
                Person other = otherSide(a);
                while (other.last().equals(main.last())) {
                    other = otherSide(a);
                }
                String kind = weighted(new String[] {"in_person", "call", "video"}, new int[] {70, 20, 10});
                String status = m == 0
                        ? weighted(new String[] {"held", "planned", "cancelled", "denied"}, new int[] {75, 15, 5, 5})
                        : weighted(new String[] {"held", "planned"}, new int[] {70, 30});
                if (!status.equals("held") && !status.equals("planned")) {
                    kind = "in_person";
                }
                Person actor = m == 0 || rnd.nextInt(3) > 0 ? main : person(a, pick(TITLES));
                if (actor.last().equals(other.last())) {
                    actor = main;
                }
                String venue = null;
                String mCity = null;
                String mCountry = null;
                if (kind.equals("in_person") && !status.equals("denied")) {
                    int v = rnd.nextInt(10);
                    if (v < 4) {
                        String[] parts = pick(VENUES).split("\\|");
                        venue = parts[0];
                        mCity = parts[1];
                        mCountry = parts[2];
                    } else if (v < 7 || countryByIso(other.iso()) == null) {
                        venue = "in " + capitalOf(a);
                        mCity = capitalOf(a);
                        mCountry = a.iso();
                    } else {
                        Country oc = countryByIso(other.iso());
                        venue = "in " + oc.capital();
                        mCity = oc.capital();
                        mCountry = oc.iso();
                    }
                }
                if (city == null) {
                    city = mCity != null ? mCity : capitalOf(a);
                }
                LocalDate date = switch (status) {
                    case "held" -> published.minusDays(rnd.nextInt(3));
                    case "planned", "cancelled" -> published.plusDays(1 + rnd.nextInt(9));
                    default -> null;
                };
                String when = when(date, published, status);
                if (!datesKnown) {
                    date = null;
                }
                if (status.equals("denied")) {
                    mCity = null;
                    mCountry = null;
                }
                Meeting meeting = new Meeting(List.of(actor.last(), other.last()), List.of(actor.iso(), other.iso()),
                        kind, status, date, kind.equals("in_person") ? mCity : null, kind.equals("in_person") ? mCountry : null);
                meetings.add(meeting);
                paragraphs.add(sentence(actor, other, kind, status, when, venue, m == 0 || actor != main));
                if (headline == null) {
                    headline = headline(actor, other, kind, status, a);
                }
                if (rnd.nextInt(3) > 0) {
                    Country topic = pick(COUNTRIES);
                    if (!topic.iso().equals(a.iso()) && !topicCountries.contains(topic.iso())) {
                        topicCountries.add(topic.iso());
                    }
                }
            }
            List<String> themes = new ArrayList<>();
            int nThemes = 2 + rnd.nextInt(3);
            while (themes.size() < nThemes) {
                String t = pick(THEMES);
                if (!themes.contains(t)) {
                    themes.add(t);
                }
            }
            paragraphs.add(1, topicsParagraph(main, a, topicCountries, themes));
            if (rnd.nextBoolean()) {
                paragraphs.add(quote(a, themes));
            }
            if (rnd.nextInt(4) == 0) {
                paragraphs.add("The two sides also agreed to keep in close contact and to hold the next round of consultations"
                        + " at a mutually convenient time, " + pick(new String[] {"the ministry said", "according to the statement",
                            "officials said", "the press service added"}) + ".");
            }

            String dateline = dateline(agency, city.toUpperCase(Locale.ROOT), published.minusDays(rnd.nextInt(8) == 0 ? 1 : 0));
            StringBuilder text = new StringBuilder();
            if (dateLine) {
                text.append(" date ").append(published).append(' ');
            }
            boolean showHeadline = rnd.nextInt(10) < 6;
            if (showHeadline) {
                text.append(headline).append("\n\n");
                if (yearStamp) {
                    text.append(String.format(Locale.ROOT, "%02d:%02d, %s %d, %d", rnd.nextInt(24), rnd.nextInt(60),
                            month(published), published.getDayOfMonth(), published.getYear())).append("\n\n");
                }
            } else if (yearStamp) {
                text.append("Updated: ").append(published).append("\n\n");
            }
            text.append(dateline).append(paragraphs.get(0));
            for (int p = 1; p < paragraphs.size(); p++) {
                text.append("\n\n").append(paragraphs.get(p));
            }
            if (rnd.nextInt(5) == 0) {
                text.append("\n\n").append(pick(new String[] {"Print the page", "Share this article", "Photo: " + main.withTitle()
                    + " (R) during the talks. (" + agency.name() + ")", "[Editing by newsdesk]"}));
            }
            text.append('\n');
            String uri = "https://wire.example.org/" + agency.name().toLowerCase(Locale.ROOT) + "/" + published + "/"
                    + String.format(Locale.ROOT, "%06d", index);
            return new Generated(index, String.format(Locale.ROOT, "gen-%06d.txt", index), uri, agency.name(), published,
                    headline, text.toString(), List.copyOf(meetings), List.copyOf(topicCountries), List.copyOf(themes), dateLine);
        }

        private Person otherSide(Country a) {
            if (rnd.nextInt(5) == 0) {
                Org org = pick(ORGS);
                String[][] n = names(org.names());
                return new Person(pick(n[0]), pick(n[1]), false, pick(org.titles()), org.iso(), org.name());
            }
            Country b;
            do {
                b = pick(COUNTRIES);
            } while (b.iso().equals(a.iso()));
            boolean ambassador = rnd.nextInt(6) == 0;
            Person p = person(b, pick(TITLES));
            String title = ambassador ? b.adjective() + " Ambassador to " + a.name() : p.title();
            return new Person(p.first(), p.last(), p.familyFirst(), title, b.iso(), b.name());
        }

        private Person person(Country c, String title) {
            if (c.iso().equals("US")) {
                title = switch (title) {
                    case "Foreign Minister" -> "Secretary of State";
                    case "Deputy Foreign Minister" -> "Deputy Secretary of State";
                    case "Prime Minister" -> "Vice President";
                    case "Defence Minister" -> "Defense Secretary";
                    case "Trade Minister" -> "Trade Representative";
                    default -> title;
                };
            }
            String[][] n = names(c.names());
            boolean familyFirst = c.names().equals("chinese") || c.names().equals("korean") || c.names().equals("vietnamese");
            return new Person(pick(n[0]), pick(n[1]), familyFirst, c.adjective() + " " + title, c.iso(), c.name());
        }

        private String sentence(Person a, Person b, String kind, String status, String when, String venue, boolean lead) {
            String who = lead ? a.withTitle() : pick(new String[] {"Later, " + a.last(), a.last(), "Separately, " + a.last()});
            String place = venue == null ? "" : " " + venue;
            String bName = b.withTitle();
            return switch (status) {
                case "held" -> switch (kind) {
                    case "call" -> who + " " + pick(new String[] {"held a telephone conversation with ", "spoke by phone with ",
                        "had a phone call with "}) + bName + " " + when + ", " + pick(new String[] {
                            "the ministry said in a statement.", "according to a readout.", "a spokesperson said."});
                    case "video" -> who + " " + pick(new String[] {"held talks via video link with ", "held a video conference with "})
                            + bName + " " + when + ".";
                    default -> who + " " + pick(new String[] {"held talks with ", "met with ", "sat down for talks with ",
                        "received "}) + bName + place + " " + when + ".";
                };
                case "planned" -> who + " " + pick(new String[] {"will meet ", "is expected to hold talks with ",
                    "is scheduled to meet "}) + bName + place + " " + when + ", " + pick(new String[] {
                        "a spokesperson said.", "the foreign ministry announced.", "diplomatic sources said."});
                case "cancelled" -> "A meeting between " + a.withTitle() + " and " + bName + " planned " + when.replaceFirst("^on ", "for ") + place
                        + " " + pick(new String[] {"was called off", "has been postponed indefinitely", "will not take place"})
                        + ", " + pick(new String[] {"officials said.", "the ministry said, citing scheduling reasons."});
                default -> pick(new String[] {"There are no plans for a meeting between ", "No meeting is planned between "})
                        + a.withTitle() + " and " + bName + ", " + pick(new String[] {"the spokesperson told reporters.",
                            "the ministry said, dismissing media reports."});
            };
        }

        private String headline(Person a, Person b, String kind, String status, Country c) {
            String bSide = b.side().startsWith("the ") ? b.side().substring(4) : b.side();
            return switch (status) {
                case "held" -> kind.equals("in_person")
                        ? pick(new String[] {a.title() + " meets " + (countryByIso(b.iso()) != null ? stripThe(bSide) + "'s " : stripThe(bSide) + " ") + "envoy",
                            a.last() + ", " + b.last() + " discuss ties", c.adjective() + ", " + stripThe(bSide) + " officials hold talks"})
                        : a.last() + " holds " + (kind.equals("call") ? "phone talks" : "video talks") + " with " + b.last();
                case "planned" -> a.last() + " to visit for talks with " + b.last();
                case "cancelled" -> "Talks between " + a.last() + " and " + b.last() + " called off";
                default -> c.adjective() + " side denies plans for " + a.last() + "-" + b.last() + " meeting";
            };
        }

        private String topicsParagraph(Person a, Country c, List<String> topicCountries, List<String> themes) {
            StringBuilder sb = new StringBuilder();
            sb.append(pick(new String[] {"The sides discussed ", "The talks focused on ", "According to the "
                + ministry(c) + ", the agenda included "}));
            sb.append(join(themes));
            if (!topicCountries.isEmpty()) {
                List<String> names = new ArrayList<>();
                for (String iso : topicCountries) {
                    names.add(stripThe(countryByIso(iso).name()));
                }
                sb.append(", as well as the situation in ").append(join(names));
            }
            sb.append('.');
            if (rnd.nextBoolean()) {
                sb.append(' ').append(a.last()).append(' ').append(pick(new String[] {"stressed", "noted", "underlined"}))
                        .append(" the importance of ").append(pick(THEMES)).append(" for both countries.");
            }
            return sb.toString();
        }

        private String quote(Country c, List<String> themes) {
            return "\"We " + pick(new String[] {"reaffirmed our commitment to", "had a frank exchange on", "agreed to deepen"})
                    + " " + themes.get(0) + ",\" the " + ministry(c) + " said in a statement.";
        }

        private String when(LocalDate date, LocalDate published, String status) {
            if (date == null) {
                return "";
            }
            long diff = date.toEpochDay() - published.toEpochDay();
            if (status.equals("held")) {
                return diff == 0 && rnd.nextInt(3) == 0 ? "on " + weekday(date) : rnd.nextInt(4) == 0 ? "on " + month(date) + " " + date.getDayOfMonth()
                        : "on " + weekday(date);
            }
            if (diff <= 6 && rnd.nextBoolean()) {
                return "on " + weekday(date);
            }
            return "on " + month(date) + " " + date.getDayOfMonth();
        }

        private String dateline(Agency agency, String city, LocalDate d) {
            String month = month(d);
            String abbr = month.length() <= 5 ? month : month.substring(0, 3) + ".";
            return switch (agency.style()) {
                case "tass" -> city + ", " + month + " " + d.getDayOfMonth() + ". /" + agency.name() + "/. ";
                case "xinhua" -> city + ", " + abbr + " " + d.getDayOfMonth() + " (" + agency.name() + ") -- ";
                case "efe" -> titleCase(city) + ", " + month.substring(0, 3) + " "
                        + d.getDayOfMonth() + " (" + agency.name() + ").- ";
                case "dash" -> city + " (" + agency.name() + ") — ";
                default -> city + ", " + abbr + " " + d.getDayOfMonth() + " (" + agency.name() + ") -- ";
            };
        }

        private <T> T pick(T[] items) {
            return items[rnd.nextInt(items.length)];
        }

        private String weighted(String[] items, int[] weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int r = rnd.nextInt(total);
            for (int i = 0; i < items.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return items[i];
                }
            }
            return items[items.length - 1];
        }
    }

    private static String ministry(Country c) {
        return c.iso().equals("US") ? "State Department" : c.adjective() + " foreign ministry";
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (char ch : upper.toCharArray()) {
            sb.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            start = ch == ' ' || ch == '-';
        }
        return sb.toString();
    }

    private static String capitalOf(Country c) {
        return c.capital();
    }

    private static Country countryByIso(String iso) {
        for (Country c : COUNTRIES) {
            if (c.iso().equals(iso)) {
                return c;
            }
        }
        return null;
    }

    private static String stripThe(String s) {
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
