package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.junit.jupiter.api.Test;

class DocumentDateInferenceTest {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final NewsTemporalTagger tagger = new NewsTemporalTagger();
    private final DocumentDateInference inference = new DocumentDateInference();

    private DocumentDate infer(Document doc, List<YearClue> clues) {
        String text = doc.text();
        List<Sentence> sentences = splitter.split(text, doc.bodyStart(), text.length());
        return inference.infer(doc, sentences, tagger.tag(text, doc.bodyStart(), text.length(), null), clues);
    }

    @Test
    void aMonthOnlyHeaderTakesTheOneDateOfThatMonthWrittenWithItsWeekday() {
        Document doc = TestArticles.withHeader("m", "2021-04",
                "Presiden menerima perdana menteri di istana, seperti disiarkan televisi, Kamis, 8 April 2021.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2021-04-08");
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aThisWeekWeekdayWithItsDayNearACaptionDateMakesTheYearADay() {
        Document doc = TestArticles.article("w", "Foto: Ana Ruiz / Agência - 12.10.2022 O ministro chega a Lima."
                + "\n\nO ministro visita o Peru nesta quinta-feira (13) em viagem oficial.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2022-10-13");
    }

    @Test
    void anUntoldFullDateGivesTheYearOfAWeekdayToldBeforeTheDaysAhead() {
        Document doc = TestArticles.article("u", "The two ministers at a news conference in Lima on June 2, 2021."
                + "\n\nThe ministry on Wednesday announced that the ministers will meet again on September 9-10.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2021-09-08");
    }

    @Test
    void aYearlessDateLineTakesTheYearOfAFullDateNearIt() {
        Document doc = TestArticles.article("y", "Island Wire\n\nJune 14\n\nThe ministers closed their meeting"
                + " today. The meeting was held from 12-13 June 2017 in the capital.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2017-06-14");
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aYearlessDateLineInATextWithoutAnyYearStaysUndated() {
        Document doc = TestArticles.article("z", "Island Wire\n\nJune 14\n\nThe ministers closed their meeting"
                + " today in the capital.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.isKnown()).isFalse();
    }

    @Test
    void aMastheadDayAboveTheArticlesOwnNumericStampIsNotTheDate() {
        Document doc = TestArticles.article("s", "3 March, 2024, 9:10 am - 28°C Sunny\n\nEnvoys meet in the"
                + " capital\n\nBy Ana Ruiz\n04/06/2018\nThe envoys met in the capital to prepare the talks.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2018-06-04");
    }

    @Test
    void aHeaderLineTheTextDoesNotContradictIsTheDate() {
        Document doc = TestArticles.withHeader("a", "2020-02-11",
                "The finance ministers of Peru and Chile met in Lima on Monday.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2020-02-11");
        assertThat(date.source()).isEqualTo(DateSource.HEADER);
        assertThat(date.conflict()).isFalse();
    }

    @Test
    void aDatelineOverrulesAWrongHeaderAndKeepsIt() {
        Document doc = TestArticles.withHeader("b", "2019-05-03",
                "NAIROBI, May 7 (Reuters) - Kenya's foreign minister said on Tuesday he will visit Kampala next week.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2019-05-07");
        assertThat(date.source()).isEqualTo(DateSource.DATELINE);
        assertThat(date.headerValue()).isEqualTo("2019-05-03");
        assertThat(date.conflict()).isTrue();
        assertThat(date.reason()).contains("dateline").contains("2019-05-03");
    }

    @Test
    void aHeaderEarlierThanAPastFullDateInTheTextIsOverruled() {
        Document doc = TestArticles.withHeader("c", "2018-01-01",
                "The two leaders met on 14 March 2018 in Ankara and signed a trade pact.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.conflict()).isTrue();
        assertThat(date.value()).isEqualTo("2018-03-14");
        assertThat(date.headerValue()).isEqualTo("2018-01-01");
    }

    @Test
    void withoutHeaderAPastWeekdayBeforeAFutureDayPinsTheDate() {
        Document doc = TestArticles.article("d", "Portugal's foreign minister will meet his Brazilian counterpart on "
                + "March 22 in Lisbon, Lisbon said on Tuesday.");

        DocumentDate date = infer(doc, List.of(new YearClue(2021, "the 25th anniversary of a treaty")));

        // 2021-03-22 is a Monday; the Tuesday before it is 2021-03-16.
        assertThat(date.value()).isEqualTo("2021-03-16");
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(date.isInferred()).isTrue();
        assertThat(date.reason()).contains("Tuesday").contains("2021");
    }

    @Test
    void aYearLessDayAheadTakesTheYearTheTextWritesItWith() {
        Document doc = TestArticles.article("y", "The two prime ministers first met in Hanoi on 3-4 May 2016. "
                + "The ministry said on Tuesday that they will meet again from June 9-10, 2017 in Dhaka. "
                + "The prime minister will land in Dhaka on June 9 with a business delegation.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2017-06-06"); // the last Tuesday before 9 June 2017, not 2016
        assertThat(date.reason()).contains("year 2017");
    }

    @Test
    void todayWithItsWeekdayBeforeADayAheadPinsTheDateInArabic() {
        // "The president arrived this evening, Thursday, in Riyadh to take part in the summit tomorrow, Friday
        // 19-9-2025."
        Document doc = TestArticles.article("ar", "وصل الرئيس مساء اليوم الخميس إلى الرياض. "
                + "ووجه الملك دعوة للمشاركة في القمة غدًا الجمعة 19-9-2025.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2025-09-18");
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aPastWeekdayInAnotherLanguageBeforeADayAheadPinsTheDate() {
        Document doc = TestArticles.article("de", "Die Außenminister trafen sich am Dienstag in Wien. "
                + "Der Gipfel wird am 20.03.2026 in Genf stattfinden.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2026-03-17"); // 20 March 2026 is a Friday
    }

    @Test
    void withoutHeaderOnlyAnAnniversaryGivesTheYear() {
        Document doc = TestArticles.article("e", "Officials are preparing celebrations across both capitals.");

        DocumentDate date = infer(doc, List.of(new YearClue(2024, "the 75th anniversary of NATO")));

        assertThat(date.value()).isEqualTo("2024");
        assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(date.source()).isEqualTo(DateSource.ANNIVERSARY);
    }

    @Test
    void aCopyrightYearIsNotTheArticleDate() {
        Document doc = TestArticles.article("f", "Envoys will meet soon, officials said.\n© 2016 Example News");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.isKnown()).isFalse();
        assertThat(date.reason()).isNotBlank();
    }

    @Test
    void aBylineWithoutYearTakesTheYearFromTheHeader() {
        Document doc = TestArticles.withHeader("g", "2019-05",
                "By Lena Park\nMay 29, 19:54 UTC+3\nThe delegations met in Minsk.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2019-05-29");
        assertThat(date.source()).isEqualTo(DateSource.BYLINE);
        assertThat(date.conflict()).isFalse();
    }

    @Test
    void aPastDateAfterSinceIsNeverTheDayOfWriting() {
        Document doc = TestArticles.article("since",
                "The envoys have talked every month since March 4, 2021. The ministers met in Quito and signed a pact.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isNotEqualTo("2021-03-04");
        assertThat(date.isKnown()).isFalse();
    }

    @Test
    void aPastDateToldInThePastPerfectGivesTheArticleNoYear() {
        Document doc = TestArticles.article("perfect",
                "Am 9. Mai 1971 hatten die Könige von Velmar und Ostra den ersten Vertrag unterzeichnet. Bei der"
                        + " Feier am Dienstag lobte die Kanzlerin den neuen Vertrag.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.reason()).contains("past perfect");
        assertThat(date.isKnown()).isFalse();
    }

    @Test
    void aDayThatSinceOpensThroughItsOccasionDoesNotMakeAMonthADay() {
        Document doc = TestArticles.withHeader("depuis", "2031-08",
                "La ministre est arrivée lundi soir à Velmar, sa deuxième visite depuis l'incendie tragique du 5 août."
                        + " Une parade aura lieu mardi.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2031-08");
    }

    @Test
    void aFullDateWhoseTenseTheClauseDoesNotTellGivesTheArticleItsYear() {
        Document doc = TestArticles.article("untensed",
                "The foreign minister of Fiji is in Suva for the lakes forum from 14 to 18 October, 2029."
                        + " The leaders held their retreat in Lautoka on 17th October.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2029");
        assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void untensedFullDatesOfSeveralYearsGiveTheArticleNoYear() {
        Document doc = TestArticles.article("untensed-years",
                "Menteri luar negeri Fiji dan para menteri kawasan danau membuka rapat tahunan di Suva pada 7"
                        + " Oktober 2029 dan membahas perjanjian kerja sama perikanan yang diteken pada 12 Mei 2011.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.isKnown()).isFalse();
    }

    @Test
    void thePastDateOfAnEventTheArticleTellsIsNotItsDayOfWriting() {
        Document doc = TestArticles.article("after",
                "The envoys met on March 4, 2021 in Quito and signed a pact.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2021");
        assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(date.reason()).contains("March 4, 2021");
    }

    @Test
    void aYearlessDayOfWritingInFiguresTakesTheYearOfAFullDateNearIt() {
        Document doc = TestArticles.article("siang",
                "Jakarta: Menteri Luar Negeri siang ini (14/9) berangkat ke Manila untuk menghadiri pertemuan"
                        + " para menteri pada 16 September 2016.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2016-09-14");
    }

    @Test
    void aHeaderIsReadWithDayAndMonthSwappedWhenTheTextNamesDaysOnlyNearTheSwappedReading() {
        Document doc = TestArticles.withHeader("swap", "2021-02-06",
                "The ministry said on Wednesday that the new tariffs take effect on June 7.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2021-06-02");
        assertThat(date.headerValue()).isEqualTo("2021-02-06");
    }

    @Test
    void aDayOfWritingPhraseAtTheTopDatesTheArticle() {
        Document doc = TestArticles.article("today",
                "LIMA - Hoy, 5 de marzo de 2024, el canciller recibió a su homólogo chileno.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2024-03-05");
    }

    @Test
    void aDayTheTextTellsAsStillToComeDoesNotMakeAMonthHeaderADay() {
        Document doc = TestArticles.withHeader("ahead", "2021-09",
                "Il ministro ha incontrato a Valdoria il collega. Poi l'annuncio: il prossimo sabato, il 25 settembre,"
                        + " si terrà il vertice a Ruritania.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2021-09");
        assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void aDayTheTextTellsAsPastStillMakesAMonthHeaderADay() {
        Document doc = TestArticles.withHeader("past", "2021-09",
                "Il ministro ha incontrato sabato, 25 settembre, il collega a Valdoria.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2021-09-25");
    }

    @Test
    void aStampInArabicIndicDigitsDatesTheArticle() {
        Document doc = TestArticles.article("indic",
                "الوزير يزور عمان\n\nالأحد ٠٩ أيار ٢٠٢١\n\nالتقى وزير الخارجية نظيره يوم الأحد في عمان.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2021-05-09");
    }

    @Test
    void todayWithAWeekdayAndABareDayMakesAMonthHeaderADay() {
        Document doc = TestArticles.withHeader("hoy", "2022-06",
                "Los cancilleres de Valdoria y Ruritania firmaron hoy, jueves 9, un acuerdo comercial.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2022-06-09");
    }

    @Test
    void aPastWeekdayBeforeADayAheadMakesAMonthHeaderADayInThatMonth() {
        Document doc = TestArticles.withHeader("monthday", "2022-03",
                "The Valdorian minister announced on Friday that he will visit Ruritania on Sunday, March 13, 2022.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2022-03-11");
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aWeekdayBeforeADayAheadOutsideTheHeaderMonthLeavesTheMonth() {
        Document doc = TestArticles.withHeader("monthstays", "2022-10",
                "The palace announced on Monday that the queen will host the Valdorian president from Tuesday,"
                        + " November 22, 2022.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2022-10");
    }

    @Test
    void aWeekdayWithItsDayInBracketsTakesTheYearOfAFullDateNearIt() {
        Document doc = TestArticles.article("bracket",
                "Valdoria (KANTOR) - Menteri luar negeri Valdoria bertemu mitranya di Ruritania pada Senin (14/3)."
                        + " Perjanjian awal ditandatangani pada 2 Maret 2022 di ibu kota Valdoria.");

        DocumentDate date = infer(doc, List.of());

        assertThat(date.value()).isEqualTo("2022-03-14");
    }
}
