package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.extract.Enrichment.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusResolverTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The two presidents met in Geneva on Monday.               | HELD
            The ministers called off a planned meeting.               | CANCELLED
            The visit was postponed because of the storm.             | CANCELLED
            The opposition said no to the invitation.                 | CANCELLED
            The planned summit was cancelled.                         | CANCELLED
            The foreign ministers will meet next week.                | PLANNED
            The leaders are expected to hold talks in Rome.           | PLANNED
            The envoy is to meet the president on Friday.             | PLANNED
            The summit, which is to take place on Friday, was agreed. | PLANNED
            Talks with the president are to be held on Friday.        | PLANNED
            The upcoming summit will focus on trade.                  | PLANNED
            Talks between the two sides are scheduled.                | PLANNED
            There are no plans for a summit, the spokesman said.      | DENIED
            The minister ruled out talks with the rebels.             | DENIED
            She did not meet the envoy during the visit.              | DENIED
            The office denied that the two had spoken.                | DENIED
            The ministers who had planned the meeting were present.   | HELD
            They could not hold talks in the capital.                 | HELD
            There will be no meeting between the two ministers.       | DENIED
            The minister is not expected to meet his counterpart.     | DENIED
            A meeting of the two leaders is not on the agenda.        | DENIED
            The minister declined to meet the visiting envoy.         | DENIED
            The premier refused to meet the opposition leader.        | DENIED
            The summit was put off until next year.                   | CANCELLED
            The talks have been delayed indefinitely.                 | CANCELLED
            The visit was shelved after the election.                 | CANCELLED
            The second round of talks was pushed back to May.         | CANCELLED
            The negotiations were suspended in March.                 | CANCELLED
            Three presidents will join their host at the summit.      | PLANNED
            The talks were set to go on through Thursday.             | PLANNED
            The summit is to bring together six heads of state.       | PLANNED
            The leaders had been due to get together in June.         | PLANNED
            The premier called the summit off after the floods.       | CANCELLED
            The hosts put the state visit off until the autumn.       | CANCELLED
            """)
    void theStrongestCueOfTheClauseDecides(String clause, Status expected) {
        Document doc = StageFixture.prepared(clause);
        assertEquals(expected, new StatusResolver(doc).status(0, doc.tokens.n));
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The ministers met on Monday to prepare the summit, which will open in Lima on Friday.   | met    | HELD
            The envoys held talks on the agenda of the upcoming conference.                        | talks  | HELD
            The two leaders talked with reporters about the forthcoming election.                  | talked | HELD
            The ministers will meet on Friday to prepare the summit.                               | meet   | PLANNED
            The envoys are expected to hold talks on the agenda.                                   | talks  | PLANNED
            The talks, which are scheduled for Friday, will cover trade.                           | talks  | PLANNED
            In a phone conversation the envoy reviewed plans for the summit, which is scheduled for May. | conversation | HELD
            The meeting, which is scheduled for May, will review the plans.                         | meeting | PLANNED
            """)
    void afterATriggerInThePastTensePlannedCuesSpeakOfSomethingElse(String clause, String trigger, Status expected) {
        Document doc = StageFixture.prepared(clause);
        assertEquals(expected, new StatusResolver(doc).status(0, doc.tokens.n, StageFixture.token(doc, trigger)));
    }
}
