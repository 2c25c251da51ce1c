package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.diplomatictimeline.model.DateSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineReaderTest {

    private final DatelineReader reader = new DatelineReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            NAIROBI, May 7 (Reuters) - Kenya said on Tuesday it would host talks. | 0    | 5 | 7  | DATELINE
            Published: 2021/3/9\\nThe envoy arrived.                              | 2021 | 3 | 9  | BYLINE
            13 May 2019 17:52\\nThe envoy arrived.                                | 2019 | 5 | 13 | BYLINE
            By Ana Ruiz\\nMay 29, 19:54 UTC+3\\nThe envoy arrived.                | 0    | 5 | 29 | BYLINE
            ROME, 4 mars 2022 (AFP) - Le ministre est arrivé lundi.               | 2022 | 3 | 4  | DATELINE
            МИНСК, 9 апреля. /ТАСС/. Министр прибыл в понедельник.                | 0    | 4 | 9  | DATELINE
            Mis à jour le 8 février 2022 à 10h05\\nLe ministre est arrivé.       | 2022 | 2 | 8  | BYLINE
            21 октября 2020, 09:15\\nМинистр прибыл.                            | 2020 | 10| 21 | BYLINE
            07.11.2022 08:40\\nDer Minister kam am Montag an.                    | 2022 | 11| 7  | BYLINE
            12. Januar 2023\\nDer Minister kam am Montag an.                     | 2023 | 1 | 12 | BYLINE
            "March 8, 2022 | 11:05 AM\\nThe envoy arrived."                     | 2022 | 3 | 8  | BYLINE
            Москва. 3 марта. INTERFAX.RU - Министр прибыл в Минск.             | 0    | 3 | 3  | DATELINE
            Nuova Roma, 14 ott. (Agenzia) – Il ministro è arrivato.               | 0    | 10| 14 | DATELINE
            Oslo, August 2 (Nordic Wire)--The ministers met.                      | 0    | 8 | 2  | DATELINE
            April 11 (FinanceWire) - The premier will fly to Seoul.               | 0    | 4 | 11 | DATELINE
            08:15 · Quito, Feb. 6.\\nThe ministry said on Monday.                  | 0    | 2 | 6  | DATELINE
            Lisboa, 3 de maio 2017. – O ministro chegou.                          | 2017 | 5 | 3  | DATELINE
            Jakarta, (ABC - Daily Wire - 2nd June, 2021) The minister arrived.    | 2021 | 6 | 2  | DATELINE
            الرباط، 9 مارس 2021 (وكالة) - وصل الوزير يوم الاثنين.                 | 2021 | 3 | 9  | DATELINE
            عمّان، 4 أيار 2019 - استقبل الملك وفدا أمس.                          | 2019 | 5 | 4  | DATELINE
            (AGENZIA) - TORINO, 16 OTT - Il ministro è arrivato lunedì.           | 0    | 10| 16 | DATELINE
            ГРОДНО, 5 мая 2021 года. /АГЕНТСТВО/. Министр прибыл в среду.       | 2021 | 5 | 5  | DATELINE
            КАЗАНЬ, 12 июля 2020 г. - Министр прибыл в пятницу.                 | 2020 | 7 | 12 | DATELINE
            طرابلس، 7 أيار 2018م - وصل الوزير يوم الاثنين.                       | 2018 | 5 | 7  | DATELINE
            Tirana (Albanien), 14.03.2016 – Der Minister ist am Montag angekommen. | 2016 | 3 | 14 | DATELINE
            Dailywire, Lima, 9 October 2017 (Agencies) — The envoy arrived.       | 2017 | 10| 9  | DATELINE
            09:40 - 27/10/21 por Agência\\nO ministro chegou.                      | 2021 | 10| 27 | BYLINE
            "Quito (Ecuador), (oct. 4/17). La canciller se reunió con su homólogo." | 2017 | 10| 4  | DATELINE
            September 14\\nThe delegates gathered in the capital.                  | 0    | 9 | 14 | BYLINE
            Jeudi 3 octobre\\nLes ministres se sont réunis.                       | 0    | 10| 3  | BYLINE
            17 de marzo\\nLos cancilleres se reunieron ayer.                      | 0    | 3 | 17 | BYLINE
            ## 12. Mai\\nDie Minister trafen sich am Montag.                     | 0    | 5 | 12 | BYLINE
            الرياض 5 رجب 1443 هـ الموافق 06 فبراير 2022 م (وكالة) استقبل الوزير وفدا. | 2022 | 2 | 6  | DATELINE
            جدة في 3 شعبان 1440 هـ الموافق 8 أبريل 2019 م - وصل الوزير أمس.        | 2019 | 4 | 8  | DATELINE
            Medan, 10 Muharram 1445 H bertepatan dengan 28 Juli 2023 - Menteri tiba. | 2023 | 7 | 28 | DATELINE
            "Taif, Rajab 5, 1443, February 6, 2022 (Wire) -- The minister arrived."   | 2022 | 2 | 6  | DATELINE
            "أخبار - موقع - 3 ذو القعدة 1445 هـ\\nوصل الوزير اليوم السبت."           | 2024 | 5 | 11 | BYLINE
            "Kabar Kota, 19 Rajab 1445 H\\nMenteri tiba di ibu kota."               | 2024 | 1 | 31 | BYLINE
            """)
    void readsDatelinesAndBylines(String text, int year, int month, int day, DateSource source) {
        Optional<DatelineReader.Stamp> stamp = reader.read(text.replace("\\n", "\n"), 0);

        assertThat(stamp).isPresent();
        assertThat(stamp.get().year()).isEqualTo(year);
        assertThat(stamp.get().month()).isEqualTo(month);
        assertThat(stamp.get().day()).isEqualTo(day);
        assertThat(stamp.get().source()).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            © 2017 Daily Planet. All rights reserved.\\nThe envoy arrived.
            The envoys met on 4 June 2018 in Rome and agreed to meet again later in the year after the summer break.
            May 4 was the day the two envoys first met.
            The hall seats 1400 guests and opened 28 July 2023 after two years of building work in the old town.
            The hall seats 1400 guests and opened on 19 Rajab 1445 after two years of building work in the old town.
            """)
    void copyrightLinesAndDatesInRunningTextAreNotArticleDates(String text) {
        assertThat(reader.read(text.replace("\\n", "\n"), 0)).isEmpty();
    }
}
