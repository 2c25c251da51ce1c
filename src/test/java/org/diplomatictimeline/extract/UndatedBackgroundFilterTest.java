package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which undated events stay on the timeline: those of undated articles, not the orphans of dated ones. */
class UndatedBackgroundFilterTest {

    private static final DocumentDate DATED = new DocumentDate("2021-03-10", DatePrecision.DAY, DateSource.HEADER,
            0.9, "header", "2021-03-10", false);

    private static Event undated(EventStatus status) {
        return new Event("e1", "Talks", EventType.MEETING, status, EventDate.unknown("no date in the sentence"),
                null, List.of(), List.of(), List.of(new Evidence("d1", 0, 5, "Talks")), 0.5);
    }

    @ParameterizedTest(name = "{0} in a dated article: kept {2}")
    @CsvSource({
        "HAPPENED, true, false",
        "PLANNED, true, false",
        "CANCELLED, true, false",
        "HAPPENED, false, true",
        "PLANNED, false, true",
    })
    void anUndatedEventOfADatedArticleIsDroppedAndThoseOfUndatedArticlesStay(EventStatus status, boolean articleDated,
                                                                 boolean kept) {
        // given: one undated event of one article, dated or not
        DocumentInfo doc = new DocumentInfo("d1", "d1.txt", "", articleDated ? DATED
                : DocumentDate.unknown("nothing dates it"), "en");

        // when
        List<Event> left = new UndatedBackgroundFilter().keep(List.of(undated(status)), List.of(doc));

        // then
        assertThat(left.isEmpty()).isEqualTo(!kept);
    }
}
