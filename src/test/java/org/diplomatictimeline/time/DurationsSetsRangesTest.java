package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsSetsRangesTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks lasted two days.                            | two days                | P2D
            Wang's 2-day visit will start on May 12.              | 2-day                   | P2D
            The ban has been in force for three years.            | three years             | P3Y
            The inquiry took 18 months.                           | 18 months               | P18M
            The meeting lasted thirty minutes.                    | thirty minutes          | PT30M
            They signed a five-year plan.                         | five-year               | P5Y
            He spent a 12-hour day in talks.                      | 12-hour                 | PT12H
            The war lasted twenty-five years.                     | twenty-five years       | P25Y
            The mission lasted two and a half years.              | two and a half years    | P2.5Y
            Negotiations took several years.                      | several years           | PXY
            Trade doubled over the past two years.                | the past two years      | P2Y
            Prices will rise over the next four years.            | the next four years     | P4Y
            The sides have talked for decades.                    | decades                 | PXY
            The truce lasted a week.                              | a week                  | P1W
            The dispute spans a decade.                           | a decade                | P10Y
            The empire lasted one hundred years.                  | one hundred years       | P100Y
            The siege lasted a hundred days.                      | a hundred days          | P100D
            The regime ruled for thirty five years.               | thirty five years       | P35Y
            The talks went on for a couple of weeks.              | a couple of weeks       | P2W
            The flight took 2.5 hours.                            | 2.5 hours               | PT2.5H
            The siege lasted 1,000 days.                          | 1,000 days              | P1000D
            """)
    void durationsAreIsoPeriods(String sentence, String text, String value) {
        Timex t = find(sentence, "2019-06-05", text);

        assertThat(t.type()).isEqualTo(TimexType.DURATION);
        assertThat(t.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The forum meets every year in June.                   | every year      | P1Y
            The annual summit opened.                             | annual          | P1Y
            The council publishes a weekly report.                | weekly          | P1W
            The envoys talk daily.                                | daily           | P1D
            The committee meets every two years.                  | every two years | P2Y
            The council meets every Monday.                       | every Monday    | XXXX-WXX-1
            """)
    void setsRepeat(String sentence, String text, String value) {
        Timex t = find(sentence, "2019-06-05", text);

        assertThat(t.type()).isEqualTo(TimexType.SET);
        assertThat(t.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} -> {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            The forum will run June 5-7 in St. Petersburg.        | June 5-7                  | 2019-06-05 | 2019-06-07
            The talks will run from 12 to 13 May in Sochi.        | from 12 to 13 May         | 2019-05-12 | 2019-05-13
            The talks will run 12-13 May in Sochi.                | 12-13 May                 | 2019-05-12 | 2019-05-13
            The talks ran May 12-13, 2019 in Sochi.               | May 12-13, 2019           | 2019-05-12 | 2019-05-13
            The project ran between 2015 and 2017.                | between 2015 and 2017     | 2015       | 2017
            The project ran from 2009 to 2011.                    | from 2009 to 2011         | 2009       | 2011
            The project ran 2015-2017 in Syria.                   | 2015-2017                 | 2015       | 2017
            The fair will run from May 12 to May 15.              | from May 12 to May 15     | 2019-05-12 | 2019-05-15
            The tour will run from June 30 to July 2.             | from June 30 to July 2    | 2019-06-30 | 2019-07-02
            The talks will be held between 12 and 13 May.         | between 12 and 13 May     | 2019-05-12 | 2019-05-13
            """)
    void rangesAreOneExpressionWithAnEndValue(String sentence, String text, String value, String endValue) {
        Timex t = find(sentence, "2019-05-10", text);

        assertThat(t.type()).isEqualTo(TimexType.DATE);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.endValue()).isEqualTo(endValue);
    }

    @ParameterizedTest(name = "{1} -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Sanctions have been in place since 2014.              | 2014                 | 2014       | ON_OR_AFTER
            The talks lasted about two years.                     | about two years      | P2Y        | APPROX
            The ministers will meet in early June.                | early June           | 2019-06    | EARLY
            The pipeline opens in mid-2019.                       | mid-2019             | 2019       | MID
            The pipeline opened in late 2018.                     | late 2018            | 2018       | LATE
            A deal must be reached before May.                    | May                  | 2019-05    | BEFORE
            No talks are planned after June 5.                    | June 5               | 2019-06-05 | AFTER
            The mandate expires at the end of May.                | the end of May       | 2019-05    | END
            The plant was built around 1990.                      | around 1990          | 1990       | APPROX
            """)
    void modifiersQualifyTheValue(String sentence, String text, String value, String mod) {
        Timex t = find(sentence, "2019-04-10", text);

        assertThat(t.value()).isEqualTo(value);
        assertThat(t.mod()).isEqualTo(mod);
    }
}
