package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Planned or held, and which meetings stay apart: rules with invented sentences. */
class StatusRulesTest {
    /** The meetings of a text as "surname+surname:STATUS", sorted surnames, ";" between meetings. */
    static String meetings(String text) {
        return RulesTest.run(" date 2031-03-14 " + text).meetings().stream()
                .map(m -> m.participants().stream()
                        .map(p -> p.name() == null ? String.valueOf(p.country()) : p.name().substring(p.name().lastIndexOf(' ') + 1))
                        .sorted().collect(Collectors.joining("+")) + ":" + m.status())
                .collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a meeting skipped or boycotted did not happen as planned; an invitation rejected is a refusal
            Premier Anna Holm of Norway skipped a scheduled meeting with Premier Lars Berg of Sweden on Friday.   | Berg+Holm:CANCELLED
            Premier Anna Holm of Norway boycotted the talks with Premier Lars Berg of Sweden on Friday.          | Berg+Holm:CANCELLED
            Premier Anna Holm of Norway snubbed a meeting with Premier Lars Berg of Sweden on Friday.            | Berg+Holm:CANCELLED
            Premier Anna Holm of Norway rejected an invitation to meet Premier Lars Berg of Sweden.              | Berg+Holm:DENIED
            Premier Anna Holm of Norway turned down a request for talks with Premier Lars Berg of Sweden.       | Berg+Holm:DENIED
            # "not scheduled to meet" denies a plan (no plan was called off); "is being prepared" is one still to come
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden are not scheduled to meet, officials said. | Berg+Holm:DENIED
            A meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden is being prepared.      | Berg+Holm:PLANNED
            A meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden is being arranged.      | Berg+Holm:PLANNED
            # reports of a meeting rejected before its trigger deny it; rejected after it, they are other news
            Premier Anna Holm of Norway rejected media reports that she phoned Premier Lars Berg of Sweden.     | Berg+Holm:DENIED
            Oslo dismissed the speculation that Premier Anna Holm of Norway would meet Premier Lars Berg of Sweden. | Berg+Holm:DENIED
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Monday, and the two rejected reports of a rift. | Berg+Holm:HELD
            # "they" opening the next sentence: the last meeting's parties
            Premier Anna Holm of Norway spoke by phone with Premier Lars Berg of Sweden on Monday. They agreed to meet in Oslo next month. | Berg+Holm:HELD;Berg+Holm:PLANNED
            # a plan in a relative clause about a participant is not the meeting's
            Premier Anna Holm of Norway, who is visiting Sweden, held talks with Premier Lars Berg of Sweden.   | Berg+Holm:HELD
            Premier Anna Holm of Norway, who will visit Sweden, met Premier Lars Berg of Sweden in Oslo.        | Berg+Holm:HELD
            # a meeting ruled out is denied, even by an unnamed spokesman or one named by whose he is ...
            The spokesman ruled out a meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden. | Berg+Holm:DENIED
            Holm's spokesman ruled out a meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden. | Berg+Holm:DENIED
            # ... and an unnamed aide's words are the person's own: "X's spokesman said a meeting with Y ..." is X's
            Norwegian Premier Anna Holm's spokesman said a meeting with Premier Lars Berg of Sweden was not planned. | Berg+Holm:DENIED
            Norwegian Premier Anna Holm's spokesman said that Premier Lars Berg of Sweden met Premier Eva Lind of Finland. | Berg+Lind:HELD
            # ... but one not ruled out is a possibility, not a meeting
            A meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden has not been ruled out. | ''
            The spokesman did not rule out a meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden. | ''
            # a meeting that was to be and was not
            Premier Anna Holm of Norway was to have met Premier Lars Berg of Sweden on Friday.                   | Berg+Holm:CANCELLED
            The meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden, planned for Friday, did not happen. | Berg+Holm:CANCELLED
            Premier Anna Holm of Norway denied that the meeting with Premier Lars Berg of Sweden ever happened.  | Berg+Holm:DENIED
            # "At their meeting ..., A and B agreed to meet again": the opening phrase is their meeting, held; the plan another
            At their meeting in Oslo on Monday, Premier Anna Holm of Norway and Premier Lars Berg of Sweden agreed to meet again in Bergen. | Berg+Holm:HELD;Berg+Holm:PLANNED
            At their meeting in Oslo on Monday, Premier Anna Holm of Norway and Premier Lars Berg of Sweden agreed to expand fishing quotas. | Berg+Holm:HELD
            During their talks, Premier Anna Holm of Norway and Premier Lars Berg of Sweden discussed fishing.                              | Berg+Holm:HELD
            # a meeting noun whose own verb, after the names it is with, is a modal or "is possible": a meeting to come
            Premier Anna Holm of Norway said a meeting with Premier Lars Berg of Sweden could take place in Oslo.  | Berg+Holm:PLANNED
            Premier Anna Holm of Norway said talks with Premier Lars Berg of Sweden might be held in Oslo.         | Berg+Holm:PLANNED
            A meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden is possible, Oslo said. | Berg+Holm:PLANNED
            Premier Anna Holm of Norway said a meeting with Premier Lars Berg of Sweden was not possible.           | Berg+Holm:DENIED
            Premier Anna Holm of Norway said her meeting with Premier Lars Berg of Sweden in Oslo was useful.     | Berg+Holm:HELD
            # a meeting noun as the subject of "will" is to come; the agenda of the meeting itself says nothing of when
            Premier Anna Holm of Norway will meet Premier Lars Berg of Sweden next week. The Holm-Berg summit will focus on fishing. | Berg+Holm:PLANNED
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Friday. The meeting, whose agenda was not disclosed, was their first. | Berg+Holm:HELD
            # a wire's infinitive after the subject, and the present tense with a weekday, tell of a meeting to come
            Premier Anna Holm of Norway to meet Premier Lars Berg of Sweden on Friday.                          | Berg+Holm:PLANNED
            Premier Anna Holm of Norway hosts Premier Lars Berg of Sweden on Friday.                            | Berg+Holm:PLANNED
            Premier Anna Holm of Norway heads to Stockholm on Friday for talks with Premier Lars Berg of Sweden. | Berg+Holm:PLANNED
            Premier Anna Holm of Norway hosts Premier Lars Berg of Sweden today.                               | Berg+Holm:HELD
            Premier Anna Holm of Norway on Friday begins a visit to Sweden, where she meets Premier Lars Berg of Sweden. | Berg+Holm:PLANNED
            # talks as the subject of a state, with no day of their own, are a negotiation going on, not a meeting
            Talks between Norway and Sweden on the fishing accord have stalled for months.                      | ''
            Talks between Norway, Sweden and Finland have proven difficult, the envoy said.                     | ''
            Talks between Norway and Sweden were held in Oslo on Tuesday.                                        | NO+SE:HELD
            Talks between Norway and Sweden stalled in Oslo on Tuesday.                                          | NO+SE:HELD
            """)
    void skippedOrRefused(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sides named only as countries: "X and Y <verb> talks", "X <verb> talks with Y"
            Norway and Sweden will hold high-level talks in Bergen next month.        | NO+SE:PLANNED
            Norway and Sweden postponed their talks.                                  | NO+SE:CANCELLED
            Norway held talks with Sweden in Bergen on Monday.                        | NO+SE:HELD
            Norway has called off next week's talks with Sweden.                      | NO+SE:CANCELLED
            Delegations from Norway and Sweden held talks in Bergen on Monday.        | NO+SE:HELD
            # ... not a country's own talks, nor talks only spoken of
            Norway's talks with Sweden were discussed in parliament on Monday.        | ''
            Norway said talks with Sweden would be useful.                            | ''
            """)
    void sidesNamedAsCountries(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # an adverb between "is" and "to" still makes a plan
            Premier Anna Holm of Norway is also to meet Premier Lars Berg of Sweden in Bergen.           | Berg+Holm:PLANNED
            Premier Anna Holm of Norway is then to hold talks with Premier Lars Berg of Sweden.           | Berg+Holm:PLANNED
            # "expecting" with its object before "to"
            Officials are expecting Premier Anna Holm of Norway and Premier Lars Berg of Sweden to hold talks. | Berg+Holm:PLANNED
            # ... but not across a clause boundary
            Officials were expecting rain, and Premier Anna Holm of Norway met Premier Lars Berg of Sweden to hold talks. | Berg+Holm:HELD
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Bergen on Monday.               | Berg+Holm:HELD
            # "to see" a person after an intention is a planned meeting; "will see" and seeing a thing are not
            Premier Anna Holm of Norway intends to see Premier Lars Berg of Sweden again in Bergen.      | Berg+Holm:PLANNED
            Premier Anna Holm of Norway is scheduled to see Premier Lars Berg of Sweden and Premier Eva Lind of Finland jointly on Friday. | Berg+Holm+Lind:PLANNED
            Premier Anna Holm of Norway hopes to see progress, Premier Lars Berg of Sweden said.          | ''
            # a base form that is also a noun is a trigger after a modal or a plan word and "to"
            Premier Anna Holm of Norway is set to host Premier Lars Berg of Sweden in Oslo on Friday.     | Berg+Holm:PLANNED
            Premier Anna Holm of Norway will receive Premier Lars Berg of Sweden in Oslo on Friday.       | Berg+Holm:PLANNED
            Premier Anna Holm of Norway is receiving Premier Lars Berg of Sweden in Oslo on Friday.       | Berg+Holm:PLANNED
            Norway is the host nation, and Premier Anna Holm of Norway gave Premier Lars Berg of Sweden a warm welcome speech. | ''
            Premier Anna Holm of Norway made preparations to host a fair that Premier Lars Berg of Sweden opened.           | ''
            # an open offer is no meeting
            Premier Anna Holm of Norway is ready to meet Premier Lars Berg of Sweden, her office said.    | ''
            Premier Anna Holm of Norway said she was willing to hold talks with Premier Lars Berg of Sweden. | ''
            Premier Anna Holm of Norway, ready to compromise, met Premier Lars Berg of Sweden on Friday.   | Berg+Holm:HELD
            # "coming" as an adjective ("the coming talks") plans; as a verb ("help was coming") it does not
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden will hold talks in the coming days.  | Berg+Holm:PLANNED
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo and said help was coming.    | Berg+Holm:HELD
            # an intention before "when" and a meeting in the simple past: what was to be said at a meeting held
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden were expected to discuss fishing when they met in Oslo on Monday. | Berg+Holm:HELD
            Premier Anna Holm of Norway will raise fishing when she meets Premier Lars Berg of Sweden on Monday. | Berg+Holm:PLANNED
            # a meeting requested is planned; the request rejected, denied; "will not be meeting" denies
            A request by Premier Lars Berg of Sweden for a meeting with Premier Anna Holm of Norway was rejected.          | Berg+Holm:DENIED
            Premier Anna Holm of Norway accepted a request by Premier Lars Berg of Sweden for a meeting.                  | Berg+Holm:PLANNED
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden at his request on Monday.                         | Berg+Holm:HELD
            Premier Anna Holm of Norway will not be meeting Premier Lars Berg of Sweden this week, her office said.       | Berg+Holm:DENIED
            # "meeting" after a form of "be" is the verb, in a relative clause too; not "meeting the deadline"
            Premier Anna Holm of Norway, who is meeting Premier Lars Berg of Sweden in Oslo on Monday, said ties were strong. | Berg+Holm:PLANNED
            Premier Anna Holm of Norway said the priority was meeting the deadline that Premier Lars Berg of Sweden set.   | ''
            """)
    void plannedCues(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # bilaterals the text keeps apart are not absorbed by the three-way meeting of the same people
            'A three-way meeting of Premier Anna Holm of Norway, Premier Lars Berg of Sweden and Premier Ole Dam of Denmark will take place in Oslo. Holm is also to meet Berg and Dam bilaterally.' | Berg+Dam+Holm:PLANNED;Berg+Holm:PLANNED;Dam+Holm:PLANNED
            # without such a cue, a later mention of two of them is part of the three-way meeting
            'A three-way meeting of Premier Anna Holm of Norway, Premier Lars Berg of Sweden and Premier Ole Dam of Denmark will take place in Oslo. Holm will meet Berg there.' | Berg+Dam+Holm:PLANNED
            """)
    void separateBilateralsStayApart(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a possibility right before the meeting verb is a meeting to come, not one held
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden could meet in Oslo in May.                 | Berg+Holm:PLANNED
            Premier Anna Holm of Norway may also hold talks with Premier Lars Berg of Sweden in May.                | Berg+Holm:PLANNED
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden and discussed how trade could be increased. | Berg+Holm:HELD
            # an invitation to come for talks is a meeting to come; thanks for one already taken up are not
            Premier Anna Holm of Norway has invited Premier Lars Berg of Sweden to visit Oslo for talks in May.      | Berg+Holm:PLANNED
            Premier Lars Berg of Sweden thanked Premier Anna Holm of Norway for inviting him to meet in Oslo on Monday. | Berg+Holm:HELD
            # put on hold, rescheduled, no longer to be: called off for now; avoided: not met; unlikely: no meeting
            A planned meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden has been put on hold. | Berg+Holm:CANCELLED
            The meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden has been rescheduled for May. | Berg+Holm:CANCELLED
            Premier Anna Holm of Norway cut short her visit and will no longer meet Premier Lars Berg of Sweden.        | Berg+Holm:CANCELLED
            Premier Anna Holm of Norway avoided meeting Premier Lars Berg of Sweden at the summit on Friday.           | Berg+Holm:DENIED
            Premier Anna Holm of Norway is unlikely to meet Premier Lars Berg of Sweden at the summit.                 | ''
            # ruled out in other words: not on the cards, out of the question, refuses to meet
            A meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden is not on the cards, officials said. | Berg+Holm:DENIED
            Officials said a meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden was out of the question. | Berg+Holm:DENIED
            A meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden is not possible at this stage, a spokesman said. | Berg+Holm:DENIED
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Monday. A deal is not possible yet, Holm said. | Berg+Holm:HELD
            Premier Anna Holm of Norway refuses to meet Premier Lars Berg of Sweden.                                        | Berg+Holm:DENIED
            # a day not yet set
            No date has been set for a meeting between Premier Anna Holm of Norway and Premier Lars Berg of Sweden. | Berg+Holm:PLANNED
            # a base form that is also a noun, after a word of plan and "to"
            Premier Anna Holm of Norway is preparing to host Premier Lars Berg of Sweden in Oslo.                        | Berg+Holm:PLANNED
            # an offer to host talks is an open offer, no meeting
            Premier Eva Lind of Finland has offered to host talks between Premier Anna Holm of Norway and Premier Lars Berg of Sweden. | ''
            # talks that an arrival comes ahead of are to come; a phrase opening the clause tells of one held
            Premier Anna Holm of Norway arrived in Stockholm on Monday ahead of talks with Premier Lars Berg of Sweden. | Berg+Holm:PLANNED
            Ahead of the summit, Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Stockholm on Monday.     | Berg+Holm:HELD
            """)
    void possibilitiesInvitationsAndTalksAhead(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a second verb after "and" shares the subject, a few words of plan between
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Monday and is scheduled to meet Premier Eva Lind of Finland on Thursday. | Berg+Holm:HELD;Holm+Lind:PLANNED
            Premier Anna Holm of Norway called on Premier Lars Berg of Sweden and is also expected to meet Premier Eva Lind of Finland. | Berg+Holm:HELD;Holm+Lind:PLANNED
            # "he" before a plan to meet is the last sentence's subject
            Premier Anna Holm of Norway arrived in Stockholm on Monday. She is expected to meet Premier Lars Berg of Sweden on Thursday. | Berg+Holm:PLANNED
            Premier Anna Holm of Norway arrived in Stockholm on Monday. She is due to hold talks with Premier Lars Berg of Sweden on Thursday. | Berg+Holm:PLANNED
            Premier Anna Holm of Norway arrived in Stockholm on Monday. She is expected to speak to reporters on Thursday. | ''
            # a trip on to a meeting after a plan is a plan too, and "will head to X to meet" one
            Premier Anna Holm of Norway is due in Stockholm for talks with Premier Lars Berg of Sweden before heading to Helsinki to meet President Eva Lind of Finland. | Berg+Holm:PLANNED;Holm+Lind:PLANNED
            Premier Anna Holm of Norway will head to Helsinki to meet President Eva Lind of Finland on Wednesday. | Holm+Lind:PLANNED
            """)
    void sharedSubjectsAndPronounsBeforeAPlan(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a trip at the invitation of a person is a meeting with the one who invited
            Premier Anna Holm of Norway will pay a state visit to Sweden next week at the invitation of Premier Lars Berg of Sweden. | Berg+Holm:PLANNED
            At the invitation of Premier Lars Berg of Sweden, Premier Anna Holm of Norway visited Stockholm on Monday.              | Berg+Holm:HELD
            # ... not a trip under way (its meetings are told in their own words), nor an invitation to no trip
            Premier Anna Holm of Norway is visiting Sweden at the invitation of Premier Lars Berg of Sweden.                        | ''
            Premier Anna Holm of Norway spoke at a forum in Stockholm at the invitation of Premier Lars Berg of Sweden.             | ''
            """)
    void aTripAtTheInvitationOfAPerson(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # the day of an agreement between the verb and its "to" is not the meeting's
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden agreed on Monday to meet in Bergen in May.        | PLANNED | none
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden agreed on March 10 to hold talks on March 20.     | PLANNED | 2031-03-20
            # ... but talks held after which the two agreed are that day's
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden agreed on Monday to expand fishing quotas, following talks in Bergen. | HELD | 2031-03-10
            # ... and "expected on Monday to meet" is the meeting's day
            # a plan told in the past tense may have passed, however long the names before its day; not one still to come
            Premier Anna Holm of Norway was due to hold talks with the visiting Swedish Prime Minister Lars Berg in Oslo on Monday. | PLANNED | 2031-03-10
            Premier Anna Holm of Norway, who was expected in Oslo, will hold talks with Premier Lars Berg of Sweden on Monday. | PLANNED | 2031-03-17
            Premier Anna Holm of Norway is expected on Monday to meet Premier Lars Berg of Sweden.                       | PLANNED | 2031-03-17
            """)
    void anAgreementsDayIsNotTheMeetingsDay(String text, String status, String date) {
        Enrichment e = RulesTest.run(" date 2031-03-14 " + text);
        assertEquals(1, e.meetings().size(), text);
        assertEquals(status, e.meetings().get(0).status().name(), text);
        assertEquals(date, e.meetings().get(0).date() == null ? null : e.meetings().get(0).date().toString(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a meeting "again" in the reported clause is another than the one the sentence reports
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Monday. Holm said while they met that she intends to see Berg again in Stockholm. | Berg+Holm:HELD;Berg+Holm:PLANNED
            Premier Anna Holm of Norway told Premier Lars Berg of Sweden during their talks in Oslo on Monday that the two would meet again in Stockholm. | Berg+Holm:HELD;Berg+Holm:PLANNED
            # without "again" the clause reports one meeting
            Premier Anna Holm of Norway said on Monday that she met Premier Lars Berg of Sweden in Oslo. | Berg+Holm:HELD
            """)
    void aMeetingAgainIsAnother(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @org.junit.jupiter.api.Test
    void aDayBeforeAheadOfIsTheArrivalsNotTheTalks() {
        Enrichment e = RulesTest.run(" date 2031-03-14 Premier Anna Holm of Norway arrived in Stockholm on Thursday ahead of talks with"
                + " Premier Lars Berg of Sweden.");
        assertEquals(null, e.meetings().get(0).date());
    }
}
