package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capital as each language names it ("au Caire", "nach Kairo", "en La Habana", "في أديس أبابا") is the same place as
 * its English name; sentences written for this test.
 */
class CityExonymsTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", "2024-10-02", body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le ministre Paul Garnier s'est rendu mardi au Caire.                  | Cairo
            Le sommet s'est tenu lundi à Addis-Abeba.                             | Addis Ababa
            Le président Paul Garnier a rencontré mardi à Varsovie son homologue. | Warsaw
            Bundeskanzler Hans Vogt reist am Montag nach Kairo.                   | Cairo
            Der Gipfel fand am Montag in Lissabon statt.                          | Lisbon
            Außenministerin Anna Becker traf am Dienstag in Warschau ihren Amtskollegen. | Warsaw
            El canciller Luis Ortega viajó el martes a La Habana.                 | Havana
            Il ministro degli Esteri Paolo Ferrante è arrivato martedì ad Atene per una visita di due giorni. | Athens
            O ministro Rui Sarmento chegou na terça-feira a Copenhaga.            | Copenhagen
            وصل وزير الخارجية يوم الثلاثاء إلى أديس أبابا.                         | Addis Ababa
            عقدت القمة يوم الاثنين في نيروبي.                                     | Nairobi
            التقى الوزيران يوم الثلاثاء في وارسو.                                  | Warsaw
            """)
    void aCapitalInTheArticlesLanguageIsItsPlace(String body, String place) {
        assertThat(mentions(body)).isNotEmpty()
                .anySatisfy(m -> assertThat(m.places()).extracting(Place::name).contains(place));
    }
}
