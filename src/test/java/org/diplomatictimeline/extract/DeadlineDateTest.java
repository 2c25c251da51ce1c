package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date told as a deadline ("by 2030", "d'ici 2030", "entro il 2030") bounds a goal and dates no event. */
class DeadlineDateTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English | 2018-08-29 | Canadian Prime Minister Justin Trudeau held talks with French President Emmanuel "
            + "Macron in Paris about trade, as Canada aims to be the largest investor in Africa by 2030.",
        "French | 2018-08-29 | Le Premier ministre canadien Justin Trudeau a rencontré le président Emmanuel Macron "
            + "à Paris, avec l'objectif de doubler les échanges d'ici 2030.",
        "Italian | 2018-08-29 | Il premier canadese Justin Trudeau ha incontrato il presidente Emmanuel Macron a "
            + "Parigi, con l'obiettivo di raddoppiare gli scambi entro il 2030.",
    })
    void aDeadlineYearNeverDatesTheEncounterToldBesideIt(String name, String docDate, String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", docDate, body)),
                List.of()));
        List<Event> events = model.events();

        assertThat(events).isNotEmpty().noneSatisfy(e -> assertThat(e.when().value()).startsWith("2030"));
    }
}
