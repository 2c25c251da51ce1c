package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleExtraction.mentions;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Steps of one day told one after the other in a sentence are occasions of their own. */
class SequencedOccasionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Accueilli ce lundi par son homologue à Lyon, le chef de l'État s'est ensuite rendu dans le port de Marseille.|MEETING|VISIT",
        "The prime minister met the king in Oslo on Monday, then flew to Bergen.|MEETING|VISIT",
        "The prime minister met the king in Oslo on Monday and then travelled to Bergen.|MEETING|VISIT",
        "El presidente fue recibido el lunes por el rey en Madrid y luego viajó a Sevilla.|MEETING|VISIT",
        "Der Kanzler traf am Montag den König in Oslo und reiste anschließend nach Bergen.|MEETING|VISIT",
    })
    void aLaterStepOfTheDayIsAnOccasionOfItsOwn(String sentence, EventType first, EventType then) {
        List<EventMention> found = mentions(sentence);

        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(first);
            assertThat(m.when().value()).isEqualTo("2021-03-08");
        });
        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(then);
            assertThat(m.when().value()).isEqualTo("2021-03-08");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The prime minister met the king in Oslo on Monday and visited the royal palace.",
        "Le président s'est rendu lundi à Lyon, où il a été accueilli par le maire.",
        "The prime minister, who later met the king, arrived in Oslo on Monday.",
        "Los ministros anunciaron el lunes en Madrid el acuerdo, después de dos años de negociaciones.",
    })
    void oneStepToldWithTwoWordsStaysOneEncounter(String sentence) {
        List<EventMention> found = mentions(sentence);

        assertThat(found.stream().filter(m -> EventAssembler.MEETING_FAMILY.contains(m.type()))).hasSize(1);
    }
}
