package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DualCalendarDatelineTest {

    private final DualCalendarDateline reader = new DualCalendarDateline(DateWords.standard());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            الكويت 14 صفر 1444 هـ الموافق 10 سبتمبر 2022 م (وكالة) استقبل الأمير الوفد. | 2022-09-10
            المنامة في 2 رمضان 1441 هـ الموافق 25 أبريل 2020 م - وصل الوزير.          | 2020-04-25
            Surabaya, 1 Syawal 1444 H bertepatan dengan 22 April 2023 - Presiden tiba.  | 2023-04-22
            "Doha, Safar 14, 1444, September 10, 2022 (Wire) -- The envoy arrived."      | 2022-09-10
            """)
    void readsTheGregorianDayOfADualDateline(String line, LocalDate expected) {
        assertThat(reader.read(line)).hasValueSatisfying(f -> assertThat(f.date()).isEqualTo(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            الكويت 10 سبتمبر 2022 (وكالة) استقبل الأمير الوفد.
            The hall seats 1400 guests and opened 28 July 2023 after two years of work.
            "Doha, 14 Safar 1444 (Wire) -- The envoy arrived on Saturday."
            """)
    void aLineWithoutBothCalendarsAtItsStartIsNoDualDateline(String line) {
        assertThat(reader.read(line)).isEmpty();
    }
}
