package org.diplomatictimeline.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fit all leaves room after the latest day for its label, so the label is not cut at the right edge. */
class WindowLimitsFitTest {

    @ParameterizedTest(name = "{0} days of data on {1} px, {2} px reserved")
    @CsvSource({"30, 1200, 200", "365, 900, 200", "3650, 1600, 260", "1, 700, 200"})
    void theLatestDayHasTheReserveFreeAfterIt(double days, double width, double reserve) {
        double min = 18_000;
        double max = min + days;

        double[] w = WindowLimits.standard().fit(min, max, width, reserve);

        double pxPerDay = width / (w[1] - w[0]);
        assertThat((w[1] - (max + 1)) * pxPerDay).isGreaterThanOrEqualTo(reserve - 0.5);
        assertThat(w[0]).isLessThan(min);
    }

    @ParameterizedTest(name = "{1} px is too narrow to reserve {2} px")
    @CsvSource({"30, 500, 200"})
    void aNarrowAreaFitsAsBefore(double days, double width, double reserve) {
        double[] plain = WindowLimits.standard().fit(0, days);

        assertThat(WindowLimits.standard().fit(0, days, width, reserve)).containsExactly(plain);
    }
}
