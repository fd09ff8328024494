package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14 ("Who"): participants the text names without a country take the known actor's ({@link ActorCountries},
 * {@link Actors}), so that reports of one meeting list the same countries. Invented sentences.
 */
class ActorCountriesTest {
    private static String countryOf(String text, String name) {
        Enrichment e = Extractors.standard().extract(new Article("t", text, LocalDate.of(2022, 3, 7), null));
        return Outputs.participant(Outputs.meetingOf(e, name), name).country();
    }

    /**
     * Rule 1: middle initials and leading honorifics count for nothing in the name lookup; a two-part name is also
     * found as the last two parts of a longer known name.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            antony j blinken                | US
            sergey v lavrov                 | RU
            dr sameh shoukry                | EG
            sheikh tamim hamad thani        | QA
            abdullah ahmad badawi           | MY
            datuk seri abdullah ahmad badawi| MY
            amir abdollahian                | IR
            lopez obrador                   | MX
            j smithfield                    | null
            john q smithfield               | null
            """)
    void initialsAndHonorificsAreIgnored(String tokens, String country) {
        assertEquals(country, StageFixture.GAZETTEER.actors.country(List.of(tokens.strip().split(" "))));
    }

    /** Rule 1 in the pipeline: a person first named by family name, later by a full name with an initial. */
    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Secretary Blinken met Minister Kabila in Kinshasa on Tuesday. Later Antony J. Blinken flew home.           | Blinken | US
            Minister Lavrov received Minister Kabila in Moscow on Monday. Sergey V. Lavrov praised the talks.          | Lavrov  | RU
            Minister Smithfield met Minister Kabila in Kinshasa on Tuesday. John Q. Smithfield later flew home.        | Smithfield | null
            """)
    void aFullerNameOfTheSamePersonGivesTheCountry(String text, String name, String country) {
        assertEquals(country, countryOf(text, name));
    }

    /** Rule 2: a bare family name takes the country of the curated leaders' one country with that name. */
    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Chancellor Scholz received President Macron in Berlin on Monday.          | Scholz     | DE
            Chancellor Scholz received President Macron in Berlin on Monday.          | Macron     | FR
            President Biden spoke by phone with Minister Smithfield on Friday.        | Biden      | US
            President Xi held talks with Minister Smithfield in Beijing on Friday.    | Xi         | CN
            President Biden spoke by phone with Minister Smithfield on Friday.        | Smithfield | null
            Kenyan Minister Macron met Chancellor Scholz in Nairobi on Monday.        | Macron     | KE
            # ... also after initials only
            Minister S. Jaishankar met Minister Smithfield in Delhi on Monday.        | S. Jaishankar | IN
            King Abdullah II of Jordan met Minister Smithfield in Amman on Monday.    | Abdullah II | JO
            """)
    void aBareFamilyNameOfOneKnownLeader(String text, String name, String country) {
        assertEquals(country, countryOf(text, name));
    }

    /** A monarch named with a regnal number is looked up with it (the tables name monarchs so) and shown with it. */
    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Minister Smithfield will travel next month to meet King Mohammed VI, his office said.   | Mohammed VI | MA
            King Mohammed VI received Minister Smithfield in the capital on Monday.                 | Mohammed VI | MA
            King Mohammed received Minister Smithfield in the capital on Monday.                    | Mohammed | null
            King Mohammed IX received Minister Smithfield in the capital on Monday.                 | Mohammed IX | null
            """)
    void aRegnalNumberIsPartOfTheLookup(String text, String name, String country) {
        assertEquals(country, countryOf(text, name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            biden       | US
            Scholz      | DE
            xi          | CN
            jinping     | null
            smithfield  | null
            """)
    void familyNamesOfTheCuratedLeaders(String token, String country) {
        assertEquals(country, StageFixture.GAZETTEER.actors.familyCountry(token));
    }

    /**
     * Rules 2 and 3 on the people of an article: a bare family name takes an article namesake's country; a country
     * guessed from other words gives way to the known actor's, a stated one and a body's official do not.
     */
    @ParameterizedTest(name = "{0} ({1}, stated {2}) -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            narendra modi       | UA       | false | IN
            narendra modi       | UA       | true  | UA
            narendra modi       | null     | false | IN
            antonio guterres    | body:UN  | false | body:UN
            john smithfield     | GH       | false | GH
            """)
    void aGuessedCountryGivesWayToTheKnownActor(String tokens, String country, boolean stated, String expected) {
        Person p = person(tokens, country, stated);
        new ActorCountries(StageFixture.prepared("Nothing here."), StageFixture.GAZETTEER.actors).resolve(List.of(p), null);
        assertEquals(expected, p.country);
    }

    /** An international body's official speaks for the body on the days of the term, else for the listed country. */
    @ParameterizedTest(name = "{0} ({1}, stated {2}) on {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            antonio guterres    | null | false | 2023-05-01 | body:UN
            antonio guterres    | null | false | 2001-05-01 | PT
            mark rutte          | null | false | 2023-05-01 | NL
            mark rutte          | null | false | 2025-05-01 | body:NATO
            mark rutte          | NL   | false | 2025-05-01 | body:NATO
            # a title that says the country wins
            kaja kallas         | EE   | true  | 2025-05-01 | EE
            # undated: only an official still in office
            mark rutte          | null | false | null       | body:NATO
            jens stoltenberg    | null | false | null       | NO
            """)
    void anOfficialSpeaksForTheBodyDuringTheTerm(String tokens, String country, boolean stated, LocalDate day, String expected) {
        Person p = person(tokens, country, stated);
        new ActorCountries(StageFixture.prepared("Nothing here."), StageFixture.GAZETTEER.actors).resolve(List.of(p), day);
        assertEquals(expected, p.country);
        if (expected.startsWith("body:")) assertEquals(expected.substring(5), p.orgCode, "the body is also the person's organisation");
    }

    @ParameterizedTest(name = "{0} on 2025-05-01 -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a national office in the title: the person is not speaking for the body (an old or undated report)
            Prime Minister        | NL
            Dutch premier         | NL
            # the body's own title, or none that says otherwise
            Secretary General     | body:NATO
            """)
    void aNationalTitleIsNotTheBodysOffice(String title, String expected) {
        Person p = person("mark rutte", null, false);
        p.title = title;
        new ActorCountries(StageFixture.prepared("Nothing here."), StageFixture.GAZETTEER.actors).resolve(List.of(p), LocalDate.of(2025, 5, 1));
        assertEquals(expected, p.country);
    }

    @ParameterizedTest(name = "{0} beside {1} ({2}) -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            smithfield | mary smithfield  | GH   | GH
            smithfield | mary smithfield  | null | null
            biden      | hunter smithfield| GH   | US
            """)
    void aBareFamilyNameTakesTheArticleNamesakesCountry(String family, String other, String otherCountry, String expected) {
        Person bare = person(family, null, false);
        Person full = person(other, otherCountry, otherCountry != null);
        new ActorCountries(StageFixture.prepared("Nothing here."), StageFixture.GAZETTEER.actors).resolve(List.of(full, bare), null);
        assertEquals(expected, bare.country);
    }

    /** A capitalised run ending in "Room" is a place, never a participant without a country. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reporters briefly saw the Jefferson Room as President Biden met Chancellor Scholz on Monday. | 2
            President Biden met Chancellor Scholz in the Harriman Room on Monday.                         | 2
            """)
    void aRoomIsNoPerson(String text, int participants) {
        Enrichment e = Extractors.standard().extract(new Article("t", text, LocalDate.of(2022, 3, 7), null));
        assertEquals(participants, Outputs.meetingOf(e, "Biden", "Scholz").participants().size());
        assertEquals(List.of(), e.meetings().stream().flatMap(m -> m.participants().stream())
                .filter(p -> p.name() != null && p.name().endsWith("Room")).toList());
    }

    private static Person person(String tokens, String country, boolean stated) {
        Person p = new Person();
        p.nameTokens.addAll(List.of(tokens.split(" ")));
        p.name = tokens;
        p.country = country;
        p.countryStated = stated;
        return p;
    }
}
