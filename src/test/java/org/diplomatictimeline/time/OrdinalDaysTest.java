package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.TAGGER;
import static org.diplomatictimeline.time.TaggerAssertions.date;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrdinalDaysTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Министры обороны встретились седьмого марта в Казани.              | седьмого марта                  | 2031-03-07
            Девятнадцатого февраля делегация вернулась домой.                 | Девятнадцатого февраля          | 2031-02-19
            Договор подписали двадцать третьего января 2029 года.             | двадцать третьего января 2029 года | 2029-01-23
            Переговоры назначены на тридцать первое мая.                      | тридцать первое мая             | 2031-05-31
            التقى الوزيران في الثامن من فبراير في مسقط.                        | الثامن من فبراير                 | 2031-02-08
            وقع البلدان المذكرة في الحادي عشر من شهر مارس الماضي.              | الحادي عشر من شهر مارس الماضي   | 2031-03-11
            عقدت الجولة في الرابع والعشرين من كانون الثاني 2030.               | الرابع والعشرين من كانون الثاني 2030 | 2030-01-24
            وصل الوفد إلى الرباط في 17 من أبريل.                              | 17 من أبريل                     | 2031-04-17
            La delegación llegó el primero de marzo de 2030.                  | primero de marzo de 2030        | 2030-03-01
            Les ministres se retrouveront le premier juin.                    | premier juin                    | 2031-06-01
            """)
    void anOrdinalWordOrAJoinedDayBeforeItsMonthIsADate(String sentence, String text, String value) {
        assertThat(find(sentence, "2031-04-20", text).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Это был второй визит министра в страну.",
            "Первого заместителя министра отправили в отставку.",
            "وهذا هو اللقاء الثاني بين الرئيسين في العاصمة.",
            "Le premier ministre a reçu son homologue."
    })
    void anOrdinalWithoutAMonthIsNoDate(String sentence) {
        assertThat(TAGGER.tag(sentence, date("2031-04-20"))).isEmpty();
    }
}
