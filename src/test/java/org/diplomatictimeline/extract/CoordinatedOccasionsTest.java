package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A visit and a summit named side by side and joined by "and" are two occasions, two events. */
class CoordinatedOccasionsTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English | Chancellor Olaf Scholz recalled his visit to Egypt in April and the trilateral summit held in Cairo.",
        "Spanish | El canciller Olaf Scholz recordó su visita a Egipto en abril y la cumbre trilateral en El Cairo.",
    })
    void aVisitAndASummitJoinedByAndAreTwoEvents(String name, String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2022-05-10", body)),
                List.of()));

        assertThat(model.events()).extracting(e -> e.type()).contains(EventType.VISIT, EventType.SUMMIT);
    }

    @Test
    void twoWordsForTheSameKindOfOccasionStayOne() {
        String body = "Chancellor Olaf Scholz recalled his visit to Egypt in April and the trip to Jordan.";
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2022-05-10", body)),
                List.of()));

        assertThat(model.events()).filteredOn(e -> EventTypeProfile.encounter(e.type())).hasSize(1);
    }
}
