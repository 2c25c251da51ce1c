package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An undated article that dates an occasion by its day alone ("talks in Lima on May 4") takes the year of a dated
 * report of an occasion of that kind, place and countries whose days hold that day, and of nothing else.
 */
class YearFromTheSameDayTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static final Document DATED = TestArticles.withHeader("dated", "2021-05-06", "The foreign ministers of "
            + "Chile and Bolivia held talks in Lima from May 3 to May 5 on the mountain railway.");

    private static EventModel extract(Document... docs) {
        return EXTRACTOR.extract(new Corpus(List.of(docs), List.of()));
    }

    @Test
    void aDayInsideTheDatedReportsDaysGivesItsYearAsInferred() {
        EventModel model = extract(DATED, TestArticles.article("undated", "The foreign ministers of Chile and "
                + "Bolivia held talks in Lima on May 4, the Bolivian side said."));

        assertThat(model.document("undated").orElseThrow().date()).satisfies(d -> {
            assertThat(d.value()).isEqualTo("2021");
            assertThat(d.source()).isEqualTo(DateSource.CORPUS);
        });
        assertThat(model.events()).filteredOn(e -> e.type() == EventType.TALKS
                        && e.evidence().stream().anyMatch(v -> v.documentId().equals("undated")))
                .isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.when().value()).isEqualTo("2021-05-04");
                    assertThat(e.when().basis()).isEqualTo(DateBasis.INFERRED);
                });
    }

    @Test
    void aDayOutsideTheDatedReportsDaysLeavesTheArticleUndated() {
        EventModel model = extract(DATED, TestArticles.article("undated", "The foreign ministers of Chile and "
                + "Bolivia held talks in Lima on June 20, the Bolivian side said."));

        assertThat(model.document("undated").orElseThrow().date().isKnown()).isFalse();
    }

    @Test
    void theSameDayAtAnotherPlaceLeavesTheArticleUndated() {
        EventModel model = extract(DATED, TestArticles.article("undated", "The foreign ministers of Chile and "
                + "Bolivia held talks in Quito on May 4, the Bolivian side said."));

        assertThat(model.document("undated").orElseThrow().date().isKnown()).isFalse();
    }
}
