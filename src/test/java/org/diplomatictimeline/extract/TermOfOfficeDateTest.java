package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A span of years that is a term of office, in brackets after a name ("Jonas Rellik (2014-2019)") or after a word for
 * a term ("for the period 2023-2026"), tells how long an office is held and dates no event told beside it.
 */
class TermOfOfficeDateTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English bracket | 2014 | Former president Jonas Rellik (2014-2019) met Prime Minister Ana Dovra in Lisbon on "
            + "Tuesday.",
        "Spanish bracket | 2018 | El presidente saliente de Chile, Tomás Reval (2018-2022), se reunió con el rey "
            + "Felipe en Madrid.",
        "Italian bracket | 2015 | L'ex presidente Marco Velti (2015-2020) ha incontrato il premier Ana Dovra a "
            + "Lisbona.",
        "Portuguese biennium | 2023 | O chefe de Estado de Angola tomou posse como presidente da organização para o "
            + "biénio 2023-2025 na cimeira de Luanda.",
        "French period | 2023 | Les dirigeants ont désigné le Sénégal pour présider le sommet pour la période "
            + "2023-2026.",
    })
    void aTermOfOfficeNeverDatesTheEventToldBesideIt(String name, String termStart, String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2022-03-10", body)),
                List.of()));
        List<Event> events = model.events();

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.when().value()).startsWith("2022-03"));
        assertThat(events).noneSatisfy(e -> assertThat(e.when().value()).startsWith(termStart));
    }
}
