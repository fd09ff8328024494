package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.extract.Enrichment.Meeting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Venue rules for unseen wire copy: what is not a venue, and venues named around the report. Invented sentences. */
class VenueRulesTest {
    @ParameterizedTest(name = "{0} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            ''                  | Nor will Soto meet her counterpart from Peru during the tour, according to the State Department.   | none | none
            ''                  | Chilean Foreign Minister Ana Soto will meet Peruvian Foreign Minister Luis Vega soon, according to the Kremlin. | none | none
            Region:Armenia      | Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Wednesday.             | none | none
            ''                  | Chilean Foreign Minister Ana Soto met Russian Foreign Minister Sergei Lavrov. They discussed investment in Kenya. | none | none
            ''                  | Chilean Foreign Minister Ana Soto met Russian Foreign Minister Sergei Lavrov to discuss the elections in Venezuela. | none | none
            ''                  | Chilean Foreign Minister Ana Soto met Russian Foreign Minister Sergei Lavrov. They discussed Chile's projects in Kenya. | none | none
            ''                  | Chilean Foreign Minister Ana Soto met Russian Foreign Minister Sergei Lavrov. They called for dialogue in Bolivia. | none | none
            ''                  | Chilean Foreign Minister Ana Soto met Russian Foreign Minister Sergei Lavrov to push for peace talks in Bolivia. | none | none
            ''                  | Chilean Foreign Minister Ana Soto met Russian Foreign Minister Sergei Lavrov. They discussed the fighting in Darfur. | none | none
            ''                  | Chilean Foreign Minister Ana Soto met Russian Foreign Minister Sergei Lavrov to discuss the situation in Gaza. | none | none
            # "from Poland, where he met X" (with or without the comma): the place before "where" is the meeting's
            ''                  | Chilean Foreign Minister Ana Soto travelled to Peru from Bolivia, where she met Bolivian Foreign Minister Luis Vega on Thursday. | none | BO
            ''                  | Chilean Foreign Minister Ana Soto spoke on Friday, weeks after her visit to Quito where she met Ecuadorean Foreign Minister Luis Vega. | Quito | EC
            # an event "(held) in" a country named before a meeting on its margins: that country (no city named)
            Chilean Foreign Minister Ana Soto took part in the meeting of the OAS Permanent Council held in Uruguay on Tuesday. | On the margins of the council, Soto met Peruvian Foreign Minister Luis Vega. | none | UY
            # ... not a country that is a situation's subject
            Chilean Foreign Minister Ana Soto attended a conference on the war in Ukraine.                    | On the sidelines, Soto met Peruvian Foreign Minister Luis Vega. | none | none
            # the place of a meeting noun right before "in", whatever its subject ("trade talks in Geneva")
            ''                  | Chilean and Peruvian officials held trade talks in Quito on Saturday. | Quito | EC
            # a trip still to come is no place of a meeting held: "X, who met Y on Monday, will fly to Z"
            ''                  | Chilean Foreign Minister Ana Soto, who met Peruvian Foreign Minister Luis Vega on Monday, will fly to Quito on Friday. | none | none
            ''                  | After meeting Peruvian Foreign Minister Luis Vega on Monday, Chilean Foreign Minister Ana Soto will fly to Quito.        | none | none
            # "the General Assembly" alone is the UN's, in New York; another body's named with it is not; one ahead is no venue
            ''                  | Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on the sidelines of the General Assembly. | New York | US
            ''                  | Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on the sidelines of the OAS General Assembly. | none | none
            ''                  | Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega at the General Assembly of the OAS. | none | none
            ''                  | Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega ahead of the General Assembly. | none | none
            # a sector has no place of its own: trade "in" a capital is talks held there (a country, or an attack, stays a subject)
            ''                  | Chilean Foreign Minister Ana Soto and Ecuadorean Foreign Minister Luis Vega discussed trade in Quito on Tuesday. | Quito | EC
            ''                  | Chilean Foreign Minister Ana Soto and Ecuadorean Foreign Minister Luis Vega exchanged views on cooperation in Quito. | Quito | EC
            ''                  | Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega to discuss investment in Quito. | Quito | EC
            ''                  | Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega. They discussed investment in Ecuador. | none | none
            ''                  | Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega. They discussed the attacks in Quito. | none | none
            ''                  | Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega. They discussed trade in Guayaquil. | none | none
            # the trigger's own talks after "following"/"after" are no other event: their place is the meeting's
            ''                  | Chilean Foreign Minister Ana Soto and Ecuadorean Foreign Minister Luis Vega agreed on Tuesday to expand trade, following talks in Quito. | Quito | EC
            ''                  | Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega ahead of talks in Quito. | none | none
            # the place a meeting not held was scheduled for
            ''                  | A summit between Chilean President Ana Soto and Peruvian President Luis Vega, which had been scheduled for Quito, was called off. | Quito | EC
            # a purpose pursued during or at talks: their place
            ''                  | Chilean Foreign Minister Ana Soto and Russian Foreign Minister Sergei Lavrov agreed to resolve trade disputes during talks in Lima. | Lima | PE
            ''                  | Chilean Foreign Minister Ana Soto and Russian Foreign Minister Sergei Lavrov agreed to end the dispute at a meeting in Lima. | Lima | PE
            ''                  | Chilean Foreign Minister Ana Soto met Russian Foreign Minister Sergei Lavrov. The talks took place in Bolivia. | none | BO
            # talks held "in X" in a clause cut at "after" are held there
            Peruvian Foreign Minister Luis Vega spoke to reporters. | The accord came days after Vega held talks in Quito with Ecuadorean Foreign Minister Rosa Paz. | Quito | EC
            # "was received (in audience) by X": X is the host, with or without words before "by"
            ''                  | Chilean Foreign Minister Ana Soto was received in audience by Peruvian President Luis Vega on Tuesday. | none | PE
            ''                  | Chilean Foreign Minister Ana Soto was received by Peruvian President Luis Vega on Tuesday.             | none | PE
            # a host known only from the actor lists ("President Ilham Aliyev") gives the host's country all the same
            ''                  | President Ilham Aliyev received Premier Lars Berg of Sweden on Tuesday. | none | AZ
            # the one not introduced as "visiting" is the host: without a dateline or a place, the host's country
            ''                  | In talks with visiting Peruvian Foreign Minister Luis Vega on Tuesday, Chilean Foreign Minister Ana Soto pledged border cooperation. | none | CL
            # a city naming the meeting itself ("the Budapest summit") is its place; a process named by a city is none
            ''                  | The Quito summit between Chilean President Ana Soto and Peruvian President Luis Vega was called off. | Quito | EC
            ''                  | Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega to discuss the Quito process. | none | none
            # "fly on to X for talks": the trip's end is the venue, not where the traveller arrived before
            ''                  | Chilean Foreign Minister Ana Soto, who arrived in Lima on Monday, is expected to fly on to Quito on Wednesday for talks with Ecuadorean Foreign Minister Luis Vega. | Quito | EC
            # "it" opening the sentence right after a meeting's, then "took place"/"was held", is that meeting
            ''                  | Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega for two hours. It took place in Quito. | Quito | EC
            ''                  | Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega for two hours. It was held in Quito on Friday. | Quito | EC
            ''                  | Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega. It was a visit to Quito. | none | none
            ''                  | Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega. Vega spoke of a fair. It took place in Quito. | none | none
            ''                  | Chilean Foreign Minister Ana Soto met Russian Foreign Minister Sergei Lavrov at a meeting of the Organisation of Islamic Cooperation in Kenya. | none | KE
            # a known venue that opens the clause speaks for a government: "The Kremlin denied ..."
            ''                  | The Kremlin denied that Chilean Foreign Minister Ana Soto would meet Russian Foreign Minister Sergei Lavrov in Lima. | Lima | PE
            ''                  | The White House said Chilean Foreign Minister Ana Soto will meet US Secretary of State Tom Hart soon. | none | none
            ''                  | US Secretary of State Tom Hart received Chilean Foreign Minister Ana Soto at the White House on Monday. | Washington | US
            ''                  | Pope Leo received Chilean Foreign Minister Ana Soto at the Vatican on Monday. | Vatican City | VA
            ''                  | The Kremlin talks of Chilean Foreign Minister Ana Soto and Russian Foreign Minister Sergei Lavrov lasted an hour. | Moscow | RU
            """)
    void aSourceOrATopicIsNoVenue(String before, String text, String city, String country) {
        assertVenue(0, " date 2024-03-06 " + before + "\n\n" + text, city, country);
    }

    @ParameterizedTest(name = "met on {0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            July 1  | none  | none
            Monday  | Quito | EC
            """)
    void aPlannedMeetingTakesNoVenueFromAnOldOne(String day, String city, String country) {
        assertVenue(1, " date 2024-07-24 Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on " + day
                + " in Quito. Soto will also meet Bolivian Foreign Minister Juan Rios, the ministry said.", city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Soto arrived in Quito on Monday.                 | Quito  | EC
            Soto visited Quito on Monday.                    | Quito  | EC
            Soto is on a two-day visit to Ecuador.            | none   | EC
            Soto landed in the Ecuadorian capital on Monday.  | Quito  | EC
            Soto is visiting Ecuador this week.               | none   | EC
            Soto began a tour of Ecuador on Monday.           | none   | EC
            Soto is on a visit to Peru.                       | Lima   | PE
            Soto spoke to reporters on Monday.                | Lima   | PE
            """)
    void anArrivalNamedBeforeTheReportBeatsTheDateline(String before, String city, String country) {
        assertVenue(0, " date 2024-03-06 LIMA (Reuters) - " + before
                + " Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega on Tuesday.", city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            in Japan's capital Tokyo                                   | Tokyo     | JP
            in Japan's capital                                         | Tokyo     | JP
            in Japan's Osaka                                           | Osaka     | JP
            in Japan's ancient capital of Kyoto                        | Kyoto     | JP
            in the mountain town of Tengchong in China's Yunnan Province | Tengchong | CN
            in the small village of Wakefield, Quebec, Canada          | Wakefield | CA
            in the Canadian town of Wakefield                          | Wakefield | CA
            in the province of Yunnan in China                         | none      | CN
            in the city of Tengchong                                   | Lima      | PE
            at the Union Buildings                                     | Pretoria  | ZA
            at the Planalto Palace                                     | Brasilia  | BR
            at Aso Villa                                               | Abuja     | NG
            on the margins of the U.N. General Assembly                | New York  | US
            in the capital Ottawa                                      | Ottawa    | CA
            in the capital city, Ottawa                                | Ottawa    | CA
            at Rideau Hall, Ottawa                                     | Ottawa    | CA
            # a residence's name right before the city, no comma
            at State House Ottawa                                      | Ottawa    | CA
            at the Presidential Palace Ottawa                          | Ottawa    | CA
            at the Foreign Ministry, Ottawa                            | Ottawa    | CA
            # a country whose name takes "the" (and whose last word may be a place noun)
            at a hotel in downtown Ottawa                              | Ottawa    | CA
            in central Ottawa                                          | Ottawa    | CA
            in the Netherlands                                         | none      | NL
            in the Dominican Republic                                  | none      | DO
            in the United Kingdom                                      | none      | GB
            # ... but a country qualifying a noun is no place
            in the Netherlands trade talks                             | Lima      | PE
            in the Andean republic of Bolivia                          | none      | BO
            in the Pacific archipelago of Fiji                         | none      | FJ
            # a described country without its name: the one named last before it ("Canadian")
            in the G7 nation                                           | none      | CA
            in the vast northern country                               | none      | CA
            # ... but not the bare noun nor an indefinite one
            in the country                                             | Lima      | PE
            in a vast northern country                                 | Lima      | PE
            # a state, province or island of one country (curated/subdivisions.tsv), or a territory of one: its country
            in Alaska                                                  | none      | US
            in the US state of Alaska                                  | none      | US
            on the Greek island of Crete                               | none      | GR
            on the island of Bali                                      | none      | ID
            in Bali, Indonesia                                         | none      | ID
            in Bavaria                                                 | none      | DE
            in the West Bank                                           | none      | PS
            # ... "on" takes an island noun ("talks on the capital" are about it)
            on the Greek capital                                       | Lima      | PE
            # resort towns and country houses that host summits (curated/cities-extra.tsv)
            at Lake Bled                                               | Bled      | SI
            in Borgo Egnazia                                           | Borgo Egnazia | IT
            at Burgenstock, near Lucerne                               | Bürgenstock | CH
            at Sunnylands                                              | Rancho Mirage | US
            at Novo-Ogaryovo                                           | Novo-Ogaryovo | RU
            at Sandringham                                             | Sandringham | GB
            in Wilmington                                              | Wilmington | US
            in Cholpon-Ata                                             | Cholpon-Ata | KG
            at Fort de Brégançon                                       | Brégançon | FR
            # a title word between a seat of government and a residence noun is part of the place, not an office
            at the Akorda presidential residence                       | Astana    | KZ
            at the Akorda Presidential Palace                          | Astana    | KZ
            """)
    void aPlaceDescribedByItsCountryOrKind(String place, String city, String country) {
        assertVenue(0, " date 2024-03-06 LIMA (Reuters) - Chilean Foreign Minister Ana Soto met Canadian Foreign Minister Luis Vega "
                + place + " on Tuesday.", city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Soto will not meet Peruvian Foreign Minister Luis Vega this week, the ministry said. Soto is in Quito for a regional forum. | Quito | EC
            Soto will not meet Peruvian Foreign Minister Luis Vega this week, the ministry said. Soto will travel to Quito, where she is due to meet Ecuadorean Foreign Minister Ana Mora. | none | none
            Soto was due to meet Peruvian Foreign Minister Luis Vega, but the meeting was called off. Soto had been due to travel to Quito for the talks. | Quito | EC
            Soto will meet Peruvian Foreign Minister Luis Vega on Thursday. Soto will travel to Quito on Wednesday.                   | Quito      | EC
            Soto met Peruvian Foreign Minister Luis Vega on Tuesday. Soto is in Quito this week.                                       | Washington | US
            """)
    void aMeetingNotYetHeldTakesTheTripNamedNextToIt(String text, String city, String country) {
        assertVenue(0, " date 2024-03-06 WASHINGTON (Reuters) - Chilean Foreign Minister Ana " + text, city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Quito will host the next meeting between Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Vega.  | Quito | EC
            Ecuador hosted talks between Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Vega on Tuesday.  | none  | EC
            The mayor of Quito hosted talks between Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Vega. | Lima  | PE
            """)
    void aPlaceThatHostsTheMeeting(String text, String city, String country) {
        assertVenue(0, " date 2024-03-06 LIMA (Reuters) - " + text, city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Remarks by Foreign Minister Ana Soto at talks with Foreign Minister of Peru Luis Vega, Quito, March 5, 2024.       | Quito | EC
            Remarks by Foreign Minister Ana Soto at talks with Foreign Minister of Peru Luis Vega, Quito, 5 March 2024.        | Quito | EC
            Chilean Foreign Minister Ana Soto paid a visit on Tuesday to the Gulf state of Oman. Soto met Omani Foreign Minister Luis Vega. | none | OM
            Chilean Foreign Minister Ana Soto travelled to the Ecuadorian port of Manta. Soto met Ecuadorean Foreign Minister Luis Vega.     | Manta | EC
            """)
    void aPlaceAndDateTrailerOrADescribedTrip(String text, String city, String country) {
        assertVenue(0, " date 2024-03-06 LIMA (Reuters) - " + text, city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a trip by air or road to a place: the venue of the meeting it was made for
            Chilean Foreign Minister Ana Soto flew to Quito to meet Ecuadorean Foreign Minister Luis Vega on Tuesday.           | Quito  | EC
            Chilean Foreign Minister Ana Soto headed to Quito on Monday, where she met Ecuadorean Foreign Minister Luis Vega.    | Quito  | EC
            Chilean Foreign Minister Ana Soto went to Ecuador on Monday and met Ecuadorean Foreign Minister Luis Vega.           | none   | EC
            # a host welcoming a guest to a place
            Ecuadorean President Luis Vega welcomed Chilean President Ana Soto to Guayaquil on Tuesday for talks on fishing.    | Guayaquil | EC
            Ecuadorean President Luis Vega welcomed the decision of Chilean President Ana Soto to meet him in Quito.            | Quito  | EC
            # an event named after its city, or a fixed-place event (venues.tsv)
            Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega at the Quito Trade Forum on Tuesday.     | Quito  | EC
            Chilean Defence Minister Ana Soto met Japanese Defence Minister Ken Mori on the sidelines of the Munich Security Conference. | Munich | DE
            Chilean Defence Minister Ana Soto met Japanese Defence Minister Ken Mori at the Shangri-La Dialogue on Sunday.      | Singapore | SG
            # the place of an event the meeting comes before or after is not its venue; the place of the event it is part of is
            Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega on Friday ahead of next week's summit in Quito. | none | none
            Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega on Friday before the summit in Ecuador.          | none | none
            Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega on the sidelines of the summit in Quito.         | Quito | EC
            Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega in Lima, after talks with Bolivian Foreign Minister Juan Rios in Sucre. | Lima | PE
            # a venue naming an office ("Kremlin spokesman") is not the meeting's place
            Chilean Foreign Minister Ana Soto will meet Russian Foreign Minister Ivan Orlov in Quito next week, Kremlin spokesman Karl Dahl said. | Quito | EC
            # a host receiving a guest "in the capital": the host's capital; "met ... in the capital" says not whose (the dateline's)
            Ecuadorean President Luis Vega hosted Chilean President Ana Soto in the capital on Tuesday.                  | Quito | EC
            Ecuadorean President Luis Vega met Chilean President Ana Soto in the capital on Tuesday.                     | Lima  | PE
            # a trip before ", and" and a day of the meeting's own is the other verb's
            Chilean Foreign Minister Ana Soto travelled to Quito last week, and on Tuesday she talked with Peruvian Foreign Minister Luis Vega. | Lima | PE
            Chilean Foreign Minister Ana Soto travelled to Quito, and she talked with Ecuadorean Foreign Minister Luis Vega on Tuesday.         | Quito | EC
            # a trip or an event to come in a relative clause about a participant is not the meeting's place
            Chilean Foreign Minister Ana Soto, who will travel to Quito next month, met Peruvian Foreign Minister Luis Vega on Tuesday.        | Lima | PE
            Chilean Foreign Minister Ana Soto, who will attend a summit in Quito next month, met Peruvian Foreign Minister Luis Vega on Tuesday. | Lima | PE
            Chilean Foreign Minister Ana Soto, who is visiting Quito, met Ecuadorean Foreign Minister Luis Vega on Tuesday.                     | Quito | EC
            # a trip being prepared, a place described after a situation noun, a mission or attacks somewhere: subjects
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega to discuss preparations for Vega's visit to Quito. | Lima | PE
            Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega to discuss the fighting in Ecuador's Manabi province. | Lima | PE
            Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega and praised Chile's role in the UN mission in Quito. | Lima | PE
            Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega on Tuesday as attacks in Quito killed ten people.    | Lima | PE
            # a trip told in a briefing, or one the meeting followed, is not the meeting's place
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega and briefed him on her recent trip to Quito. | Lima | PE
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega. The talks followed Vega's visit to Quito.  | Lima | PE
            # a situation noun right before "in" makes the place a subject; a meeting noun between keeps it the venue
            Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega to address the drought in Quito.  | Lima  | PE
            Chilean Foreign Minister Ana Soto and Ecuadorean Foreign Minister Luis Vega attended peace talks in Quito.   | Quito | EC
            # ... but not a city named inside an agreement or a plan
            Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega to discuss the Quito Declaration.        | Lima   | PE
            # the place of a visitor told something is the meeting's ("told" is the trigger here, no attribution)
            Premier Anna Holm of Norway told visiting Premier Lars Berg of Sweden in Bergen on Friday that help was coming. | Bergen | NO
            # a traveller's own past ("since taking office") makes the meeting no background: the dateline places it
            Chilean Foreign Minister Ana Soto, on her first trip since taking office in January, met Peruvian Foreign Minister Luis Vega. | Lima | PE
            # an event covered from the dateline: its meetings of the week before are placed there, older ones not
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on the sidelines of the summit on Saturday. | Lima | PE
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on the sidelines of the summit on February 20. | none | none
            # "the first meeting since" tells no earlier meeting
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on the sidelines of the summit on Saturday, the first meeting between the two since a dispute over fishing. | Lima | PE
            # a second place phrase right after the subject's ("the situation in Gaza in Quito") is the venue
            Chilean Foreign Minister Ana Soto and Ecuadorean Foreign Minister Luis Vega discussed the situation in Haiti in Quito on Tuesday. | Quito | EC
            Chilean Foreign Minister Ana Soto and Ecuadorean Foreign Minister Luis Vega discussed the situation in Haiti on Tuesday. | none | none
            """)
    void aTripAWelcomeOrANamedEventPlacesTheMeeting(String text, String city, String country) {
        assertVenue(0, " date 2024-03-06 LIMA (Reuters) - " + text, city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Chile and Peru foreign ministers hold talks in Quito                           | Quito | EC
            Chile and Peru foreign ministers build on their previous talks in Quito        | Lima  | PE
            Chile and Peru look to closer ties in Quito                                    | Lima  | PE
            """)
    void aHeadlineNamingTheMeetingsPlacePlacesTheLead(String headline, String city, String country) {
        assertVenue(0, " date 2024-03-06 " + headline + "\n\nLIMA (Reuters) - Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister"
                + " Luis Vega on Tuesday.", city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a short headline with a comma and a meeting word is a headline, not a byline ("Aidoghie Paulinus, Abuja")
            Soto, Vega meet in Quito                    | Quito | EC
            Soto and Vega hold talks in Quito           | Quito | EC
            Soto, Vega look to closer ties              | none  | none
            """)
    void aShortHeadlineWithACommaPlacesTheLead(String headline, String city, String country) {
        assertVenue(0, " date 2024-03-06 " + headline + "\n\nChilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Tuesday.",
                city, country);
    }

    @ParameterizedTest(name = "{0} ... in {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Chilean                    | London  | GB
            Canadian                   | London  | CA
            Chilean                    | Tripoli | LY
            Lebanese                   | Tripoli | LB
            Libyan                     | Tripoli | LY
            Chilean                    | Valencia| VE
            Spanish                    | Valencia| ES
            """)
    void aCityNameThatSeveralCountriesHaveIsTheOneInANamedCountryElseTheCapitalOrLargest(String demonym, String city, String country) {
        assertVenue(0, " date 2024-03-06 " + demonym + " Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in " + city
                + " on Tuesday.", city, country);
    }

    /** An event someone attends, named by its city ("the Quito Security Forum"), places and dates its sidelines' meetings. */
    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Chilean Foreign Minister Ana Soto attended the Quito Security Forum on Saturday. On the sidelines, she met Peruvian Foreign Minister Luis Vega. | Quito | EC | 2024-03-02
            Chilean Foreign Minister Ana Soto attended a security forum in Quito on Saturday. On the sidelines, she met Peruvian Foreign Minister Luis Vega.  | Quito | EC | 2024-03-02
            # a meeting not on the sidelines takes no day from the event
            Chilean Foreign Minister Ana Soto attended the Quito Security Forum on Saturday. She also met Peruvian Foreign Minister Luis Vega.              | Quito | EC | none
            """)
    void anEventNamedByItsCityPlacesAndDatesItsSidelines(String text, String city, String country, String date) {
        assertVenue(0, " date 2024-03-06 " + text, city, country);
        Meeting m = RulesTest.run(" date 2024-03-06 " + text).meetings().get(0);
        assertEquals(date, m.date() == null ? null : m.date().toString(), text);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Leaders gathered in Quito on Tuesday for the Andean summit. On the sidelines, Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega. | Quito | EC
            The Andean summit opened in Quito on Tuesday. Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on the margins.            | Quito | EC
            # not without the sidelines: a meeting after an event's news is not placed there
            The Andean summit opened in Quito on Tuesday. Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Friday.               | none  | none
            """)
    void aMeetingOnTheSidelinesIsAtTheEventNamedBefore(String text, String city, String country) {
        assertVenue(0, " date 2024-03-06 " + text, city, country);
    }

    @ParameterizedTest(name = "meeting {0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            0 | Lima   | PE
            1 | La Paz | BO
            """)
    void guestsListedEachWithAPlaceMeetThere(int index, String city, String country) {
        assertVenue(index, " date 2024-03-06 Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima and"
                + " Bolivian Foreign Minister Juan Rios in La Paz on Tuesday.", city, country);
    }

    @ParameterizedTest(name = "meeting {0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            0 | Lima   | PE
            1 | La Paz | BO
            """)
    void aGuestNamedByARoleMeetsAtItsOwnPlace(int index, String city, String country) {
        assertVenue(index, " date 2024-03-06 Chilean Foreign Minister Ana Soto will meet Peruvian Foreign Minister Luis Vega in Lima and"
                + " Bolivia's president in La Paz.", city, country);
    }

    @ParameterizedTest(name = "meeting {0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            0 | Lima  | PE
            1 | Quito | EC
            """)
    void flyingOnToAPlaceWhereAnotherMeetingWillBe(int index, String city, String country) {
        assertVenue(index, " date 2024-03-06 LIMA (Reuters) - Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega"
                + " before flying to Quito, where she will meet Ecuadorean Foreign Minister Raul Paz.", city, country);
    }

    @ParameterizedTest(name = "{0} -> meeting {1}: {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # "the two" meeting again, or having met before: a meeting of its own, at the place its sentence names
            The two will meet again on Friday in Santiago. | 0 | Lima     | PE
            The two will meet again on Friday in Santiago. | 1 | Santiago | CL
            The two had previously met in Davos in January. | 0 | Lima    | PE
            The two had previously met in Davos in January. | 1 | Davos   | CH
            """)
    void anotherMeetingOfTheTwoIsAtThePlaceItsSentenceNames(String next, int index, String city, String country) {
        assertVenue(index, " date 2024-03-06 Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima on Monday. "
                + next, city, country);
    }

    /**
     * A dated wire story reports from its dateline the meetings of its last days, and a country the meeting's clause
     * names is the dateline's city when it is the dateline's country; a rotating summit "here" is at the dateline.
     */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # news day Wednesday 6 March: Monday is within the dateline's last days, the Monday before is not
            LIMA - Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Monday.                     | Lima  | PE
            LIMA - Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on February 26.                | none  | none
            LIMA - Chilean Foreign Minister Ana Soto, who is on a state visit to Peru, met President Luis Vega on Tuesday.  | Lima  | PE
            LIMA - Chilean Foreign Minister Ana Soto, who is on a state visit to Peru, met President Luis Vega in 2019.      | none  | PE
            # the G20 of 2024 met in Rio de Janeiro; "here" under a dateline places it there
            LIMA - Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on the sidelines of the G20 summit here on Monday. | Lima | PE
            """)
    void aDatelineTellsTheCityOfItsLastDaysAndOfItsCountry(String text, String city, String country) {
        assertVenue(0, " date 2024-03-06 " + text, city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a page dated two days after the wire story: the dateline's own date places the meeting of its day
            ' date 2024-03-08 LIMA, March 6 (Reuters) - Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Wednesday.' | Lima | PE
            # ... not a meeting of another week
            ' date 2024-03-08 LIMA, March 6 (Reuters) - Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on February 20.' | none | none
            """)
    void aDatelineWithItsOwnDatePlacesTheMeetingsOfThatDay(String text, String city, String country) {
        assertVenue(0, text, city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            NAIROBI, Kenya (AP) —            | Nairobi  | KE
            LONDON, March 5 (Reuters) -          | London   | GB
            LONDON -                             | London   | GB
            Moscow. March 5. INTERFAX -          | Moscow   | RU
            WASHINGTON, D.C. —               | Washington | US
            Washington, D.C. —               | Washington | US
            HONOLULU, Hawaii (AP) —          | Honolulu | US
            Canberra, 5 March 2024 (AAP) -       | Canberra | AU
            Tehran, IRNA --                      | Tehran   | IR
            New Delhi [India], March 5 (ANI):    | New Delhi | IN
            'Lusaka, Zambia | March 5, 2024 |'   | Lusaka   | ZM
            Ulaanbaatar /MONTSAME/               | Ulaanbaatar | MN
            Bishkek /Kabar/.                     | Bishkek     | KG
            WOODSIDE, Calif. (AP) —            | Woodside | US
            ANNAPOLIS, Md. —                   | Annapolis | US
            ELMAU, Germany (AP) —              | Elmau    | DE
            """)
    void aDatelineInTheFormsWiresUsePlacesTheNewsDaysMeeting(String dateline, String city, String country) {
        assertVenue(0, " date 2024-03-05 " + dateline + " Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Tuesday.",
                city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a roundup from an event the lead says someone attends: every meeting of the day the text places nowhere else
            Within the Andean summit in Quito, Soto is holding bilateral meetings.                    | Quito    | EC
            On the sidelines of the UN General Assembly, Soto held meetings with several counterparts. | New York | US
            Soto is at the Andean summit in Quito this week.                                         | Quito    | EC
            # ... and it beats the dateline, which says where the reporter is
            At the Andean summit in Quito, Soto is holding talks with her counterparts.              | Quito    | EC
            # not an event ahead, nor one of two events
            Soto travelled to Bolivia ahead of the Andean summit in Quito.                            | none     | BO
            Soto will attend the Andean summit in Quito later this month.                            | none     | none
            Soto is scheduled to meet her counterparts at the Andean summit in Quito.                 | none     | none
            At the Andean summit in Quito, Soto is holding talks. She attended the trade forum in Cusco last week. | none | none
            """)
    void aRoundupFromAnEventPlacesItsMeetingsAtTheEvent(String lead, String city, String country) {
        assertVenue(0, " date 2024-03-06 " + lead + "\n\nThe minister spoke about trade and fishing.\n\nMeeting Peruvian Foreign Minister"
                + " Luis Vega on Tuesday, Chilean Foreign Minister Ana Soto thanked Peru for its support.", city, country);
    }

    /**
     * A later report of the meeting that names its country alone ("on her first trip to Peru") leaves the city to
     * the dateline or a trip; without either, the country stands.
     */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            LIMA, March 5 (Reuters) -                                                         | Lima  | PE
            ''                                                                                | none  | PE
            Soto arrived in Cusco on Tuesday.\\n\\nLIMA, March 5 (Reuters) -                  | Cusco | PE
            """)
    void aLaterReportsCountryLeavesTheCityToTheDatelineOrATrip(String opening, String city, String country) {
        assertVenue(0, " date 2024-03-06 " + opening.replace("\\n", "\n") + " Peruvian President Luis Vega held a meeting with"
                + " Chilean Foreign Minister Ana Soto on Tuesday.\n\nVega gave a warm welcome to Soto, who is on her first trip to Peru"
                + " as minister.", city, country);
    }

    /** The lead's trip places a meeting of its own day, even days before the news day; not one of another day. */
    @ParameterizedTest(name = "met on {0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Friday   | Cusco | PE
            Saturday | none  | none
            """)
    void theLeadsTripPlacesAMeetingOfItsOwnDay(String day, String city, String country) {
        assertVenue(0, " date 2024-03-06 Chilean Foreign Minister Ana Soto arrived in Cusco on Friday.\n\nThe visit had been planned for"
                + " weeks.\n\nA fishing accord was expected to be signed.\n\nShe met Peruvian President Luis Vega on " + day + ".", city, country);
    }

    /** Without a dateline or a place the gazetteer knows, a host received the guest in the host's country. */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Chilean Foreign Minister Ana Soto hosted Peruvian Foreign Minister Luis Vega at the Casablanca estate on Friday.  | none | CL
            Peruvian Foreign Minister Luis Vega was received by Chilean Foreign Minister Ana Soto at her ranch on Friday.    | none | CL
            # ... not a meeting without a host, nor one the text places
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega at the Casablanca estate on Friday.    | none | none
            Chilean Foreign Minister Ana Soto hosted Peruvian Foreign Minister Luis Vega in Quito on Friday.                | Quito | EC
            """)
    void aHostReceivesAtHomeWhenNothingElsePlacesTheMeeting(String text, String city, String country) {
        assertVenue(0, " date 2024-03-06 " + text, city, country);
    }

    /** The trip the lead reports places the day's meetings reported further on; two trips place none. */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Chilean Foreign Minister Ana Soto is on a three-day visit to Peru.          | none | PE
            Chilean Foreign Minister Ana Soto arrived in Cusco on Monday for a visit.    | Cusco | PE
            """)
    void theLeadsTripPlacesTheMeetingsReportedFurtherOn(String lead, String city, String country) {
        assertVenue(0, " date 2024-03-06 " + lead + "\n\nThe visit aims to deepen trade ties, the ministry said.\n\n"
                + "Chile is among the largest investors in the region, and the two countries signed a mining pact last year.\n\n"
                + "On Tuesday Soto called on President Luis Vega of Peru and discussed fishing.", city, country);
    }

    /** The lead attends an event whose place only a later sentence gives; that sentence's day is the event's. */
    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            The Andean summit in Quito ends on Friday.                   | Quito | EC | 2024-03-05
            The Andean summit, held in Quito, ends on Friday.            | Quito | EC | 2024-03-05
            Soto spoke to reporters on Friday.                           | none  | none | 2024-03-05
            """)
    void aRoundupFromAnEventPlacedLaterInTheArticle(String later, String city, String country, String date) {
        String text = " date 2024-03-06 On the sidelines of the Andean summit, Chilean Foreign Minister Ana Soto held a series of bilateral"
                + " meetings on Tuesday.\n\nSoto met Peruvian Foreign Minister Luis Vega and discussed trade.\n\n" + later;
        assertVenue(0, text, city, country);
        assertEquals(date, String.valueOf(RulesTest.run(text).meetings().get(0).date()));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Within the Andean summit in Quito, Soto is holding bilateral meetings. | Quito | EC
            Soto spoke to reporters on Monday.                                     | Lima  | PE
            """)
    void anEventTheLeadAttendsBeatsTheDateline(String lead, String city, String country) {
        assertVenue(0, " date 2024-03-06 LIMA (Reuters) - " + lead + " Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister"
                + " Luis Vega on Tuesday.", city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a place in a clause whose subject is a situation is the situation's
            Soto met Vega on Monday, as heavy fighting in northern Bolivia continued.                   | none | none
            Soto met Vega on Monday, days after a ceasefire took effect in Bolivia.                     | none | none
            Soto met Vega on Monday amid clashes in La Paz.                                              | none | none
            Soto met Vega on Monday, as protests in southern Bolivia spread.                             | none | none
            # a purpose of the meeting ("to push for") places what it is for
            Soto met Vega on Monday to push for a ceasefire between the government and rebels in Bolivia. | none | none
            Soto met Vega on Monday to prepare for next month's summit in La Paz.                        | none | none
            # the meeting's own place is kept
            Soto met Vega in La Paz on Monday, as heavy fighting continued.                             | La Paz | BO
            Soto met Vega on Monday in La Paz to push for a ceasefire.                                   | La Paz | BO
            Soto met Vega on Monday, after arriving in La Paz.                                           | La Paz | BO
            """)
    void aSituationOrAPurposeInItsOwnClauseIsNoVenue(String text, String city, String country) {
        assertVenue(0, " date 2024-03-06 Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Vega arrived on Sunday. "
                + text, city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # English names the GeoNames table spells otherwise, and resort towns that host summits
            Granada          | Granada          | ES
            Cologne          | Cologne          | DE
            Sharm el Sheikh  | Sharm el-Sheikh  | EG
            Danang           | Da Nang          | VN
            Punta del Este   | Punta del Este   | UY
            """)
    void summitTownsAndEnglishNamesArePlaces(String town, String city, String country) {
        assertVenue(0, " date 2024-03-06 Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in " + town
                + " on Monday.", city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # events held in one place name it: the WEF's annual meeting, UN climate conferences by number, UNGA sessions
            the World Economic Forum | Davos    | CH
            COP28                    | Dubai    | AE
            COP 26                   | Glasgow  | GB
            UNGA79                   | New York | US
            # an event held in a new place each year does not
            the G20 summit           | none     | none
            the 79th General Assembly session | New York | US
            the UN session           | New York | US
            """)
    void eventsHeldInOnePlaceNameIt(String event, String city, String country) {
        assertVenue(0, " date 2024-03-06 On the sidelines of " + event + ", Chilean Foreign Minister Ana Soto met Peruvian Foreign"
                + " Minister Luis Vega on Monday.", city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            On the sidelines of the G20 summit, Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Monday. | Rio de Janeiro | BR
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega at the APEC summit on Monday.                  | Lima           | PE
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega at the APEC summit in Santiago on Monday.     | Santiago       | CL
            """)
    void aRotatingSummitNamedWithoutItsCityMetWhereItDidThatYear(String text, String city, String country) {
        assertVenue(0, " date 2024-11-19 " + text, city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # without a dateline, the one country named as a place near the report; not the next leg of the trip
            Soto, who is on a visit to Ecuador, spoke to students.   | none | EC
            Soto flew to Ecuador later in the day.                   | none | none
            Soto then travelled to Ecuador for talks on trade.       | none | none
            """)
    void withoutADatelineACountryNearbyButNotTheNextLeg(String after, String city, String country) {
        assertVenue(0, " date 2024-05-08 Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Tuesday. " + after,
                city, country);
    }

    @ParameterizedTest(name = "guest {0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            0 | Bergen | NO | 2024-03-04
            1 | Bergen | NO | 2024-03-05
            """)
    void whatOpensAClauseOfGuestsWithTheirOwnDaysIsEveryGuests(int index, String city, String country, String date) {
        String text = " date 2024-03-06 During her stay in Bergen, Premier Anna Holm of Norway met Premier Lars Berg of Sweden on"
                + " March 4 and Premier Eva Lind of Finland on March 5.";
        assertVenue(index, text, city, country);
        assertEquals(date, String.valueOf(RulesTest.run(text).meetings().get(index).date()));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a country visited after "the" is still the trip's place
            is visiting the United States | none | US
            is visiting the Philippines   | none | PH
            is visiting Chile             | none | CL
            """)
    void aCountryVisitedPlacesTheMeetingsOfTheVisit(String visit, String city, String country) {
        assertVenue(0, " date 2024-03-06 Premier Anna Holm of Norway " + visit + ". She spoke at a university on Monday. She toured a"
                + " port. On Tuesday she met Foreign Minister Luis Vega.", city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # an event attended "this week" places the week's meetings reported after it, days before the news day too
            Premier Anna Holm of Norway held a series of bilateral meetings at the Nordic summit in Bergen this week. | Bergen | NO
            Premier Anna Holm of Norway led the Norwegian delegation to the Nordic summit in Bergen this week.        | Bergen | NO
            # ... or on a day the sentence names, for the days of such an event
            Premier Anna Holm of Norway attended the Nordic summit in Bergen on March 5.                          | Bergen | NO
            # without the period, only the news day's
            Premier Anna Holm of Norway held a series of bilateral meetings at the Nordic summit in Bergen.          | none   | none
            """)
    void anEventAttendedThisWeekPlacesTheWeeksMeetings(String lead, String city, String country) {
        assertVenue(0, " date 2024-03-08 " + lead + " On Tuesday she met Premier Lars Berg of Sweden.", city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a host of another country than the dateline's: the host's country, not the reporter's city
            Peruvian Foreign Minister Luis Vega hosted Chilean Foreign Minister Ana Soto on Tuesday.          | none     | PE
            Chilean Foreign Minister Ana Soto was received by Peruvian Foreign Minister Luis Vega on Tuesday. | none     | PE
            Chilean Foreign Minister Ana Soto hosted Peruvian Foreign Minister Luis Vega on Tuesday.          | Santiago | CL
            Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Tuesday.             | Santiago | CL
            # "welcomed X to Peru": the country welcomed to
            Peruvian Foreign Minister Luis Vega welcomed Chilean Foreign Minister Ana Soto to Peru on Tuesday. | none | PE
            # "from X, where": the place of the "where" clause's meeting
            Peruvian Foreign Minister Luis Vega returned on Tuesday from La Paz, where he met Chilean Foreign Minister Ana Soto. | La Paz | BO
            """)
    void theHostAndWhereClausesBeatTheDateline(String text, String city, String country) {
        assertVenue(0, " date 2024-03-06 SANTIAGO (Reuters) - " + text, city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a talk of two foreigners says nothing of where they were: not the reporter's city
            On Monday, Peruvian Foreign Minister Luis Vega talked with Bolivian Foreign Minister Rosa Mamani about trade. | none | none
            Peruvian Foreign Minister Luis Vega spoke with Bolivian Foreign Minister Rosa Mamani on Monday.              | none | none
            # a meeting of two foreigners, or a talk with someone of the dateline's country, is still there
            Peruvian Foreign Minister Luis Vega met Bolivian Foreign Minister Rosa Mamani on Monday.                    | Santiago | CL
            Peruvian Foreign Minister Luis Vega held talks with Bolivian Foreign Minister Rosa Mamani on Monday.        | Santiago | CL
            On Monday, Peruvian Foreign Minister Luis Vega talked with Chilean Foreign Minister Ana Soto about trade.    | Santiago | CL
            """)
    void aTalkOfTwoForeignersIsNotPlacedAtTheDateline(String text, String city, String country) {
        assertVenue(0, " date 2024-03-05 SANTIAGO (Reuters) - " + text, city, country);
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # the traveller stays where the last meeting was, over the next days, until another place is named
            On Tuesday she held talks with Bolivian Foreign Minister Rosa Mamani.           | 1 | Quito | EC
            She had lunch with Bolivian Foreign Minister Rosa Mamani on Sunday.             | 1 | Quito | EC
            A day later she met Bolivian Foreign Minister Rosa Mamani in Lima.              | 1 | Lima  | PE
            She flew to Lima, where she met Bolivian Foreign Minister Rosa Mamani on Tuesday. | 1 | Lima | PE
            # another person's meeting, or one a week on, is not the trip's
            Bolivian Foreign Minister Rosa Mamani met Peruvian Foreign Minister Luis Vega on Tuesday. | 1 | none | none
            On April 20 she held talks with Bolivian Foreign Minister Rosa Mamani.         | 1 | none | none
            """)
    void aTravellerStaysWhereTheLastMeetingWasForTheNextDays(String next, int index, String city, String country) {
        assertVenue(index, " date 2024-05-08 Chilean Foreign Minister Ana Soto met Ecuadorean President Luis Vera in Quito on Monday. " + next,
                city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Chilean Foreign Minister Ana Soto spent two days in Quito.                     | Quito | EC
            During her stay in Quito, Chilean Foreign Minister Ana Soto spoke to students. | Quito | EC
            Chilean Foreign Minister Ana Soto spent Monday preparing.                      | none  | none
            """)
    void aStayNamesTheVenueOfTheMeetingsToldNextToIt(String before, String city, String country) {
        assertVenue(0, " date 2024-05-08 " + before + " On Tuesday she met Ecuadorean President Luis Vera.", city, country);
    }

    @org.junit.jupiter.api.Test
    void talksHostedForAreTheMeetingNotAnEventWhosePlaceIsNamedLater() {
        assertVenue(0, " date 2024-03-06 LIMA (Reuters) - Peruvian Foreign Minister Luis Vega hosted Chilean Foreign Minister Ana Soto"
                + " on Tuesday for talks on trade. The two ministers, who last met in Santiago in April 2023, agreed to work together"
                + " ahead of the Andean conference in Quito.", "Lima", "PE");
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # "earlier the same day" is the day of the meeting told before, and of its place
            Earlier the same day, President Rosa Paz of Ecuador received the Chilean minister.                     | Quito | EC
            Earlier that day, President Rosa Paz of Ecuador received the Chilean minister.                         | Quito | EC
            # "depart for X, where he will hold talks": the trip's end
            Soto is scheduled to depart for Lima on Thursday, where she will hold talks with President Eva Cruz of Peru. | Lima | PE
            """)
    void theSecondMeetingOfATrip(String text, String city, String country) {
        assertVenue(1, " date 2024-03-06 Chilean Foreign Minister Ana Soto met Ecuadorean Foreign Minister Luis Vega in Quito on Tuesday. "
                + text, city, country);
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # places listed before "respectively" go to the meetings in order
            0 | in Oslo and Helsinki respectively         | Oslo     | NO
            1 | in Oslo and Helsinki respectively         | Helsinki | FI
            1 | in Oslo and Finland, respectively         | none     | FI
            # ... not when the count differs from the meetings'
            1 | in Oslo, Helsinki and Riga, respectively  | Oslo     | NO
            """)
    void placesListedRespectively(int index, String places, String city, String country) {
        assertVenue(index, " date 2024-03-06 Premier Anna Holm of Norway met Premier Lars Berg of Sweden and Premier Eva Lind of Finland "
                + places + ".", city, country);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # "Their previous meeting was in X": the same parties' earlier meeting, not the one just told
            Their previous meeting was in Stockholm in May.     | 0 | Oslo      | NO
            Their previous meeting was in Stockholm in May.     | 1 | Stockholm | SE
            Last year's summit took place in Stockholm.         | 1 | Stockholm | SE
            # ... but "The meeting was held in X" is the one just told
            The meeting was held in Stockholm.                  | 0 | Stockholm | SE
            """)
    void anEarlierMeetingOfTheSameParties(String next, int index, String city, String country) {
        String text = " date 2024-03-08 Premier Anna Holm of Norway met Premier Lars Berg of Sweden on Thursday"
                + (next.startsWith("The meeting") ? "" : " in Oslo") + ". " + next;
        assertVenue(index, text, city, country);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a place named by its country only takes the city of the rotating summit of that country the sentence names
            Chilean President Ana Soto, who arrived in Kyrgyzstan to attend the CIS summit, held talks with Peruvian President Luis Vega. | Bishkek | KG
            # ... or the city of that country the headline places the meeting in
            Soto meets Vega in Bishkek\\n\\nChilean President Ana Soto, who arrived in Kyrgyzstan on Thursday, held talks with Peruvian President Luis Vega. | Bishkek | KG
            # ... not another country's summit, nor a headline city of another country
            Chilean President Ana Soto, who arrived in Kazakhstan after the CIS summit, held talks with Peruvian President Luis Vega. | none | KZ
            Soto meets Vega in Lima\\n\\nChilean President Ana Soto, who arrived in Kyrgyzstan on Thursday, held talks with Peruvian President Luis Vega. | none | KG
            """)
    void aCountryRefinedToTheCityOfItsSummitOrHeadline(String text, String city, String country) {
        assertVenue(0, " date 2023-10-13 " + text.replace("\\n", "\n"), city, country);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a sentence after a list of meetings places each of them: "These meetings", "The talks"
            These meetings were held in Oslo.      | 0 | Oslo | NO
            These meetings were held in Oslo.      | 1 | Oslo | NO
            The talks took place in Oslo.          | 1 | Oslo | NO
            The meetings took place in Oslo.       | 1 | Oslo | NO
            """)
    void aPlaceToldAfterAListOfMeetings(String next, int index, String city, String country) {
        assertVenue(index, " date 2024-03-08 Premier Anna Holm of Norway held meetings with Premier Lars Berg of Sweden and Premier Eva Lind"
                + " of Finland. " + next, city, country);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # the host received the guest at a seat of government, no place named: the host's capital
            Premier Anna Holm of Norway received Premier Lars Berg of Sweden at the presidential palace on Thursday.            | Oslo | NO
            Premier Anna Holm of Norway welcomed Premier Lars Berg of Sweden to the Foreign Ministry on Thursday.               | Oslo | NO
            # ... the host after "by", a place between ("was received at the Chancellery by X")
            Premier Lars Berg of Sweden was received at the Chancellery by Premier Anna Holm of Norway on Thursday.            | Oslo | NO
            # ... not when a place is named after it, nor when no one hosts, nor another body's office
            Premier Anna Holm of Norway received Premier Lars Berg of Sweden at the presidential palace in Bergen on Thursday.  | Bergen | NO
            Premier Anna Holm of Norway met Premier Lars Berg of Sweden at the presidential palace on Thursday.                 | none | none
            Premier Anna Holm of Norway received Premier Lars Berg of Sweden at the office of the UN on Thursday.              | none | NO
            """)
    void aSeatOfGovernmentIsInTheHostsCapital(String text, String city, String country) {
        assertVenue(0, " date 2024-03-08 " + text, city, country);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # an event that always meets in one city, even with a lower-case title word after its name
            on the sidelines of the COP28 climate conference      | Dubai    | AE
            on the sidelines of the Human Rights Council session  | Geneva   | CH
            on the sidelines of the Conference on Disarmament     | Geneva   | CH
            on the sidelines of the Summit of the Future          | New York | US
            # ... but a venue before a role names an office: "White House press secretary"
            after White House press secretary Tom Hart said so    | none     | none
            # a place in a time clause with a subject of its own is that subject's, not the meeting's ...
            on the sidelines of the G20 summit, likely their last meeting before President Tom Hart returns to the White House | Rio de Janeiro | BR
            # ... and "their last meeting before" is the final one, not an earlier one without a place of its own
            on the sidelines of the G20 summit, likely their last meeting before the election | Rio de Janeiro | BR
            """)
    void anEventThatAlwaysMeetsInOneCity(String place, String city, String country) {
        assertVenue(0, " date 2024-11-19 Premier Anna Holm of Norway met Premier Lars Berg of Sweden " + place + ".", city, country);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # the meetings of someone at an event are at its city: an event named after the city in lower case ...
            In the framework of the Samarkand forum, Premier Anna Holm of Norway held meetings with Premier Lars Berg of Sweden and President Eva Lind of Finland. | Samarkand | UZ
            # ... or one the person takes part in, told the sentence before
            Premier Anna Holm of Norway is taking part in the forum held in Samarkand. She held meetings with Premier Lars Berg of Sweden and President Eva Lind of Finland. | Samarkand | UZ
            """)
    void theMeetingsAtAnEventSomeoneTakesPartIn(String text, String city, String country) {
        assertVenue(0, " date 2024-03-08 " + text, city, country);
        assertVenue(1, " date 2024-03-08 " + text, city, country);
    }

    static void assertVenue(int index, String text, String city, String country) {
        Enrichment e = RulesTest.run(text);
        Meeting m = e.meetings().get(index);
        assertEquals(city, m.location() == null ? null : m.location().city(), text);
        assertEquals(country, m.location() == null ? null : m.location().country(), text);
    }
}
