package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.extract.Enrichment.Kind;
import io.newswire.extract.Enrichment.Meeting;
import io.newswire.extract.Enrichment.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Further rules, again with invented sentences. */
class MoreRulesTest {
    static Enrichment run(String text) {
        return RulesTest.run(text);
    }

    @Test
    void pronounSubjectAndObject() {
        Enrichment e = run(" date 2030-06-12 Foreign Minister Clara Vidal of Chile arrived in Lima on Tuesday and "
                + "President Hugo Salas of Peru received her at the palace.");
        assertEquals(1, e.meetings().size(), e.toString());
        assertEquals(2, e.meetings().get(0).participants().size());
        Enrichment he = run(" date 2030-06-12 President Hugo Salas of Peru praised the talks after he spoke by phone with "
                + "Chilean President Rosa Mena on Monday.");
        assertEquals(1, he.meetings().size(), he.toString());
        assertEquals(Kind.CALL, he.meetings().get(0).kind());
        assertTrue(RulesTest.hasName(he.meetings().get(0), "Salas"));
    }

    @Test
    void laterSentenceCorrectsTheKind() {
        Enrichment e = run(" date 2030-06-12 Yesterday, Foreign Minister Clara Vidal of Chile held discussions with "
                + "her Peruvian counterpart, Ana Quispe. Vidal said the issues had been taken up by telephone.");
        assertEquals(1, e.meetings().size(), e.toString());
        assertEquals(Kind.CALL, e.meetings().get(0).kind());
        assertNull(e.meetings().get(0).location());
    }

    @Test
    void delegationListJoinsTheMeeting() {
        Enrichment e = run(" date 2030-06-12 Officials of Chile and Peru met in Lima on Monday. Present were the Chilean "
                + "Minister of Trade, Hon. Pedro Alvarez, and the Chilean Minister of Mines, Hon. Lucia Farias.");
        assertEquals(1, e.meetings().size(), e.toString());
        Meeting m = e.meetings().get(0);
        assertTrue(RulesTest.hasName(m, "Alvarez") && RulesTest.hasName(m, "Farias"), m.toString());
        assertTrue(m.participants().stream().anyMatch(p -> p.name() == null && "PE".equals(p.country())));
    }

    @Test
    void lastWeekMergesWithItsDatedMention() {
        Enrichment e = run(" date 2030-06-13 Envoy Mark Dunn of Canada took part last week in a three-way conversation "
                + "with Japanese envoy Ken Sato and Korean envoy Min Park.\n\n"
                + "In this photo, Dunn speaks on June 5, 2030, during a videoconference with Ken Sato and Min Park.");
        assertEquals(1, e.meetings().size(), e.toString());
        assertEquals(LocalDate.of(2030, 6, 5), e.meetings().get(0).date());
        assertEquals(Kind.VIDEO, e.meetings().get(0).kind());
        assertEquals(3, e.meetings().get(0).participants().size());
    }

    @Test
    void statementDateIsNotTheMeetingDate() {
        Enrichment e = run(" date 2030-06-13 On Thursday, Minister Ana Ruiz said Spain will help the forthcoming "
                + "Serbia-Kosovo talks.");
        assertEquals(1, e.meetings().size(), e.toString());
        assertEquals(Status.PLANNED, e.meetings().get(0).status());
        assertNull(e.meetings().get(0).date());
    }

    @Test
    void plannedThenCancelledIsOneMeeting() {
        Enrichment e = run(" date 2030-06-13 Foreign Minister Ana Ruiz of Spain was due to meet Moroccan Foreign Minister "
                + "Karim Bennani on Friday. The meeting was called off at the last minute.");
        assertEquals(1, e.meetings().size(), e.toString());
        assertEquals(Status.CANCELLED, e.meetings().get(0).status());
    }

    @Test
    void travelToGivesThePlannedVenue() {
        Enrichment e = run(" date 2030-06-13 Foreign Minister Ana Ruiz of Spain will travel to Rabat next week to meet "
                + "her Moroccan counterpart Karim Bennani.");
        Meeting m = e.meetings().get(0);
        assertEquals(Status.PLANNED, m.status());
        assertEquals("MA", m.location().country());
        assertEquals("Rabat", m.location().city());
    }

    @Test
    void datelineWithCountry() {
        Enrichment e = run(" date 2030-06-13 SMALLTOWN, Kenya, June 12 (Reuters) - President Peter Mwangi of Kenya met "
                + "Ugandan President Joseph Okello on Wednesday.");
        Meeting m = e.meetings().get(0);
        assertEquals(LocalDate.of(2030, 6, 12), m.date());
        assertEquals("KE", m.location().country());
        assertTrue(e.topics().countries().isEmpty(), e.topics().toString());
    }

    @Test
    void metWithCriticismIsNotAMeeting() {
        Enrichment e = run(" date 2030-01-04 The plan of President Lina Morales met with fierce criticism from Senator "
                + "Tomas Varga on Friday. Morales met Varga on Saturday in Lima.");
        assertEquals(1, e.meetings().size(), e.toString());
        assertEquals(LocalDate.of(2029, 12, 29), e.meetings().get(0).date());
        assertEquals("PE", e.meetings().get(0).location().country());
    }

    @Test
    void uncertainMeetingsAreNotMeetings() {
        Enrichment e = run(" date 2030-01-04 It was not clear whether President Lina Morales would meet Senator Tomas Varga.");
        assertTrue(e.meetings().isEmpty(), e.toString());
    }

