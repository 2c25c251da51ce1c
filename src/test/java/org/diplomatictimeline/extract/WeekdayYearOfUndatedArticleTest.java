package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;

/**
 * An undated article that writes a day with its weekday takes the one year its office holders served together in
 * which that day is that weekday, not the year nearest to a date of history it names.
 */
class WeekdayYearOfUndatedArticleTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @Test
    void officeHoldersAndAWeekdayDayOutweighAYearOfHistory() {
        // Macron and Scholz served together from December 2021; 14 March was a Tuesday in 2023 only, of those years
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.article("fr", "Le président Emmanuel"
                + " Macron a reçu le chancelier Olaf Scholz mardi 14 mars à Paris. En 1963, les deux pays avaient"
                + " signé un traité d'amitié.")), List.of()));

        DocumentDate date = model.document("fr").orElseThrow().date();
        assertThat(date.value()).isEqualTo("2023");
        assertThat(date.isInferred()).isTrue();
    }
}
