package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;

/** An article with no date of its own that names office holders who served together within one year is of that year. */
class OfficeYearOfUndatedArticleTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @Test
    void officeHoldersTogetherWithinOneYearDateTheArticleToThatYearAsInferred() {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.article("pm", "Prime Minister Yoshihide "
                + "Suga welcomed Ecuador's President Guillermo Lasso in Tokyo today.")), List.of()));

        DocumentDate date = model.document("pm").orElseThrow().date();
        assertThat(date.value()).isEqualTo("2021");
        assertThat(date.isInferred()).isTrue();
    }
}
