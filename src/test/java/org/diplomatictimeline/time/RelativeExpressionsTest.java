package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeExpressionsTest {

    @ParameterizedTest(name = "{1} -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The president arrived today.                      | today              | DATE | 2019-06-05
            The envoy left yesterday.                         | yesterday          | DATE | 2019-06-04
            The talks resume tomorrow.                        | tomorrow           | DATE | 2019-06-06
            The vote takes place tonight.                     | tonight            | TIME | 2019-06-05TNI
            The vote took place this week.                    | this week          | DATE | 2019-W23
            The vote took place last week.                    | last week          | DATE | 2019-W22
            The vote takes place next week.                   | next week          | DATE | 2019-W24
            The vote took place this month.                   | this month         | DATE | 2019-06
            The vote took place last month.                   | last month         | DATE | 2019-05
            The vote takes place next year.                   | next year          | DATE | 2020
            The vote took place last year.                    | last year          | DATE | 2018
            The vote took place last Monday.                  | last Monday        | DATE | 2019-06-03
            The vote takes place next Friday.                 | next Friday        | DATE | 2019-06-07
            The vote took place last December.                | last December      | DATE | 2018-12
            The vote takes place next March.                  | next March         | DATE | 2020-03
            The vote takes place this weekend.                | this weekend       | DATE | 2019-W23-WE
            The vote took place last summer.                  | last summer        | DATE | 2018-SU
            The vote took place three days ago.               | three days ago     | DATE | 2019-06-02
            The vote took place two weeks ago.                | two weeks ago      | DATE | 2019-W21
            The vote took place five years ago.               | five years ago     | DATE | 2014
            The vote will take place two months later.        | two months later   | DATE | 2019-08
            They had met the day before.                      | the day before     | DATE | 2019-06-04
            They will meet again the day after.               | the day after      | DATE | 2019-06-06
            The ministers met earlier this week.              | earlier this week  | DATE | 2019-W23
            Prices will rise later this year.                 | later this year    | DATE | 2019
            Talks resumed earlier today in Doha.              | earlier today      | DATE | 2019-06-05
            Tensions have grown recently.                     | recently           | DATE | PAST_REF
            Talks are now under way.                          | now                | DATE | PRESENT_REF
            The envoy is currently in Kabul.                  | currently          | DATE | PRESENT_REF
            Such talks failed in the past.                    | the past           | DATE | PAST_REF
            The sides will meet again soon.                   | soon               | DATE | FUTURE_REF
            The sides will meet in the future.                | the future         | DATE | FUTURE_REF
            The summit ended at 17:52 in Osaka.               | 17:52              | TIME | 2019-06-05T17:52
            The summit ended at 3 p.m. in Osaka.              | 3 p.m.             | TIME | 2019-06-05T15:00
            The summit ended at 9:30 pm in Osaka.             | 9:30 pm            | TIME | 2019-06-05T21:30
            The statement came at 16:00 UTC today.            | 16:00 UTC today    | TIME | 2019-06-05T16:00Z
            The leaders met this morning.                     | this morning       | TIME | 2019-06-05TMO
            Shelling resumed last night.                      | last night         | TIME | 2019-06-04TNI
            The leaders met on Monday morning.                | Monday morning     | TIME | 2019-06-03TMO
            It was published on 13 May 2019 17:52 in Minsk.   | 13 May 2019 17:52  | TIME | 2019-05-13T17:52
            """)
    void relativeExpressionsResolveAgainstTheAnchor(String sentence, String text, TimexType type, String value) {
        Timex t = find(sentence, "2019-06-05", text);

        assertThat(t.type()).isEqualTo(type);
        assertThat(t.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The ministers will meet on May 13 in Sochi.       | May 13       | XXXX-05-13
            Moscow said on Thursday that it agreed.           | Thursday     | XXXX-WXX-4
            The talks were held in December.                  | December     | XXXX-12
            The vote took place last year.                    | last year    | PAST_REF
            The vote takes place next month.                  | next month   | FUTURE_REF
            The vote took place this week.                    | this week    | XXXX-WXX
            The talks resume tomorrow.                        | tomorrow     | FUTURE_REF
            The talks will run June 5-7 in Osaka.             | June 5-7     | XXXX-06-05
            """)
    void withoutAnchorUnknownPartsStayUnknownAndAreMarkedRelative(String sentence, String text, String value) {
        Timex t = find(sentence, null, text);

        assertThat(t.value()).isEqualTo(value);
        assertThat(t.relative()).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            The treaty was signed on 13 May 2019 in Geneva.   | 13 May 2019
            Relations were established in 1949.               | 1949
            """)
    void withoutAnchorExplicitDatesAreStillAbsolute(String sentence, String text) {
        assertThat(find(sentence, null, text).relative()).isFalse();
    }
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoy was recalled in March. He returned the following month.   | the following month | 2019-04
            The pact lapsed in 2011. Talks resumed the following year.          | the following year  | 2012
            The envoy was recalled on 3 March. He returned the following week.  | the following week  | 2019-W10
            Talks resumed the following month.                                  | the following month | 2019-07
            The pact lapsed in 2011. Talks resumed the following month.         | the following month | 2019-07
            """)
    void theFollowingPeriodCountsFromTheDateJustTold(String text, String phrase, String value) {
        assertThat(find(text, "2019-06-05", phrase).value()).isEqualTo(value);
    }
}
