package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.date;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The per-language time data (lang/<code>/time.tsv) at work: ranges, relative words, weekdays with shifts. */
class LanguageTimeDataTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            The ministers met from 12 to 14 May in Oslo.              | from 12 to 14 May     | 2019-05-12 | 2019-05-14
            Talks ran 12-14 May in Geneva.                            | 12-14 May             | 2019-05-12 | 2019-05-14
            Les entretiens ont eu lieu du 12 au 14 mai à Lyon.        | du 12 au 14 mai       | 2019-05-12 | 2019-05-14
            Las reuniones fueron del 12 al 14 de mayo en Quito.       | del 12 al 14 de mayo  | 2019-05-12 | 2019-05-14
            I colloqui si sono svolti dal 12 al 14 maggio a Bari.     | dal 12 al 14 maggio   | 2019-05-12 | 2019-05-14
            Die Gespräche fanden vom 12. bis 14. Mai in Graz statt.   | vom 12. bis 14. Mai   | 2019-05-12 | 2019-05-14
            Переговоры прошли с 12 по 14 мая в Казани.                | с 12 по 14 мая        | 2019-05-12 | 2019-05-14
            As conversas decorreram de 12 a 14 de maio no Porto.      | de 12 a 14 de maio    | 2019-05-12 | 2019-05-14
            Pertemuan berlangsung dari 12 hingga 14 Mei di Medan.     | dari 12 hingga 14 Mei | 2019-05-12 | 2019-05-14
            """)
    void rangesOfDaysStayRangesInEveryLanguage(String sentence, String text, String value, String endValue) {
        Timex t = find(sentence, "2019-06-05", text);

        assertThat(t.value()).isEqualTo(value);
        assertThat(t.endValue()).isEqualTo(endValue);
    }

    @ParameterizedTest(name = "{2} @ {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Le ministre a parlé ce lundi à la radio.                  | 2024-03-20 | ce lundi              | 2024-03-18
            Le sommet aura lieu mardi prochain à Dakar.               | 2024-03-20 | mardi prochain        | 2024-03-26
            Le convoi est arrivé hier soir.                           | 2024-03-20 | hier                  | 2024-03-19
            Hier, les ministres ont signé à Dakar.                    | 2024-03-20 | Hier                  | 2024-03-19
            Le ministre part aujourd'hui pour Rabat.                  | 2024-03-20 | aujourd'hui           | 2024-03-20
            El ministro llegará este viernes a Lima.                  | 2024-03-20 | este viernes          | 2024-03-22
            La reunión fue el lunes pasado en Cusco.                  | 2024-03-20 | lunes pasado          | 2024-03-18
            El presidente viajó ayer a Bogotá.                        | 2024-03-20 | ayer                  | 2024-03-19
            Il ministro arriva oggi a Napoli.                         | 2024-03-20 | oggi                  | 2024-03-20
            Il ministro vedrà il premier domani lunedì 29 a Torino.   | 2024-04-28 | lunedì 29             | 2024-04-29
            Il vertice si terrà lunedì prossimo a Trieste.            | 2024-03-20 | lunedì prossimo       | 2024-03-25
            Der Minister kam am Freitag nach Kiel.                    | 2024-03-20 | Freitag               | 2024-03-15
            Die Konferenz beginnt am kommenden Montag in Bonn.        | 2024-03-20 | kommenden Montag      | 2024-03-25
            Die Abstimmung war gestern in Mainz.                      | 2024-03-20 | gestern               | 2024-03-19
            O ministro chega nesta quinta-feira a Braga.              | 2024-03-20 | nesta quinta-feira    | 2024-03-21
            O acordo foi assinado ontem em Luanda.                    | 2024-03-20 | ontem                 | 2024-03-19
            O presidente viaja amanhã para Maputo.                    | 2024-03-20 | amanhã                | 2024-03-21
            A delegação chegou na última segunda-feira.               | 2024-03-20 | última segunda-feira  | 2024-03-18
            Министр прибыл в четверг в Омск.                          | 2024-03-20 | четверг               | 2024-03-14
            Встреча пройдёт в следующий понедельник.                  | 2024-03-20 | следующий понедельник | 2024-03-25
            Переговоры прошли вчера в Туле.                           | 2024-03-20 | вчера                 | 2024-03-19
            Presiden bertemu menteri hari ini di Bogor.               | 2024-03-20 | hari ini              | 2024-03-20
            Menteri tiba pada Kamis (21/3/2024) di Surabaya.          | 2024-03-20 | Kamis (21/3/2024)     | 2024-03-21
            Delegasi itu datang Kamis lalu ke Makassar.               | 2024-03-20 | Kamis lalu            | 2024-03-14
            Rapat itu digelar besok di Bandung.                       | 2024-03-20 | besok                 | 2024-03-21
            """)
    void relativeDaysAndWeekdaysInOtherLanguages(String sentence, String anchor, String text, String value) {
        Timex t = find(sentence, anchor, text);

        assertThat(t.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A cimeira será na próxima semana em Faro.                 | próxima semana      | 2024-W13
            A reunião foi na semana passada em Évora.                 | semana passada      | 2024-W11
            A eleição será no ano que vem.                            | ano que vem         | 2025
            O acordo entrou em vigor no mês passado.                  | mês passado         | 2024-02
            Pertemuan itu berlangsung minggu lalu di Solo.            | minggu lalu         | 2024-W11
            Pemilu akan digelar tahun depan.                          | tahun depan         | 2025
            Harga naik bulan ini.                                     | bulan ini           | 2024-03
            Il trattato è stato firmato quest'anno.                   | quest'anno          | 2024
            La cumbre será la semana que viene.                       | semana que viene    | 2024-W13
            """)
    void lastThisAndNextWeekMonthYearFromTheData(String sentence, String text, String value) {
        Timex t = find(sentence, "2024-03-20", text);

        assertThat(t.value()).isEqualTo(value);
        assertThat(t.relative()).isTrue();
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            O presidente visita Braga em julho deste ano.             | julho deste ano              | 2024-07
            Der Besuch fand im Juli letzten Jahres statt.             | Juli letzten Jahres          | 2023-07
            Le traité a été signé en juillet de l'année dernière.     | juillet de l'année dernière  | 2023-07
            Встреча прошла в мае этого года.                          | мае этого года               | 2024-05
            Pemilu digelar Juli tahun ini.                            | Juli tahun ini               | 2024-07
            Il vertice si terrà a luglio dell'anno prossimo.          | luglio dell'anno prossimo    | 2025-07
            """)
    void aMonthOfThisLastOrNextYear(String sentence, String text, String value) {
        assertThat(find(sentence, "2024-03-20", text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            O ministro visitou Braga na segunda-feira.                | segunda-feira | 2024-03-18
            O ministro vai visitar Braga na segunda-feira.            | segunda-feira | 2024-03-25
            Presiden telah berkunjung ke Ambon pada Senin.            | Senin         | 2024-03-18
            Presiden akan berkunjung ke Ambon pada Senin.             | Senin         | 2024-03-25
            Der Kanzler hat am Montag Kiel besucht.                   | Montag        | 2024-03-18
            Der Kanzler wird am Montag Kiel besuchen.                 | Montag        | 2024-03-25
            Am Sonntagabend reist die Kanzlerin dann nach Kiel.       | Sonntagabend  | 2024-03-24
            Die Kanzlerin traf am Montagmorgen den Bürgermeister.     | Montagmorgen  | 2024-03-18
            El ministro visitará Cádiz el lunes.                      | lunes         | 2024-03-25
            Il ministro parteciperà al vertice lunedì.                | lunedì        | 2024-03-25
            """)
    void weekdaysFollowTheTenseWordsOfTheData(String sentence, String text, String value) {
        assertThat(find(sentence, "2024-03-20", text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            O presidente vai a Maputo no início de abril.             | início de abril     | 2024-04 | EARLY
            Pemilu digelar akhir Maret 2019 di seluruh negeri.        | akhir Maret 2019    | 2019-03 | LATE
            Il vertice si terrà a metà maggio.                        | metà maggio         | 2024-05 | MID
            """)
    void partsOfAMonthFromTheData(String sentence, String text, String value, String mod) {
        Timex t = find(sentence, "2024-03-20", text);

        assertThat(t.value()).isEqualTo(value);
        assertThat(t.mod()).isEqualTo(mod);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            O acordo foi assinado em 3 de março de 2019 em Belém.     | 3 de março de 2019  | 2019-03-03
            Perjanjian ditandatangani pada 3 Maret 2019.              | 3 Maret 2019        | 2019-03-03
            Der Vertrag vom 12.05.2019 gilt weiter.                   | 12.05.2019          | 2019-05-12
            L'accord signé le 13/05/2019 reste valable.               | 13/05/2019          | 2019-05-13
            Il decreto del 7 agosto 2020 è in vigore.                 | 7 agosto 2020       | 2020-08-07
            """)
    void explicitDatesWithMonthNamesAndDigits(String sentence, String text, String value) {
        Timex t = find(sentence, "2024-03-20", text);

        assertThat(t.value()).isEqualTo(value);
        assertThat(t.relative()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mereka bertemu selama dua minggu di Jakarta.              | minggu
            Der Morgen begann ruhig in Bremen.                        | Morgen
            Wir sind hier in Bonn und bleiben.                        | hier
            Hier beginnt die Sitzung.                                 | Hier
            """)
    void wordsThatAreOnlyWeekdaysOrDaysWithTheRightCaseAreLeftAlone(String sentence, String word) {
        List<Timex> all = TaggerAssertions.TAGGER.tag(sentence, date("2024-03-20"));

        assertThat(all).noneMatch(t -> t.text().contains(word));
    }
}
