package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleMentions.mentions;

import java.util.List;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date told of the occasion an event is likened to ("like the one held on 3 March", "análoga a la que el 3 de
 * marzo ...") is that occasion's day, not the event's: the event, told as done, takes the article's day, inferred.
 * Sentences, people and places written for this test.
 */
class ComparedOccasionDateTest {

    private static final String ARTICLE_DAY = "2021-05-10";
    private static final String COMPARED_DAY = "2021-03-03";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            English | Markets were calm. The summit in Oslo, like the one held in Lisbon on 3 March, was chaired by Prime Minister Anna Berg.
            Spanish | Los mercados estaban tranquilos. La ceremonia en Montevideo, análoga a la que el 3 de marzo pasado sirvió para reabrir la embajada en Lima, fue encabezada por el canciller Tomás Ferreyra.
            French | Les marchés étaient calmes. Le sommet de Dakar, semblable à celui du 3 mars à Bamako, était présidé par le président Paul Diouf.
            Italian | I mercati erano calmi. Il vertice di Trieste, analogo a quello del 3 marzo a Lubiana, si è svolto alla presenza del premier Marco Ferri.
            Portuguese | Os mercados estavam calmos. A cimeira em Maputo, semelhante à de 3 de março em Luanda, foi presidida pelo presidente Rui Matos.
            German | Die Märkte blieben ruhig. Der Gipfel in Graz, ähnlich wie jene am 3. März in Linz, wurde von Kanzler Karl Huber geleitet.
            """)
    void anOccasionLikenedToAnEarlierOneTakesTheArticlesDay(String language, String body) {
        List<EventMention> events = mentions(ARTICLE_DAY, body);

        assertThat(events).isNotEmpty().noneSatisfy(e -> assertThat(e.when().value()).isEqualTo(COMPARED_DAY));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo(ARTICLE_DAY);
            assertThat(e.when().basis()).isEqualTo(DateBasis.INFERRED);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            English | Markets were calm. The summit in Oslo on 3 March was chaired by Prime Minister Anna Berg.
            Spanish | Los mercados estaban tranquilos. La ceremonia en Montevideo el 3 de marzo fue encabezada por el canciller Tomás Ferreyra.
            """)
    void anOccasionsOwnDateStillDatesIt(String language, String body) {
        List<EventMention> events = mentions(ARTICLE_DAY, body);

        assertThat(events).anySatisfy(e -> assertThat(e.when().value()).isEqualTo(COMPARED_DAY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            English | The summit in Oslo, hosted by the mayor Per Lund and the city council, will be chaired by Prime Minister Anna Berg.
            Spanish | La cumbre en Montevideo, organizada por el alcalde Pedro Ruiz y el consejo municipal, será presidida por el canciller Tomás Ferreyra.
            """)
    void anOccasionsNounTakesTheTenseOfTheVerbAfterAnInsertion(String language, String body) {
        List<EventMention> events = mentions(ARTICLE_DAY, body);

        assertThat(events).filteredOn(e -> e.type() == EventType.SUMMIT).isNotEmpty()
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.PLANNED));
    }
}
