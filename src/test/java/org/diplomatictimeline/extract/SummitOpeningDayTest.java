package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A sentence that tells a summit's opening day ("the summit opened on Tuesday") dates that day of the summit told
 * before it, held where that summit is.
 */
class SummitOpeningDayTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @Test
    void theOpeningDayOfASummitToldBeforeIsHeldWhereThatSummitIs() {
        // given: a summit in Oslo told on the article's day, then its opening two days earlier
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-11",
                "Nordic leaders held a summit in Oslo on Thursday. The summit opened on Tuesday with a debate on "
                        + "energy."));

        // then: the opening is dated Tuesday and placed in Oslo
        assertThat(found).filteredOn(m -> m.type() == EventType.SUMMIT && m.when().value().equals("2021-03-09"))
                .singleElement().satisfies(m -> assertThat(m.places()).anySatisfy(p -> assertThat(p.name())
                        .isEqualTo("Oslo")));
    }

    @Test
    void aSummitMonthsAwayKeepsNoPlaceOfItsOwn() {
        // given: a summit in Oslo, then a summit word of another season that names no place
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-11",
                "Nordic leaders held a summit in Oslo on Thursday. A summit is also planned for October 2021."));

        // then: the later summit is not placed in Oslo
        assertThat(found).filteredOn(m -> m.type() == EventType.SUMMIT && m.when().value().startsWith("2021-10"))
                .allSatisfy(m -> assertThat(m.places()).isEmpty());
    }
}
