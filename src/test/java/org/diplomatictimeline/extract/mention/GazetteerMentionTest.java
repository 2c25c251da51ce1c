package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.FINDER;
import static org.diplomatictimeline.extract.mention.MentionAssertions.find;
import static org.diplomatictimeline.extract.mention.MentionAssertions.mention;
import static org.diplomatictimeline.extract.mention.MentionAssertions.orEmpty;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Countries, demonyms, capitals and their metonyms, cities, venues, regions, organisations and topics. */
class GazetteerMentionTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // countries by ISO name, other names and demonyms
        "The delegation from Mongolia arrived late.                    | Mongolia            | COUNTRY | country:MN | MN",
        "Officials of the Russian Federation signed the protocol.      | Russian Federation  | COUNTRY | country:RU | RU",
        "The PRC rejected the statement.                              | PRC                 | COUNTRY | country:CN | CN",
        "Trade between the U.S. and Mexico grew.                      | U.S.                | COUNTRY | country:US | US",
        "Exports from Britain fell.                                   | Britain             | COUNTRY | country:GB | GB",
        "North Korea fired a missile.                                 | North Korea         | COUNTRY | country:KP | KP",
        "Turkish troops crossed the border.                           | Turkish             | COUNTRY | country:TR | TR",
        "South Korean officials welcomed the news.                    | South Korean        | COUNTRY | country:KR | KR",
        "American diplomats left the building.                        | American            | COUNTRY | country:US | US",
        "The Chinese government issued a white paper.                 | Chinese government  | COUNTRY | country:CN | CN",
        "The Russian side proposed a new date.                        | Russian side        | COUNTRY | country:RU | RU",
        "Lesotho and Eswatini share a border with one neighbour.      | Lesotho             | COUNTRY | country:LS | LS",
        // capitals, cities, datelines
        "Tehran rejected the proposal.                                | Tehran              | CITY    | city:tehran | IR",
        "Delegates gathered in Geneva for the round.                  | Geneva              | CITY    | city:geneva | CH",
        "The leaders will meet in Saint Petersburg.                   | Saint Petersburg    | CITY    | city:saint-petersburg | RU",
        "The forum opens in St. Petersburg on Friday.                 | St. Petersburg      | CITY    | city:saint-petersburg | RU",
        "Sailors docked at Vladivostok before dawn.                   | Vladivostok         | CITY    | city:vladivostok | RU",
        "The French capital hosted the signing.                       | French capital      | CITY    | city:paris | FR",
        "Talks resumed in the Russian capital.                        | Russian capital     | CITY    | city:moscow | RU",
        "BEIJING, March 3 (Xinhua) -- Officials met today.            | BEIJING             | CITY    | city:beijing | CN",
        "NEW DELHI, Jan 5 -- The cabinet approved the plan.           | NEW DELHI           | CITY    | city:new-delhi | IN",
        "ST. PETERSBURG, June 6 -- The forum opened.                  | ST. PETERSBURG      | CITY    | city:saint-petersburg | RU",
        // venues
        "The statement came from the Kremlin late at night.           | Kremlin             | VENUE   | venue:kremlin | RU",
        "Reporters waited outside the White House.                    | White House         | VENUE   | venue:white-house | US",
        "A banquet was held in the Great Hall of the People.          | Great Hall of the People | VENUE | venue:great-hall-of-the-people | CN",
        "The guests saw a ballet at the Bolshoi Theatre.              | Bolshoi Theatre     | VENUE   | venue:bolshoi-theatre | RU",
        // regions
        "Tankers crossed the Persian Gulf.                            | Persian Gulf        | REGION  | region:persian-gulf |",
        "Stability in the Middle East was discussed.                  | Middle East         | REGION  | region:middle-east |",
        "Investment in Southeast Asia rose.                           | Southeast Asia      | REGION  | region:southeast-asia |",
        // organisations
        "The UN Security Council met in emergency session.            | UN Security Council | ORGANISATION | org:un-security-council |",
        "NATO allies agreed on a new plan.                            | NATO                | ORGANISATION | org:nato |",
        "Members of the SCO gathered in Bishkek.                      | SCO                 | ORGANISATION | org:sco |",
        "The BRICS summit will take place in Kazan.                   | BRICS               | ORGANISATION | org:brics |",
        "G20 finance ministers met on Saturday.                       | G20                 | ORGANISATION | org:g20 |",
        "The IAEA sent inspectors.                                    | IAEA                | ORGANISATION | org:iaea |",
        "Russia's Foreign Ministry summoned the envoy.                | Russia's Foreign Ministry | ORGANISATION | org:foreign-ministry-RU | RU",
        "The Japanese Foreign Ministry issued a protest.              | Japanese Foreign Ministry | ORGANISATION | org:foreign-ministry-JP | JP",
        "A report by the Hartwell Institution found otherwise.        | Hartwell Institution | ORGANISATION | org:hartwell-institution |",
        "Researchers at the Marden Institute for Peace Studies agreed. | Marden Institute for Peace Studies | ORGANISATION | org:marden-institute-for-peace-studies |",
        // topics
        "Both sides defended the JCPOA.                               | JCPOA               | TOPIC   | topic:iran-nuclear-deal |",
        "They discussed the nuclear deal with Iran.                   | nuclear deal with Iran | TOPIC | topic:iran-nuclear-deal |",
        "The Joint Comprehensive Plan of Action survived.             | Joint Comprehensive Plan of Action | TOPIC | topic:iran-nuclear-deal |",
        "Fears of a wider trade war grew.                             | trade war           | TOPIC   | topic:trade-war |",
        "They agreed to cooperate on climate change.                  | climate change      | TOPIC   | topic:climate |",
        "New sanctions were announced.                                | sanctions           | TOPIC   | topic:sanctions |",
        "They called for the denuclearization of the Korean Peninsula. | denuclearization of the Korean Peninsula | TOPIC | topic:korean-peninsula |",
        "Both sides discussed arms control.                           | arms control        | TOPIC   | topic:arms-control |",
        "The Ukrainian crisis dominated the agenda.                   | Ukrainian crisis    | TOPIC   | topic:ukraine-crisis |",
    })
    void gazetteerPhrasesAreFound(String sentence, String surface, MentionKind kind, String id, String country) {
        Mention m = mention(sentence, surface);

        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.id()).isEqualTo(id);
        assertThat(m.countryCode()).isEqualTo(orEmpty(country));
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Moscow said on Thursday that the visit would go ahead.  | Moscow        | RU",
        "Beijing has denied the claims.                          | Beijing       | CN",
        "Washington imposed new tariffs.                         | Washington    | US",
        "Pyongyang did not respond.                              | Pyongyang     | KP",
        "Caracas called the move illegal.                        | Caracas       | VE",
        "The Kremlin said the call was constructive.             | Kremlin       | RU",
        "Downing Street declined to comment.                     | Downing Street | GB",
    })
    void capitalsAndSeatsOfGovernmentCanStandForTheirCountry(String sentence, String surface, String country) {
        Mention m = mention(sentence, surface);

        assertThat(m.metonym()).isTrue();
        assertThat(m.actorCountry()).isEqualTo(country);
    }

    @Test
    void ordinaryCityIsNotAMetonym() {
        Mention m = mention("The ministers met in Sochi.", "Sochi");

        assertThat(m.metonym()).isFalse();
        assertThat(m.actorCountry()).isEmpty();
        assertThat(m.countryCode()).isEqualTo("RU");
    }

    @Test
    void longestMatchWins() {
        List<Mention> found = find("The UN Security Council and the Iran nuclear deal were discussed.");

        assertThat(found).extracting(Mention::text).containsExactly("UN Security Council", "Iran nuclear deal");
    }

    @Test
    void countriesAndRegionsThatAreTopicsSayWhichTopic() {
        assertThat(FINDER.topicOf(mention("Aid reached Syria.", "Syria"))).map(Topic::id).hasValue("topic:syria");
        assertThat(FINDER.topicOf(mention("Peace on the Korean Peninsula.", "Korean Peninsula")))
                .map(Topic::id).hasValue("topic:korean-peninsula");
        assertThat(FINDER.topicOf(mention("The JCPOA held.", "JCPOA"))).map(Topic::name)
                .hasValue("Iran nuclear deal");
        assertThat(FINDER.topicOf(mention("Ships left Norway.", "Norway"))).isEmpty();
    }

    @Test
    void lowerCaseWordsAreNotProperNames() {
        List<Mention> found = find("They ate turkey and fine china while the us team watched.");

        assertThat(found).extracting(Mention::kind).doesNotContain(MentionKind.COUNTRY);
    }

    @Test
    void organisationPatternStopsAtAConjunctionAfterItsHeadWord() {
        List<Mention> found = find("The Varga Group and Telmont agreed on a merger.");

        assertThat(found).extracting(Mention::text).containsExactly("Varga Group");
    }

    @Test
    void currencyPrefixIsNotACountry() {
        List<Mention> found = find("The grant of US$ 40 million was approved.");

        assertThat(found).extracting(Mention::kind).doesNotContain(MentionKind.COUNTRY);
    }

    @Test
    void countryNamesComeFromTheJdkForCountriesTheFileDoesNotList() {
        Mention m = mention("Relief flights reached Tokelau.", "Tokelau");

        assertThat(m.id()).isEqualTo("country:TK");
        assertThat(FINDER.countryName("TK")).isEqualTo("Tokelau");
    }
}
