package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A year long before the article told far off in the sentence ("named after the oil executive who died in 1962")
 * dates that background, not the occasion the sentence opens with.
 */
class BackgroundYearDateTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English | During the summit in Madrid, the Spanish government will present a plan named after the railway "
            + "engineer who died in 1958.",
        "Italian | Nel corso del summit a Madrid, il governo spagnolo presenterà un nuovo piano per le ferrovie, "
            + "intitolato all'ingegnere scomparso nel 1958.",
    })
    void anOldYearFarOffInTheSentenceNeverDatesTheSummit(String name, String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("y", "2022-05-16", body)),
                List.of()));

        assertThat(model.events()).filteredOn(e -> e.type() == EventType.SUMMIT)
                .noneSatisfy(e -> assertThat(e.when().value()).startsWith("1958"));
    }
}
