package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A signing told without a date right after the dated ceremony or meeting it was done at is an event of its own on
 * that occasion's day, in every language, beside the occasion rather than folded into it or dropped.
 */
class ActsAtOccasionsTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|President Marek Holm of Estonia received Prime Minister Ivo Tamm of Latvia in Tallinn on Tuesday. "
                + "Holm and Tamm signed a memorandum on energy cooperation.|2024-05-14",
        "it|Il presidente del Consiglio Marco Ferri ha incontrato martedì a Roma il presidente sloveno Janez Kralj. "
                + "Il premier Ferri e il presidente sloveno Kralj hanno firmato un accordo sulla cooperazione "
                + "energetica.|2024-05-14",
        "fr|Le président Paul Marchal a reçu mardi à Paris le président Lukas Berger. "
                + "Marchal et Berger ont signé un accord de coopération énergétique.|2024-05-14",
        "es|El presidente Tomás Ibarra recibió el martes en Madrid al presidente Jorge Salas. "
                + "Ibarra y Salas firmaron un memorando de cooperación energética.|2024-05-14"})
    void aSigningAfterADatedMeetingIsItsOwnEventOnThatDay(String language, String text, String day) {
        // given: a meeting dated by its weekday, then a signing of the same two people without a date
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("held-" + language,
                "2024-05-16", text)), List.of()));

        // then: the signing stands beside the meeting, on the meeting's day
        List<Event> signings = model.events().stream().filter(e -> e.type() == EventType.AGREEMENT).toList();
        assertThat(signings).singleElement().satisfies(e -> assertThat(e.when().value()).isEqualTo(day));
        assertThat(model.events()).anySatisfy(e -> assertThat(EventTypeProfile.encounter(e.type())).isTrue());
    }
}
