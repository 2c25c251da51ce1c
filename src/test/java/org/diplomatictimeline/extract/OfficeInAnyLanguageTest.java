package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Participant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A role-only mention of a foreign minister in the article's own words ("le chef de la diplomatie", "el jefe de la
 * diplomacia", "die Chefdiplomatin") stands for the minister named before with that office in the same language's
 * words ("ministre des Affaires étrangères", "canciller", "Außenministerin").
 */
class OfficeInAnyLanguageTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", "2022-04-12", body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le ministre des Affaires étrangères Lucien Marbot est arrivé lundi à Vienne. Mardi, le chef de la diplomatie française s'est entretenu avec le président Karl Huber. | Lucien Marbot
            El canciller argentino Tomás Ibarra llegó el lunes a Madrid. El martes, el jefe de la diplomacia argentina se reunió con el ministro Rafael Cordero. | Tomás Ibarra
            Il ministro degli Esteri Paolo Ventresca è arrivato lunedì a Lubiana. Martedì il capo della diplomazia italiana ha incontrato il presidente Matej Zupan. | Paolo Ventresca
            Außenministerin Karla Brenner ist am Montag in Canberra eingetroffen. Am Dienstag traf die Chefdiplomatin den australischen Premierminister Liam Doyle. | Karla Brenner
            French Foreign Minister Lucien Marbot arrived in Vienna on Monday. On Tuesday the French top diplomat met President Karl Huber. | Lucien Marbot
            """)
    void aForeignMinisterCalledByHisOfficeIsTheMinisterNamedBefore(String body, String minister) {
        // when: the second sentence names the minister only by his office
        List<EventMention> found = mentions(body);

        // then: Tuesday's encounter has the minister among its people
        assertThat(found).filteredOn(m -> m.when().isKnown() && m.when().value().equals("2022-04-12")).isNotEmpty()
                .anySatisfy(m -> assertThat(m.participants()).extracting(Participant::name).contains(minister));
    }
}
