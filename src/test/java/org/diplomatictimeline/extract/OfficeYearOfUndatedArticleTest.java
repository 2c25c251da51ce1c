package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;

/** An article with no date of its own that names a head of government who served within one year is of that year. */
class OfficeYearOfUndatedArticleTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @Test
    void aPrimeMinisterOfOneYearDatesTheArticleToThatYearAsInferred() {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.article("pm", "Prime Minister Chris "
                + "Hipkins welcomed Papua New Guinea's Prime Minister James Marape in Wellington today.")), List.of()));

        DocumentDate date = model.document("pm").orElseThrow().date();
        assertThat(date.value()).isEqualTo("2023");
        assertThat(date.isInferred()).isTrue();
    }
}
