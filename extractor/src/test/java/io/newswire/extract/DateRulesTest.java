package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date rules: the news date of texts without a date line, read from page stamps and captions. */
class DateRulesTest {

    static LocalDate newsDate(String text) {
        Document doc = new Document(text, StageFixture.GAZETTEER, Lexicon.standard());
        GazetteerAnnotator.annotate(doc);
        return new Furniture(doc, (LocalDate) null).read().newsDate();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            Ministers meet in port city\\nPosted : Mar 4 2022 | 08:15 AM GMT\\nThe two ministers met on Thursday to talk about fishing rights. # 2022-03-04
            Ministers meet in port city\\nThe leader, pictured in Rome, Friday, May 6, 2022. (File photo)\\n5 min read Last Updated : Jun 9 2022 | 1:10 PM CET\\nThe two ministers met on Thursday. # 2022-06-09
            Ministers meet\\nToday: March 3, 2025\\nOctober 12, 2021\\nThe two ministers met on Tuesday. # 2021-10-12
            Ministers meet\\nThe two ministers met on Monday.\\nThe minister speaks at a forum in Lima 11/03/2019 AFP / Jane Roe\\nShe said little. # 2019-11-03
            Ministers meet\\nThe two ministers met on Monday.\\nThe minister arrives in Lima. EPA 25/03/2019\\nShe said little. # 2019-03-25
            20190611_The foreign ministers of two states\\nThe ministers met in the port city on Monday. # 2019-06-11
            Ministers meet | Politics | 07.05.2016\\nThe two ministers met on Saturday. # 2016-05-07
            Ministers meet\\n\\n4 Mayis 2016\\nRome, May 3, AGENCY\\nThe two ministers met in the capital. # 2016-05-03
            Ministers meet\\nThe minister, pictured in Lima on March 2, 2020, speaks to the press.\\nAFP 11 Jun 2021\\nThe two ministers met on Friday. # 2021-06-11
            Ministers meet\\nThe two ministers met on Monday in the capital. # none
            """)
    void aTextWithoutDateLineIsDatedByItsStamps(String text, LocalDate expected) {
        assertEquals(expected, newsDate(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            Ministers meet\\nThe minister speaks at a forum in Lima 11/03/2019 AFP / Jane Roe\\nThe two ministers met on Monday. # 2019-11-03 # none
            Ministers meet\\nThe minister, pictured in Lima October 14, 2018. REUTERS/Jane Roe\\nThe two ministers met on Friday. # 2018-10-14 # none
            Ministers meet\\nThe minister, pictured in Lima October 14, 2018. REUTERS/Jane Roe\\nNovember 2, 2018\\nThe two ministers met on Friday. # 2018-11-02 # 2018-11-02
            Ministers meet\\nPosted : Mar 4 2022 | 08:15 AM GMT\\nThe minister speaks in Lima 11/03/2019 AFP / Jane Roe\\nThe two ministers met. # 2022-03-04 # 2022-03-04
            """)
    void aPhotoCaptionsDateIsTheLastReferenceAndNoPublicationDate(String text, LocalDate reference, LocalDate published) {
        Document doc = new Document(text.replace("\\n", "\n"), StageFixture.GAZETTEER, Lexicon.standard());
        GazetteerAnnotator.annotate(doc);
        NewsContext news = new Furniture(doc, (LocalDate) null).read();
        assertEquals(reference, news.newsDate());
        assertEquals(published, news.published());
    }

    static final Extractor X = Extractors.standard();

