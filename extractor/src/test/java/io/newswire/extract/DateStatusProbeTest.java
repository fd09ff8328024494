package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status and date of meetings in invented wire copy: negations, requests, wishes, weekdays and vague phrases. */
class DateStatusProbeTest {
    static final Extractor X = Extractors.standard();

    /** The meetings of a text dated Friday 8 March 2024, as "surname+surname:STATUS:date", ";" between meetings. */
    static String meetings(String text) {
        Enrichment e = X.extract(new Article("t", " date 2024-03-08 " + text, null, null));
        return e.meetings().stream()
                .map(m -> m.participants().stream()
                        .map(p -> p.name() == null ? String.valueOf(p.country()) : p.name().substring(p.name().lastIndexOf(' ') + 1))
                        .sorted().collect(Collectors.joining("+")) + ":" + m.status() + ":" + m.date())
                .collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "the last/previous meeting" is an earlier one, held: a yearless day after the news day is last year's
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Thursday. They reviewed progress since the last meeting on 29 April. | Berg+Holm:HELD:2024-03-07;Berg+Holm:HELD:2023-04-29
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Thursday. The next meeting will be held on 29 April.                 | Berg+Holm:HELD:2024-03-07;Berg+Holm:PLANNED:2024-04-29
            # "the plan had been to host ...": a plan ("been" as a [be] form before "to")
            "Our plan had been to host the summit of Norway, Sweden and Finland in Oslo," Premier Anna Holm of Norway said. | FI+NO+SE:PLANNED:null
            """)
    void earlierMeetingsAndPastPlans(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a relative clause or an opening phrase holding the trigger tells its own time, not the main verb's
            Premier Anna Holm of Norway, who met Premier Lars Berg of Sweden on Thursday, will fly to Helsinki on Friday.   | Berg+Holm:HELD:2024-03-07
            After meeting Premier Lars Berg of Sweden on Thursday, Premier Anna Holm of Norway will fly to Helsinki.       | Berg+Holm:HELD:2024-03-07
            Premier Anna Holm of Norway began a three-day visit to Sweden on Thursday, during which she will meet Premier Lars Berg. | Berg+Holm:PLANNED:null
            # ... and the main clause's time stays the meeting's when the trigger is in it
            Premier Anna Holm of Norway, who arrived on Thursday, will meet Premier Lars Berg of Sweden on Friday.         | Berg+Holm:PLANNED:2024-03-08
            # "the day before yesterday", "the day after tomorrow": two days from the story's day
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden the day before yesterday.          | Berg+Holm:HELD:2024-03-06
            Premier Anna Holm of Norway will meet Premier Lars Berg of Sweden the day after tomorrow.      | Berg+Holm:PLANNED:2024-03-10
            # ... but "a day before the summit" counts from another event
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden a day before the summit.           | Berg+Holm:HELD:null
            # a headline's "X to meet Y" is a plan
            Premier Anna Holm to meet Premier Lars Berg in Oslo\\n\\nThe talks are likely to focus on fishing.          | Berg+Holm:PLANNED:null
            Premier Anna Holm meets Premier Lars Berg in Oslo\\n\\nThe talks focused on fishing.                         | Berg+Holm:HELD:2024-03-08
            # "will hold talks with X and meet Y": the bare verb after "and" shares the auxiliary; a past form does not
            Premier Anna Holm of Norway will hold talks with Premier Lars Berg of Sweden and meet President Eva Lind of Finland. | Berg+Holm:PLANNED:null;Holm+Lind:PLANNED:null
            Premier Anna Holm of Norway will meet Premier Lars Berg of Sweden and then hold talks with President Eva Lind of Finland. | Berg+Holm:PLANNED:null;Holm+Lind:PLANNED:null
            Premier Anna Holm of Norway is to meet Premier Lars Berg of Sweden on Monday and hosted President Eva Lind of Finland on Thursday. | Berg+Holm:PLANNED:2024-03-11;Holm+Lind:HELD:2024-03-07
            """)
    void theTriggersOwnClause(String text, String expected) {
        assertEquals(expected, meetings(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # days listed before "respectively" go to the meetings in order
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden and Premier Eva Lind of Finland on Monday and Wednesday respectively. | Berg+Holm:HELD:2024-03-04;Holm+Lind:HELD:2024-03-06
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden and Premier Eva Lind of Finland on March 4 and March 6, respectively. | Berg+Holm:HELD:2024-03-04;Holm+Lind:HELD:2024-03-06
            # ... not when the count differs from the meetings', and two days with no "respectively" are no one day
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Monday and Wednesday respectively. | Berg+Holm:HELD:null
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden and Premier Eva Lind of Finland on Monday and Wednesday. | Berg+Holm:HELD:null;Holm+Lind:HELD:null
            """)
    void respectiveDays(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a contraction in "n't" negates like "not"; "couldn't hold" doubts, it does not deny
            Premier Anna Holm of Norway won't meet Premier Lars Berg of Sweden in Oslo.                    | Berg+Holm:DENIED:null
            Premier Anna Holm of Norway didn't meet Premier Lars Berg of Sweden.                           | Berg+Holm:DENIED:null
            Premier Anna Holm of Norway couldn't hold talks with Premier Lars Berg of Sweden.               | Berg+Holm:HELD:null
            # "nor" with an auxiliary carries the denial over
            Nor will Premier Anna Holm of Norway meet Premier Lars Berg of Sweden during the trip.         | Berg+Holm:DENIED:null
            # reports of a meeting dismissed
            Premier Anna Holm of Norway dismissed reports that she would meet Premier Lars Berg of Sweden.  | Berg+Holm:DENIED:null
            """)
    void denials(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "The talks came N days after X met Z": counted back from the meeting the sentence refers to (news day Friday 8 March)
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Thursday. The talks came two days after Holm met Premier Eva Lind of Finland. | Berg+Holm:HELD:2024-03-07;Holm+Lind:HELD:2024-03-05
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Thursday. The meeting took place a day before Holm met Premier Eva Lind of Finland. | Berg+Holm:HELD:2024-03-07;Holm+Lind:HELD:2024-03-08
            # "earlier in the day" is the day of the last meeting told, not of one told as background to it
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Thursday. The talks came two days after Holm met Premier Eva Lind of Finland. Earlier in the day, Holm was welcomed by Premier Tor Dahl of Denmark. | Berg+Holm:HELD:2024-03-07;Holm+Lind:HELD:2024-03-05;Dahl+Holm:HELD:2024-03-07
            # a measure in weeks is too loose for a day
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Thursday. The talks came two weeks after Holm met Premier Eva Lind of Finland. | Berg+Holm:HELD:2024-03-07;Holm+Lind:HELD:null
            """)
    void aReferringSentenceCountsDaysFromTheMeetingItRefersTo(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a meeting dated after the news day is not held yet, whatever its verb (news day 2024-03-08)
            Talks between Premier Anna Holm of Norway and Premier Lars Berg of Sweden on March 20 will focus on fishing. | Berg+Holm:PLANNED:2024-03-20
            Premier Anna Holm of Norway meets Premier Lars Berg of Sweden in Oslo next Tuesday.                | Berg+Holm:PLANNED:2024-03-12
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on March 4.                    | Berg+Holm:HELD:2024-03-04
            """)
    void aMeetingAfterTheNewsDayIsPlanned(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a meeting wanted, asked for or assigned is not yet held
            Premier Anna Holm of Norway was tasked with meeting Premier Lars Berg of Sweden.               | Berg+Holm:PLANNED:null
            Premier Anna Holm of Norway sought a meeting with Premier Lars Berg of Sweden.                 | Berg+Holm:PLANNED:null
            Premier Anna Holm of Norway has requested a meeting with Premier Lars Berg of Sweden.          | Berg+Holm:PLANNED:null
            Officials were trying to arrange a meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden. | Berg+Holm:PLANNED:null
            Premier Anna Holm of Norway is preparing to meet Premier Lars Berg of Sweden.                  | Berg+Holm:PLANNED:null
            Premier Anna Holm of Norway is slated to meet Premier Lars Berg of Sweden on Tuesday.          | Berg+Holm:PLANNED:2024-03-12
            Premier Anna Holm of Norway is likely to meet Premier Lars Berg of Sweden on Tuesday.          | Berg+Holm:PLANNED:2024-03-12
            # ... but a wish that came true in the same clause is a meeting held, and a request of another is no cue
            'Premier Anna Holm of Norway, who had sought a meeting with Premier Lars Berg of Sweden for months, finally met him on Monday.' | Berg+Holm:HELD:2024-03-04
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden at the request of the Swedish side. | Berg+Holm:HELD:null
            # an offer to host is no meeting
            Premier Anna Holm of Norway said Norway was ready to host a new round of talks between Premier Lars Berg of Sweden and Finland. | ''
            # a hope to meet is a plan, not a meeting held
            Premier Anna Holm of Norway said she hoped to meet Premier Lars Berg of Sweden soon.          | Berg+Holm:PLANNED:null
            # the present progressive with a day ahead is a plan; without one it is the meeting under way
            Premier Anna Holm of Norway is meeting Premier Lars Berg of Sweden on Monday.                  | Berg+Holm:PLANNED:2024-03-11
            Premier Anna Holm of Norway is meeting Premier Lars Berg of Sweden in Oslo.                    | Berg+Holm:HELD:null
            """)
    void wishesAndPlans(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a plan cut off by a comma from a trigger in the simple past is another clause's
            'Premier Anna Holm of Norway, who will travel to Rome next week, met Premier Lars Berg of Sweden on Monday.' | Berg+Holm:HELD:2024-03-04
            'Ahead of a summit planned for next month, Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Monday.' | Berg+Holm:HELD:2024-03-04
            'Premier Anna Holm of Norway, who is due to meet Premier Lars Berg of Sweden on Monday, said little.' | Berg+Holm:PLANNED:2024-03-11
            # a clause measured from the one before it: its day counted from that one's, a day ahead still to come
            'Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Friday, a day before Berg holds talks with President Eva Lind of Finland.' | Berg+Holm:HELD:2024-03-08;Berg+Lind:PLANNED:2024-03-09
            'Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Friday, two days after Berg held talks with President Eva Lind of Finland.' | Berg+Holm:HELD:2024-03-08;Berg+Lind:HELD:2024-03-06
            'Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Friday, weeks after Berg held talks with President Eva Lind of Finland.' | Berg+Holm:HELD:2024-03-08;Berg+Lind:HELD:null
            # expected or due in a place
            Premier Anna Holm of Norway is expected in Stockholm on Tuesday for talks with Premier Lars Berg of Sweden. | Berg+Holm:PLANNED:2024-03-12
            Premier Anna Holm of Norway is due in Stockholm next week to meet Premier Lars Berg of Sweden. | Berg+Holm:PLANNED:null
            # a meeting that never took place
            The meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden never took place. | Berg+Holm:DENIED:null
            The meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden did not take place. | Berg+Holm:DENIED:null
            # ... but a planned one that did not: called off
            A planned meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden did not take place. | Berg+Holm:CANCELLED:null
            There is no planned meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden.   | Berg+Holm:DENIED:null
            The meeting planned for Tuesday between Premier Anna Holm of Norway and Premier Lars Berg of Sweden will not take place. | Berg+Holm:CANCELLED:2024-03-12
            # a scheduled meeting someone skipped: its day has passed (news day Friday 8 March)
            Premier Anna Holm of Norway skipped a scheduled meeting with Premier Lars Berg of Sweden on Tuesday.        | Berg+Holm:CANCELLED:2024-03-05
            # "will not travel to X for talks with Y", "will not attend": a denial of the meeting
            Premier Anna Holm of Norway will not travel to Oslo for talks with Premier Lars Berg of Sweden, her office said. | Berg+Holm:DENIED:null
            # "the two heads of state" after a clause cut at "after" are the foreground meeting's people, not the background's
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Tuesday. The meeting came days after Berg held talks in Helsinki with Premier Eva Lind of Finland. The two heads of state would meet again in Oslo in June. | Berg+Holm:HELD:2024-03-05;Berg+Lind:HELD:null;Berg+Holm:PLANNED:null
            # an offer told of the subject in a relative clause is no meeting; the main clause's call is
            Premier Anna Holm of Norway, who offered to host the talks, spoke to Premier Lars Berg of Sweden by phone on Sunday. | Berg+Holm:HELD:2024-03-03
            # a summit told again without names is the last meeting held in person, not a call told after it
            Premier Anna Holm of Norway was to meet Premier Lars Berg of Sweden in Oslo. Holm spoke by phone with President Eva Lind of Finland on Tuesday. The summit was later called off. | Berg+Holm:CANCELLED:null;Holm+Lind:HELD:2024-03-05
            # a meeting that "was to take place" on a day, called off (present perfect): called off before that day
            Premier Anna Holm of Norway has cancelled a meeting with Premier Lars Berg of Sweden that was to take place in Oslo on Tuesday. | Berg+Holm:CANCELLED:2024-03-12
            Talks between Premier Anna Holm of Norway and Premier Lars Berg of Sweden that had been due to start on Tuesday have been called off. | Berg+Holm:CANCELLED:2024-03-12
            # ... told in the past tense, the day has passed
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden were supposed to meet on Tuesday, but the talks were postponed. | Berg+Holm:CANCELLED:2024-03-05
            # ... a plan told in the past with "was to": its day has passed
            Premier Anna Holm of Norway was to meet Premier Lars Berg of Sweden on Tuesday.                            | Berg+Holm:PLANNED:2024-03-05
            # an undated report of a meeting and its cancellation (same people, same kind) are one meeting
            Premier Anna Holm of Norway held talks with Premier Lars Berg of Sweden in Oslo. The meeting between Holm and Berg was later called off. | Berg+Holm:CANCELLED:null
            # ... not a call and a called-off visit, nor a dated meeting and a called-off one
            Premier Anna Holm of Norway spoke by phone with Premier Lars Berg of Sweden. A meeting between Holm and Berg in Oslo was called off. | Berg+Holm:HELD:null;Berg+Holm:CANCELLED:null
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Monday. A second meeting between Holm and Berg in Oslo was called off. | Berg+Holm:HELD:2024-03-04;Berg+Holm:CANCELLED:null
            """)
    void plansOfAnotherClauseAndPlaces(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    /** The date of the only meeting of a text dated Friday 8 March 2024. */
    static LocalDate date(String text) {
        Enrichment e = X.extract(new Article("t", " date 2024-03-08 " + text, null, null));
        return Outputs.meetingOf(e, "Holm", "Berg").date();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a verb of saying before the date and "that" after it: the statement's date
            The ministry said in a statement on Wednesday that Premier Anna Holm of Norway will meet Premier Lars Berg of Sweden. | none
            The ministry said in a statement earlier on Wednesday that Premier Anna Holm of Norway met Premier Lars Berg of Sweden. | none
            Officials said on Wednesday that Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Tuesday.                 | 2024-03-05
            'Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Wednesday, and said that the talks went well.'          | 2024-03-06
            """)
    void theDayOfAStatementIsNotTheMeetings(String text, LocalDate expected) {
        assertEquals(expected, date(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # another event's week does not move a meeting's weekday, nor does a week ahead move a meeting held
            Premier Anna Holm of Norway held talks with Premier Lars Berg of Sweden on Monday as the two prepare for next week's summit. | 2024-03-04
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Tuesday next week.                     | 2024-03-05
            Premier Anna Holm of Norway will meet Premier Lars Berg of Sweden next week on Tuesday.               | 2024-03-12
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden last week on Tuesday.                     | 2024-02-27
            # "the early hours of Thursday" is Thursday
            Premier Anna Holm of Norway held talks with Premier Lars Berg of Sweden in the early hours of Thursday. | 2024-03-07
            # "the 28th of February"
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on the 28th of February.          | 2024-02-28
            'Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on the 3rd of March, 2023.'     | 2023-03-03
            """)
    void weeksAndDays(String text, LocalDate expected) {
        assertEquals(expected, date(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a following sentence that names the same people before a word of talking gives the day
            Foreign Minister Anna Holm of Norway spoke by phone with Foreign Minister Lars Berg of Sweden for the first time since she took office. The ministry said Holm and Berg talked for 40 minutes on Tuesday afternoon. | Berg+Holm:HELD:2024-03-05
            Foreign Minister Anna Holm of Norway met Foreign Minister Lars Berg of Sweden in Oslo. Holm and Berg discussed trade on Wednesday. | Berg+Holm:HELD:2024-03-06
            # ... not the day of another thing they did, nor that of a meeting to come
            Foreign Minister Anna Holm of Norway spoke by phone with Foreign Minister Lars Berg of Sweden. Holm also received congratulations from Berg on being elected on Sunday. | Berg+Holm:HELD:null
            Foreign Minister Anna Holm of Norway met Foreign Minister Lars Berg of Sweden in Oslo. Holm and Berg will meet again on Wednesday. | Berg+Holm:HELD:null;Berg+Holm:PLANNED:2024-03-13
            # "the first meeting since 2019" is no background report: it takes the day of the report before it
            Premier Anna Holm of Norway met Premier Eva Lind of Finland on Tuesday. Holm also met Premier Lars Berg of Sweden for the first time since 2019. | Holm+Lind:HELD:2024-03-05;Berg+Holm:HELD:2024-03-05
            """)
    void aLaterSentenceDatesTheMeeting(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a day counted from another event is no day: the meeting does not take its neighbour's
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Tuesday. The meeting came a week after Holm spoke by phone with Premier Eva Lind of Finland. | Berg+Holm:HELD:2024-03-05;Holm+Lind:HELD:null
            # ... while "two days later" counts from the day named just before (Tuesday + 2)
            'Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Tuesday. Two days later, Holm met Premier Eva Lind of Finland.' | Berg+Holm:HELD:2024-03-05;Holm+Lind:HELD:2024-03-07
            # ... but the day named in the clause still wins over the span
            'Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Tuesday, a day after the election.' | Berg+Holm:HELD:2024-03-05
            'On Tuesday, Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo, two days after the election.' | Berg+Holm:HELD:2024-03-05
            """)
    void aDayCountedFromAnotherEventIsVague(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    /** The meetings of a text with this date line. */
    static String meetingsOn(String text, String published) {
        Enrichment e = X.extract(new Article("t", " date " + published + " " + text, null, null));
        return e.meetings().stream().map(m -> m.status() + ":" + m.date()).collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # talks without a partner in the sentence before give their day to the meeting told next
            Premier Anna Holm of Norway held talks in Oslo on Thursday. She met Premier Lars Berg of Sweden and discussed trade. | 2024-03-08 | HELD:2024-03-07
            # a weekday with its date in brackets or after a comma: the date, in the year the status allows
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Tuesday (August 27).       | 2024-09-03 | HELD:2024-08-27
            'Premier Anna Holm of Norway will meet Premier Lars Berg of Sweden on Monday, January 6.' | 2024-12-20 | PLANNED:2025-01-06
            # "on 2 and 3 March" names no one day
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on 2 and 3 March.     | 2024-03-08 | HELD:null
            """)
    void daysFromTheTextAround(String text, String published, String expected) {
        assertEquals(expected, meetingsOn(text, published));
    }
}
