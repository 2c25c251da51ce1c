package org.diplomatictimeline.timeline.skin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.diplomatictimeline.timeline.layout.TimeScale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The overview band names the span it shows, short enough for its title column. */
class OverviewSpanTextTest {

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "2021-02-28 | 2021-03-07 | 28 Feb – 7 Mar 2021",
            "2013-09-13 | 2020-04-19 | Sep 2013 – Apr 2020"})
    void theSpanIsWrittenAsDates(String from, String to, String expected) {
        TimeScale scale = new TimeScale(LocalDate.parse(from).toEpochDay() + 0.3, LocalDate.parse(to).toEpochDay() + 0.6,
                800);

        assertThat(OverviewBand.spanText(scale)).isEqualTo(expected);
    }
}
