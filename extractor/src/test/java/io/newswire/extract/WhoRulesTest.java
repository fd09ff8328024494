package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who met whom, and how many meetings: rules for wire copy's names and counts, with invented sentences. */
class WhoRulesTest {
    /** The meetings of a text as "surname+surname" (sorted surnames, meetings in order, ";" between). */
    static String meetings(String text) {
        return RulesTest.run(" date 2031-03-14 " + text.replace("\\n", "\n")).meetings().stream()
                .map(m -> m.participants().stream()
                        .map(p -> p.name() == null ? String.valueOf(p.country() != null ? p.country() : p.body())
                                : p.name().substring(p.name().lastIndexOf(' ') + 1))
                        .sorted().collect(Collectors.joining("+")))
                .collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the speaker as the object pronoun of a reported plan ("for him to meet") is the one to meet
            Premier Anna Holm of Norway said there were no plans for her to meet Premier Lars Berg of Sweden.            | Berg+Holm
            Premier Anna Holm of Norway said the king had asked her to hold talks with Premier Lars Berg of Sweden.      | Berg+Holm
            Premier Anna Holm of Norway said Premier Eva Lind of Finland would meet Premier Lars Berg of Sweden.         | Berg+Lind
            # "the two" with an adverb before the trigger is the last meeting's people ("had last met")
            Premier Anna Holm of Norway spoke by phone with Premier Lars Berg of Sweden. The two had last met in person in Oslo. | Berg+Holm;Berg+Holm
            """)
    void theSpeakerToMeetOrThePairOfTheLastMeeting(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "the call" after a sentence in which one told the other, with no meeting in it, is theirs
            Premier Anna Holm of Norway told Premier Lars Berg of Sweden on Friday that trade must grow. In the phone call, Holm also raised fishing. | Berg+Holm
            Premier Anna Holm of Norway told Premier Lars Berg of Sweden on Friday that trade must grow. During the call, she raised fishing.       | Berg+Holm
            # ... not a call with someone told of nothing, nor an indefinite one
            Premier Anna Holm of Norway told reporters on Friday that trade must grow. In the phone call, Holm also raised fishing.                 | ''
            Premier Anna Holm of Norway told Premier Lars Berg of Sweden on Friday that trade must grow. A call may follow.                        | ''
            # "he said, adding that he and X had discussed it in a call": the pronoun is the one who said, named before
            There are no plans for a summit, Premier Anna Holm of Norway told reporters. "It needs work," she said, adding that she and Premier Lars Berg of Sweden had discussed it in a telephone conversation. | Berg+Holm
            # ... and a pronoun paired with a name is no pair when no meeting word follows
            Premier Anna Holm of Norway told reporters on Friday that she and Premier Lars Berg of Sweden are old friends. | ''
            # "During the talks," after a meeting is that meeting: whoever else the clause names is no party to a new one
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo. During the talks, the Norwegian side raised fishing, while Sweden sought the extradition of Karl Dahl. | Berg+Holm
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo. In the meeting, Holm praised Premier Eva Lind of Finland. | Berg+Holm
            # "she will then travel to X to see Y": the pronoun is the sentence before's subject, on a trip to meet
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden. She will then travel to Helsinki to see Premier Eva Lind of Finland. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden. She will then fly to Helsinki for talks with Premier Eva Lind of Finland. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden. She will then travel to Helsinki to see the harbour. | Berg+Holm
            # "and is set to travel to X on Friday to meet Z": the first clause's subject, on a trip to meet another
            Premier Anna Holm of Norway held talks with Premier Lars Berg of Sweden and is set to travel to Helsinki on Friday to meet Premier Eva Lind of Finland. | Berg+Holm;Holm+Lind
            # "He will take a train journey to X on Friday to meet Z": a trip a few words after the verb, to meet
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden. She will take a 10-hour train journey to Helsinki on Friday to meet Premier Eva Lind of Finland. | Berg+Holm;Holm+Lind
            # "hugged"/"embraced" a person is a meeting; an idea embraced is none
            Premier Anna Holm of Norway visited Stockholm last month, where she hugged Premier Lars Berg of Sweden. | Berg+Holm
            Premier Anna Holm of Norway embraced the plan of Premier Lars Berg of Sweden.                          | ''
            # an intelligence chief's title gives the country: "the U.S. negotiating team" he led is no other side
            CIA Director Tom Hart, who has led the U.S. negotiating team, met Mossad chief Eli Cohen in Paris on Friday. | Cohen+Hart
            # "held discussion with X" (singular, before "with") and "speak with X" (the base form) are meetings
            Premier Anna Holm of Norway today held discussion with the visiting Premier Lars Berg of Sweden.            | Berg+Holm
            Premier Anna Holm of Norway said she would speak with Premier Lars Berg of Sweden on Friday.                | Berg+Holm
            # ... not a discussion with no one, nor speaking to reporters
            Premier Anna Holm of Norway attended a panel discussion on trade in Oslo.                                   | ''
            Premier Anna Holm of Norway will speak to reporters in Oslo on Friday.                                      | ''
            # "Their previous meeting was ..." opening a sentence is the same parties' earlier meeting
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Thursday. Their previous meeting was in Stockholm in May. | Berg+Holm;Berg+Holm
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Thursday. The meeting was held in Stockholm.            | Berg+Holm
            # the head of a body the organisations list knows is that body's side, named or not
            Premier Anna Holm of Norway will also meet the Secretary General of the Organization of the Black Sea Economic Cooperation. | BSEC+Holm
            # "X held the following meetings:" then list items "- with Y;": one meeting of X with each item's people
            Premier Anna Holm of Norway held the following meetings in Oslo:\\n- with Premier Lars Berg of Sweden;\\n- with Premier Eva Lind of Finland. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway held talks in Oslo on Friday with:\\n• Premier Lars Berg of Sweden\\n• Premier Eva Lind of Finland | Berg+Holm;Holm+Lind
            # ... not items after a sentence that opens no list, nor after a plain line
            Premier Anna Holm of Norway held talks in Oslo on Friday.\\n- Premier Lars Berg of Sweden said trade would grow. | ''
            # a quotation opening with the meeting verb, its subject left out, is the speaker's
            "Had a productive conversation with Premier Lars Berg of Sweden," Premier Anna Holm of Norway said.       | Berg+Holm
            "Met Premier Lars Berg of Sweden in Oslo today," Premier Anna Holm of Norway wrote on X.                   | Berg+Holm
            "Good conversation with Premier Lars Berg of Sweden today," Premier Anna Holm of Norway wrote on X.       | Berg+Holm
            # ... not a quotation with no speaker named after it
            "Had a productive conversation with Premier Lars Berg of Sweden," the statement said.                    | ''
            # a subject role no one named before fits: those it met did not meet each other
            The minister met with Premier Lars Berg of Sweden and Premier Eva Lind of Finland.                         | ''
            # ... one named before is the subject; a role with a nationality is that country's side
            Premier Anna Holm of Norway arrived in Oslo. The premier met with Premier Lars Berg of Sweden and Premier Eva Lind of Finland. | Berg+Holm;Holm+Lind
            The Danish minister met with Premier Lars Berg of Sweden and Premier Eva Lind of Finland.                   | Berg+DK;DK+Lind
            # "exchanged messages" is written contact, "exchanged views" a meeting
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden exchanged messages on Friday.       | ''
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden exchanged views on trade on Friday. | Berg+Holm
            # "a joint meeting with the ministers of A, B and C" is one meeting of all
            Premier Anna Holm of Norway held a joint meeting with the foreign ministers of Sweden, Finland and Denmark. | DK+FI+Holm+SE
            Premier Anna Holm of Norway met the foreign ministers of Sweden, Finland and Denmark.                       | Holm+SE;FI+Holm;DK+Holm
            # a capitalised word hyphenated to an Arabic article is part of the name, even a title's word ("al-Sheikh")
            Premier Anna Holm of Norway met Palestinian official Hussein al-Sheikh in Oslo.                            | Holm+al-Sheikh
            # one word set off by commas after an office is the office holder's name
            Premier Anna Holm of Norway met with the prime minister of Sweden, Berg, and the president of Finland, Lind. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met the Swedish prime minister, Berg, in Oslo on Friday.                      | Berg+Holm
            # ... not a word with no office before the comma
            Premier Anna Holm of Norway arrived in Oslo, Berg, and Bergen on Friday.                                   | ''
            # ... unless two new people meet in it
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo. At the summit, Premier Eva Lind of Finland and Premier Ola Vik of Denmark held talks. | Berg+Holm;Lind+Vik
            """)
    void theCallOrTalksOfTheSentenceBeforeAreTheirs(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # unnamed officials of two countries are the two countries' sides; a plural in "-ies" is the role in "-y"
            The Norwegian and Swedish foreign secretaries met in Oslo on Friday.             | NO+SE
            The foreign secretaries of Norway and Sweden will meet in Oslo on Friday.        | NO+SE
            The Norwegian and Swedish ministers met in Oslo on Friday.                       | NO+SE
            # ... not a plural that is no role
            The Norwegian and Swedish companies met in Oslo on Friday.                       | ''
            # "convene" is a meeting verb: of the countries' ministers, not of a forum with no side named
            The foreign ministers of Norway, Sweden and Finland will convene in Oslo on Friday. | FI+NO+SE
            Leaders of the Nordic Council convened in Oslo on Friday.                            | ''
            # mediators or negotiators of a country are its side
            A planned meeting between Norwegian mediators and Premier Lars Berg of Sweden did not take place. | Berg+NO
            Norwegian negotiators met Premier Lars Berg of Sweden in Oslo on Friday.                          | Berg+NO
            # unnamed officials of a country are its side, not a person of it named before
            Premier Lars Berg of Sweden met Premier Anna Holm of Norway on Monday. The Swedish delegation will meet Norwegian officials on Friday. | Berg+Holm;NO+SE
            # ... not a group that speaks of the talks of others
            Norwegian leaders said the talks between Premier Lars Berg of Sweden and Premier Eva Lind of Finland went well. | Berg+Lind
            # an office named alone whose title tells its body: "The Secretary-General" of a UN readout is the UN's
            The Secretary-General met today with Premier Lars Berg of Sweden.                        | Berg+UN
            The Secretary-General spoke by phone today with Premier Lars Berg of Sweden.             | Berg+UN
            # ... the one named before, when the text names one; another body's secretary-general keeps that body
            UN Secretary-General Eva Lind opened the session. The Secretary-General later met with Premier Lars Berg of Sweden. | Berg+Lind
            NATO Secretary-General Eva Lind met Premier Lars Berg of Sweden in Oslo on Friday.       | Berg+Lind
            # ... and a title that names no body on its own is no side
            The Deputy Minister met today with Premier Lars Berg of Sweden.                          | ''
            # the countries listed right after a meeting noun's "of" are its sides; one body alone is none
            A trilateral summit of Norway, Sweden and Finland will be held in Oslo on Friday. | FI+NO+SE
            The meeting of Norway and Sweden set for Oslo on Friday has been postponed.     | NO+SE
            A summit of the Nordic Council will be held in Oslo on Friday.                  | ''
            # a plural group of two nationalities is a side each; countries as the subject of an intention or a round of talks
            Norwegian and Swedish delegations met in Oslo on Friday.                            | NO+SE
            The Norwegian, Swedish and Finnish delegations will meet in Oslo on Friday.         | FI+NO+SE
            Norway and Sweden agreed to hold talks next week.                                   | NO+SE
            Norway and Sweden held a fourth round of indirect talks in Oslo on Sunday.          | NO+SE
            # ... not a single nationality's group, nor countries that agreed to something else
            The Norwegian delegation arrived in Oslo on Friday.                                 | ''
            Norway and Sweden agreed to expand trade next week.                                 | ''
            # ... and those of a relative clause right after it, as its subject ("a summit that A, B and C had set")
            A trilateral summit that Norway, Sweden and Finland had set for Oslo has been put off. | FI+NO+SE
            The summit that Norway hosted last year in Oslo was a success.                        | ''
            """)
    void unnamedOfficialsOfTwoCountriesAreTheirCountries(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a welcome, an audience, a meal or talks a host grants are a meeting with the host
            Premier Lars Berg of Sweden was accorded a ceremonial welcome by Premier Anna Holm of Norway in Oslo on Friday. | Berg+Holm
            Premier Anna Holm of Norway gave a red-carpet welcome to Premier Lars Berg of Sweden in Oslo on Friday.         | Berg+Holm
            Premier Lars Berg of Sweden was given a warm welcome by Premier Anna Holm of Norway on Friday.                  | Berg+Holm
            Premier Anna Holm of Norway extended a warm welcome to Premier Lars Berg of Sweden on Friday.                   | Berg+Holm
            Pope Leo granted an audience to Premier Lars Berg of Sweden on Friday.                                         | Berg+Leo
            Pope Leo received Premier Lars Berg of Sweden in audience on Friday.                                           | Berg+Leo
            # a subordinate clause with its own subject holds the meeting; the main clause's subject before it is no party
            Premier Anna Holm of Norway's visit comes a week after Premier Lars Berg of Sweden held talks with Premier Eva Lind of Finland. | Berg+Lind
            Premier Anna Holm of Norway, speaking after Premier Lars Berg of Sweden met Premier Eva Lind of Finland, praised them. | Berg+Lind
            # a meal someone hosts, attended by another
            Premier Anna Holm of Norway attended a dinner hosted by Premier Lars Berg of Sweden on Friday.                  | Berg+Holm
            Premier Anna Holm of Norway left before a dinner given by the Swedish embassy on Friday.                        | ''
            # a named host of talks "between" two others takes part; a country as host, or a speaker, does not
            Premier Lars Berg of Sweden hosted talks between Premier Anna Holm of Norway and Premier Eva Lind of Finland. | Berg+Holm+Lind
            Premier Lars Berg of Sweden mediated a meeting between Premier Anna Holm of Norway and Premier Eva Lind of Finland. | Berg+Holm+Lind
            Sweden hosted talks between Premier Anna Holm of Norway and Premier Eva Lind of Finland.                       | Holm+Lind
            Premier Lars Berg of Sweden said talks between Premier Anna Holm of Norway and Premier Eva Lind of Finland went well. | Holm+Lind
            # ... not a welcome given to a plan or to a crowd
            Premier Anna Holm of Norway gave a cautious welcome to the Swedish proposal on Friday.                          | ''
            Premier Anna Holm of Norway extended a warm welcome to Swedish investors on Friday.                             | ''
            Premier Anna Holm of Norway gave the Swedish plan of Premier Lars Berg a cautious welcome on Friday.             | ''
            """)
    void whatAHostGrantsIsAMeetingWithTheHost(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a count of meetings is an aggregate, not a meeting
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden recalled the eleven summits held since 2020.  | ''
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden have had 14 meetings over the years.          | ''
            # ... unless one of them is named after it
            Premier Anna Holm of Norway will hold about 20 meetings in Geneva, in particular with Premier Lars Berg of Sweden. | Berg+Holm
            # one meeting, not a count
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden held two hours of talks.                     | Berg+Holm
            """)
    void countedMeetingsAreNotOneMeeting(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a known actor whose family name is also a place keeps it (Santos, Brazil; Morales, Guatemala)
            Colombian President Juan Manuel Santos met Ecuadorian President Rafael Correa in Quito on Friday.  | Correa+Santos
            # the name of an event ("... Forum", "... Dialogue") is no person, even after a role noun
            Premier Lars Berg of Sweden met his Norwegian counterpart on the sidelines of the Bergen Diplomacy Forum in Norway on Friday. | Berg+NO
            Premier Lars Berg of Sweden met his Norwegian counterpart at the Bergen Security Dialogue on Friday.    | Berg+NO
            # a title-case headline's verb after a known name is no part of it ("Wang Yi Map a Path")
            Lars Berg and Olaf Scholz Map a Path on Trade\\n\\nSwedish Premier Lars Berg met German Chancellor Olaf Scholz in Berlin on Friday. | Berg+Scholz
            # a place after a name is still a place
            Chilean President Hugo Salas met Peruvian President Ana Quispe in Lima on Friday.                 | Quispe+Salas
            # a one-word city right after a first name is the family name (Austin, Hamilton, Lincoln)
            US Defence Secretary Lloyd Austin met Japanese Defence Minister Kenji Sato in Tokyo on Friday.   | Austin+Sato
            Premier Tom Hamilton of Bermuda met Premier Lars Berg of Sweden in Oslo on Friday.                 | Berg+Hamilton
            # a known leader's family name alone is a person, even opening a sentence ("Scholz hosted Macron")
            Scholz hosted Macron for dinner in Berlin on Friday.                                              | Macron+Scholz
            Talks between Erdogan and Putin ended on Friday.                                                 | Erdogan+Putin
            # ... but not a month that is also one ("in May")
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Bergen, as in May.                  | Berg+Holm
            # a clause cut at after/before with a participle or meeting noun: the main subject met that guest too
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Friday, a day after meeting Premier Eva Lind of Finland. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Friday, before talks with Premier Eva Lind of Finland.   | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Friday, after Premier Eva Lind of Finland spoke.          | Berg+Holm
            # ... also after another trigger ("for talks"); "they" then still means the main meeting's parties
            Premier Anna Holm of Norway hosted Premier Lars Berg of Sweden for talks in Oslo, a day after meeting Premier Eva Lind of Finland in Bergen. They agreed to meet again. | Berg+Holm;Holm+Lind;Berg+Holm
            # "they" after a short opening phrase ("On Tuesday, they spoke") is the last meeting's people
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden last met in Oslo in May. On Tuesday, they spoke by phone. | Berg+Holm;Berg+Holm
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo in May. On Tuesday, Premier Eva Lind of Finland said they had met. | Berg+Holm
            # a host and a visitor as one subject were together, whatever they did
            Premier Anna Holm of Norway and visiting Premier Lars Berg of Sweden agreed on Friday to expand fishing quotas. | Berg+Holm
            Premier Anna Holm of Norway and her visiting Swedish counterpart Lars Berg signed a fishing pact on Friday. | Berg+Holm
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden signed a fishing pact on Friday.  | ''
            # the attendees of an event the sentence introduces are its participants; of "the meeting", aides
            A fisheries summit was held in Oslo on Friday, attended by Premier Anna Holm of Norway and Premier Lars Berg of Sweden. | Berg+Holm
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Friday. The meeting was attended by Minister Eva Lind of Norway. | Berg+Holm
            # ", while" opens the second pair's clause
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden met in Oslo on Friday, while Minister Eva Lind of Norway held separate talks with Minister Karl Dahl of Sweden. | Berg+Holm;Dahl+Lind
            Aide Karl Dahl of Norway, who attended the talks, said Premier Anna Holm of Norway and Premier Lars Berg of Sweden met on Friday, while Minister Eva Lind of Norway held talks with Minister Ole Sund of Sweden. | Berg+Holm;Lind+Sund
            # a speaker after a relative clause of their own reports others' meeting
            Aide Karl Dahl of Norway, who attended the talks, said Premier Anna Holm of Norway and Premier Lars Berg of Sweden met for an hour. | Berg+Holm
            Premier Anna Holm of Norway, who arrived on Friday, said she met Premier Lars Berg of Sweden.       | Berg+Holm
            # "him" after a host verb, no one else named: the last sentence's subject
            Premier Lars Berg of Sweden arrived in Oslo on Friday for a two-day visit. Premier Anna Holm of Norway hosted him for dinner. | Berg+Holm
            # with no meeting told before, a group subject is the people the sentence before named ...
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden signed a fishing pact on Friday. The leaders met at the premier's office in Oslo. | Berg+Holm
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden signed a fishing pact on Friday. They met in Oslo. | Berg+Holm
            # ... not one person alone
            Premier Anna Holm of Norway signed a fishing pact on Friday. The leaders met in Oslo.       | ''
            # a place's relative clause with a meeting of someone new is a second meeting; with the same people, the same one
            Premier Anna Holm of Norway will meet Premier Lars Berg of Sweden in Oslo and then travel to Helsinki, where she will meet Premier Eva Lind of Finland. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway received Premier Lars Berg of Sweden in Oslo, where the two leaders will hold talks. | Berg+Holm
            # guests listed each with a day or a place of their own: one meeting each
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Thursday and Premier Eva Lind of Finland on Friday. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo and Premier Eva Lind of Finland in Bergen.      | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo and Premier Eva Lind of Finland.                | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Thursday, Premier Eva Lind of Finland on Friday and Premier Jon Jonsson of Iceland on Saturday. | Berg+Holm;Holm+Lind;Holm+Jonsson
            # hosting, receiving and welcoming need a person (a role phrase will do), not a thing; meeting reporters is no meeting
            Premier Anna Holm of Norway received the Swedish foreign minister in Oslo on Friday.               | Holm+SE
            Premier Anna Holm of Norway welcomed the Swedish Prime Minister on his arrival in Oslo.            | Holm+SE
            Premier Anna Holm of Norway welcomed the decision by Premier Lars Berg of Sweden to reopen the border.| ''
            Premier Anna Holm of Norway met reporters in Oslo on Friday, a day before Premier Lars Berg of Sweden arrives. | ''
            # a word of [not-met] that qualifies a role is no object of its own
            Premier Anna Holm of Norway met Swedish opposition leader Lars Berg in Oslo on Friday.  | Berg+Holm
            Premier Anna Holm of Norway met with opposition from Swedish leader Lars Berg on Friday. | ''
            # ... nor reads past the text's end ("met opposition" as its last words, "delivered by" too)
            Premier Anna Holm of Norway met opposition                                                | ''
            Premier Anna Holm of Norway received a message delivered by                                | ''
            # a speaker reporting others' meeting is not a participant; one telling a partner in a call is
            Government spokesman Karl Dahl said Premier Anna Holm of Norway would meet Premier Lars Berg of Sweden next week. | Berg+Holm
            Government spokeswoman Eva Dahl said Holm met Premier Lars Berg of Sweden in Oslo on Friday.                   | Berg+Holm
            Premier Anna Holm of Norway told Premier Lars Berg of Sweden in a phone call that talks must go on.         | Berg+Holm
            # "X said she ...": X is the reported clause's subject; an aide "accompanied by her deputy" is no participant
            Premier Anna Holm of Norway said she had discussed trade with Premier Lars Berg of Sweden during their meeting in Oslo. | Berg+Holm
            Premier Anna Holm of Norway, accompanied by her deputy Karl Dahl, met Premier Lars Berg of Sweden in Oslo.      | Berg+Holm
            # a meeting with no subject of its own after a time subordinator is the speaker's, opening the sentence or in the reported words
            Speaking after talks with Premier Lars Berg of Sweden in Oslo, Premier Anna Holm of Norway said ties were strong. | Berg+Holm
            After meeting Premier Lars Berg of Sweden in Oslo on Friday, Premier Anna Holm of Norway said help was coming.  | Berg+Holm
            When meeting Premier Lars Berg of Sweden in Oslo on Friday, Premier Anna Holm of Norway said help was coming.   | Berg+Holm
            Upon meeting Premier Lars Berg of Sweden in Oslo on Friday, Premier Anna Holm of Norway said help was coming.   | Berg+Holm
            # one told, urged or thanked as a visitor was met
            Premier Anna Holm of Norway told visiting Premier Lars Berg of Sweden on Friday that help was coming.            | Berg+Holm
            Premier Anna Holm of Norway urged her visiting Swedish counterpart Lars Berg on Friday to act.                   | Berg+Holm
            Premier Anna Holm of Norway told Premier Lars Berg of Sweden on Friday that help was coming.                     | ''
            Speaking at a news conference after their talks in Oslo, Premier Anna Holm of Norway and Premier Lars Berg of Sweden said ties were strong. | Berg+Holm
            Speaking to reporters after the talks, Premier Anna Holm of Norway and her Swedish counterpart Lars Berg said ties were strong. | Berg+Holm
            After meeting Premier Lars Berg of Sweden and Premier Eva Lind of Finland, Premier Anna Holm of Norway flew home. | Berg+Holm;Holm+Lind
            Norwegian Premier Anna Holm said ties were strong after talks with Premier Lars Berg of Sweden in Oslo.        | Berg+Holm
            # ... not when the reported words have a subject of their own, or are a spokesperson's
            Norwegian Premier Anna Holm said the ministers were tired after talks with Premier Lars Berg of Sweden.        | ''
            Government spokeswoman Eva Dahl said help was coming after talks with Premier Lars Berg of Sweden.            | ''
            Norwegian Premier Anna Holm said the deal came after talks between Premier Lars Berg of Sweden and Premier Eva Lind of Finland. | Berg+Lind
            # "and" then a second meeting verb without a subject of its own: the first clause's subject met that person too
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Monday and spoke by phone with Premier Eva Lind of Finland on Tuesday. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Monday and later met Premier Eva Lind of Finland. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden met on Monday and agreed to meet again.     | Berg+Holm
            # ... or a holding verb before a meeting noun ("and held talks with")
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Monday and held talks with Premier Eva Lind of Finland. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden and later had a brief meeting with Premier Eva Lind of Finland. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Monday and held talks on fishing quotas. | Berg+Holm
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden and held talks with him on fishing quotas. | Berg+Holm
            # the family name He after a title; a pronoun elsewhere
            Premier Lars Berg of Sweden met Vice Premier He Ming of China in Oslo on Friday. He said trade was growing. | Berg+Ming
            # a group of a country's people named by a demonym and a plural noun
            Premier Anna Holm of Norway met a delegation of US senators in Oslo on Friday.                 | Holm+US
            Premier Anna Holm of Norway met a group of Brazilian lawmakers in Oslo on Friday.                | BR+Holm
            Premier Anna Holm of Norway met a group of experts in Oslo on Friday.                          | ''
            Premier Anna Holm of Norway met a delegation of the Brazilian government in Oslo on Friday.        | BR+Holm
            # members of a legislature as the object of the meeting verb, without "a group of"
            Premier Anna Holm of Norway met U.S. lawmakers in Oslo on Friday.                                 | Holm+US
            Premier Anna Holm of Norway held talks with Brazilian senators in Oslo on Friday.                 | BR+Holm
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo. U.S. lawmakers criticised the meeting. | Berg+Holm
            # countries listed before a possessive plural role: one side each
            Norway and Sweden's foreign ministers held talks in Oslo on Friday.                            | NO+SE
            Norway's and Sweden's prime ministers met in Oslo on Friday.                                   | NO+SE
            # ... but a country before a possessive singular role is one side's
            Premier Anna Holm of Norway and Sweden's foreign minister met in Oslo on Friday.              | Holm+SE
            # an unknown capitalised name right after "in" is a place, not a person
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Puerto Varas on Friday.            | Berg+Holm
            # a title word inside a known actor's name does not split it
            Premier Anna Holm of Norway hosted Somali President Hassan Sheikh Mohamud in Oslo on Friday.     | Holm+Mohamud
            # a counterpart holds the subject's office: a role phrase of its country finds them
            Foreign Minister Anna Holm of Norway received her Swedish counterpart Lars Berg in Oslo on Monday. The Swedish minister had earlier spoken by phone with Premier Eva Lind of Finland. | Berg+Holm;Berg+Lind
            # a group's country is not read across the meeting verb
            Premier Anna Holm of Norway met a delegation from Turkey in Oslo on Friday.                         | Holm+TR
            # a capitalised meeting verb in a title-case headline ends the name before it
            'Premier Anna Holm of Norway and Premier Lars Berg Met The Press\n\nPremier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo.' | Berg+Holm
            # ... but a list of places stays a list of places
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden after visits to Oslo, Bergen and Lincoln. | Berg+Holm
            """)
    void aKnownActorsNameMayEndInAPlaceName(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # an opening phrase's meeting (a participle, or a time subordinator then one) is the main clause's subject's,
            # and the main clause's own meeting is another
            A few hours after talking to Premier Lars Berg of Sweden, Premier Anna Holm of Norway on Friday exchanged views with Premier Eva Lind of Finland. | Berg+Holm;Holm+Lind
            After talking with Premier Lars Berg of Sweden by phone, Premier Anna Holm of Norway met Premier Eva Lind of Finland in Bergen on Friday.         | Berg+Holm;Holm+Lind
            Meeting Premier Lars Berg of Sweden on Friday, Premier Anna Holm of Norway thanked him for the aid.                                             | Berg+Holm
            # ... also a meeting noun after a time phrase and a possessive, when the phrase names the partner
            Ahead of her meeting with Premier Lars Berg of Sweden, Premier Anna Holm of Norway visited the palace, where she met King Olav Dahl.         | Berg+Holm;Dahl+Holm
            Following talks with Premier Lars Berg of Sweden in Oslo, Premier Anna Holm of Norway met Premier Eva Lind of Finland in Bergen.              | Berg+Holm;Holm+Lind
            Prior to his talks with Premier Lars Berg of Sweden, King Olav Dahl of Denmark received Premier Eva Lind of Finland.                         | Berg+Dahl;Dahl+Lind
            # "After the meeting" names no partner: one meeting, the main clause's
            After the meeting, Premier Anna Holm of Norway met Premier Lars Berg of Sweden again.                                                        | Berg+Holm
            # a speaker who tells someone about a summit does not meet the one told
            Premier Anna Holm of Norway confirmed to Premier Lars Berg of Sweden that she would attend the summit in Bergen.                               | ''
            # a news outlet or its journalist is no partner: an interview
            Premier Anna Holm of Norway, talking to CNN's Jake Tapper, said she had met Premier Lars Berg of Sweden in Oslo.                              | Berg+Holm
            After talking with Al Jazeera, Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo.                                            | Berg+Holm
            # a talk verb with no partner right after it
            Premier Anna Holm of Norway talking, with Premier Lars Berg of Sweden listening, at a ceremony in Oslo.                                       | ''
            # "In a meeting with Y, X said", "Meeting Y on Friday, X said": the opening phrase's meeting is the speaker's
            In a meeting with Premier Lars Berg of Sweden in Oslo on Friday, Premier Anna Holm of Norway said fishing quotas would rise. | Berg+Holm
            At a brief meeting in Oslo on Friday, Premier Anna Holm of Norway told Premier Lars Berg of Sweden that quotas would rise.    | Berg+Holm
            Meeting Premier Lars Berg of Sweden in Oslo on Friday, Premier Anna Holm of Norway said fishing quotas would rise.            | Berg+Holm
            During talks in Oslo on Friday, Premier Anna Holm of Norway urged Premier Lars Berg of Sweden to raise quotas.              | Berg+Holm
            # ... not talks between others, nor a spokesman's report
            In talks between Premier Lars Berg of Sweden and Premier Eva Lind of Finland, spokesman Karl Dahl said quotas would rise.   | Berg+Lind
            # "said the talks with X": the meeting already reported, not a new one where the speaker spoke
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Thursday. In Bergen on Friday, Holm said the talks with Berg had been useful. | Berg+Holm
            """)
    void anOpeningPhrasesMeetingIsTheMainSubjects(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a capitalised pair before a place noun is a place, not a person
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden at a hotel in Hedmark Province on Friday.        | Berg+Holm
            Premier Anna Holm of Norway landed at the Karl Johan international airport and met Premier Lars Berg of Sweden. | Berg+Holm
            """)
    void aNameBeforeAPlaceNounIsAPlace(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # press staff named in an appositive are never participants, nor the "he" of the next sentence
            'Premier Anna Holm of Norway was in Oslo, a statement signed by Mr Per Dahl, the head of presidential communications, said. From there she had talks with her host, Premier Lars Berg of Sweden.' | Berg+Holm
            'Mr Per Dahl, the director of the press office, said Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Friday.' | Berg+Holm
            # a clause after the comma is no appositive
            'No meeting is planned between Premier Anna Holm of Norway and Premier Lars Berg of Sweden, the spokesperson told reporters.' | Berg+Holm
            # a sender is not a participant
            'Premier Lars Berg of Sweden will meet Premier Anna Holm of Norway, to whom he will convey a message from King Olav of Denmark.' | Berg+Holm
            'Premier Lars Berg of Sweden met Premier Anna Holm of Norway on behalf of King Olav of Denmark.'                                | Berg+Holm
            # a minister of communications is a principal
            'Mr Per Dahl, the minister of posts and communications, met Premier Lars Berg of Sweden on Friday.'                       | Berg+Dahl
            """)
    void pressStaffNamedInAnAppositiveAreNotParticipants(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # before anyone has met, "he"/"she" is the person who opened the last sentence
            Norwegian President Karl Holm arrived in Oslo on Monday. He had talks with Swedish President Lars Berg.   | Berg+Holm
            The Norwegian premier, Anna Holm, landed in Oslo. Later she met Swedish President Lars Berg.             | Berg+Holm
            # after a meeting too, "he" opening a sentence is the last sentence's subject
            Premier Anna Holm of Norway held talks with Premier Lars Berg of Sweden. Berg, who arrived on Tuesday, was given a welcome at the palace. He later met King Olav Dahl. | Berg+Holm;Berg+Dahl
            Premier Anna Holm of Norway held talks with Premier Lars Berg of Sweden. She later met King Olav Dahl.   | Berg+Holm;Dahl+Holm
            # later in the sentence, "he"/"she" is its subject, not the last name; after "said", the speaker
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden before flying to Helsinki, where she will meet President Eva Lind of Finland. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Friday. Berg said he would meet President Eva Lind of Finland next week. | Berg+Holm;Berg+Lind
            # an attribution after a name is no appositive of it (its "Communications" names no press officer)
            Premier Anna Holm of Norway held a phone call with Premier Lars Berg of Sweden, according to Norway's Communications Directorate. | Berg+Holm
            # a family name in capitals after an honorific ("Ms. KAMIKAWA Yoko") is a name, not an acronym
            'Ms. HOLMSEN Anna, Minister for Foreign Affairs of Norway, held a meeting with Premier Lars Berg of Sweden.' | Anna+Berg
            # "the three leaders" are the last meeting's three people
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden held a video call with President Eva Lind of Finland. The three leaders agreed to meet in Oslo next month. | Berg+Holm+Lind;Berg+Holm+Lind
            # those who attended the meeting are aides, the whole list of them
            Premier Anna Holm of Norway received Premier Lars Berg of Sweden in Oslo. The meeting was attended by Foreign Minister Karl Dahl of Norway and Dr. Eva Lind, Minister of State. | Berg+Holm
            # an opening phrase closed by a comma comes before the subject; a sentence that opens otherwise makes none
            In Oslo, Norwegian President Karl Holm praised the weather. It is said he met Swedish President Lars Berg. | Berg+Holm
            During his visit to Oslo, Norwegian President Karl Holm spoke to students. On Tuesday he met Swedish President Lars Berg. | Berg+Holm
            In Oslo, critics of Norwegian President Karl Holm praised the weather. It is said he met Swedish President Lars Berg. | ''
            Asked about it, the aides of Norwegian President Karl Holm praised the weather. It is said he met Swedish President Lars Berg. | ''
            # "I" in a quotation is its named speaker, after the quotation or before it
            '"I met Premier Lars Berg of Sweden yesterday and we agreed on quotas," Premier Anna Holm of Norway told reporters.' | Berg+Holm
            '"I met Premier Lars Berg of Sweden yesterday," said Premier Anna Holm of Norway.'                                   | Berg+Holm
            'Premier Anna Holm of Norway told reporters: "I have held talks with Premier Lars Berg of Sweden."'                   | Berg+Holm
            # ... not an unattributed quotation
            '"I met Premier Lars Berg of Sweden yesterday," the statement read.'                                                 | ''
            # a seat of government stands for its country ("the Kremlin leader")
            Premier Anna Holm of Norway met the Kremlin leader in Oslo on Monday.                                   | Holm+RU
            # officials who say so are the report's sources, not sides
            Norwegian and Swedish officials said Premier Anna Holm of Norway and Premier Lars Berg of Sweden met in Oslo on Monday. | Berg+Holm
            # a semicolon closes one clause and opens another with its own meeting; the plural role is the two named before
            Premier Karl Dahl of Denmark first hosted Premier Anna Holm of Norway and Premier Lars Berg of Sweden for three-way talks; the Norwegian and Swedish premiers then met on their own. | Berg+Dahl+Holm;Berg+Holm
            # an opening meeting phrase closed by a dash
            At a meeting with the Nordic envoys — Karin Lund and Olaf Dahl — Premier Anna Holm of Norway said the talks went well. | Dahl+Holm+Lund
            # a meeting told as earlier that day is another meeting than the day's larger one
            Premier Anna Holm of Norway held three-way talks with Premier Lars Berg of Sweden and Premier Eva Lind of Finland in Oslo on Monday. Earlier that day, Holm met Berg and Lind for breakfast talks. | Berg+Holm+Lind;Berg+Holm;Holm+Lind
            # the one a subject accompanied, in a relative clause, holds none of the subject's separate talks
            Foreign Minister Karl Dahl of Norway, who accompanied Premier Anna Holm of Norway, held separate talks with Foreign Minister Eva Lind of Finland. | Dahl+Lind
            # guests hosted for a summit meet together; a visiting official is still a role of a country
            Premier Anna Holm of Norway hosted Premier Lars Berg of Sweden and President Eva Lind of Finland for a summit on fishing in Oslo. | Berg+Holm+Lind
            The Norwegian premier received the visiting Swedish foreign minister in Oslo on Monday.                | NO+SE
            # "the first time they had met since a phone call in May": the same people's earlier meeting
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden held talks in Oslo on Monday. It was the first time they had met since a tense phone call in May. | Berg+Holm;Berg+Holm
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden held talks in Oslo on Monday. Prices have risen since the summit in May. | Berg+Holm
            # an appositive of listed names adds no sides
            Anna Holm and Lars Berg, the Norwegian and Swedish premiers, met in Oslo on Monday.                      | Berg+Holm
            # "he held a (brief) meeting with": the holding verb and its noun a few words apart
            Premier Anna Holm of Norway arrived in Stockholm on Monday. She held a meeting with Premier Lars Berg of Sweden.       | Berg+Holm
            Premier Anna Holm of Norway arrived in Stockholm on Monday. She has held a brief meeting with Premier Lars Berg of Sweden. | Berg+Holm
            Premier Anna Holm of Norway arrived in Stockholm on Monday. She had separate talks with Premier Lars Berg of Sweden.    | Berg+Holm
            Premier Anna Holm of Norway arrived in Stockholm on Monday. She held a Nordic dinner for Premier Lars Berg of Sweden.  | ''
            """)
    void aPronounBeforeAnyMeetingIsTheLastSentencesSubject(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @org.junit.jupiter.api.Test
    void aTitleAfterAHeadlineThatGaveOnlyTheNationalityIsThePersonsTitle() {
        Enrichment e = RulesTest.run(" date 2031-03-14 Norway's Holm to host Sweden's Berg\n\nOSLO (Reuters) - Norwegian Premier Anna Holm will host"
                + " Swedish Premier Lars Berg in Oslo on Thursday for talks on fishing.");
        for (Enrichment.Participant p : e.meetings().get(0).participants()) assertEquals("Premier", p.title(), p.name());
    }

    @org.junit.jupiter.api.Test
    void aPluralRoleGivesTheNamesAfterItItsSingularTitle() {
        Enrichment e = RulesTest.run(" date 2031-03-14 The prime ministers of Norway and Sweden, Anna Holm and Lars Berg, met in Oslo on Monday.");
        assertEquals(List.of("prime minister", "prime minister"), e.meetings().get(0).participants().stream().map(p -> p.title()).toList());
    }

    @org.junit.jupiter.api.Test
    void theTaoiseachIsATitle() {
        Enrichment e = RulesTest.run(" date 2031-03-14 Irish Taoiseach Sean Kelly met Premier Lars Berg of Sweden in Dublin on Monday.");
        assertEquals("Sean Kelly", e.meetings().get(0).participants().get(0).name());
        assertEquals("Taoiseach", e.meetings().get(0).participants().get(0).title());
    }

    /** The side of the person with this surname in the text's first meeting: country, "@" + body, or "?". */
    static String sideOf(String text, String surname) {
        for (Enrichment.Participant p : RulesTest.run(" date 2031-03-14 " + text).meetings().get(0).participants()) {
            if (p.name() != null && p.name().endsWith(surname)) {
                return p.country() != null ? p.country() : p.body() != null ? "@" + p.body() : "?";
            }
        }
        return "absent";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a hyphenated title in an appositive is a title, and a UN office names the body
            'Premier Lars Berg of Sweden met Karin Lund, the under-secretary-general for field support, on Monday.' | Lund | @UN
            # a relative clause that says what the person heads
            'Premier Lars Berg of Sweden met Karin Lund, who heads UN peace operations, on Monday.'                 | Lund | @UN
            'Premier Lars Berg of Sweden met Karin Lund, who leads Denmark''s delegation, on Monday.'              | Lund | DK
            # nothing said, nothing guessed
            'Premier Lars Berg of Sweden met Karin Lund, who spoke first, on Monday.'                              | Lund | ?
            # a role with a country is not the subject who meets it, nor a known actor of another country
            'President Vladimir Putin held talks with the U.S. president in Geneva on Wednesday. Joe Biden said they were good.' | Putin | RU
            'Premier Lars Berg met the Norwegian premier in Oslo on Monday. Anna Holm said the talks were good.'   | Berg | ?
            # ... but a person told of with neither title nor country may be the role named next
            'Premier Anna Holm of Norway met Lars Berg in Oslo on Monday. The Swedish premier said the talks were good.' | Berg | SE
            # a title right before the next name of a list is that name's, not an appositive of the one before
            'Premier Lars Berg of Sweden met Holm, Norwegian Minister of Foreign Affairs Karin Lund and Danish Premier Olaf Dahl.' | Lund | NO
            # a leader known by one name
            'President Lula met Premier Lars Berg of Sweden in Brasilia on Monday.'                                  | Lula | BR
            # an appositive of listed names gives their countries in order, and no sides of its own
            'Anna Holm and Lars Berg, the Norwegian and Swedish premiers, met in Oslo on Monday.'                    | Berg | SE
            """)
    void theSideOfAPersonFromTheirOffice(String text, String surname, String side) {
        assertEquals(side, sideOf(text, surname));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # a plural title's countries go to the names listed after it, in order
            'The foreign ministers of Chile and Peru, Ana Soto and Luis Vega, met in Lima on Monday.'               | Soto | CL
            'The foreign ministers of Chile and Peru, Ana Soto and Luis Vega, met in Lima on Monday.'               | Vega | PE
            'A summit between the leaders of Chile and Peru, Ana Soto and Luis Vega, has been postponed.'          | Vega | PE
            'Premier Karl Holm of Norway met his Chilean and Peruvian counterparts, Luis Vega and Ana Soto.'       | Vega | CL
            """)
    void aPluralTitlesCountriesGoToTheNamesAfterItInOrder(String text, String surname, String side) {
        assertEquals(side, sideOf(text, surname));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a reception at the airport by someone the visitor does not otherwise meet is protocol, not a meeting
            Premier Anna Holm of Norway arrived in Stockholm and was received at the airport by Foreign Minister Karl Dahl of Sweden. Holm later held talks with Premier Lars Berg of Sweden. | Berg+Holm
            'Premier Anna Holm of Norway landed in Stockholm, where Foreign Minister Karl Dahl and Deputy Minister Eva Lind welcomed her at the airport. Premier Lars Berg of Sweden then received Holm.' | Berg+Holm
            # ... but it is the meeting when it is all the text says of the two
            Premier Lars Berg of Sweden is greeted by Premier Anna Holm of Norway as he arrives at Oslo airport. | Berg+Holm
            """)
    void aReceptionAtTheAirportIsNoMeetingOfItsOwn(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "played host to" is hosting
            Premier Anna Holm of Norway has played host to Premier Lars Berg of Sweden in Oslo.                       | Berg+Holm
            # "having spoken yesterday with X, Y ..."
            'Having spoken yesterday with his Swedish counterpart, Lars Berg, Premier Karl Holm of Norway flew home.' | Berg+Holm
            # an adverb between the pronoun and the verb
            'Premier Karl Holm of Norway arrived in Oslo. He as well received Premier Lars Berg of Sweden.'           | Berg+Holm
            # "spoke" still needs "with" or "by" close by
            Premier Karl Holm of Norway spoke warmly about Premier Lars Berg of Sweden.                              | ''
            # ... or two people as its subject
            Later, Premier Karl Holm of Norway and Swedish Premier Lars Berg talked about fishing quotas.            | Berg+Holm
            Premier Karl Holm of Norway and Premier Lars Berg of Sweden also spoke about fishing quotas.             | Berg+Holm
            # ... but not what was said at a meeting the sentence already names, nor one person's talk
            'Premier Karl Holm of Norway phoned Premier Lars Berg of Sweden. On the call, Holm and Berg talked about fishing.' | Berg+Holm
            Premier Karl Holm of Norway talked about fishing quotas and Premier Lars Berg of Sweden.                | ''
            # one who joined the talks is one more person in them
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo. Premier Eva Lind of Finland joined the talks later. | Berg+Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo. Premier Eva Lind of Finland joined the alliance later. | Berg+Holm
            # those who took part in a meeting of named people are no meeting of their own; for one told by countries they are its people
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo. Aide Karl Dahl and Foreign Minister Eva Lind also took part in the talks. | Berg+Holm
            Norway and Sweden held talks in Oslo on Monday. Norway's Anna Holm and Sweden's Lars Berg took part in the talks. | Berg+Holm
            # "discussed ... with" a person
            Premier Karl Holm of Norway discussed fishing quotas with Premier Lars Berg of Sweden on Monday.       | Berg+Holm
            Premier Karl Holm of Norway discussed fishing quotas with reporters on Monday.                         | ''
            # a possessive opening the sentence before a meeting noun is the last sentence's subject
            Premier Anna Holm of Norway arrived in Stockholm on Monday. Her talks with Premier Lars Berg of Sweden focused on fishing. | Berg+Holm
            Premier Anna Holm of Norway arrived in Stockholm on Monday. Her programme included meetings with Premier Lars Berg of Sweden and King Carl Gustaf. | Berg+Holm;Gustaf+Holm
            Premier Anna Holm of Norway arrived in Stockholm on Monday. Her speech praised Premier Lars Berg of Sweden. | ''
            # a verb after "and" goes on with the first clause's subject: the name before it is no subject of it
            Premier Karl Holm of Norway said he spoke with Premier Lars Berg of Sweden on Monday and described the meeting as warm. | Berg+Holm
            """)
    void moreWaysToSayTheyMet(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a meal had with someone is a meeting; a meal alone is not
            Premier Anna Holm of Norway had lunch with Premier Lars Berg of Sweden in Oslo on Monday.         | Berg+Holm
            Premier Anna Holm of Norway held a working dinner with Premier Lars Berg of Sweden on Monday.     | Berg+Holm
            Premier Anna Holm of Norway had lunch before Premier Lars Berg of Sweden spoke to reporters.      | ''
            """)
    void aMealWithSomeone(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # an office that only one state has names the country
            Pope Leo received Premier Lars Berg of Sweden on Monday.         | VA
            The Pontiff, Pope Leo, received Premier Lars Berg of Sweden.     | VA
            """)
    void anOfficeNamesItsCountry(String text, String country) {
        Enrichment.Meeting m = RulesTest.run(" date 2031-03-14 " + text).meetings().get(0);
        assertEquals(country, m.participants().stream().filter(p -> p.name().endsWith("Leo")).findFirst().orElseThrow().country());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a side named only as a body's or a country's group
            Premier Anna Holm of Norway met EU leaders in Brussels on Thursday.                        | Holm+body:EU
            Norwegian Premier Anna Holm met a delegation of the African Union in Oslo on Thursday.     | Holm+body:AU
            Premier Anna Holm of Norway met Chinese leaders in Beijing on Friday.                      | CN+Holm
            Premier Anna Holm of Norway held talks with a Turkish delegation in Oslo on Friday.        | Holm+TR
            """)
    void aSideNamedAsAGroup(String text, String expected) {
        String sides = RulesTest.run(" date 2031-03-14 " + text).meetings().stream()
                .map(m -> m.participants().stream()
                        .map(p -> p.name() != null ? p.name().substring(p.name().lastIndexOf(' ') + 1)
                                : p.body() != null ? "body:" + p.body() : p.country())
                        .sorted().collect(Collectors.joining("+")))
                .collect(Collectors.joining(";"));
        assertEquals(expected, sides);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a verb of speaking is a meeting with a person as its partner, the subject of the talk perhaps between
            Premier Anna Holm of Norway talked to Premier Lars Berg of Sweden on Monday.                      | Berg+Holm
            Premier Anna Holm of Norway spoke about trade with Swedish Premier Lars Berg on Monday.            | Berg+Holm
            Premier Anna Holm of Norway talked over the crisis, among other things, with Premier Lars Berg.     | Berg+Holm
            # greeting a person is meeting them; greeting a crowd is not
            Premier Anna Holm of Norway greeted Premier Lars Berg of Sweden at the airport on Monday.           | Berg+Holm
            Premier Anna Holm of Norway is greeted by Sweden's Premier Lars Berg as she arrives in Stockholm.   | Berg+Holm
            Premier Anna Holm of Norway greeted the crowd on Monday, Premier Lars Berg of Sweden said.          | ''
            # not with reporters, nor past another person
            Premier Anna Holm of Norway spoke to reporters after Premier Lars Berg of Sweden left.             | ''
            Premier Anna Holm of Norway spoke about the war with reporters on Monday, Premier Lars Berg said.  | ''
            """)
    void aVerbOfSpeakingWithAPersonAsPartner(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # two of a trilateral's ministers meeting "on their own" afterwards is a meeting of its own
            Premier Anna Holm of Norway hosted Premier Lars Berg of Sweden and Premier Eva Lind of Finland for three-way talks in Oslo on Friday. Berg and Lind then met on their own. | Berg+Holm+Lind;Berg+Lind
            Premier Anna Holm of Norway hosted Premier Lars Berg of Sweden and Premier Eva Lind of Finland for three-way talks in Oslo on Friday. Berg also held a separate meeting with Lind. | Berg+Holm+Lind;Berg+Lind
            Premier Anna Holm of Norway hosted Premier Lars Berg of Sweden and Premier Eva Lind of Finland for three-way talks in Oslo on Friday. Berg and Lind then held a one-on-one meeting. | Berg+Holm+Lind;Berg+Lind
            # without such a cue, a later mention of two of them is the same meeting
            Premier Anna Holm of Norway hosted Premier Lars Berg of Sweden and Premier Eva Lind of Finland for three-way talks in Oslo on Friday. Berg and Lind met there too. | Berg+Holm+Lind
            """)
    void twoOfAMultilateralMeetingOnTheirOwn(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "the two countries' ministers": other people of the last meeting's two countries
            Premier Anna Holm of Norway will meet Premier Lars Berg of Sweden on Friday. On Sunday the two countries' foreign ministers met in Oslo. | Berg+Holm;NO+SE
            Premier Anna Holm of Norway will meet Premier Lars Berg of Sweden on Friday. On Sunday the two leaders met in Oslo.                     | Berg+Holm;Berg+Holm
            # ... even when one of them is named as a source
            Premier Anna Holm of Norway held talks with Premier Lars Berg of Sweden on Friday. The two leaders met in Bergen, Holm's office said.        | Berg+Holm
            """)
    void theTwoCountriesMinisters(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "a bilateral" held with someone is a meeting; bilaterals with several are one each
            Premier Anna Holm of Norway held a bilateral with Premier Lars Berg of Sweden on Tuesday.                            | Berg+Holm
            Premier Anna Holm of Norway will hold bilaterals with Premier Lars Berg of Sweden and Premier Eva Lind of Finland.   | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway praised the bilateral with Sweden, Premier Lars Berg of Sweden said.                   | ''
            """)
    void aBilateralAsANoun(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # whose aide someone is: the possessor is not a participant
            Norwegian Premier Anna Holm's national security adviser Nils Dahl met Swedish Foreign Minister Lars Berg in Oslo on Friday. | Berg+Dahl
            Norwegian Premier Anna Holm's meeting with Swedish Premier Lars Berg in Oslo lasted two hours.                           | Berg+Holm
            # a region in an office's name is not part of the person's name
            Norwegian Premier Anna Holm met UN Special Envoy for the Great Lakes Nils Dahl in Oslo on Friday.                        | Dahl+Holm
            # an office's portfolio is part of the title, not of the name
            Norwegian Premier Anna Holm met UN High Commissioner for Refugees Nils Dahl in Oslo on Friday.                          | Dahl+Holm
            Norwegian Premier Anna Holm met UN Special Rapporteur on Torture Nils Dahl in Oslo on Friday.                            | Dahl+Holm
            # a fronted "accompanied by" names an aide; the subject after it is not one
            Accompanied by Foreign Minister Nils Dahl, Norwegian Premier Anna Holm met Swedish Premier Lars Berg in Oslo on Friday.   | Berg+Holm
            Norwegian Premier Anna Holm, accompanied by Foreign Minister Nils Dahl, met Swedish Premier Lars Berg in Oslo on Friday.   | Berg+Holm
            """)
    void aidesAndThoseTheyServe(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # two subjects and the verb's object are one meeting; a speaker after the clause is not its object
            Norwegian Foreign Minister Anna Holm and Defence Minister Nils Dahl met Swedish Foreign Minister Lars Berg in Oslo on Friday. | Berg+Dahl+Holm
            Norwegian Foreign Minister Anna Holm and Swedish Foreign Minister Lars Berg met in Oslo on Friday, Finnish Premier Eva Lind said. | Berg+Holm
            Norwegian Foreign Minister Anna Holm and Swedish Foreign Minister Lars Berg met with Finnish Premier Eva Lind in Oslo on Friday. | Berg+Holm+Lind
            # a person in a leading time clause is not a subject of the main clause
            One day after she briefed Finnish Premier Eva Lind, Norwegian Foreign Minister Anna Holm talked to Swedish Foreign Minister Lars Berg. | Berg+Holm
            """)
    void twoSubjectsAndAnObject(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # an office of a role ("the Press Service of the President of Norway") is the report's source, not a side
            The Press Service of the President of Norway reported that Premier Anna Holm received Premier Lars Berg of Sweden. | Berg+Holm
            The press office of the Prime Minister said Premier Anna Holm of Norway met Premier Lars Berg of Sweden.          | Berg+Holm
            # two leaders' family names joined before a meeting noun are the meeting's sides; a hyphenated family name alone is one person
            The Biden-Xi meeting took place in Bali on Monday.                                                       | Biden+Xi
            Lavrov met Amir-Abdollahian in Moscow on Tuesday.                                                        | Amir-Abdollahian+Lavrov
            Lavrov met Ramos-Horta in Dili on Tuesday.                                                               | Lavrov+Ramos-Horta
            # two particles inside a name; "the US" as the gazetteer reads it holds the role's determiner
            Premier Lars Berg of Sweden met European Commission President Ursula von der Leyen on Tuesday.         | Berg+Leyen
            Premier Lars Berg of Sweden met the US envoy on Tuesday.                                                 | Berg+US
            """)
    void anOfficeOfARoleIsNoSideAndJoinedFamilyNamesAreSides(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a delegation led by a person is that person's side, of the delegation's country
            Premier Berg held talks with the Norwegian delegation led by Deputy Premier Anna Holm on Friday.   | Berg=null Holm=NO
            A delegation from Norway headed by Deputy Premier Anna Holm met Premier Lars Berg of Sweden.        | Berg=SE Holm=NO
            # an EU delegation's leader keeps no country
            Premier Lars Berg of Sweden received an EU delegation led by Commissioner Anna Holm on Friday.      | Berg=SE Holm=null
            """)
    void aDelegationLedByAPersonIsThatPerson(String text, String expected) {
        String got = RulesTest.run(" date 2031-03-14 " + text).meetings().get(0).participants().stream()
                .map(p -> p.name().substring(p.name().lastIndexOf(' ') + 1) + "=" + p.country()).sorted().collect(Collectors.joining(" "));
        assertEquals(expected, got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a nationality alone before a name gives the country and no title
            Norway's Anna Holm met Premier Lars Berg of Sweden in Oslo on Friday.          | none    | NO
            The Norwegian Anna Holm met Premier Lars Berg of Sweden in Oslo on Friday.     | none    | NO
            Norway's Premier Anna Holm met Premier Lars Berg of Sweden in Oslo on Friday.  | Premier | NO
            Norway's military leader Anna Holm met Premier Lars Berg of Sweden in Oslo on Friday. | military leader | NO
            # military ranks are titles: the demonym before them gives the country
            Norwegian commander Anna Holm met Premier Lars Berg of Sweden in Oslo on Friday. | commander | NO
            Norwegian Admiral Anna Holm met Premier Lars Berg of Sweden in Oslo on Friday.   | Admiral   | NO
            """)
    void aNationalityAloneIsNoTitle(String text, String title, String country) {
        Enrichment.Participant holm = RulesTest.run(" date 2031-03-14 " + text).meetings().get(0).participants().stream()
                .filter(p -> p.name().endsWith("Holm")).findFirst().orElseThrow();
        assertEquals(title, holm.title());
        assertEquals(country, holm.country());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the demonym before a long title gives the country
            Ethiopian Special Presidential Envoy Nils Dahl met Premier Anna Holm of Norway in Oslo on Friday. | ET
            Ethiopian Senior Special Envoy Nils Dahl met Premier Anna Holm of Norway in Oslo on Friday.       | ET
            """)
    void aDemonymBeforeALongTitle(String text, String country) {
        Enrichment.Meeting m = RulesTest.run(" date 2031-03-14 " + text).meetings().get(0);
        assertEquals(country, m.participants().stream().filter(p -> p.name().endsWith("Dahl")).findFirst().orElseThrow().country());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a region as an office's portfolio is part of the title, and the office's body is the person's
            Premier Anna Holm of Norway received UN Special Envoy for the Great Lakes Nils Dahl in Oslo on Friday.      | UN
            Premier Anna Holm of Norway received EU Special Representative for the South Caucasus Nils Dahl in Oslo.   | EU
            """)
    void aRegionAsAPortfolio(String text, String body) {
        Enrichment e = RulesTest.run(" date 2031-03-14 " + text);
        Enrichment.Participant dahl = e.meetings().get(0).participants().stream().filter(p -> p.name().endsWith("Dahl")).findFirst().orElseThrow();
        assertEquals(body, dahl.body());
        assertEquals(List.of(), e.topics().regions(), "a portfolio is not a subject");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "his conversation with X" is the call already reported, whatever else its sentence dates or places
            Premier Anna Holm of Norway held phone calls with Premier Lars Berg of Sweden and Premier Eva Lind of Finland on Monday. Holm said her conversation with Berg covered the summit Sweden will host in Stockholm next month. | Berg+Holm:CALL;Holm+Lind:CALL
            # without a possessive, a new report
            Premier Anna Holm of Norway held a phone call with Premier Lars Berg of Sweden on Monday. Holm will meet Berg in Stockholm next month.                                                                  | Berg+Holm:CALL;Berg+Holm:IN_PERSON
            """)
    void aPossessiveMeetingNounIsTheMeetingAlreadyReported(String text, String expected) {
        String got = RulesTest.run(" date 2031-03-14 " + text).meetings().stream()
                .map(m -> m.participants().stream().map(p -> p.name().substring(p.name().lastIndexOf(' ') + 1)).sorted()
                        .collect(Collectors.joining("+")) + ":" + m.kind())
                .collect(Collectors.joining(";"));
        assertEquals(expected, got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "the Norwegian and Swedish premiers" are the premiers of those countries named before
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden arrived in Oslo on Friday. The Norwegian and Swedish premiers met on Saturday. | Berg+Holm
            Premier Eva Lind of Finland hosted Premier Anna Holm of Norway and Premier Lars Berg of Sweden on Friday. The Norwegian and Swedish premiers then held talks of their own on Saturday. | Holm+Lind;Berg+Lind;Berg+Holm
            # ... whose title fits: a foreign minister is not the premier
            Foreign Minister Anna Holm of Norway arrived in Oslo on Friday. The Norwegian and Swedish premiers met on Saturday. | NO+SE
            # "her Swedish counterpart" is not the subject, even one whose country the text has not given
            Premier Anna Holm held talks with her Swedish counterpart in Oslo on Friday. | Holm+SE
            Premier Anna Holm met her Swedish counterpart in Oslo on Friday. | Holm+SE
            Premier Lars Berg of Sweden arrived in Oslo on Thursday. Premier Anna Holm met her Swedish counterpart on Friday. | Berg+Holm
            # none named before: the countries are the sides
            The Norwegian and Swedish premiers met in Oslo on Saturday. | NO+SE
            """)
    void aPluralRoleOfNamedCountriesIsTheirOfficialsNamedBefore(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "the US" inside a list of countries is one of them, whatever its place
            The foreign ministers of Norway, the US and Sweden will meet in Oslo next week.  | NO+SE+US
            The foreign ministers of the US, Norway and Sweden will meet in Oslo next week.  | NO+SE+US
            # "was host to" is "hosted"; a country host to a summit is not a meeting
            Premier Anna Holm of Norway was host to Premier Lars Berg of Sweden in Oslo on Friday. | Berg+Holm
            Premier Anna Holm of Norway will be host to Premier Lars Berg of Sweden in Oslo next week. | Berg+Holm
            Norway will be host to the next summit in 2032, Premier Anna Holm of Norway said. | ''
            # a named meeting held "with" a person is this meeting, not a forum; a forum attended with someone is none
            On May 2 Premier Anna Holm of Norway held a Norway-Sweden Summit Meeting with Premier Lars Berg of Sweden. | Berg+Holm
            Premier Anna Holm of Norway attended the Nordic Summit with Premier Lars Berg of Sweden on Friday. | ''
            # an honorific title of capitalised words is no person
            The Custodian of the Two Holy Mosques King Salman received a phone call from Premier Lars Berg of Sweden on Friday. | Berg+Salman
            # the list after "accompanied on the visit by" is the entourage, however long
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Friday. Holm was accompanied on the visit by her husband, by intelligence chief Karl Dahl and by other officials. | Berg+Holm
            # two people and "took place" / "took office" / "took part" are no exchange between them
            Premier Anna Holm of Norway arrived in Oslo after a visit by Premier Lars Berg of Sweden which took place on Monday. | ''
            Premier Anna Holm of Norway, who took office in May, and Premier Lars Berg of Sweden took part in the Nordic forum. | ''
            # two officials of one country, each stated by their title, meet inside their government, not between sides
            Norwegian Foreign Minister Nils Dahl met Norwegian Premier Anna Holm in Oslo on Friday. | ''
            Foreign Minister Nils Dahl met Premier Anna Holm in Oslo on Friday. | Dahl+Holm
            # an ambassador "to" a country is posted there, not of it
            Premier Anna Holm of Norway met the Ambassador to Norway, Luis Vega, in Oslo on Friday. | Holm+Vega
            # a nickname of numbers and a plural is no person
            Premier Anna Holm of Norway will host the Three Amigos summit with Premier Lars Berg of Sweden in May. | Berg+Holm
            # a known leader whose name starts with a common word ("To Lam"); the word alone starts no name
            Chinese President Xi Jinping met Vietnamese leader To Lam in Beijing on Friday. | Jinping+Lam
            To the surprise of many, Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Friday. | Berg+Holm
            # a call or visit whose relative clause names who made it and to whom
            In the call Premier Anna Holm of Norway made to Premier Lars Berg of Sweden on Monday, the two discussed fishing. | Berg+Holm
            The call that Premier Anna Holm of Norway placed to Premier Lars Berg of Sweden on Monday lasted an hour. | Berg+Holm
            # honorifics of Indian and other official styles are no part of the name
            Prime Minister Shri Anand Rao of India met Premier Lars Berg of Sweden on Friday. | Berg+Rao
            # "Amb." abbreviates a title and ends no sentence
            Hon. Anna Holm, Premier of Norway, met H.E. Amb. Lars Berg, Swedish Ambassador to Norway, in Oslo on Friday. | Berg+Holm
            # "e" joins Portuguese names
            Premier Ulisses Correia e Silva of Cabo Verde met Premier Lars Berg of Sweden on Friday. | Berg+Silva
            # a captain's rank is a title, not a name
            Premier Anna Holm of Norway met Captain Lars Berg of Sweden on Friday. | Berg+Holm
            # informal meetings: a one-on-one, a tete-a-tete, sitting with, consulting, huddling, chatting with a person
            Premier Anna Holm of Norway held a one-on-one with Premier Lars Berg of Sweden on Friday. | Berg+Holm
            Premier Anna Holm of Norway had a tete-a-tete with Premier Lars Berg of Sweden on Friday. | Berg+Holm
            Premier Anna Holm of Norway sat with Premier Lars Berg of Sweden for an hour on Friday.    | Berg+Holm
            Premier Anna Holm of Norway consulted with Premier Lars Berg of Sweden on Friday.         | Berg+Holm
            Premier Anna Holm of Norway huddled with Premier Lars Berg of Sweden on Friday.           | Berg+Holm
            Premier Anna Holm of Norway sat with reporters on the plane on Friday.                    | ''
            Premier Anna Holm of Norway consulted with allies on Friday.                              | ''
            # "interacted with" a person is talking with them (Indian English); with a crowd it is no meeting
            Premier Anna Holm of Norway interacted with Premier Lars Berg of Sweden in Oslo on Friday. | Berg+Holm
            Premier Anna Holm of Norway interacted with students in Oslo on Friday. | ''
            # a meal with a person, a person visited, sitting down in the future
            Premier Anna Holm of Norway lunched with Premier Lars Berg of Sweden in Oslo on Friday.     | Berg+Holm
            Premier Anna Holm of Norway dined with Premier Lars Berg of Sweden in Oslo on Friday.      | Berg+Holm
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden had a working lunch in Oslo on Friday. | Berg+Holm
            Premier Anna Holm of Norway joined Premier Lars Berg of Sweden for dinner in Oslo on Friday. | Berg+Holm
            Premier Anna Holm of Norway joined Premier Lars Berg of Sweden in calling for calm on Friday. | ''
            Premier Anna Holm of Norway lunched at a fish market in Oslo on Friday.                    | ''
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden had breakfast together in Oslo on Friday. | Berg+Holm
            Premier Anna Holm of Norway hosted a luncheon for Premier Lars Berg of Sweden in Oslo on Friday. | Berg+Holm
            Premier Anna Holm of Norway had lunch at a fish market in Oslo on Friday.                  | ''
            Premier Anna Holm of Norway visited Premier Lars Berg of Sweden at his residence on Friday. | Berg+Holm
            Premier Anna Holm of Norway paid a visit to Premier Lars Berg of Sweden on Friday.        | Berg+Holm
            Premier Anna Holm of Norway will visit Premier Lars Berg of Sweden in Stockholm next week. | Berg+Holm
            Premier Anna Holm of Norway visited Premier Lars Berg's home town in Sweden on Friday.   | ''
            Premier Anna Holm of Norway was visited by Premier Lars Berg of Sweden in Oslo on Friday.  | Berg+Holm
            Premier Anna Holm of Norway had a productive interaction with Premier Lars Berg of Sweden in Oslo on Friday. | Berg+Holm
            Premier Anna Holm of Norway had an interaction with students in Oslo on Friday.              | ''
            Premier Anna Holm of Norway praised the interaction between the navies of Norway and Sweden on Friday. | ''
            Premier Anna Holm of Norway visited Stockholm on Friday.                                   | ''
            Premier Anna Holm of Norway is expected to sit down with Premier Lars Berg of Sweden next week. | Berg+Holm
            # a letter handed over, a message delivered by an envoy: the envoy was received
            Foreign Minister Lars Berg of Sweden handed Premier Anna Holm of Norway a letter from his king on Friday. | Berg+Holm
            Premier Anna Holm of Norway received a written message from the Swedish king, delivered by Foreign Minister Lars Berg of Sweden. | Berg+Holm
            The speech was delivered by Premier Anna Holm of Norway in Oslo on Friday.                   | ''
            Premier Anna Holm of Norway handed over the keys to the new harbour on Friday.               | ''
            """)
    void listsHostsAndInteractions(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the people of a plural object, listed in the next sentence: a bilateral each with the subject
            Premier Anna Holm of Norway met several counterparts in Oslo on Monday. Among them were Premier Lars Berg of Sweden and President Eva Lind of Finland. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway held talks with a number of ministers in Oslo on Monday. They included Premier Lars Berg of Sweden. | Berg+Holm
            # ... not after a sentence whose object is named, nor a list of people saying something
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Monday. Among them were President Eva Lind of Finland and Premier Karl Dahl of Denmark. | Berg+Holm
            Premier Anna Holm of Norway met several counterparts in Oslo on Monday. Premier Lars Berg of Sweden said the talks were useful. | ''
            """)
    void thePeopleOfAPluralObjectListedAfterIt(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a talk verb whose object is a meeting noun ("discussed the talks with X"), after a pronoun
            Premier Anna Holm of Norway arrived in Stockholm on Monday. She discussed the fishing talks with Premier Lars Berg of Sweden. | Berg+Holm
            # a partner fronted with "With X," ... and its pronoun is the subject before, not X
            With Premier Lars Berg of Sweden, Premier Anna Holm of Norway discussed fishing quotas in Stockholm.  | Berg+Holm
            Premier Anna Holm of Norway arrived in Stockholm on Monday. With Premier Lars Berg of Sweden, she discussed fishing quotas. | Berg+Holm
            # ... not a fronted circumstance, nor a partner of no talk
            With the talks stalled, Premier Anna Holm of Norway discussed fishing quotas with Premier Lars Berg of Sweden. | Berg+Holm
            With Premier Lars Berg of Sweden watching, Premier Anna Holm of Norway spoke to reporters in Stockholm. | ''
            # a pair as the subject of a meeting with someone new: the last meeting's two and the guest, a meeting of its own
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Monday, and the pair later met President Eva Lind of Finland. | Berg+Holm;Berg+Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Monday. The two later met President Eva Lind of Finland. | Berg+Holm;Berg+Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Monday. The two leaders met for two hours, Holm's office said. | Berg+Holm
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden in Oslo on Monday. The two leaders are expected to meet again in Bergen next month. | Berg+Holm;Berg+Holm
            # a pronoun repeating the one that opened its sentence is the same person (the last sentence's subject)
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Monday. Berg arrived in Oslo on Sunday. He will travel to Helsinki on Wednesday, where he is due to meet President Eva Lind of Finland. | Berg+Holm;Berg+Lind
            # "his Swedish counterpart Prince X": the rank after "counterpart" does not keep a later role phrase from X
            Foreign Minister Anna Holm of Norway held talks with her Swedish counterpart Prince Carl Berg on Monday. The Swedish minister also called on President Eva Lind of Finland. | Berg+Holm;Berg+Lind
            """)
    void aPartnerAfterAMeetingNounOrFronted(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a quotation that opens the sentence and names no one is what was said; the meeting is told after it
            "We had a very productive conversation," Premier Anna Holm of Norway said after meeting Premier Lars Berg of Sweden in Oslo. | Berg+Holm
            "The talks were useful," Premier Anna Holm of Norway said before meeting Premier Lars Berg of Sweden in Oslo. | Berg+Holm
            Premier Anna Holm of Norway said after meeting Premier Lars Berg of Sweden: "We had a very productive conversation." | Berg+Holm
            # a quotation naming someone is read whole; one with no meeting after it gives none
            "I met Premier Lars Berg of Sweden yesterday," Premier Anna Holm of Norway told reporters in Oslo. | Berg+Holm
            "The talks were useful," Premier Anna Holm of Norway said on Monday.                                | ''
            """)
    void aQuotationIsWhatWasSaid(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a side told by a role phrase is the one person of its country the text names later whose title fits
            In Oslo, the Norwegian premier welcomed Premier Lars Berg of Sweden on Monday. Premier Anna Holm of Norway thanked Berg for his support. | Berg+Holm
            In Oslo, the Norwegian minister welcomed Premier Lars Berg of Sweden on Monday. Foreign Minister Kari Dahl of Norway spoke of ties. | Berg+Dahl
            # ... not one whose title does not fit, nor one of two who both fit
            In Oslo, the Norwegian premier welcomed Premier Lars Berg of Sweden on Monday. Foreign Minister Kari Dahl of Norway spoke of ties. | Berg+NO
            In Oslo, the Norwegian minister welcomed Premier Lars Berg of Sweden on Monday. Foreign Minister Kari Dahl of Norway and Trade Minister Ola Nord of Norway praised the ties. | Berg+NO
            # ... also each country of a plural role phrase ("Leaders of A, B and C ..., attended by X, Y and Z")
            Leaders of Norway, Sweden and Finland held a summit in Oslo on Monday, attended by Premier Anna Holm of Norway, Premier Lars Berg of Sweden and President Eva Lind of Finland. | Berg+Holm+Lind
            # guests hosted for one event ("for a ... summit") met together; its name is no person
            Premier Anna Holm of Norway hosted Premier Lars Berg of Sweden and President Eva Lind of Finland for a Nordic Triangle summit in Oslo. | Berg+Holm+Lind
            Premier Anna Holm of Norway hosted Premier Lars Berg of Sweden and President Eva Lind of Finland in Oslo on Monday.                  | Berg+Holm;Holm+Lind
            """)
    void aRolePhraseIsThePersonNamedLater(String text, String expected) {
        assertEquals(expected, meetings(text));
    }

    @org.junit.jupiter.api.Test
    void aFamilyNameAfterAnHonorificIsCompletedByTheFullNameAfterIt() {
        List<String> names = RulesTest.run(" date 2031-03-14 Mr. Holm met Ms. Berg in Oslo on Friday. Premier Anna Holm of Norway"
                + " and Premier Lars Berg of Sweden discussed fishing.").meetings().get(0).participants().stream()
                .map(Enrichment.Participant::name).toList();
        assertEquals(List.of("Anna Holm", "Lars Berg"), names);
    }

    @org.junit.jupiter.api.Test
    void aFamilyNameInCapitalsAfterATitleIsPartOfTheName() {
        // Japanese and Indian ministries' style: "Foreign Minister KAMIKAWA Yoko", "External Affairs Minister S.M. KRISHNA"
        List<String> names = RulesTest.run(" date 2031-03-14 Foreign Minister HOLM Anna of Norway met Premier Lars Berg of Sweden on Friday.")
                .meetings().get(0).participants().stream().map(Enrichment.Participant::name).toList();
        assertEquals(List.of("HOLM Anna", "Lars Berg"), names);
    }

    @org.junit.jupiter.api.Test
    void initialsBeforeANameArePartOfItButAPlaceIsNot() {
        List<String> names = RulesTest.run(" date 2031-03-14 Prime Minister K.P. Anand Rao of India met U.S. President Tom Hart in Delhi on Friday.")
                .meetings().get(0).participants().stream().map(p -> p.name() + "/" + p.title()).toList();
        assertEquals(List.of("K.P. Anand Rao/Prime Minister", "Tom Hart/President"), names);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "consultation" is a meeting noun ("their annual consultation"), not in "in (close) consultation with"
            Premier Anna Holm of Norway and Premier Lars Berg of Sweden will hold their annual consultation in Oslo next month. | Berg+Holm
            Premier Anna Holm of Norway held a consultation with Premier Lars Berg of Sweden in Oslo.                          | Berg+Holm
            The quota was set by Premier Anna Holm of Norway in close consultation with Premier Lars Berg of Sweden.            | ''
            The quota was set by Premier Anna Holm of Norway in consultation with Premier Lars Berg of Sweden.                  | ''
            # "had a working session with X" (a [with-noun]: only right before "with")
            Premier Anna Holm of Norway had a working session with Premier Lars Berg of Sweden in Oslo on Monday.               | Berg+Holm
            Premier Anna Holm of Norway opened the session of parliament, Premier Lars Berg of Sweden said.                     | ''
            # "caught up with" a person is a meeting; with anything else it is none
            Premier Anna Holm of Norway caught up with Premier Lars Berg of Sweden on the sidelines of the summit.               | Berg+Holm
            Premier Anna Holm of Norway said the economy caught up with Sweden, Premier Lars Berg of Sweden agreed.              | ''
            # the event named after "on the sidelines/fringes/margins of" is no second meeting that cuts the clause
            Premier Anna Holm of Norway held talks Friday with Premier Lars Berg of Sweden on the fringes of Nordic-related meetings in Oslo. | Berg+Holm
            Premier Anna Holm of Norway held talks with Premier Lars Berg of Sweden on the margins of the expanded meeting of leaders in Oslo. | Berg+Holm
            # translated copy: "was accepted by" a person is a reception; "accepted the resignation of" is none
            Premier Anna Holm of Norway was accepted by the Premier of Sweden Lars Berg in Stockholm.                         | Berg+Holm
            Premier Anna Holm of Norway accepted the resignation of Premier Lars Berg of Sweden.                              | ''
            # an initial glued to the family name ("B.Saidov") is part of the name; a role phrase with its country before
            # it is that person, not an unnamed side
            The Premier of Norway A.Holm was accepted by the Premier of Sweden L.Berg.                                       | A.Holm+L.Berg
            The Minister of foreign affairs of Norway Sh.Holm met the Minister of trade of Sweden L.Berg.                    | L.Berg+Sh.Holm
            The Premier of Norway A.Holm was accepted by the Premier of Sweden L.Berg. Also took place talks with the Minister of trade of Sweden K.Lind. | A.Holm+L.Berg;A.Holm+K.Lind
            # an administrative unit before a name is not part of it ("Governor of Russia's Tula Oblast Aleksei Dyumin")
            Premier Anna Holm of Norway met Governor of Sweden's Skane Province Lars Berg in Oslo.                     | Berg+Holm
            # "came together with" a person is a meeting (Turkish copy)
            Premier Anna Holm of Norway came together with Premier Lars Berg of Sweden in Oslo on Thursday.           | Berg+Holm
            Premier Anna Holm of Norway said the parties came together with a plan, Premier Lars Berg of Sweden agreed. | ''
            # ", said a statement from the Presidency": the source after the verb speaks, not the guest before it
            Premier Anna Holm of Norway received in Oslo Premier Lars Berg of Sweden, who is on a visit, said a statement from the Presidency. | Berg+Holm
            Premier Anna Holm of Norway received in Oslo Premier Lars Berg of Sweden, who is on a visit, said the ministry. | Berg+Holm
            # a relative clause that names no one inside a list of guests does not end the list
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden, with whom she discussed fishing, and President Eva Lind of Finland. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden, who arrived on Monday, and President Eva Lind of Finland.          | Berg+Holm;Holm+Lind
            # two delegations' sides are the people the text says led them (of the delegation's country when no title says)
            Norwegian and Swedish delegations met in Oslo on Monday. The Norwegian delegation was led by Anna Holm, while Sweden's was headed by trade envoy Lars Berg. | Berg+Holm
            Norwegian and Swedish delegations met in Oslo on Monday. The Norwegian delegation was led by presidential aide Anna Holm. | Holm+SE
            Norwegian and Swedish delegations met in Oslo on Monday. Anna Holm of Norway praised the talks. | NO+SE
            # "..., and later with Y": the trigger's second object after a phrase of the first's own, a meeting of its own
            Premier Anna Holm of Norway spoke with Premier Lars Berg of Sweden for two hours in Oslo on Monday, and later with President Eva Lind of Finland. | Berg+Holm;Holm+Lind
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden to discuss fishing quotas, and then with President Eva Lind of Finland. | Berg+Holm;Holm+Lind
            # "X said Thursday she had a conversation with Y": the statement's day between the verb and the pronoun
            Premier Anna Holm of Norway said Thursday she had a good conversation with Premier Lars Berg of Sweden.      | Berg+Holm
            Premier Anna Holm of Norway said on Thursday she had met Premier Lars Berg of Sweden.                        | Berg+Holm
            # a headline's meeting, when the text below tells only what was discussed, is the article's meeting
            Premier Anna Holm of Norway holds talks with Premier Lars Berg of Sweden in Oslo\\n\\nThe two leaders discussed fishing quotas. | Berg+Holm
            Premier Anna Holm of Norway holds talks with Premier Lars Berg of Sweden in Oslo\\n\\nThe weather in Oslo was fine.            | ''
            # the name of a work or project is no person ("Rapid Transit System Link")
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden. Holm said both discussed the Oslo-Stockholm Rapid Transit System Link. | Berg+Holm
            """)
    void moreWordsForAMeeting(String text, String expected) {
        assertEquals(expected, meetings(text));
    }
}
