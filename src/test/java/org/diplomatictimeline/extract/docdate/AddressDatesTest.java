package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.diplomatictimeline.model.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressDatesTest {

    private final AddressDates reader = new AddressDates(DateWords.standard());

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            https://news.example.org/2017/04/03/envoys-meet-in-oslo/,               2017-04-03
            https://example.com/world/2016/5/7/1234567/,                            2016-05-07
            https://example.com/politics/201803118765432-envoys-meet/,              2018-03-11
            https://example.com/news/envoys-meet-in-oslo--20150622101530.amp.html,  2015-06-22
            https://example.com/news/envoys-meet-2014-09-30,                        2014-09-30
            https://example.com/news/story.php?yyyy=2013&mm=02&dd=14&id=77,         2013-02-14
            https://example.gov/news/minister-meets-envoy-12-october-2012,          2012-10-12
            https://example.com/news/2021-11-05/summit-opens,                       2021-11-05
            https://example.com/a/201907/23/WS5d3a7c1ea310d83056400e2b.html,        2019-07-23
            """)
    void readsTheDateAnAddressStates(String address, String expected) {
        List<DateCandidate> found = reader.read(address, WeekdayCheck.of());

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).value()).isEqualTo(expected);
        assertThat(found.get(0).precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void sixDigitSegmentIsReadInTheOrderWhoseWeekdayTheTextNames() {
        // 110517: 11 May 2017 (a Thursday) day first, or 17 May 2011 (a Tuesday) year first.
        String address = "https://example.com/markets/110517/oil-producers-agree.html";

        assertThat(reader.read(address, WeekdayCheck.of(DayOfWeek.THURSDAY)).get(0).value()).isEqualTo("2017-05-11");
        assertThat(reader.read(address, WeekdayCheck.of(DayOfWeek.TUESDAY)).get(0).value()).isEqualTo("2011-05-17");
    }

    @Test
    void sixDigitSegmentWithoutWeekdaysToSettleItGivesNoDate() {
        assertThat(reader.read("https://example.com/markets/110517/oil.html", WeekdayCheck.of())).isEmpty();
    }

    @Test
    void yearAndMonthSegmentsGiveOnlyAMonth() {
        List<DateCandidate> found = reader.read("https://blog.example.org/2016/08/envoys-meet.html", WeekdayCheck.of());

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2016-08");
            assertThat(c.precision()).isEqualTo(DatePrecision.MONTH);
        });
    }

    @Test
    void shortYearMonthCodeIsOnlyAWeakHint() {
        List<DateCandidate> found = reader.read("https://m.example.nz/stories/PO1711/S00123/envoy.htm",
                WeekdayCheck.of());

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2017-11");
            assertThat(c.confidence()).isLessThan(0.5);
        });
    }

    @Test
    void numbersInTheHostAndArticleIdsAreNotDates() {
        assertThat(reader.read("https://news24x7.example.com/article/1452595", WeekdayCheck.of())).isEmpty();
        assertThat(reader.read("https://example.com/view.php?id=20231399", WeekdayCheck.of())).isEmpty();
        assertThat(reader.read(null, WeekdayCheck.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            https://embassy.example.org/news/2021/06/7-8-06-2021-minister-in-vienna.html,  2021-06
            https://embassy.example.org/news/2019/03/state-visit-vienna-graz-11-14-03-2019/, 2019-03
            """)
    void aDateRunningOnIntoASpanInTheSlugNamesTheOccasionNotTheDayOfPosting(String address, String expected) {
        List<DateCandidate> found = reader.read(address, WeekdayCheck.of());

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(expected);
            assertThat(c.precision()).isEqualTo(DatePrecision.MONTH);
        });
    }
}
