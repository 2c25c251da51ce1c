package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An article with no date of its own that reports a numbered occasion of a series held on a fixed cadence ("the 75th
 * session of the UN General Assembly") is of that occasion's year, even when it names older dates as history, and
 * a day it writes with its weekday takes the year the occasion and the weekday agree on.
 */
class NumberedSessionYearTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Foreign Minister Lina Varga addressed the 75th session of the UN General Assembly in New York, where she met her Chilean counterpart. | 2020
            en-history | Leaders met at the 30th ASEAN Summit, where they recalled the declaration signed in Bangkok on 8 August 1967. | 2017
            fr | La ministre Lina Varga a pris la parole devant la 74e session de l'Assemblée générale des Nations unies à New York. | 2019
            ru | Министр Лина Варга выступила на 76-й сессии Генеральной Ассамблеи ООН в Нью-Йорке. | 2021
            ar | افتتحت القمة العربية العادية الـ33 أعمالها بحضور القادة العرب. | 2024
            en-weekday | The agreement was signed on Wednesday, September 20 on the sidelines of the 78th session of the UN General Assembly, under the Treaty of Rome of 1957. | 2023
            """)
    void aNumberedSessionDatesAnUndatedArticleToItsYearAsInferred(String name, String text, String year) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.article(name, text)), List.of()));

        DocumentDate date = model.document(name).orElseThrow().date();
        assertThat(date.value()).isEqualTo(year);
        assertThat(date.isInferred()).isTrue();
    }
}
