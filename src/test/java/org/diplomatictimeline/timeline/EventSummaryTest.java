package org.diplomatictimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EventSummaryTest {

    static List<Object[]> dates() {
        return List.of(
                new Object[] {SampleEvents.onDay(LocalDate.of(2019, 5, 13)), "2019-05-13 (day, stated)"},
                new Object[] {SampleEvents.inMonth(YearMonth.of(2019, 6)), "2019-06 (month, relative)"},
                new Object[] {SampleEvents.after(LocalDate.of(2019, 6, 5)), "after 2019-06-05 (day, relative)"},
                new Object[] {SampleEvents.days(LocalDate.of(2019, 6, 5), LocalDate.of(2019, 6, 7)),
                        "2019-06-05 – 2019-06-07 (range, stated)"},
                new Object[] {EventDate.unknown("nothing says"), "undated"});
    }

    @ParameterizedTest
    @MethodSource("dates")
    void dateTextShowsPrecisionAndBasis(EventDate date, String expected) {
        assertThat(EventSummary.date(date)).isEqualTo(expected);
    }

    @Test
    void tooltipOfAnInferredDateGivesTheReasonAndTheFirstExcerpt() {
        var e = SampleEvents.event("x", "Joint statement").type(EventType.STATEMENT)
                .on(SampleEvents.inferredDay(LocalDate.of(2019, 6, 20))).with(List.of()).build();
        String tip = EventSummary.tooltip(e);
        assertThat(tip).startsWith("Joint statement\n2019-06-20 (day, inferred)")
                .contains("Why: document date inferred from an anniversary")
                .contains("“Test excerpt about Joint statement.”");
        assertThat(EventSummary.accessible(e)).contains("Joint statement", "inferred", "Statement");
    }
}
