package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An occasion's noun dated by a bare weekday set before it, in a sentence none of whose words shows the past, is a
 * programme told in the present, so the weekday is the coming one; a past word keeps the day behind, and so does a
 * language whose past does not show in its words or whose news tells a past day in the present too (French). The article is dated Tuesday 2 March 2021: the coming Wednesday is
 * 3 March, the one before 24 February.
 */
class ProgrammeWeekdayTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static Event summit(String body) {
        List<Event> events = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("p", "2021-03-02", body)),
                List.of())).events();
        return events.stream().filter(e -> e.type() == EventType.SUMMIT).findFirst().orElseThrow(
                () -> new AssertionError("no summit in " + events));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Na quarta-feira, o Presidente Anton Norvald e o primeiro-ministro Piet Lorrin participam na abertura da cimeira económica em Riga.  | 2021-03-03
            El miércoles, el presidente Anton Norvald asiste a la inauguración de la cumbre económica en Riga.                                  | 2021-03-03
            Mercoledì il presidente Anton Norvald interviene all'apertura del vertice economico di Riga.                                       | 2021-03-03
            """)
    void aWeekdayBeforeAnOccasionInASentenceWithNoPastIsTheComingOne(String body, String day) {
        assertThat(summit(body).when().value()).isEqualTo(day);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Na quarta-feira, o Presidente Anton Norvald e o primeiro-ministro Piet Lorrin participaram na abertura da cimeira económica em Riga. | 2021-02-24
            El miércoles, el presidente Anton Norvald asistió a la inauguración de la cumbre económica en Riga.                                 | 2021-02-24
            Mercredi, le président Anton Norvald a pris la parole à l'ouverture du sommet économique de Riga.                                  | 2021-02-24
            Mercredi, le président Anton Norvald prend la parole à l'ouverture du sommet économique de Riga.                                   | 2021-02-24
            """)
    void aPastWordOrANarrativePresentKeepsTheWeekdayBehind(String body, String day) {
        assertThat(summit(body).when().value()).isEqualTo(day);
    }
}
