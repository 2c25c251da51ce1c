package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole pages saved as plain text: the article's own stamp wins over the page's clutter. */
class PageClutterDocumentDateTest {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final NewsTemporalTagger tagger = new NewsTemporalTagger();
    private final DocumentDateInference inference = new DocumentDateInference();

    private DocumentDate infer(String page) {
        Document doc = TestArticles.article("p", page.replace("\\n", "\n"));
        String text = doc.text();
        List<Sentence> sentences = splitter.split(text, doc.bodyStart(), text.length());
        return inference.infer(doc, sentences, tagger.tag(text, doc.bodyStart(), text.length(), null), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Home\\nWorld\\nEnvoys meet in Oslo\\nPublished 12:03 GMT, 5 June 2019\\nThe envoys met on Wednesday in Oslo.\\n© 2024 Daily Wire | 2019-06-05
            "Menu\\nEnvoys meet in Oslo\\nJune 5, 2019 | 3:45 PM\\nThe envoys met on Wednesday in Oslo."      | 2019-06-05
            Envoys meet in Oslo\\nThe envoys met in Oslo on the border question.\\nRelated\\nLeaders talk trade\\nMarch 2, 2021\\nMinisters in Rome\\nMay 3, 2021 | none
            Envoys meet\\nBy Ana Ruiz\\nJune 5, 2019\\nThe envoys met.\\nRead also: Leaders talk trade, March 2, 2021\\nThey left. | 2019-06-05
            Les envoyés\\nLes envoyés se sont réunis à Oslo.\\nLire aussi\\nLes dirigeants parlent commerce\\n2 mars 2021 | none
            Послы\\nОпубликовано 5 июня 2019, 12:03\\nПослы встретились в среду.                                    | 2019-06-05
            Gesandte\\n05.06.2019, 12:03 Uhr\\nDie Gesandten trafen sich am Mittwoch.                              | 2019-06-05
            Utusan\\nRabu, 05 Juni 2019 12:03 WIB\\nPara utusan bertemu di Oslo.                                  | 2019-06-05
            Enviados\\nPublicado em 05/06/2019 - 12h03\\nOs enviados reuniram-se na quarta-feira.                 | 2019-06-05
            Envoys meet in Oslo\\nUpdated: June 6, 2019 08:10 EDT\\nThe envoys met on Wednesday.                       | 2019-06-06
            Sign in\\nTuesday, December 6, 2022\\nEnvoys meet in Oslo\\nBy Ana Ruiz\\nJune 5, 2019\\nThe envoys met on Wednesday. | 2019-06-05
            Envoys meet in Oslo\\nThe envoys met on Wednesday in Oslo.\\nPosted on 05.06.2019 by admin\\nCopyright 2023   | 2019-06-05
            Les envoyés se réunissent\\nPublié le 05/06/2019 à 12h03\\nLes envoyés se sont réunis mercredi.            | 2019-06-05
            Los enviados se reúnen\\nActualizado: 05/06/2019 15:45\\nLos enviados se reunieron el miércoles.           | 2019-06-05
            Gli inviati\\nPubblicato il 5 giugno 2019 alle 12:03\\nGli inviati si sono incontrati mercoledì.          | 2019-06-05
            Envoys meet in Oslo\\nThe envoys met on Wednesday.\\nWe use cookies. Last updated 1 January 2024. Accept  | none
            BUSINESSDESK\\nMarch 25 (Wire) - The envoys will meet on Sunday.\\n© 2024 Daily Wire. All rights reserved. | none
            Envoys meet in Oslo\\nLast Updated: 5th June 2019 12:03 IST\\nThe envoys met on Wednesday.             | 2019-06-05
            Envoys meet in Oslo\\nJun. 5, 2019 3:45 p.m. ET\\nThe envoys met on Wednesday.                        | 2019-06-05
            Los enviados\\n5 de junio de 2019 - 15:45\\nLos enviados se reunieron el miércoles.                  | 2019-06-05
            Les envoyés\\nMis à jour le 05/06/2019 à 12:03\\nLes envoyés se sont réunis mercredi.                | 2019-06-05
            Gli inviati\\nAggiornato il 05/06/2019 ore 12:03\\nGli inviati si sono incontrati mercoledì.         | 2019-06-05
            Gesandte\\nStand: 05.06.2019 12:03 Uhr\\nDie Gesandten trafen sich am Mittwoch.                      | 2019-06-05
            Envoys meet in Oslo\\nPublished: 2019/06/05\\nThe envoys met on Wednesday.                            | 2019-06-05
            Envoys meet in Oslo\\n05-06-2019 12:03\\nThe envoys met on Wednesday.                                 | 2019-06-05
            Envoys meet in Oslo\\nWednesday 5 June 2019 12.03 BST\\nThe envoys met on Wednesday.                  | 2019-06-05
            Envoys meet in Oslo\\nFirst published on Wed 5 Jun 2019 12.03 BST\\nThe envoys met in Oslo.           | 2019-06-05
            Envoys meet in Oslo\\nThe envoys met in Oslo.\\nThis article was first published on June 5, 2019.      | 2019-06-05
            Посланники\\nСреда, 5 июня 2019\\nПосланники встретились в Осло.                                     | 2019-06-05
            Envoys meet in Oslo\\n2019-06-05T12:03:00Z\\nThe envoys met on Wednesday.                                 | 2019-06-05
            Envoys meet in Oslo\\n05 Jun 2019, 12:03 IST\\nThe envoys met on Wednesday.                               | 2019-06-05
            """)
    void theArticlesOwnStampWinsOverPageClutter(String page, String expected) {
        DocumentDate date = infer(page);

        assertThat(date.isKnown() ? date.value() : "none").as(date.reason()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "•   Mon Jun 2 2025\\nEnvoys meet in Oslo\\nThe envoys met in Oslo on June 7, 2022.\\nThey meet again on Friday, June 10, their office said." | 2025
            "Mon Jun 2 2025\\nLes envoyés\\nLes envoyés se sont réunis le 7 juin 2022.\\nIls se reverront le vendredi 10 juin à Bergen, selon leur bureau."  | 2025
            """)
    void aPageClockThatTheTextsWeekdaysContradictDoesNotDateTheArticle(String page, String clockYear) {
        DocumentDate date = infer(page);

        assertThat(date.isKnown() ? date.value() : "none").as(date.reason()).doesNotStartWith(clockYear);
        assertThat(date.reason()).contains("the page's clock");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Mon Jun 6 2022\\nEnvoys meet in Oslo\\nThe envoys met in Oslo on June 3, 2022.\\nThey meet again on Friday, June 10, their office said." | 2022-06-06
            """)
    void aStampTheTextsWeekdaysFitStands(String page, String expected) {
        DocumentDate date = infer(page);

        assertThat(date.isKnown() ? date.value() : "none").as(date.reason()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            الرياض 5 رجب 1443 هـ الموافق 06 فبراير 2022 م (وكالة) التقى الوزير اليوم بنظيره.          | 2022-02-06
            "Medan, 10 Muharram 1445 H bertepatan dengan 28 Juli 2023 - Menteri bertemu mitranya."   | 2023-07-28
            """)
    void aDualCalendarDatelineDatesTheArticle(String page, String expected) {
        DocumentDate date = infer(page);

        assertThat(date.isKnown() ? date.value() : "none").as(date.reason()).isEqualTo(expected);
    }
}
