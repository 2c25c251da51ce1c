package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An occasion named in a long list after a future cue ("is expected to have a busy week of diplomacy, including the
 * bilateral summit on Sunday") is planned, and its weekday lies ahead, however many words stand between.
 */
class FarFutureCueTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static Event summit(String date, String body) {
        List<Event> events = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("w", date, body)),
                List.of())).events();
        return events.stream().filter(e -> e.type() == EventType.SUMMIT).findFirst().orElseThrow();
    }

    @Test
    void anOccasionListedFarAfterAFutureCueIsPlannedOnTheComingWeekday() {
        Event s = summit("2025-05-14", "President Anna Berg is expected to have a hectic stretch of regional "
                + "diplomacy, including the Andean summit on Sunday and a trilateral meeting at the Lima forum.");

        assertThat(s.when().value()).isEqualTo("2025-05-18");
        assertThat(s.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void anOccasionFarAfterAPastVerbStaysBehind() {
        Event s = summit("2025-05-14", "President Anna Berg had a hectic stretch of regional diplomacy with her "
                + "neighbours and partners, including the Andean summit on Sunday in the old capital.");

        assertThat(s.when().value()).isEqualTo("2025-05-11");
    }
}
