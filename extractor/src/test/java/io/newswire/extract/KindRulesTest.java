package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of a meeting whose own clause does not state it: invented headlines and sentences. */
class KindRulesTest {
    static String kinds(String text) {
        return RulesTest.run(" date 2031-03-14 " + text.replace("\\n", "\n")).meetings().stream()
                .map(m -> m.kind().toString()).collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "also spoke to" after the subject's call is another call
            'Premier Anna Holm of Norway received a phone call from Premier Lars Berg of Sweden on Monday. Holm also spoke to President Eva Lind of Finland later in the day.' | CALL;CALL
            'Premier Anna Holm of Norway received a phone call from Premier Lars Berg of Sweden on Monday. She also spoke to President Eva Lind of Finland.' | CALL;CALL
            # ... not someone else's talk after the call
            'Premier Anna Holm of Norway received a phone call from Premier Lars Berg of Sweden on Monday. President Eva Lind of Finland also spoke to President Karl Dahl of Estonia in Tallinn.' | CALL;IN_PERSON
            """)
    void alsoSpokeAfterACallIsACall(String text, String expected) {
        assertEquals(expected, kinds(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a call told with one person named is that person's next meeting, in the next sentence
            'Premier Anna Holm of Norway held a phone conversation on Monday. She discussed fishing with Premier Lars Berg of Sweden.' | CALL
            # ... not another's meeting after it, nor one two sentences on
            'She has yet to meet Premier Lars Berg of Sweden in person, although the two leaders have spoken by phone several times. Minister Eva Lind of Finland will hold talks with Minister Karl Dahl of Estonia in Tallinn.' | IN_PERSON
            'Minister Eva Lind of Finland said she had discussed trade with Premier Lars Berg of Sweden in a telephone conversation. The talks were useful. Lind will meet Minister Karl Dahl of Estonia in Tallinn.' | CALL;IN_PERSON
            """)
    void aCallOfOnePersonIsOnlyTheirNextMeeting(String text, String expected) {
        assertEquals(expected, kinds(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "a call on Tuesday" is a call; "a call on the president" a visit
            'In a call on Tuesday, Premier Anna Holm of Norway and Premier Lars Berg of Sweden discussed fishing quotas.' | CALL
            'Premier Anna Holm of Norway paid a courtesy call on Premier Lars Berg of Sweden in Oslo.'                    | IN_PERSON
            # a courtesy or farewell call is a visit, whatever preposition follows; a courtesy phone call is a call
            'Premier Anna Holm of Norway received a courtesy call from Premier Lars Berg of Sweden on Monday.'           | IN_PERSON
            'Premier Lars Berg of Sweden paid a farewell call to Premier Anna Holm of Norway on Monday.'                 | IN_PERSON
            'Premier Anna Holm of Norway received a courtesy phone call from Premier Lars Berg of Sweden on Monday.'     | CALL
            # "after the calls X made to Y": a relative clause tells the call's own people
            'It came after the calls Premier Anna Holm of Norway made in May to Premier Lars Berg of Sweden.'            | CALL
            # a Zoom call and a meeting joined remotely are on video
            'Premier Anna Holm of Norway had a Zoom call with Premier Lars Berg of Sweden on Monday.'                   | VIDEO
            # an appositive after the meeting names it again: its kind is the meeting's, no second meeting
            'Premier Anna Holm of Norway had a good conversation with Premier Lars Berg of Sweden, their second call since May.' | CALL
            'Premier Anna Holm of Norway joined Premier Lars Berg of Sweden remotely on Monday for talks.'             | VIDEO
            """)
    void aCallOnADayIsACall(String text, String expected) {
        assertEquals(expected, kinds(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a headline or standfirst that names a participant beside a phone or video cue
            'Holm in phone call with Berg\\n\\nPremier Anna Holm of Norway spoke with Premier Lars Berg of Sweden on Monday about fishing quotas.' | CALL
            'Speaking by video link, Berg says the quotas must wait\\n\\nPremier Anna Holm of Norway talked with Premier Lars Berg of Sweden on Monday.' | VIDEO
            # a video clip is no video contact
            'State TV aired a video showing Holm greeting Berg.\n\nPremier Anna Holm of Norway talked with Premier Lars Berg of Sweden on Monday.' | IN_PERSON
            # a cue beside someone else says nothing of this meeting
            'Dam in phone call with Rutte\\n\\nPremier Anna Holm of Norway spoke with Premier Lars Berg of Sweden on Monday about fishing quotas.' | IN_PERSON
            # a headline naming all the people of another call is that call's; a told call named again is that call
            'Holm and Berg discuss quotas by phone\\n\\nPremier Anna Holm of Norway spoke by phone with Premier Lars Berg of Sweden on Monday. Holm will also meet President Eva Lind of Finland on Friday.' | CALL;IN_PERSON
            'Premier Anna Holm of Norway spoke by phone with Premier Lars Berg of Sweden on Monday. The call came ahead of a summit that President Eva Lind of Finland will attend. Holm will also meet Lind on Friday.' | CALL;IN_PERSON
            # nor does it change a meeting the text places at a venue
            'Holm in phone call with Berg\\n\\nPremier Anna Holm of Norway met Premier Lars Berg of Sweden in Bergen on Monday.'            | IN_PERSON
            """)
    void aKindStatedElsewhereAboutAParticipant(String text, String expected) {
        assertEquals(expected, kinds(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "the call" after a preposition is an earlier call, not the kind of this clause's meeting
            Premier Karl Holm of Norway told reporters about the call as he welcomed Premier Lars Berg of Sweden in Oslo. | IN_PERSON
            Premier Karl Holm of Norway held a phone call with Premier Lars Berg of Sweden on Monday.                      | CALL
            # ... but a record of the call ("a readout of the call") is of this clause's own
            Premier Karl Holm of Norway spoke with Premier Lars Berg of Sweden on Monday, his office said in a readout of the call. | CALL
            Premier Karl Holm of Norway met Premier Lars Berg of Sweden in Oslo and took questions on the timing of the call. | IN_PERSON
            """)
    void anEarlierCallNamedInPassing(String text, String expected) {
        assertEquals(expected, kinds(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a meeting whose own clause names its city was held in person: a medium told later is another event's
            Premier Karl Holm of Norway met Premier Lars Berg of Sweden in Oslo on Monday. Both leaders later addressed the Arctic summit by video. | IN_PERSON
            Premier Karl Holm of Norway met Premier Lars Berg of Sweden in Oslo on Monday. Holm later addressed a climate conference by video. | IN_PERSON
            Premier Karl Holm of Norway met Premier Lars Berg of Sweden on Monday. The meeting was held by video.                     | VIDEO
            # one participant joining by video does not make the meeting remote
            Premier Karl Holm of Norway and Premier Lars Berg of Sweden met in Oslo on Monday, with their Finnish colleague joining by video link. | IN_PERSON
            # a medium is a contact only when used for one
            Premier Karl Holm of Norway met Premier Lars Berg of Sweden in Oslo after phone lines were restored.      | IN_PERSON
            Premier Karl Holm of Norway had a phone talk with Premier Lars Berg of Sweden on Monday.                   | CALL
            Premier Karl Holm of Norway talked on the phone with Premier Lars Berg of Sweden on Monday.                | CALL
            Premier Karl Holm of Norway spoke by telephone with Premier Lars Berg of Sweden on Monday.                 | CALL
            Premier Karl Holm of Norway held talks via video with Premier Lars Berg of Sweden on Monday.               | VIDEO
            Premier Karl Holm of Norway and Premier Lars Berg of Sweden discussed fishing over the phone on Monday.   | CALL
            Premier Karl Holm of Norway met Premier Lars Berg of Sweden in Oslo and handed over the phone numbers.    | IN_PERSON
            """)
    void aMediumIsAContactOnlyWhenUsedForOne(String text, String expected) {
        assertEquals(expected, kinds(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "called" a person, or "was called by" one, is a phone call
            Premier Karl Holm of Norway called Premier Lars Berg of Sweden on Monday.                            | CALL
            Premier Karl Holm of Norway was called by Premier Lars Berg of Sweden on Monday.                     | CALL
            Premier Karl Holm of Norway telephoned Premier Lars Berg of Sweden on Monday.                        | CALL
            Premier Karl Holm of Norway had a telephonic conversation with Premier Lars Berg of Sweden on Monday. | CALL
            Premier Karl Holm of Norway and Premier Lars Berg of Sweden met in person in Oslo on Monday.          | IN_PERSON
            Premier Karl Holm of Norway called the Swedish Prime Minister, Lars Berg, to discuss fishing quotas. | CALL
            # a call made "to" a person is a contact; a "call to" anything else is a demand
            Premier Karl Holm of Norway made a call to Premier Lars Berg of Sweden on Monday.                    | CALL
            Premier Karl Holm of Norway placed a phone call to Premier Lars Berg of Sweden on Monday.            | CALL
            Premier Karl Holm of Norway issued a call to action on Monday, Premier Lars Berg of Sweden said.     | ''
            # "called X a ..." and "called X's remarks ..." name X, they do not phone X
            Premier Karl Holm of Norway called Premier Lars Berg of Sweden a reliable partner.                   | ''
            Premier Karl Holm of Norway called Premier Lars Berg's remarks unhelpful.                            | ''
            Premier Karl Holm of Norway dialled Premier Lars Berg of Sweden on Monday to discuss fishing.        | CALL
            # telling someone something in a call: the teller is a participant; saying that others met is not
            Premier Karl Holm of Norway told Premier Lars Berg of Sweden in a phone call on Monday that talks must go on. | CALL
            Premier Karl Holm of Norway said that Premier Lars Berg of Sweden received a phone call from Premier Eva Lind of Finland. | CALL
            """)
    void aCallToAPerson(String text, String expected) {
        assertEquals(expected, kinds(text));
    }
}
