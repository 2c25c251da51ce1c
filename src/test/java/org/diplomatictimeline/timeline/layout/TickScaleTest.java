package org.diplomatictimeline.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickScaleTest {

    private static final TextMeasure MEASURE = TextMeasure.approximate(12);
    private static final double START = LocalDate.of(2019, 5, 13).toEpochDay() + 0.3;

    @ParameterizedTest(name = "{0} days over 1000 px -> {1}")
    @CsvSource({
        "0.0417, HOUR", "0.5, HOUR", "3, HOURS_6", "20, DAY", "90, WEEK", "365, MONTH", "1200, QUARTER",
        "3000, QUARTER", "20000, YEARS_5", "73000, DECADE"})
    void stepSuitsTheZoomLevel(double days, TimeStep expected) {
        assertThat(TickScale.choose(new TimeScale(START, START + days, 1000), MEASURE)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} days over {1} px")
    @CsvSource({
        "0.0417, 1000", "0.3, 700", "1, 1000", "5, 400", "20, 1000", "45, 600", "200, 1000", "365, 300",
        "900, 1000", "3000, 800", "10000, 1000", "40000, 500", "73000, 1200"})
    void tickLabelsNeverOverlap(double days, double width) {
        Axis axis = TickScale.axis(new TimeScale(START, START + days, width), MEASURE);
        assertThat(axis.minor()).isNotEmpty();
        assertNoOverlap(axis.minor());
        assertNoOverlap(axis.major().stream().filter(Tick::labelled).toList());
        assertThat(axis.major().stream().filter(Tick::labelled)).isNotEmpty();
    }

    private static void assertNoOverlap(List<Tick> ticks) {
        for (int i = 1; i < ticks.size(); i++) {
            Tick a = ticks.get(i - 1);
            Tick b = ticks.get(i);
            assertThat(b.labelX()).as("'%s' overlaps '%s'", b.label(), a.label())
                    .isGreaterThanOrEqualTo(a.labelX() + a.labelWidth());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "MONTH, 2019-06-17, 2019-06-01, Jun", "YEAR, 2019-06-17, 2019-01-01, 2019",
        "WEEK, 2019-06-13, 2019-06-10, 10 Jun", "QUARTER, 2019-08-02, 2019-07-01, Q3",
        "DECADE, 2019-06-17, 2010-01-01, 2010s"})
    void ticksAlignToCalendarUnits(TimeStep step, LocalDate day, LocalDate expected, String label) {
        double tick = step.floor(day.toEpochDay() + 0.5);
        assertThat(LocalDate.ofEpochDay((long) tick)).isEqualTo(expected);
        assertThat(step.label(tick)).isEqualTo(label);
    }
}
