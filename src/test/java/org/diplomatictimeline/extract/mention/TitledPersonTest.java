package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.mention;
import static org.diplomatictimeline.extract.mention.MentionAssertions.orEmpty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People introduced by a title, an apposition or another cue; none of them is in the file of known people. */
class TitledPersonTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Italian Prime Minister Marta Ferrandi arrived in Rome on Tuesday.             | Marta Ferrandi     | person:marta-ferrandi     | Prime Minister                  | IT",
        "Kenyan President Daniel Otieno opened the summit in Nairobi.                  | Daniel Otieno      | person:daniel-otieno      | President                       | KE",
        "Defence Minister Jonas Albrecht inspected the new barracks.                   | Jonas Albrecht     | person:jonas-albrecht     | Defence Minister                |   ",
        "The talks were led by Brazil's Foreign Minister Paulo Ribeiro Costa.         | Paulo Ribeiro Costa| person:paulo-ribeiro-costa| Foreign Minister                | BR",
        "Egyptian Foreign Ministry spokesman Ahmed Halim denied the report.            | Ahmed Halim        | person:ahmed-halim        | Foreign Ministry spokesman      | EG",
        "Kremlin spokesman Oleg Varenikov declined to comment.                         | Oleg Varenikov     | person:oleg-varenikov     | Kremlin spokesman               | RU",
        "The self-proclaimed president Carlos Mendoza Rivas addressed supporters.      | Carlos Mendoza Rivas | person:carlos-mendoza-rivas | self-proclaimed president   |   ",
        "Former Prime Minister Ingrid Dahl criticised the plan.                        | Ingrid Dahl        | person:ingrid-dahl        | former prime minister           |   ",
        "US Secretary of State Laura Whitfield landed in Seoul.                        | Laura Whitfield    | person:laura-whitfield    | Secretary of State              | US",
        "Ali Rezaei, the Iranian foreign minister, flew to Vienna.                     | Ali Rezaei         | person:ali-rezaei         | Foreign Minister                | IR",
        "Tomas Novak, Czechia's ambassador to Poland, presented his credentials.      | Tomas Novak        | person:tomas-novak        | Ambassador                      | CZ",
        "Analysts say Helena Brandt's proposal has little support in Berlin.           | Helena Brandt      | person:helena-brandt      |                                 |   ",
        "In a statement, Pieter de Vries said the port would reopen.                   | Pieter de Vries    | person:pieter-de-vries    |                                 |   ",
        "South Korean Prime Minister Choi Hyun-woo thanked the delegation.             | Choi Hyun-woo      | person:choi-hyun-woo      | Prime Minister                  | KR",
        "The bank's chief executive, Harold Finch, resigned on Monday.                | Harold Finch       | person:harold-finch       | Chief Executive                 |   ",
        "Nadia Quist, the chief executive of the shipping firm, denied it.            | Nadia Quist        | person:nadia-quist        | Chief Executive                 |   ",
        "European Commissioner for Trade Anna Lindholm welcomed the deal.             | Anna Lindholm      | person:anna-lindholm      | Commissioner for Trade          |   ",
        "The President of the European Commission Lotte van der Berg spoke.          | Lotte van der Berg | person:lotte-van-der-berg | President of the European Commission |   ",
        "Iran's chief negotiator Reza Kamali met the envoys in Oman.                 | Reza Kamali        | person:reza-kamali        | chief negotiator                | IR",
        "EU foreign policy chief Marta Kask met the envoys.                           | Marta Kask         | person:marta-kask         | EU foreign policy chief         |   ",
        "Chile's ambassador to Peru Ramon Castillo was recalled.                      | Ramon Castillo     | person:ramon-castillo     | Ambassador to Peru              | CL",
        "The plan is sound, said Marek Zielinski, a senior analyst in Warsaw.        | Marek Zielinski    | person:marek-zielinski    | senior analyst                  |   ",
    })
    void titlesAppositionsAndCuesMakePeople(String sentence, String name, String id, String role, String country) {
        Mention m = mention(sentence, name);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(m.id()).isEqualTo(id);
        assertThat(m.role()).isEqualTo(orEmpty(role));
        assertThat(m.countryCode()).isEqualTo(orEmpty(country));
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Nigerian Foreign Minister Ade Okonjo will host his Ghanaian counterpart, Kwame Mensah, in Abuja. | Kwame Mensah | Foreign Minister | GH",
        "President Rosa Alvarado phoned her Chilean counterpart Marcos Fuentes on Friday.                  | Marcos Fuentes | President      | CL",
        "British Foreign Secretary Helen Marsh will meet her Saudi counterpart, Prince Khalid bin Saad.    | Khalid bin Saad | Foreign Secretary | SA",
    })
    void counterpartTakesTheRoleOfThePersonItIsTheCounterpartOf(String sentence, String name, String role,
                                                                String country) {
        Mention m = mention(sentence, name);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(m.role()).isEqualTo(role);
        assertThat(m.countryCode()).isEqualTo(country);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "President Putin will travel to Tashkent next week.           | Putin        | person:vladimir-putin | RU",
        "Talks between Xi and the visiting delegation ended at noon.   | Xi           | person:xi-jinping     | CN",
        "Lavrov is expected in Ankara on Monday.                       | Lavrov       | person:sergey-lavrov  | RU",
        "President Moon welcomed the delegation in Seoul.              | Moon         | person:moon-jae-in    | KR",
        "Chancellor Merkel and President Macron spoke by phone.        | Merkel       | person:angela-merkel  | DE",
        "The envoy carried a letter from Sergei Lavrov to the council. | Sergei Lavrov | person:sergey-lavrov | RU",
    })
    void wellKnownPeopleAreFoundByNameAlone(String sentence, String name, String id, String country) {
        Mention m = mention(sentence, name);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(m.id()).isEqualTo(id);
        assertThat(m.countryCode()).isEqualTo(country);
    }
}
