package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeekdayCheckTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister said on Thursday that talks would resume.   | THURSDAY
            Le ministre est arrivé ce jeudi à Dakar.                 | THURSDAY
            El ministro llegó el jueves a Quito.                     | THURSDAY
            Министр прибыл в пятницу в Минск.                        | FRIDAY
            Menteri tiba di Jakarta pada hari Kamis.                 | THURSDAY
            Der Minister kam am Donnerstag an.                       | THURSDAY
            """)
    void findsWeekdaysInEveryLanguage(String text, DayOfWeek day) {
        WeekdayCheck check = WeekdayCheck.of(text, 0, DateWords.standard());

        LocalDate aDay = LocalDate.of(2021, 1, 4).with(TemporalAdjusters.nextOrSame(day));
        assertThat(check.support(aDay)).isEqualTo(2);
    }

    @Test
    void indonesianWordForWeekIsNotSunday() {
        assertThat(WeekdayCheck.of("Menteri tiba minggu lalu.", 0, DateWords.standard()).isEmpty()).isTrue();
    }

    @Test
    void dayAfterANamedWeekdayIsWeakerSupport() {
        WeekdayCheck check = WeekdayCheck.of(DayOfWeek.THURSDAY);

        assertThat(check.support(LocalDate.of(2021, 6, 10))).isEqualTo(2); // a Thursday
        assertThat(check.support(LocalDate.of(2021, 6, 11))).isEqualTo(1);
        assertThat(check.support(LocalDate.of(2021, 6, 13))).isZero();
    }

    @Test
    void weekdaySettlesTheYearOfAYearlessDay() {
        // 3 March fell on a Tuesday in 2020, not in 2018 or 2019.
        assertThat(WeekdayCheck.of(DayOfWeek.TUESDAY).settleYear(3, 3, 2018)).contains(2020);
        assertThat(WeekdayCheck.of().settleYear(3, 3, 2018)).isEmpty();
    }
}
