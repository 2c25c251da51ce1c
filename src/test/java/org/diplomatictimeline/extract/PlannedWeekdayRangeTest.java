package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A visit of several days set from a weekday ("a two-day visit ... on Wednesday") in a clause that plans it runs
 * from the coming weekday, however far the plan's words stand from the weekday; a past one from the last.
 */
class PlannedWeekdayRangeTest {

    private static Event visit(String date, String body) {
        return ArticleExtraction.events(date, body).stream().filter(e -> e.type() == EventType.VISIT).findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-05-10 | President Anna Berg plans to embark on a two-day state visit at the invitation of the Chilean President Luis Soto on Wednesday. | 2025-05-14 | 2025-05-15
            2025-05-10 | President Anna Berg will begin a three-day state visit at the long-standing invitation of her Chilean counterpart on Monday.    | 2025-05-12 | 2025-05-14
            2025-05-10 | President Anna Berg paid a two-day state visit to Chile on Thursday.                                                        | 2025-05-08 | 2025-05-09
            2025-05-10 | President Anna Berg paid a 4-day state visit to Chile on Tuesday.                                                           | 2025-05-06 | 2025-05-09
            2025-05-10 | President Anna Berg will begin a Five-Day state visit to Chile on Monday.                                                   | 2025-05-12 | 2025-05-16
            """)
    void aSeveralDayVisitFromAWeekdayLiesOnTheSideItsClauseSays(String date, String body, String first, String last) {
        Event v = visit(date, body);

        assertThat(v.when().value()).isEqualTo(first);
        assertThat(v.when().endValue()).isEqualTo(last);
    }
}