    /** The date of the meeting of the two people, in a text dated Saturday 12 March 2022. */
    static LocalDate meetingDate(String text, String a, String b) {
        Enrichment e = X.extract(new Article("t", " date 2022-03-12 " + text.replace("\\n", "\n"), null, null));
        Enrichment.Meeting m = Outputs.meetingOf(e, a, b);
        return m == null ? LocalDate.MIN : m.date();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            In a rare call with a senior Peruvian official on Thursday, Foreign Minister Hanna Lindqvist urged calm.\\nLindqvist, who spoke by phone with Peruvian Foreign Minister Raul Quispe, said the border must stay open. # 2022-03-10
            On Wednesday, Foreign Minister Hanna Lindqvist urged Peruvian Foreign Minister Raul Quispe to reopen the border.\\nLindqvist and Quispe talked by phone about trade and fishing. # 2022-03-09
            Foreign Minister Hanna Lindqvist said on Wednesday that the border must stay open.\\nLindqvist later spoke by phone with Peruvian Foreign Minister Raul Quispe. # none
            Foreign Minister Hanna Lindqvist on Thursday met with several counterparts ahead of the regional summit.\\nShe held talks with Peruvian Foreign Minister Raul Quispe about fishing rights. # 2022-03-10
            """)
    void aLaterReportTakesTheDateOfTheLeadThatReportsTheSameMeeting(String text, LocalDate expected) {
        assertEquals(expected, meetingDate(text, "Lindqvist", "Quispe"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            # a meeting in the "where" clause of an earlier trip: not the return's day
            Foreign Minister Hanna Lindqvist returned home on Friday after a visit to Peru, where she met Foreign Minister Raul Quispe. # none
            # ... but a meeting "after" which something happened that day keeps the day (the labels' convention)
            Foreign Minister Hanna Lindqvist returned home on Friday after meeting Foreign Minister Raul Quispe in Lima. # 2022-03-11
            On Thursday, after arriving in Lima, Foreign Minister Hanna Lindqvist met Foreign Minister Raul Quispe. # 2022-03-10
            """)
    void aMeetingWhereATripWentIsNotDatedByTheReturn(String text, LocalDate expected) {
        assertEquals(expected, meetingDate(text, "Lindqvist", "Quispe"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            # the day of a visit told just before dates the meetings of the visit that name no day
            Foreign Minister Hanna Lindqvist visited Lima on Wednesday.\\nShe met Foreign Minister Raul Quispe and President Ana Soto. # 2022-03-09
            Foreign Minister Hanna Lindqvist's visit to Peru continued on Thursday.\\nLindqvist met Foreign Minister Raul Quispe. On Friday she met President Ana Soto. # 2022-03-10
            Foreign Minister Hanna Lindqvist arrived in Lima on Wednesday.\\nShe held talks with Foreign Minister Raul Quispe. # 2022-03-09
            # not a sentence that says no visit, nor a visit told after the meeting
            Foreign Minister Hanna Lindqvist spoke about fishing on Wednesday.\\nShe met Foreign Minister Raul Quispe. # none
            Foreign Minister Hanna Lindqvist met Foreign Minister Raul Quispe.\\nShe visited a fish market in Lima on Wednesday. # none
            """)
    void aVisitsDayDatesItsUndatedMeetings(String text, LocalDate expected) {
        assertEquals(expected, meetingDate(text, "Lindqvist", "Quispe"));
    }

    /** Thursday 14 March 2024. */
    static final LocalDate CLAUSE_NEWS_DATE = LocalDate.of(2024, 3, 14);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            On Tuesday (March 5), the two ministers met in the capital.                                          # met  # HELD    # 2024-03-05 # false
            They met on Monday and Tuesday in the capital.                                                       # met  # HELD    # none       # true
            They had been expected to meet before the anniversary of the ceasefire of 2 March.                   # meet # PLANNED # none       # true
            They will not meet until 20 March.                                                                   # meet # PLANNED # none       # true
            They talked by phone on 11 March about the harbour.                                                  # talked # HELD  # 2024-03-11 # false
            They met after Monday's vote in the assembly.                                                        # met  # HELD    # none       # true
            They met to prepare the fishing summit, which is scheduled for 29 April.                             # met  # HELD    # none       # none
            They met to sign the accord of 2 March.                                                              # met  # HELD    # none       # none
            They met on the morning of 12 March.                                                                 # met  # HELD    # 2024-03-12 # false
            They met on 20 June in the capital.                                                                  # met  # HELD    # 2023-06-20 # false
            They met on 2 May in the capital.                                                                    # met  # HELD    # 2024-05-02 # false
            They will meet on 2 January in the capital.                                                          # meet # PLANNED # 2025-01-02 # false
            They will meet on 2 February in the capital.                                                         # meet # PLANNED # 2024-02-02 # false
            They called off the talks scheduled for Friday.                                                      # talks # CANCELLED # 2024-03-15 # false
            They met on the 12th in the capital.                                                                 # met  # HELD    # 2024-03-12 # false
            They met on the 20th.                                                                                # met  # HELD    # 2024-02-20 # false
            They will meet on the 2nd.                                                                           # meet # PLANNED # 2024-04-02 # false
            They met on the 21st floor of the ministry.                                                          # met  # HELD    # none       # none
            They met on 12/03/2024 in the capital.                                                               # met  # HELD    # 2024-03-12 # false
            They met on 3/12/2024 in the capital.                                                                # met  # HELD    # 2024-03-12 # false
            They called off the talks on Monday.                                                                 # talks # CANCELLED # 2024-03-11 # false
            Their planned talks with the Peruvian ministers on Friday were called off.                           # talks # CANCELLED # 2024-03-15 # false
            Their talks with the Peruvian ministers on Monday were called off.                                   # talks # CANCELLED # 2024-03-11 # false
            They will meet next week, on March 20, in the capital.                                               # meet # PLANNED # 2024-03-20 # false
            They met two days ago in the capital.                                                                # met  # HELD    # 2024-03-12 # false
            They were scheduled to meet on Wednesday in the capital.                                             # meet # PLANNED # 2024-03-13 # false
            They had been due to meet on Wednesday in the capital.                                               # meet # PLANNED # 2024-03-13 # false
            They are scheduled to meet on Wednesday in the capital.                                              # meet # PLANNED # 2024-03-20 # false
            The talks, planned for Monday, did not happen.                                                       # talks # CANCELLED # 2024-03-11 # false
            They met 3 days ago in the capital.                                                                  # met  # HELD    # 2024-03-11 # false
            They met a day ago in the capital.                                                                   # met  # HELD    # 2024-03-13 # false
            They met two weeks ago in the capital.                                                               # met  # HELD    # none       # true
            They met on Tues. in the capital.                                                                    # met  # HELD    # 2024-03-12 # false
            They met on Thurs in the capital.                                                                    # met  # HELD    # 2024-03-14 # false
            They will travel to the capital next week and meet on Tuesday.                                       # meet # PLANNED # 2024-03-19 # false
            They met last week in the capital on Tuesday.                                                        # met  # HELD    # 2024-03-05 # false
            The envoy, who arrived in the capital last week, met the minister on March 13.                       # met  # HELD    # 2024-03-13 # false
            On Friday, the ministers agreed that the presidents will meet in April.                              # meet # PLANNED # none       # true
            The spokeswoman said here Saturday that the presidents will meet on the morning of March 19.         # meet # PLANNED # 2024-03-19 # false
            # a trip's week frames the day of its place's relative clause
            They will travel to the capital next week, where they will meet on Friday.                           # meet # PLANNED # 2024-03-22 # false
            # a date after "since" starts a period: no day of the meeting
            They met for the first time since January in the capital.                                            # met  # HELD    # none       # none
            The envoy, on his first trip since taking office in January, met the minister.                       # met  # HELD    # none       # none
            """)
    void theDateOfTheClauseIsTheMeetingsOnlyWhenItNamesItsDay(String clause, String trigger, Enrichment.Status status, LocalDate date, Boolean vague) {
        Document doc = StageFixture.prepared(clause);
        DateResolverTest.assertFound(date, vague,
                new DateResolver(doc, CLAUSE_NEWS_DATE).nearestDate(0, doc.tokens.n, StageFixture.token(doc, trigger), status));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            # a numeric date: day first with dots
            Foreign Minister Hanna Lindqvist met Peruvian Foreign Minister Raul Quispe in Lima on 07.03.2022.                # 2022-03-07
            Foreign Minister Hanna Lindqvist met Peruvian Foreign Minister Raul Quispe in Lima on 2022-03-07.                 # 2022-03-07
            # a date in a relative clause about a participant is not the meeting's
            Foreign Minister Hanna Lindqvist, who arrived on Sunday, met Peruvian Foreign Minister Raul Quispe on Monday.   # 2022-03-07
            Foreign Minister Hanna Lindqvist, who arrived on Sunday, met Peruvian Foreign Minister Raul Quispe.             # none
            # a name and its title count as one word: the day after the meeting verb is as near as the day before it
            Foreign Minister Hanna Lindqvist began a visit to Peru on Monday and will meet Foreign Minister Raul Quispe on Tuesday. # 2022-03-08
            """)
    void aNumericDateOrOneOutsideARelativeClause(String text, LocalDate expected) {
        assertLindqvistQuispeOn(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            Foreign Minister Hanna Lindqvist met Foreign Minister Ana Ruiz on Monday, a day after meeting Foreign Minister Raul Quispe.      # 2022-03-06
            Foreign Minister Hanna Lindqvist met Foreign Minister Ana Ruiz on Monday, two days before meeting Foreign Minister Raul Quispe. # 2022-03-09
            # without a count of days: the same day (an undated held meeting takes the one before's)
            Foreign Minister Hanna Lindqvist met Foreign Minister Ana Ruiz on Monday, after meeting Foreign Minister Raul Quispe.            # 2022-03-07
            # an opening phrase counted back from the main clause's day; hours after it: the same day; no measure: the
            # day an undated held meeting takes from the lead
            Two days after meeting Foreign Minister Raul Quispe, Foreign Minister Hanna Lindqvist met Foreign Minister Ana Ruiz on Monday.   # 2022-03-05
            Hours after talking to Foreign Minister Raul Quispe, Foreign Minister Hanna Lindqvist met Foreign Minister Ana Ruiz on Monday.   # 2022-03-07
            After talking to Foreign Minister Raul Quispe, Foreign Minister Hanna Lindqvist met Foreign Minister Ana Ruiz on Monday in Oslo. # 2022-03-07
            """)
    void aMeetingCountedFromTheMainOnesDay(String text, LocalDate expected) {
        assertLindqvistQuispeOn(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            # "weeks after" an unmeasured time back: background, no default date
            Foreign Minister Hanna Lindqvist met Foreign Minister Ana Ruiz on Monday. The meeting comes weeks after Lindqvist visited Peru, where she met Foreign Minister Raul Quispe. # none
            Foreign Minister Hanna Lindqvist met Foreign Minister Ana Ruiz on Monday. It came months after Lindqvist held talks with Foreign Minister Raul Quispe in Lima. # none
            # ... a measured one is counted back
            Foreign Minister Hanna Lindqvist met Foreign Minister Raul Quispe on Monday, two days after meeting Foreign Minister Ana Ruiz. # 2022-03-07
            """)
    void aMeetingWeeksBeforeTheReportedOneIsBackground(String text, LocalDate expected) {
        assertLindqvistQuispeOn(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            Foreign Minister Hanna Lindqvist will meet Peruvian Foreign Minister Raul Quispe in Lima this week, the ministry said.\\nThe meeting has been set for Friday 11 March. # 2022-03-11
            Foreign Minister Hanna Lindqvist will meet Peruvian Foreign Minister Raul Quispe in Lima next week, the ministry said.\\nThe meeting has been set for Friday 11 March. # none
            """)
    void aLaterDayInsideTheVagueRangeDatesTheMeeting(String text, LocalDate expected) {
        assertLindqvistQuispeOn(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            # "this year", "this month": a calendar period that holds the dated report, so the same meeting
            Foreign Minister Hanna Lindqvist met Peruvian Foreign Minister Raul Quispe in Lima on Monday.\\nQuispe is the first minister Lindqvist has met this year. # 2022-03-07
            Foreign Minister Hanna Lindqvist met Peruvian Foreign Minister Raul Quispe in Lima on Monday.\\nIt was the second time Lindqvist met Quispe this month. # 2022-03-07
            """)
    void aCalendarPeriodThatHoldsTheDayIsTheSameMeeting(String text, LocalDate expected) {
        Enrichment e = X.extract(new Article("t", " date 2022-03-08 " + text.replace("\\n", "\n"), null, null));
        assertEquals(1, e.meetings().size(), e.toString());
        assertLindqvistQuispeOn(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            # the day a statement was made, told to its audience or in its medium, is not the meeting's
            Foreign Minister Hanna Lindqvist will meet Peruvian Foreign Minister Raul Quispe in Lima, an aide told Reuters on Monday.             # none
            Foreign Minister Hanna Lindqvist will meet Peruvian Foreign Minister Raul Quispe in Lima, the ministry said in a statement on Monday. # none
            Foreign Minister Hanna Lindqvist has no plans to meet Peruvian Foreign Minister Raul Quispe, her spokesman told a news conference late Monday. # none
            Foreign Minister Hanna Lindqvist will meet Peruvian Foreign Minister Raul Quispe in Lima on Friday, an aide told reporters on Monday. # 2022-03-11
            # ... also before its verb: "on Monday denied reports that ..." (the meeting "last week" has no day)
            The Swedish ministry on Monday denied reports that Foreign Minister Hanna Lindqvist met Peruvian Foreign Minister Raul Quispe last week. # none
            The Swedish ministry on Monday said that Foreign Minister Hanna Lindqvist met Peruvian Foreign Minister Raul Quispe last week. # none
            # ... but an attribution set between commas is an aside: the day before it is the sentence's
            Sweden and Peru agreed Monday to resume shuttle diplomacy, the Swedish ministry said, after Foreign Minister Hanna Lindqvist held talks with Peruvian Foreign Minister Raul Quispe. # 2022-03-07
            # ... but a held call the clause gives no day of its own is the readout's day's (not a visit "wrapped up")
            Foreign Minister Hanna Lindqvist held a phone call with Peruvian Foreign Minister Raul Quispe, the ministry said on Monday. # 2022-03-07
            Foreign Minister Hanna Lindqvist wrapped up a visit to Lima, where she met Peruvian Foreign Minister Raul Quispe, the ministry said on Monday. # none
            # ... but the day of the meeting the words report is
            Foreign Minister Hanna Lindqvist met Peruvian Foreign Minister Raul Quispe in Lima on Monday, the ministry said in a statement.     # 2022-03-07
            """)
    void theDayAStatementWasMadeIsNotTheMeetings(String text, LocalDate expected) {
        assertLindqvistQuispeOn(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            # "comes two months after the two first met": the span measures the earlier meeting, not the reported one
            Foreign Minister Hanna Lindqvist met Foreign Minister Raul Quispe on Monday. The meeting comes two months after the two first met in Lima. # 2022-03-07
            """)
    void theSpanBeforeAnEarlierMeetingDoesNotDateTheReportedOne(String text, LocalDate expected) {
        Enrichment e = X.extract(new Article("t", " date 2022-03-08 " + text, null, null));
        assertEquals(2, e.meetings().size(), "the reported meeting and the first one: " + e);
        assertEquals(expected, e.meetings().get(0).date(), e.toString());
        assertEquals(null, e.meetings().get(1).date(), "the first meeting's day is not stated: " + e);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            # a dated dateline a day or two before the page's date line: the story's "today" is its own day
            LIMA, March 6 (Reuters) - Foreign Minister Hanna Lindqvist met Peruvian Foreign Minister Raul Quispe today.       # 2022-03-06
            # ... or the page's own stamp under the title
            Readout of the meeting\\nMarch 6, 2022\\nForeign Minister Hanna Lindqvist met today with Peruvian Foreign Minister Raul Quispe. # 2022-03-06
            # a date in brackets is an aside: "(1 a.m. on March 8, Lima time)"
            On March 7 at 4 p.m. (1 a.m. on March 8, Lima time) Foreign Minister Hanna Lindqvist held a meeting with Peruvian Foreign Minister Raul Quispe. # 2022-03-07
            # ... not a dateline weeks older (a page quoting an old story keeps its own day)
            LIMA, February 6 (Reuters) - Foreign Minister Hanna Lindqvist met Peruvian Foreign Minister Raul Quispe today.    # 2022-03-08
            # a month wholly after the news day is last year's for a meeting held
            Foreign Minister Hanna Lindqvist and Peruvian Foreign Minister Raul Quispe last met in Lima in June.             # none
            """)
    void theStorysOwnDayAndAMonthOfTheYearBefore(String text, LocalDate expected) {
        Enrichment e = X.extract(new Article("t", " date 2022-03-08 " + text.replace("\\n", "\n"), null, null));
        Enrichment.Meeting m = Outputs.meetingOf(e, "Lindqvist", "Quispe");
        assertEquals(expected, m.date(), e.toString());
        assertEquals(Enrichment.Status.HELD, m.status(), e.toString());
        assertEquals(LocalDate.of(2022, 3, 8), e.published(), "the page's date is still the one reported");
    }

    /** The Lindqvist-Quispe meeting of a text published 2022-03-08 (a Tuesday) is dated {@code expected}. */
    private static void assertLindqvistQuispeOn(String text, LocalDate expected) {
        Enrichment e = X.extract(new Article("t", " date 2022-03-08 " + text.replace("\\n", "\n"), null, null));
        Enrichment.Meeting m = Outputs.meetingOf(e, "Lindqvist", "Quispe");
        assertEquals(expected, m.date(), e.toString());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', textBlock = """
            Quispe     # 2022-03-14
            Arancibia  # 2022-03-09
            """)
    void theItemsOfAListPageAreDatedByTheirOwnLine(String guest, LocalDate expected) {
        String page = "Meetings and visits\n\n"
                + "3/14/2022 Minister Hanna Lindqvist met Peruvian Foreign Minister Raul Quispe in Lima today for talks on fishing rights.\n"
                + "3/9/2022 Minister Hanna Lindqvist held a meeting with Chilean Foreign Minister Pablo Arancibia about trade and mining.\n";
        Enrichment e = X.extract(new Article("t", page, null, null));
        assertEquals(expected, Outputs.meetingOf(e, "Lindqvist", guest).date(), e.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            On Monday, Sultan Haitham bin Said received Peruvian Foreign Minister Raul Quispe in the palace.            # 2022-03-07
            Peruvian Foreign Minister Raul Quispe met Sultan Haitham bin Said on 9 March in the palace in Muscat.       # 2022-03-09
            """)
    void aNameThatIsAlsoAVerbOfSayingDoesNotTakeTheDate(String text, LocalDate expected) {
        assertEquals(expected, meetingDate(text, "Said", "Quispe"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            Foreign Minister Hanna Lindqvist will meet Peruvian Foreign Minister Raul Quispe later in the day. # 2022-03-12
            Foreign Minister Hanna Lindqvist met Peruvian Foreign Minister Raul Quispe earlier in the day.     # 2022-03-12
            Foreign Minister Hanna Lindqvist will meet Peruvian Foreign Minister Raul Quispe later this year.  # none
            # ... but after a meeting told with its day, that day
            Foreign Minister Ana Ruiz met Foreign Minister Karl Berg in Lima on Tuesday.\\nEarlier in the day, Foreign Minister Hanna Lindqvist met Peruvian Foreign Minister Raul Quispe. # 2022-03-08
            Foreign Minister Ana Ruiz met Foreign Minister Karl Berg in Lima on Tuesday.\\nLater that day, Foreign Minister Hanna Lindqvist met Peruvian Foreign Minister Raul Quispe.     # 2022-03-08
            """)
    void laterOrEarlierInTheDayIsTheStorysDayOrTheOneJustTold(String text, LocalDate expected) {
        assertEquals(expected, meetingDate(text, "Lindqvist", "Quispe"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "none", textBlock = """
            # a day to come counts from the dateline's day when the page is dated later (the 12th here)
            LIMA, March 10 (Reuters) - Foreign Minister Hanna Lindqvist will meet Peruvian Foreign Minister Raul Quispe on Thursday. # 2022-03-10
            LIMA, March 10 (Reuters) - Foreign Minister Hanna Lindqvist will meet Peruvian Foreign Minister Raul Quispe on Friday.   # 2022-03-11
            Foreign Minister Hanna Lindqvist will meet Peruvian Foreign Minister Raul Quispe on Thursday.                            # 2022-03-17
            """)
    void aDayToComeCountsFromTheDatelinesDay(String text, LocalDate expected) {
        assertEquals(expected, meetingDate(text, "Lindqvist", "Quispe"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Russia's, Armenia's, and Azerbaijan's foreign ministers will hold a trilateral meeting in Moscow. # AM AZ RU
            Russia's, Armenia's and Azerbaijan's foreign ministers will hold a trilateral meeting in Moscow.  # AM AZ RU
            """)
    void possessiveCountriesWithASerialCommaAreTheSides(String text, String expected) {
        Enrichment e = X.extract(new Article("t", " date 2022-03-12 " + text, null, null));
        assertEquals(expected, e.meetings().get(0).participants().stream().map(Enrichment.Participant::country).sorted()
                .collect(java.util.stream.Collectors.joining(" ")));
    }
}
