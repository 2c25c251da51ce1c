package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;
import org.junit.jupiter.api.Test;

class HeaderOrderTest {

    private static PartialDate named(int month, int day) {
        return new PartialDate(month, day, Signal.WEEKDAY_DATE, month + "/" + day);
    }

    @Test
    void aHeaderIsReadSwappedWhenTheTextNamesDaysOnlyNearTheSwappedReading() {
        // header 2021-02-06 written for 2 June; the text speaks of "June 4" and "October"
        assertThat(HeaderOrder.swapped(LocalDate.parse("2021-02-06"), List.of(named(6, 4), named(10, 20)),
                WeekdayCheck.of()))
                .get().satisfies(c -> assertThat(c.value()).isEqualTo("2021-06-02"));
    }

    @Test
    void aHeaderStaysWhenTheTextNamesADayNearItToo() {
        assertThat(HeaderOrder.swapped(LocalDate.parse("2021-02-06"), List.of(named(6, 4), named(2, 3)),
                WeekdayCheck.of())).isEmpty();
    }

    @Test
    void aHeaderStaysWhenTheTextNamesNoDays() {
        assertThat(HeaderOrder.swapped(LocalDate.parse("2021-02-06"), List.of(), WeekdayCheck.of())).isEmpty();
    }

    @Test
    void aHeaderWhoseDayCannotBeAMonthStays() {
        assertThat(HeaderOrder.swapped(LocalDate.parse("2021-02-16"), List.of(named(6, 4)), WeekdayCheck.of()))
                .isEmpty();
    }
}
