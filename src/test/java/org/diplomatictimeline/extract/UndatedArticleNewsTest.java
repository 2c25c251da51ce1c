package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Events told as the day's news take their day from the article's date, inferred, and from nothing else: an article
 * with no date signal leaves them without one (decision 0103), since only knowledge of the world could date them.
 */
class UndatedArticleNewsTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static final String NEWS = "The foreign ministers of Chile and Norway met on Tuesday in Oslo. "
            + "Chile's foreign minister is visiting Norway for three days.";

    @Test
    void todaysNewsOfAnArticleWithNoDateSignalGetsNoDay() {
        List<Event> events = EXTRACTOR.extract(new Corpus(List.of(TestArticles.article("nodate", NEWS)), List.of()))
                .events();

        assertThat(events).isNotEmpty();
        assertThat(events).noneMatch(e -> e.when().isKnown());
    }

    @Test
    void aBareWeekdayOfTodaysNewsIsPlacedByTheArticlesDate() {
        List<Event> events = ArticleExtraction.events("2021-03-10", NEWS); // a Wednesday

        Event talks = events.stream().filter(e -> e.type() == EventType.MEETING || e.type() == EventType.TALKS)
                .findFirst().orElseThrow();
        assertThat(talks.when().value()).isEqualTo("2021-03-09");
        assertThat(talks.when().basis()).isNotEqualTo(DateBasis.STATED);
    }
}
