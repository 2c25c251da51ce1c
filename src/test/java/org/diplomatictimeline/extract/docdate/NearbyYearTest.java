package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearbyYearTest {

    private static NearbyYear.Written written(String date) {
        return new NearbyYear.Written(LocalDate.parse(date), date);
    }

    @ParameterizedTest(name = "{0}/{1} near {2}")
    @CsvSource(textBlock = """
            9,  14, 2016-09-20, 2016-09-14
            12, 30, 2020-01-03, 2019-12-30
            1,  2,  2016-12-28, 2017-01-02
            """)
    void aYearlessDayOfWritingTakesTheYearOfAFullDateWithinAMonth(int month, int day, String full, String expected) {
        PartialDate p = new PartialDate(month, day, Signal.TODAY_PHRASE, "pagi ini (" + day + "/" + month + ")");

        assertThat(NearbyYear.settle(p, List.of(written(full))))
                .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(expected));
    }

    @Test
    void aFullDateOfTheTextsHistoryLendsNoYear() {
        PartialDate p = new PartialDate(4, 11, Signal.DATELINE, "Oslo, 11 April");

        assertThat(NearbyYear.settle(p, List.of(written("1995-06-01"), written("2003-02-17")))).isEmpty();
    }

    @Test
    void theNearestFullDateGivesTheYear() {
        PartialDate p = new PartialDate(3, 5, Signal.DATELINE, "Lima, 5 March");

        assertThat(NearbyYear.settle(p, List.of(written("2011-03-30"), written("2012-03-08"))))
                .hasValueSatisfying(c -> {
                    assertThat(c.value()).isEqualTo("2012-03-05");
                    assertThat(c.reason()).contains("2012-03-08");
                });
    }
}