    @Test
    void captionMeetingsComeAfterTheBody() {
        Enrichment e = run(" date 2030-06-13 Envoy Mark Dunn (R) and envoy Ken Sato pose for a photo at a Tokyo hotel "
                + "where they met on May 2, 2030.\n"
                + "Envoy Mark Dunn of Canada held a phone conversation on Thursday with his Japanese counterpart, Ken Sato.");
        assertEquals(2, e.meetings().size(), e.toString());
        assertEquals(Kind.CALL, e.meetings().get(0).kind());
        assertEquals(LocalDate.of(2030, 5, 2), e.meetings().get(1).date());
    }

    /** Each meeting as "surname+surname STATUS KIND date city", ";" between them, in report order. */
    private static String summary(String text) {
        return run(" date 2031-03-14 " + text).meetings().stream()
                .map(m -> m.participants().stream().map(p -> p.name().substring(p.name().lastIndexOf(' ') + 1)).sorted()
                        .collect(java.util.stream.Collectors.joining("+"))
                        + " " + m.status() + " " + m.kind() + " " + m.date() + " " + (m.location() == null ? null : m.location().city()))
                .collect(java.util.stream.Collectors.joining(";"));
    }

    /**
     * A relative clause about the subject that reports a meeting of its own ("X, who met Y in May, spoke with Z on
     * Monday") is read apart: its meeting and the main clause's, each with its own date and place; "him" in the
     * main clause is the relative clause's other person.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Premier Anna Holm of Norway, who met Premier Lars Berg of Sweden in Oslo in May, spoke with him by phone on Monday. | Berg+Holm HELD IN_PERSON null Oslo;Berg+Holm HELD CALL 2031-03-10 null
            Premier Anna Holm of Norway, who met Premier Lars Berg of Sweden in Oslo in May, spoke with Premier Ida Lund of Denmark by phone on Monday. | Berg+Holm HELD IN_PERSON null Oslo;Holm+Lund HELD CALL 2031-03-10 null
            Premier Anna Holm of Norway, who held talks with Premier Lars Berg of Sweden in Oslo last month, will meet Premier Ida Lund of Denmark in Copenhagen on Friday. | Berg+Holm HELD IN_PERSON null Oslo;Holm+Lund PLANNED IN_PERSON 2031-03-14 Copenhagen
            # an appositive's comma does not close the relative clause
            Premier Anna Holm of Norway, who is in Oslo to hold talks with Lars Berg, her Swedish counterpart, met him on Friday. | Berg+Holm HELD IN_PERSON 2031-03-14 Oslo
            # a pair's relative clause: the pair's earlier meeting, apart from the main clause's (a year before is never this year's)
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden, who first met in 2028 in Oslo, held talks in Bergen on Friday. | Berg+Holm HELD IN_PERSON null Oslo;Berg+Holm HELD IN_PERSON 2031-03-14 Bergen
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden, who first met in 2028 in Oslo, held talks on Friday. | Berg+Holm HELD IN_PERSON null Oslo;Berg+Holm HELD IN_PERSON 2031-03-14 null
            """)
    void aRelativeClauseAboutTheSubjectReportsItsOwnMeeting(String text, String expected) {
        assertEquals(expected, summary(text));
    }

    /** "and" before "they" / "the two" opens a clause of its own: the pair's next meeting. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Friday and the two will meet again next month.         | Berg+Holm HELD IN_PERSON 2031-03-14 Oslo;Berg+Holm PLANNED IN_PERSON null null
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Friday and the two leaders will meet again next month. | Berg+Holm HELD IN_PERSON 2031-03-14 Oslo;Berg+Holm PLANNED IN_PERSON null null
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Friday and they agreed to meet again in June.          | Berg+Holm HELD IN_PERSON 2031-03-14 Oslo;Berg+Holm PLANNED IN_PERSON null null
            # not without a subject for the pair
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Friday and praised the meeting.                       | Berg+Holm HELD IN_PERSON 2031-03-14 Oslo
            """)
    void andTheTwoOpensTheirNextMeeting(String text, String expected) {
        assertEquals(expected, summary(text));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Friday to discuss the 2028 fishing accord. | false
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in 2028 to discuss a fishing accord.         | true
            Last week Premier Anna Holm of Norway travelled to Oslo, and on Friday she talked with Premier Lars Berg of Sweden. | false
            Premier Anna Holm of Norway talked with Premier Lars Berg of Sweden last week.                             | true
            """)
    void aYearNamingAnAccordOrAnotherVerbsWeekIsNoBackground(String text, boolean background) {
        assertEquals(background, run(" date 2031-03-14 " + text).meetings().get(0).cues().contains("background"), text);
    }

    /** A day before "and" belongs to the verb before it when the trigger has a day of its own after it. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Premier Anna Holm of Norway arrived in Oslo on Tuesday and met Premier Lars Berg of Sweden on Wednesday. | Berg+Holm HELD IN_PERSON 2031-03-12 Oslo
            Premier Anna Holm of Norway arrived in Oslo on Tuesday and met Premier Lars Berg of Sweden.              | Berg+Holm HELD IN_PERSON 2031-03-11 Oslo
            On Tuesday Premier Anna Holm of Norway and Premier Lars Berg of Sweden met in Oslo.                      | Berg+Holm HELD IN_PERSON 2031-03-11 Oslo
            # a day counted from the day named in the sentence before
            Premier Anna Holm of Norway arrived in Oslo on Monday. The next day she met Premier Lars Berg of Sweden. | Berg+Holm HELD IN_PERSON 2031-03-11 Oslo
            Premier Anna Holm of Norway arrived in Oslo on Monday. Two days later she met Premier Lars Berg of Sweden. | Berg+Holm HELD IN_PERSON 2031-03-12 Oslo
            """)
    void aDayBeforeAndIsTheOtherVerbs(String text, String expected) {
        assertEquals(expected, summary(text));
    }
}
