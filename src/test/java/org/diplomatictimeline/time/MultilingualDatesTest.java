package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultilingualDatesTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Le sommet s'est tenu le 13 mai 2019 à Paris.                 | 13 mai 2019          | 2019-05-13
            Les ministres se sont vus le 1er juin 2019.                  | 1er juin 2019        | 2019-06-01
            L'accord a été signé en février 2018.                        | février 2018         | 2018-02
            Das Treffen fand am 13. Mai 2019 in Berlin statt.            | 13. Mai 2019         | 2019-05-13
            Der Vertrag wurde im März 2018 unterzeichnet.                | März 2018            | 2018-03
            La reunión se celebró el 13 de mayo de 2019 en Madrid.       | 13 de mayo de 2019   | 2019-05-13
            El acuerdo se firmó en junio de 2018.                        | junio de 2018        | 2018-06
            L'incontro si è svolto il 13 maggio 2019 a Roma.             | 13 maggio 2019       | 2019-05-13
            Встреча прошла 13 мая 2019 года в Москве.                    | 13 мая 2019 года     | 2019-05-13
            Визит состоялся 5 июня 2019 г. в Москве.                     | 5 июня 2019 г.       | 2019-06-05
            Переговоры прошли в мае 2019 года.                           | мае 2019 года        | 2019-05
            عقد الوزيران لقاء في عمّان يوم 13 مايو/أيار 2019.             | 13 مايو/أيار 2019    | 2019-05-13
            وقعت الاتفاقية في 5 يونيو / حزيران 2019 في الدوحة.            | 5 يونيو / حزيران 2019 | 2019-06-05
            """)
    void dayMonthYearOrdersInOtherLanguages(String sentence, String text, String value) {
        Timex t = find(sentence, "2019-06-20", text);

        assertThat(t.type()).isEqualTo(TimexType.DATE);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.relative()).isFalse();
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Penghitungan suara tadi malam sudah selesai.                 | tadi malam           | 2024-03-20
            Presiden tiba di Jakarta tadi pagi.                          | tadi pagi            | 2024-03-21
            """)
    void indonesianEarlierTodayAndLastNight(String sentence, String text, String value) {
        assertThat(find(sentence, "2024-03-21", text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Hasil rekapitulasi diumumkan Rabu (20/3/2034) di Jakarta.    | Rabu (20/3/2034)      | 2024-03-20
            Hasil rekapitulasi diumumkan Rabu (20/3/2024) di Jakarta.    | Rabu (20/3/2024)      | 2024-03-20
            The talks ended on Wednesday, March 20, 2024 in Geneva.      | Wednesday, March 20, 2024 | 2024-03-20
            The talks ended on Thursday, March 20, 2019 in Geneva.       | Thursday, March 20, 2019  | 2019-03-20
            """)
    void aYearThatContradictsItsWeekdayNearTheAnchorIsASlip(String sentence, String text, String value) {
        assertThat(find(sentence, "2024-03-21", text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            No sábado (23), a ministra Ana Vilar visita o porto.          | sábado (23)           | 2024-03-23
            A comitiva partiu na terça-feira (19) para Bissau.           | terça-feira (19)      | 2024-03-19
            Menteri Rudi Hartono tiba di Medan pada Senin (25/3) malam.  | Senin (25/3)          | 2024-03-25
            Delegasi itu kembali Jumat (15/3) pagi.                      | Jumat (15/3)          | 2024-03-15
            El canciller Tomás Ibarra llegó el lunes (18) a Quito.       | lunes (18)            | 2024-03-18
            """)
    void aWeekdayWithItsDayInBracketsIsThatDay(String sentence, String text, String value) {
        assertThat(find(sentence, "2024-03-21", text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} stays a weekday")
    @CsvSource(delimiter = '|', textBlock = """
            No sábado (24), a ministra visita o porto.                   | sábado
            Menteri itu tiba pada Senin (26/3) malam.                    | Senin
            """)
    void aBracketedDayTheWeekdayDoesNotFallOnLeavesTheWeekdayAlone(String sentence, String text) {
        assertThat(find(sentence, "2024-03-21", text).text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            تعقد القمة غدًا الجمعة 21-6-2019 في جدة.                     | الجمعة 21-6-2019     | 2019-06-21
            وقال المتحدث اليوم الخميس (20 يونيو/حزيران 2019) إن.         | الخميس (20 يونيو/حزيران 2019) | 2019-06-20
            وقعت الاتفاقية في 7 تشرين الأول 2018 في بيروت.               | 7 تشرين الأول 2018   | 2018-10-07
            اجتمع الوزيران في 3 كانون الثاني/يناير 2019 في دمشق.          | 3 كانون الثاني/يناير 2019 | 2019-01-03
            وصل الوفد إلى الرباط في 12 ماي 2019.                         | 12 ماي 2019          | 2019-05-12
            انعقد المؤتمر في الجزائر يوم 5 جويلية 2018.                   | 5 جويلية 2018        | 2018-07-05
            زار الوزير تونس في 9 أفريل 2019.                             | 9 أفريل 2019         | 2019-04-09
            وتعقد الجولة المقبلة منتصف تشرين الثاني.                     | منتصف تشرين الثاني   | 2019-11
            وصل الرئيس مساء اليوم الخميس إلى الرياض.                     | اليوم                | 2019-06-20
            وصل الرئيس مساء اليوم الخميس إلى الرياض.                     | الخميس               | 2019-06-20
            وعقد الاجتماع في جدة الأربعاء.                               | الأربعاء             | 2019-06-19
            تعقد القمة غدًا في جدة.                                      | غدًا                 | 2019-06-21
            التقى الوزيران الأسبوع الماضي.                               | الأسبوع الماضي       | 2019-W24
            تبنى الوزراء القرار مطلع مايو الجاري.                        | مطلع مايو            | 2019-05
            وقع الوزيران الاتفاق يوم ١٢ يونيو ٢٠١٩ في الرياض.             | ١٢ يونيو ٢٠١٩        | 2019-06-12
            عقدت الجلسة في ٢٠١٩/٦/١٨ بمقر الوزارة.                        | ٢٠١٩/٦/١٨            | 2019-06-18
            """)
    void arabicDatesWithOrWithoutVowelMarks(String sentence, String text, String value) {
        assertThat(find(sentence, "2019-06-20", text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Les ministres se retrouvent le 13 mai.                       | 13 mai       | 2019-05-13
            Die Minister trafen sich am Mittwoch.                        | Mittwoch     | 2019-06-19
            Los ministros se reunieron el martes.                        | martes       | 2019-06-18
            Министры встретились 13 мая.                                 | 13 мая       | 2019-05-13
            """)
    void partialDatesInOtherLanguagesResolveAgainstTheAnchor(String sentence, String text, String value) {
        assertThat(find(sentence, "2019-06-20", text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Les ministres se sont rencontrés mardi à Genève.             | mardi      | 2019-06-04
            Les ministres se retrouveront vendredi à Genève.             | vendredi   | 2019-06-07
            Die Minister haben sich am Dienstag getroffen.               | Dienstag   | 2019-06-04
            Die Gespräche werden am Freitag fortgesetzt.                 | Freitag    | 2019-06-07
            El ministro firmó el acuerdo el martes.                      | martes     | 2019-06-04
            Los ministros se reunirán el viernes.                        | viernes    | 2019-06-07
            Il ministro firmò l'accordo martedì.                         | martedì    | 2019-06-04
            I ministri si incontreranno venerdì.                         | venerdì    | 2019-06-07
            Министры встретились во вторник.                             | вторник    | 2019-06-04
            Переговоры пройдут в пятницу.                                | пятницу    | 2019-06-07
            """)
    void weekdaysInOtherLanguagesFollowTheTense(String sentence, String text, String value) {
        assertThat(find(sentence, "2019-06-05", text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Les deux pays ont signé l'accord l'année dernière.           | année dernière       | 2018
            Le sommet aura lieu la semaine prochaine.                    | semaine prochaine    | 2019-W26
            Die Minister trafen sich letzte Woche in Wien.               | letzte Woche         | 2019-W24
            Die Wahl findet nächstes Jahr statt.                         | nächstes Jahr        | 2020
            El acuerdo se firmó el año pasado.                           | año pasado           | 2018
            La cumbre será la próxima semana.                            | próxima semana       | 2019-W26
            L'accordo è stato firmato l'anno scorso.                     | anno scorso          | 2018
            Соглашение подписали в прошлом году.                         | прошлом году         | 2018
            Министры встретятся на следующей неделе.                     | следующей неделе     | 2019-W26
            """)
    void lastAndNextWeekMonthYearInOtherLanguages(String sentence, String text, String value) {
        Timex t = find(sentence, "2019-06-20", text);

        assertThat(t.value()).isEqualTo(value);
        assertThat(t.relative()).isTrue();
    }

    @ParameterizedTest(name = "{1} -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Le sommet aura lieu début juillet à Bruxelles.               | début juillet           | 2019-07 | EARLY
            La visite est prévue mi-juillet 2019.                        | mi-juillet 2019         | 2019-07 | MID
            Das Treffen findet Anfang Juli statt.                        | Anfang Juli             | 2019-07 | EARLY
            Ende März 2019 wurde der Vertrag unterzeichnet.              | Ende März 2019          | 2019-03 | LATE
            La cumbre será a principios de julio.                        | principios de julio     | 2019-07 | EARLY
            Il vertice si terrà all'inizio di luglio.                    | inizio di luglio        | 2019-07 | EARLY
            Визит состоится в начале июля 2019 года.                     | начале июля 2019 года   | 2019-07 | EARLY
            """)
    void partsOfMonthsInOtherLanguages(String sentence, String text, String value, String mod) {
        Timex t = find(sentence, "2019-06-20", text);

        assertThat(t.value()).isEqualTo(value);
        assertThat(t.mod()).isEqualTo(mod);
    }
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Les deux ministres s'étaient parlé en mars.                  | mars                 | 2019-03
            Los presidentes se reunieron en abril en Quito.              | abril                | 2019-04
            I due leader si erano incontrati a maggio.                   | maggio               | 2019-05
            Os ministros falaram em abril por telefone.                  | abril                | 2019-04
            Die Minister hatten im April telefoniert.                    | April                | 2019-04
            Министры встречались в марте.                                | марте                | 2019-03
            Kedua menteri bertemu pada bulan April.                      | April                | 2019-04
            """)
    void aMonthAloneAfterItsLanguagesPrepositionIsADate(String sentence, String text, String value) {
        Timex t = find(sentence, "2019-06-20", text);

        assertThat(t.value()).isEqualTo(value);
        assertThat(t.relative()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void anotherLanguagesMonthNameWithNoPrepositionStaysAWord() {
        assertThat(TaggerAssertions.TAGGER.tag("Julio Cortázar escribió sobre Marzo y Mayo.",
                TaggerAssertions.date("2019-06-20"))).isEmpty();
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Les deux ministres se sont rencontrés il y a deux semaines.  | il y a deux semaines | 2019-W23
            Il y a trois jours, le roi a reçu l'émissaire.               | Il y a trois jours   | 2019-06-17
            Das Abkommen wurde vor einem Jahr unterzeichnet.             | vor einem Jahr       | 2018
            Der Minister war vor drei Tagen in Rom.                      | vor drei Tagen       | 2019-06-17
            El acuerdo se firmó hace dos meses.                          | hace dos meses       | 2019-04
            L'incontro si è svolto tre giorni fa.                        | tre giorni fa        | 2019-06-17
            O acordo foi assinado há um ano.                             | há um ano            | 2018
            Встреча прошла две недели назад.                             | две недели назад     | 2019-W23
            Pertemuan itu digelar dua minggu lalu.                       | dua minggu lalu      | 2019-W23
            التقى الوزيران قبل أسبوعين في عمان.                           | قبل أسبوعين          | 2019-W23
            وقعت الاتفاقية قبل ثلاثة أيام.                                 | قبل ثلاثة أيام       | 2019-06-17
            """)
    void aTimeCountedBackFromTheAnchorInOtherLanguages(String sentence, String text, String value) {
        assertThat(find(sentence, "2019-06-20", text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Il y a deux pays qui refusent.
            Der Gipfel fand vor dem Rathaus statt.
            """)
    void aWordForAgoWithNoCountedUnitIsNoDate(String sentence) {
        assertThat(TaggerAssertions.TAGGER.tag(sentence, TaggerAssertions.date("2019-06-20"))).isEmpty();
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Les ministres se sont vus le week-end dernier à Lomé.        | week-end dernier            | 2019-W24-WE
            Die Minister trafen sich am vergangenen Wochenende.          | vergangenen Wochenende      | 2019-W24-WE
            Os ministros reuniram-se no último fim de semana.            | último fim de semana        | 2019-W24-WE
            Los ministros se reunirán este fin de semana.                | este fin de semana          | 2019-W25-WE
            Para menteri bertemu akhir pekan lalu.                       | akhir pekan lalu            | 2019-W24-WE
            """)
    void aWeekendNamedByAShiftWordInOtherLanguages(String sentence, String text, String value) {
        assertThat(find(sentence, "2019-06-20", text).value()).isEqualTo(value);
    }
}
