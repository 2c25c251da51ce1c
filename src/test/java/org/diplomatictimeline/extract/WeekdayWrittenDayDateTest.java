package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An article with no header, dateline or byline dated by a day its text writes with its weekday. */
class WeekdayWrittenDayDateTest {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final NewsTemporalTagger tagger = new NewsTemporalTagger();
    private final DocumentDateInference inference = new DocumentDateInference();

    private DocumentDate infer(String body) {
        Document doc = TestArticles.article("w", body);
        String text = doc.text();
        List<Sentence> sentences = splitter.split(text, doc.bodyStart(), text.length());
        return inference.infer(doc, sentences, tagger.tag(text, doc.bodyStart(), text.length(), null), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le sommet, qui devait se tenir ce mardi 14 mars à Dakar, aura lieu le 2 mai 2024. | 2023-03-14 | DAY
            The minister will arrive in Accra on Thursday, October 12, before the 2024 elections. | 2023       | YEAR
            El canciller llegará a Quito el viernes 8 de marzo para la cumbre andina de 2024.   | 2024       | YEAR
            Die Ministerin trifft am Dienstag, 14. Mai, in Tallinn ein; die Wahl folgt 2024.    | 2024       | YEAR
            """)
    void aDayWrittenWithItsWeekdayTakesTheNearestYearInWhichItFallsOnThatWeekday(String body, String value,
                                                                                 DatePrecision precision) {
        DocumentDate date = infer(body);

        assertThat(date.value()).isEqualTo(value);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.reason()).contains("weekday");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoy will reach Lusaka on Thursday, October 12; the talks run to October 14.        | 2023-10
            La ministra llegará a Quito el viernes 8 de marzo y se reunirá el sábado 9 de marzo.     | 2024-03
            """)
    void aDayWrittenWithItsWeekdayButNotSaidToBeThisWeekNeverPlacesTheArticleInItsMonth(String body, String month) {
        DocumentDate date = infer(body + " The 2024 summit follows.");

        assertThat(date.value()).doesNotStartWith(month);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoy will land in Apia on Friday, January 3, ahead of the 2025 forum.
            The two ministers met in Apia on Monday, December 30, before the 2025 forum.
            """)
    void aDayWrittenWithItsWeekdayNearNewYearGivesTheArticleNoYear(String body) {
        DocumentDate date = infer(body);

        assertThat(date.reason()).doesNotContain("written with its weekday");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            El canciller llegará a Quito el 8 de marzo para preparar la cumbre andina de 2024.
            The foreign minister will arrive in Accra on Friday, October 12, ahead of the elections of 2024.
            """)
    void aDayWithoutItsWeekdayOrWithOneItNeverFallsOnNearTheNamedYearDoesNotPlaceTheArticle(String body) {
        DocumentDate date = infer(body);

        assertThat(date.precision()).isNotIn(DatePrecision.DAY, DatePrecision.MONTH);
    }
}
