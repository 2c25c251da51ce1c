package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.TAGGER;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplicitDatesTest {

    @ParameterizedTest(name = "{1} -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The treaty was signed on 13 May 2019 in Geneva.               | 13 May 2019                 | DATE | 2019-05-13
            The treaty was signed on May 13, 2019 in Geneva.              | May 13, 2019                | DATE | 2019-05-13
            The treaty was signed on May 13th 2019 in Geneva.             | May 13th 2019               | DATE | 2019-05-13
            The treaty was signed on the 13th of May 2019.                | the 13th of May 2019        | DATE | 2019-05-13
            The record of 2019-05-13 shows the vote.                      | 2019-05-13                  | DATE | 2019-05-13
            Published 2019/05/13 by the ministry.                         | 2019/05/13                  | DATE | 2019-05-13
            The letter dated 13/05/2019 was leaked.                       | 13/05/2019                  | DATE | 2019-05-13
            The letter dated 05/13/2019 was leaked.                       | 05/13/2019                  | DATE | 2019-05-13
            The letter dated 13.05.2019 was leaked.                       | 13.05.2019                  | DATE | 2019-05-13
            The embassy reopened in May 2019.                             | May 2019                    | DATE | 2019-05
            The embassy reopened in Sept. 2018.                           | Sept. 2018                  | DATE | 2018-09
            Relations were established in 1949.                           | 1949                        | DATE | 1949
            Ties cooled in the 1990s after the war.                       | the 1990s                   | DATE | 199X
            The treaty dates from the 19th century.                       | the 19th century            | DATE | 18
            The summit is planned for summer 2019.                        | summer 2019                 | DATE | 2019-SU
            Trade grew in the summer of 2018.                             | the summer of 2018          | DATE | 2018-SU
            Exports fell in the first quarter of 2019.                    | the first quarter of 2019   | DATE | 2019-Q1
            Exports fell in Q3 2018.                                      | Q3 2018                     | DATE | 2018-Q3
            Exports fell in the second half of 2018.                      | the second half of 2018     | DATE | 2018-H2
            The report covers 2019-W23 only.                              | 2019-W23                    | DATE | 2019-W23
            The talks opened on Wednesday, June 5, 2019 in Moscow.        | Wednesday, June 5, 2019     | DATE | 2019-06-05
            Posted Sat., May 4, 2019 by the desk.                         | Sat., May 4, 2019           | DATE | 2019-05-04
            """)
    void explicitDatesAreAbsolute(String sentence, String text, TimexType type, String value) {
        Timex t = find(sentence, "2019-06-05", text);

        assertThat(t.type()).isEqualTo(type);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.relative()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prime Minister Theresa May said the deal was fair.
            Officials may meet again if the talks go well.
            Protesters will march to the embassy.
            More than 2,000 people attended the rally.
            The contract is worth $2019 per unit.
            About 1500 troops were deployed.
            Growth reached 2019 % in the model.
            The spring session of parliament was short.
            The story was first reported by The Sun.
            The Security Council adopted Resolution 2118 unanimously.
            A second round is due; about a quarter of voters abstained.
            """)
    void ordinaryWordsAndNumbersAreNotDates(String sentence) {
        assertThat(TAGGER.tag(sentence, LocalDate.of(2019, 6, 5))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The letter dated 03/04/2019 was leaked.
            """)
    void ambiguousNumericDatesFarFromTheAnchorAreSkipped(String sentence) {
        assertThat(TAGGER.tag(sentence, LocalDate.of(2019, 6, 5))).isEmpty();
    }
}
