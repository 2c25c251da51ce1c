package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HijriDatelineTest {

    private final HijriDateline reader = HijriDateline.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "أخبار - موقع المدينة - 3 ذو القعدة 1445_هـ"                 | 2024-05-11
            الجمعة 14 صفر 1444 هـ                                       | 2022-09-10
            نشر في ١٠ ذي الحجة ١٤٤٣ هـ                                   | 2022-07-09
            "Rabu, 19 Rajab 1445 H"                                     | 2024-01-31
            "Published 2 Ramadan 1441 AH"                               | 2020-04-25
            "Mis en ligne le 1 Mouharram 1446"                          | 2024-07-07
            """)
    void readsAHijriDateLineAsItsGregorianDay(String line, LocalDate expected) {
        assertThat(reader.read(line)).hasValueSatisfying(f -> assertThat(f.date()).isEqualTo(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            الجمعة 14 صفر 2022
            "The delegation arrived on 11 May 2024."
            "Fasting began on 1 Ramadan this year, earlier than in 1990."
            "Rajab 19, 1445"
            "31 Safar 1444"
            """)
    void aLineWithoutADayOfTheHijriCalendarIsNotRead(String line) {
        assertThat(reader.read(line)).isEmpty();
    }

    @Test
    void aHijriDateInsideALongSentenceIsAnEventsDateNotThePages() {
        String sentence = "وقال الوزير إن الاجتماع المقبل سيعقد في 3 ذو القعدة 1445 هـ في العاصمة بحضور وفود من عدة"
                + " دول عربية وأجنبية لمناقشة التعاون";

        assertThat(reader.read(sentence)).isEmpty();
    }
}
