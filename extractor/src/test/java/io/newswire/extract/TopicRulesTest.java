package io.newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which countries an article discusses: invented wire sentences and the topic countries expected. */
class TopicRulesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Minister Ana Ruiz met Minister Tomas Berg on Thursday to prepare the summit in the Dominican Republic. | none
            Minister Ana Ruiz met Minister Tomas Berg on Thursday and discussed Haiti before the summit in the Dominican Republic. | HT
            Minister Ana Ruiz met Minister Tomas Berg on Thursday; they discussed the situation in Haiti.          | HT
            President Erlan Dosov met Minister Tomas Berg on Thursday. The Kazakh president also briefed his guest on Kazakhstan's economy. | none
            Minister Erlan Dosov met Minister Tomas Berg on Thursday. The Kazakh minister also briefed his guest on Kazakhstan's economy. | none
            Foreign Minister Sameh Shoukry met Minister Tomas Berg on Thursday to discuss Libya's border with Egypt. | LY
            # a demonym before a situation noun names a country discussed
            Minister Ana Ruiz met Minister Tomas Berg on Thursday; the Syrian crisis dominated the talks.            | SY
            Minister Ana Ruiz met Minister Tomas Berg on Thursday to discuss the North Korean nuclear issue.        | KP
            Minister Ana Ruiz met Minister Tomas Berg on Thursday and praised the Syrian people.                    | none
            # ... as does a country's name as the modifier of one, even when a participant is of it
            Foreign Minister Ana Ruiz of Ukraine met Minister Tomas Berg on Thursday to discuss the Ukraine crisis.  | UA
            Foreign Minister Ana Ruiz of Ukraine met Minister Tomas Berg on Thursday to discuss Ukraine grain exports. | none
            # a country that only locates a city is not discussed
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. They first met in 2019 in Bali, Indonesia.       | none
            # a sea named after a country is not the country
            Minister Ana Ruiz met Minister Tomas Berg on Thursday to discuss shipping in the South China Sea.      | none
            # the place of an event named further back in the sentence
            Minister Ana Ruiz met Minister Tomas Berg on Thursday ahead of the Ministerial Conference of the Andean states, due in Bolivia in May. | none
            # a ranking of countries is named in passing
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. Norway is Chile's fifth-largest investor, after Spain, Canada, Japan and Brazil. | none
            # a country inside a person's name is no subject
            Prime Minister Luis Montenegro of Portugal met Minister Tomas Berg in Lisbon on Monday.              | none
            # a country in brackets after a name is that person's, not a subject
            President Hugo Salas met Minister Tomas Berg (Norway) in Lima on Monday.                                  | none
            # a partner after "with" is not a subject; a relationship with a country makes it one
            Minister Ana Ruiz met Minister Tomas Berg on Thursday and pledged to work closely with Canada.          | none
            Minister Ana Ruiz met Minister Tomas Berg on Thursday and discussed relations with Canada.              | CA
            Minister Ana Ruiz met Minister Tomas Berg on Thursday and discussed the border dispute with Canada.     | CA
            Minister Ana Ruiz met Minister Tomas Berg on Thursday and discussed tensions with Canada.               | CA
            # a place after a situation noun is a subject, not the venue
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. They addressed the drought in Somalia.            | SO
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. Both condemned the coup in Niger.                 | NE
            # a country qualifying a participle, a comparison opening the sentence, a trip on to: in passing
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. They discussed the Qatar-brokered deal on Sudan.  | SD
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. They discussed the US-led operations in Somalia.   | SO
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. Like France and Italy, Norway wants more gas.     | none
            Minister Ana Ruiz met Minister Tomas Berg in Oslo on Thursday. Ruiz will travel on to Finland on Friday. | none
            # a third party to the participants' own negotiation is a partner, not a subject
            Premier Ana Ruiz of Norway spoke by phone with Premier Tomas Berg of Sweden on Thursday. Talks between Norway, Sweden and Finland on the fishing accord have stalled. | none
            # a country whose official is spoken of without a name says whose official, not what was discussed
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. Poland's prime minister praised the talks.       | none
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. They discussed Poland's role in the region.      | PL
            # where a traveller came from, and the place of an office, are not subjects
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. Ruiz arrived from Brazil on Wednesday.            | none
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. Ruiz once served as ambassador to Germany.        | none
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. They discussed aid from Brazil.                   | BR
            # a country on the talks' agenda is discussed even when one of its people is named elsewhere
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. Ukraine and Syria were on their agenda. Syrian President Omar Haddad was not invited. | UA SY
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. Syrian President Omar Haddad was not invited.      | none
            # biography and membership name countries in passing, with the rest of their list
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. Ruiz studied in France and the United States.     | none
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. The bloc also includes Japan and Australia.       | none
            Minister Ana Ruiz met Minister Tomas Berg on Thursday and pledged to work with Mexico and Colombia.     | none
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. They discussed France and the United States.    | FR US
            # the rest of a traveller's itinerary is not a subject ([itinerary-phrases])
            Minister Ana Ruiz met Minister Tomas Berg in Oslo on Thursday. Ruiz is on a tour that will also take her to Denmark and Finland. | none
            Minister Ana Ruiz met Minister Tomas Berg in Oslo on Thursday. Ruiz also stopped in Iceland and flew to Estonia on Friday. | none
            Minister Ana Ruiz met Minister Tomas Berg in Oslo on Thursday. They discussed Estonia, where Ruiz will head next month. | EE
            # ... nor the itinerary of someone who meets no one here
            Minister Ana Ruiz met Minister Tomas Berg in Oslo on Thursday to discuss Estonia. Refugees stopped in Latvia.   | EE LV
            # a news outlet's country is a source, not a subject
            Minister Ana Ruiz met Minister Tomas Berg on Thursday, the Xinhua news agency of China reported.        | none
            Minister Ana Ruiz met Minister Tomas Berg on Thursday, Iran's state television reported.                | none
            Minister Ana Ruiz met Minister Tomas Berg on Thursday, Iran's state television reported. They discussed Iran's nuclear programme. | IR
            # a link to another story is page furniture
            'Minister Ana Ruiz met Minister Tomas Berg on Thursday.\nRead more: Troops to join an exercise in Norway\nThey also discussed Chile.' | CL
            'Minister Ana Ruiz met Minister Tomas Berg on Thursday.\nRelated news\nTroops join an exercise in Norway\nPeru, Bolivia boost trade\nThey also discussed Chile.' | CL
            # a people named in the plural is discussed
            Minister Ana Ruiz met Minister Tomas Berg on Thursday to discuss safe passage for Afghans.             | AF
            # the peninsula's issue is labelled as North Korea's
            Minister Ana Ruiz met Minister Tomas Berg on Thursday to discuss a denuclearized Korean Peninsula.    | KP
            # a roster of members is named in passing
            Minister Ana Ruiz met Minister Tomas Berg on Thursday to discuss Haiti. The founding members of the bloc are Brazil, Chile, Peru and Mexico. | HT
            Minister Ana Ruiz met Minister Tomas Berg on Thursday to discuss Haiti. Brazil, Chile and Peru became members of the group in 2020.          | HT
            # ... not countries that are the talks' subject ("talks on the withdrawal of A, B and C from the bloc")
            Minister Ana Ruiz met Minister Tomas Berg on Thursday for talks on the withdrawal of Haiti, Cuba and Jamaica from the bloc.                 | HT CU JM
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. They discussed the exit of Haiti, Cuba and Jamaica from the bloc.                   | HT CU JM
            # trade or a border with a country is that relationship, discussed (not "cooperation with", a partner)
            Minister Ana Ruiz met Minister Tomas Berg on Thursday. The talks also covered trade with Haiti and Cuba.                                   | HT CU
            # ... not three countries discussed without a membership word
            Minister Ana Ruiz met Minister Tomas Berg on Thursday to discuss Haiti, Cuba and Jamaica.                                                   | HT CU JM
            # a side named only by its country is a party, not a subject, unless the article keeps naming it (four times)
            Norway and Sweden held talks in Oslo on Thursday. Norway wants better ties with Sweden, officials said. Sweden and Norway are neighbours. | none
            Norway and Sweden held talks in Oslo on Thursday. Sweden faces an election; Sweden's debt is high and Sweden's unions are on strike. | SE
            # ... unless it is also named otherwise
            Minister Ana Ruiz met Minister Tomas Berg on Thursday in Oslo. Ruiz, who grew up in Bali, Indonesia, said Indonesia's elections were fair. | ID
            """)
    void countriesDiscussed(String text, String codes) {
        Enrichment e = Extractors.standard().extract(new Article("t", text.replace("\\n", "\n"), LocalDate.of(2023, 3, 10), null));
        String got = String.join(" ", e.topics().countries().stream().map(c -> c.code()).toList());
        assertEquals(codes == null ? "" : codes, got);
    }
}
