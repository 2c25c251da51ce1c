package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PageStampsTest {

    private final PageStamps stamps = new PageStamps(DateWords.standard());

    private List<DateCandidate> read(String text) {
        String t = text.replace("\\n", "\n");
        return stamps.read(t, 0, WeekdayCheck.of(t, 0, DateWords.standard()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Envoys meet in Oslo\\nBy ANA RUIZ, DAILY WIRE Published: March 3, 2017\\nThe envoys met.      | 2017-03-03
            Envoys meet in Oslo\\n09:12 CET, June 5, 2018\\nThe envoys met on Tuesday.                     | 2018-06-05
            Envoys meet in Oslo\\n2016.04.12 10:20 GMT+2\\nThe envoys met.                                | 2016-04-12
            Envoys meet in Oslo\\nUpdated: Thursday Feb 2, 2017\\nThe envoys met.                         | 2017-02-02
            Envoys meet\\nThe envoys met in the capital.\\nDiese Meldung wurde am 14.05.2019 gesendet.      | 2019-05-14
            Enviados\\nLos enviados se reunieron.\\nPublicado: 7/10/2021                                   | 2021-10-07
            Envoys meet in Oslo\\nSaturday, 4 March, 2017 - 18:45\\nThe envoys met.                       | 2017-03-04
            Envoys meet in Oslo\\nBy Ana Ruiz in Oslo April 12, 2016\\nThe envoys met.                     | 2016-04-12
            Noticias22/03/2015\\n\\nEnviados se reúnen en Quito                                           | 2015-03-22
            Envoys\\nThe deal was agreed.\\nSaturday, 6 May, 2017 - 08:10 Updated on Sunday, 7 May, 2017  | 2017-05-06
            Послы\\nПослы встретились в столице.\\nДата публикации: 14.04.2016                          | 2016-04-14
            Utusan\\nPara utusan bertemu di ibu kota.\\nDiunggah 14/04/2016 10:20 WIB                      | 2016-04-14
            Gesandte\\nDie Gesandten trafen sich.\\nPubliziert am 14.04.2016                               | 2016-04-14
            "Enviados\\nAutor: Redacción Diario Sur | Fecha: 3 de Mayo de 2017 a las 10:20:00\\nSe reunieron." | 2017-05-03
            "Gesandte\\nMeldungen, 21.06.2016 | Botschaft von Ruritanien, Oslo\\nDie Gesandten trafen sich." | 2016-06-21
            مبعوثون\\nتاريخ النشر: 8th, March 2019 GMT\\nاجتمع المبعوثون.                               | 2019-03-08
            Enviados\\nOs enviados reuniram-se na capital.\\n-0- AGN XY 3março2011                 | 2011-03-03
            """)
    void readsStampLinesAtTheTopOrTheFoot(String text, String expected) {
        assertThat(read(text)).first().satisfies(c -> {
            assertThat(c.value()).isEqualTo(expected);
            assertThat(c.signal()).isEqualTo(Signal.BYLINE);
        });
    }

    @Test
    void aCuedStampRunIntoTheFirstParagraphCounts() {
        String lead = "OSLO -- The envoys of the two neighbours met here on Wednesday and agreed to resume the border"
                + " talks they broke off last spring.";
        assertThat(read("Envoys meet\\nUpdated: 2016-09-21 08:12 " + lead)).first().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2016-09-21");
            assertThat(c.signal()).isEqualTo(Signal.BYLINE);
        });
        assertThat(read("Envoys meet\\nThe talks of 2016-09-21 08:12 were the first. " + lead)).isEmpty();
    }

    @Test
    void aDateLineTheCopyGluedToTheFirstParagraphCounts() {
        String lead = "Die Gesandten der beiden Nachbarn trafen sich in der Hauptstadt und vereinbarten, die"
                + " Grenzgespräche wieder aufzunehmen, die sie im vergangenen Frühjahr abgebrochen hatten.";
        assertThat(read("Gesandte in Oslo\\n14. Mai 2016Die " + lead)).first().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2016-05-14");
            assertThat(c.signal()).isEqualTo(Signal.BYLINE);
        });
        // a date opening a sentence of prose with a space after it is an event's, not the page's
        assertThat(read("Gesandte in Oslo\\n14. Mai 2016 trafen sich die Gesandten. " + lead)).isEmpty();
        // glued, but after words of the sentence: prose all the same
        assertThat(read("Gesandte in Oslo\\nDie Gesandten trafen sich am 14. Mai 2016Die " + lead)).isEmpty();
    }

    @Test
    void aShortStampLineAtTheFootCounts() {
        String prose = "The envoys met in the capital and agreed to talk again. ".repeat(30);
        assertThat(read("Envoys meet\\n" + prose + "\\nSource: Daily Wire. 11 May 2019")).first()
                .satisfies(c -> assertThat(c.value()).isEqualTo("2019-05-11"));
    }

    @Test
    void aClockedTwoDigitYearStampBelowDemotesTheSiteDateOfTheDay() {
        List<DateCandidate> found = read("Tempo\\n  • 3 MAIO 2025\\nMinistros reúnem-se\\n09:40 - 27/10/21 por Agência"
                + "\\nO ministro chegou.");
        assertThat(found).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo("2021-10-27");
            assertThat(c.confidence()).isEqualTo(0.8);
        });
        assertThat(found).allSatisfy(c -> assertThat(c.value().equals("2025-05-03") && c.confidence() > 0.5)
                .isFalse());
    }

    @Test
    void numericDateIsReadInTheOrderItsWeekdaySays() {
        // 05/06/2019: 5 June (a Wednesday) or May 6 (a Monday); "Mon" settles it.
        assertThat(read("ID : 42\\nMon, 05/06/2019 - 01:27\\nThe envoys met.")).first()
                .satisfies(c -> assertThat(c.value()).isEqualTo("2019-05-06"));
    }

    @Test
    void dateGivenWithItsWeekdayInProseCountsAndAWrongWeekdayDoesNot() {
        List<DateCandidate> found = read("Presiden menerima menteri di Jakarta, Selasa (9/4/2019). Kemarin, Senin"
                + " (8/4/2091), ia berbicara dengan duta besar tentang kerja sama dan perdagangan di kawasan.");

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2019-04-09");
            assertThat(c.signal()).isEqualTo(Signal.WEEKDAY_DATE);
        });
    }

    @Test
    void embeddedPostCarriesItsDate() {
        List<DateCandidate> found = read("The minister wrote on social media after the talks.\\n"
                + "We had a good meeting today.\\n— Ana Ruiz (@anaruiz) March 9, 2018\\nThe talks lasted two hours.");

        assertThat(found).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo("2018-03-09");
            assertThat(c.signal()).isEqualTo(Signal.EMBEDDED_POST);
        });
    }

    @Test
    void copyrightLinesAndDatesInProseAreClutter() {
        List<DateCandidate> found = read("Envoys meet in Oslo\\n© 2020 Daily Wire. All rights reserved.\\n"
                + "The envoys, who first met on June 3, 2011 in Geneva, met again in Oslo to discuss the border.");

        assertThat(found).isEmpty();
    }

    @Test
    void weekdayDateOfAnotherDayIsAnEventNotTheArticlesDay() {
        List<DateCandidate> found = read("Le ministre a annoncé que le sommet s'ouvrira le mardi 12 mars 2024 à Dakar,"
                + " en présence des chefs d'État de la région et de nombreux observateurs.");

        assertThat(found).isEmpty();
    }

    @Test
    void weekdayDateTheTextCallsItsOwnCounts() {
        List<DateCandidate> found = read("L'annonce a été faite ce vendredi 8 mars 2024 par le ministre, lors d'une"
                + " conférence de presse à Dakar devant de nombreux journalistes.");

        assertThat(found).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("2024-03-08"));
    }

    @Test
    void arabicDateLineWithItsWeekdayIsReadDayFirst() {
        // 05-03-2017: 5 March (a Sunday, الأحد) or May 3 (a Wednesday); the weekday settles it.
        assertThat(read("الوزير يستقبل نظيره\\nالأحد 05-03-2017 10:20 | كتب: سامي فريد |\\nاستقبل الوزير نظيره."))
                .first().satisfies(c -> {
                    assertThat(c.value()).isEqualTo("2017-03-05");
                    assertThat(c.signal()).isEqualTo(Signal.BYLINE);
                });
    }

    @Test
    void aDateSaidToBeTomorrowIsNotTheDayOfWritingEvenWithItsWeekdayNamedTwice() {
        List<DateCandidate> found = read("Envoys\\nThe envoys arrive in the capital tomorrow, Friday 14/6/2019, for"
                + " talks with the hosts. On Friday they will also sign the accord on fisheries and trade.");

        assertThat(found).noneSatisfy(c -> assertThat(c.value()).isEqualTo("2019-06-14"));
    }
}
