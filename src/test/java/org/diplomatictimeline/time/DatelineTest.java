package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Datelines and bylines as news sites print them; the tagger only tags them, the corpus layer chooses. */
class DatelineTest {

    @ParameterizedTest(name = "{1} -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            MOSCOW, May 7 (IANS) Talks opened in the capital.       | May 7                 | DATE | 2019-05-07
            May 29, 19:54 UTC+3 The ministry issued a statement.    | May 29, 19:54 UTC+3   | TIME | 2019-05-29T19:54+03:00
            Published: 2019/6/7 by the news desk.                   | 2019/6/7              | DATE | 2019-06-07
            13 May 2019 17:52 Envoys gathered in Geneva.            | 13 May 2019 17:52     | TIME | 2019-05-13T17:52
            Updated 10:30 GMT, after the vote.                      | 10:30 GMT             | TIME | 2019-06-07T10:30Z
            The plane landed at 6:40 p.m. (GMT +8) in Sydney.       | 6:40 p.m. (GMT +8)    | TIME | 2019-06-07T18:40+08:00
            """)
    void datelinesAndBylines(String sentence, String text, TimexType type, String value) {
        Timex t = find(sentence, "2019-06-07", text);

        assertThat(t.type()).isEqualTo(type);
        assertThat(t.value()).isEqualTo(value);
    }
}
