package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date that a sentence tells of another occasion than its event's: the occasion it is compared with ("like the
 * one held in Bergen on 3 March"), the start of what it is counted from ("since they began thirty years back"); and
 * a year that names the event's own noun ("their 2016 Lima meeting"), which dates that earlier occasion.
 */
class OtherOccasionDatesTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static EventModel extract(String date, String body) {
        return EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", date, body)), List.of()));
    }

    private static List<Event> ofType(EventModel model, EventType type) {
        return model.events().stream().filter(e -> e.type() == type).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English | The ceremony in Tallinn, like the one held in Bergen on 3 March to reopen the Estonian embassy, "
            + "was led by the Norwegian foreign minister Ola Brekke, who also gave a press conference with his Estonian "
            + "counterpart.",
        "Spanish | La ceremonia en Quito, análoga a la que el 3 de marzo pasado sirvió para reabrir la embajada "
            + "ecuatoriana en Lima, fue encabezada por el canciller peruano Mario Salas, que después habló ante la prensa "
            + "con su colega ecuatoriano.",
        "French | La cérémonie à Dakar, semblable à celle du 3 mars à Bamako, a été présidée par le ministre "
            + "sénégalais des Affaires étrangères Amadou Ndiaye.",
        "Portuguese | A cerimônia em Maputo, semelhante à de 3 de março em Luanda, foi presidida pelo chanceler "
            + "moçambicano Jorge Macuácua.",
        "Italian | La cerimonia a Tirana, analoga a quella del 3 marzo a Skopje, è stata presieduta dal ministro "
            + "degli Esteri albanese Edi Gjoni.",
    })
    void aDateOfTheOccasionComparedWithDoesNotDateTheEvent(String name, String body) {
        EventModel model = extract("2021-06-09", body);

        assertThat(ofType(model, EventType.CEREMONY)).isNotEmpty();
        assertThat(model.events()).noneSatisfy(e -> {
            assertThat(e.type()).isIn(EventType.CEREMONY, EventType.STATEMENT);
            assertThat(String.valueOf(e.when().value())).startsWith("2021-03-03");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English | The leaders of Chile and Peru met in Quito on Monday. Never before had Bolivia been asked to "
            + "these summits since they began thirty years back.",
        "Spanish | Los presidentes de Chile y Perú se reunieron el lunes en Quito. Nunca antes Bolivia había sido "
            + "llamada a estas cumbres desde que empezaron hace treinta años.",
    })
    void aSinceClauseDatesWhatBeganNotTheEvent(String name, String body) {
        EventModel model = extract("2021-06-09", body);

        assertThat(ofType(model, EventType.SUMMIT))
                .noneSatisfy(e -> assertThat(String.valueOf(e.when().value())).startsWith("200"));
    }

    @Test
    void anAttributiveYearDatesTheEarlierOccasionItNames() {
        EventModel model = extract("2021-06-09", "The presidents of Chile and Peru met in Quito on Monday. The "
                + "format marks a more open approach than their 2016 Lima meeting, when the two presidents spoke alone.");

        assertThat(model.events()).anySatisfy(e -> {
            assertThat(e.type()).isIn(EventType.MEETING, EventType.TALKS);
            assertThat(e.when().value()).isEqualTo("2016");
        });
        assertThat(model.events()).anySatisfy(e -> {
            assertThat(e.type()).isIn(EventType.MEETING, EventType.TALKS);
            assertThat(e.when().value()).isEqualTo("2021-06-07");
        });
    }
}
