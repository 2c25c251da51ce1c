package org.diplomatictimeline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;

/** A bare weekday of an article known only to its month takes the one told day falling on it, inferred. */
class ToldDaysDatingTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @Test
    void bareWeekdayTakesTheToldDayOfThatWeekday() {
        // 14 March 2029 is a Wednesday; the article is known only to March 2029
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("w", "2029-03",
                "The foreign ministry of Norland said on Wednesday that the two countries restore diplomatic "
                        + "relations and reopen their embassies on 14 March. Foreign Minister Arlo Venn met his "
                        + "Southland counterpart Mira Dost in Oslo on Wednesday.")), List.of()));
        List<Event> dated = model.events().stream().filter(e -> "2029-03-14".equals(e.when().value())).toList();
        assertTrue(!dated.isEmpty(), () -> model.events().toString());
        assertTrue(dated.stream().allMatch(e -> e.when().basis() != org.diplomatictimeline.model.DateBasis.STATED));
    }
}
