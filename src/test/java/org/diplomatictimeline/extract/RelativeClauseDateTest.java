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
 * A date inside a relative clause opened with no comma ("the treaty that must pass a referendum on 14 November")
 * dates the other event that clause tells, not the act told before it.
 */
class RelativeClauseDateTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English | The foreign ministers of Finland and Norway signed a border treaty in Oslo on Monday. The two "
            + "ministers signed the treaty that must still pass a referendum on 14 November.",
        "Spanish | Los cancilleres de Chile y Perú firmaron el lunes un tratado de límites en Lima. Ambos "
            + "cancilleres firmaron el tratado que deberá ser aprobado en un plebiscito el 14 de noviembre.",
        "Italian | I ministri degli Esteri di Grecia e Albania hanno firmato lunedì un trattato a Tirana. I due "
            + "ministri hanno firmato il trattato che dovrà essere approvato con un referendum il 14 novembre.",
    })
    void aDateInARelativeClauseTellingAnotherEventDoesNotDateTheSigning(String name, String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2021-06-09", body)),
                List.of()));
        List<Event> agreements = model.events().stream().filter(e -> e.type() == EventType.AGREEMENT).toList();

        assertThat(agreements).isNotEmpty()
                .noneSatisfy(e -> assertThat(String.valueOf(e.when().value())).startsWith("2021-11-14"));
        assertThat(model.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.ELECTION);
            assertThat(e.when().value()).isEqualTo("2021-11-14");
        });
    }
}
