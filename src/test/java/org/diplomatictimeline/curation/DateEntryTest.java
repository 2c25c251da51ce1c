package org.diplomatictimeline.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.EventDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an analyst types as a date: ISO or the locale's form, any precision, or a range of two. */
class DateEntryTest {

    @ParameterizedTest(name = "{0} in {1} is {2} .. {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            2019-06-05              | en-GB | 2019-06-05 |            | day
            2019-06                 | en-GB | 2019-06    |            | month
            2019                    | en-GB | 2019       |            | year
            2019-Q2                 | en-GB | 2019-Q2    |            | quarter
            2019-W23                | en-GB | 2019-W23   |            | week
            2019-05-12/2019-05-13   | en-GB | 2019-05-12 | 2019-05-13 | range
            2019-05-12 – 2019-05-13 | en-GB | 2019-05-12 | 2019-05-13 | range
            2019-05 to 2019-07      | en-GB | 2019-05    | 2019-07    | range
            05/06/2019              | en-GB | 2019-06-05 |            | day
            05.06.2019              | de-DE | 2019-06-05 |            | day
            6/5/2019                | en-US | 2019-06-05 |            | day
            5 June 2019             | en-GB | 2019-06-05 |            | day
            5. Juni 2019            | de-DE | 2019-06-05 |            | day
            June 2019               | en-GB | 2019-06    |            | month
            juin 2019               | fr-FR | 2019-06    |            | month
            12–13 May 2019          | en-GB | 2019-05-12 | 2019-05-13 | range
            12/05/2019 - 13/05/2019 | en-GB | 2019-05-12 | 2019-05-13 | range
            """)
    void readsEveryPrecisionInIsoOrTheLocalesForm(String text, String locale, String value, String end,
                                                 String label) {
        EventDate date = DateEntry.parse(text, Locale.forLanguageTag(locale)).orElseThrow();
        assertThat(date.value()).isEqualTo(value);
        assertThat(date.endValue()).isEqualTo(end);
        assertThat(date.precisionLabel()).isEqualTo(label);
        assertThat(date.basis()).isEqualTo(DateBasis.STATED);
        assertThat(date.span().first()).isBeforeOrEqualTo(date.span().last());
    }

    @ParameterizedTest(name = "\"{0}\" is refused in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            05/06/2019x  | en-GB
            2019-13-01   | en-GB
            31/02/2019   | en-GB
            2019-06-13/2019-06-12 | en-GB
            13/05/2019   | en-US
            ''           | en-GB
            soon         | en-GB
            """)
    void refusesWhatIsNotADate(String text, String locale) {
        assertThat(DateEntry.parse(text == null ? "" : text, Locale.forLanguageTag(locale))).isEmpty();
    }

    @ParameterizedTest(name = "{0} reads back as itself")
    @CsvSource(delimiter = '|', textBlock = """
            2019-06-05
            2019-06
            2019
            2019-05-12/2019-05-13
            """)
    void theTextOfADateReadsBackAsTheSameDate(String text) {
        EventDate date = DateEntry.parse(text, Locale.UK).orElseThrow();
        assertThat(DateEntry.format(date)).isEqualTo(text);
        assertThat(DateEntry.parse(DateEntry.format(date), Locale.UK)).contains(date);
    }
}
