package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two days joined by "and" date one occasion from the first day to the last, in every language. */
class CoordinatedDaysDateTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<Event> visits(String body) {
        return EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2031-03-05", body)), List.of()))
                .events().stream().filter(e -> e.type().name().equals("VISIT")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Chilean president will pay a state visit to Peru on Tuesday, March 18, and Wednesday, March 19.
            Le président chilien effectuera une visite d'État au Pérou le mardi 18 et le mercredi 19 mars.
            Der chilenische Präsident stattet Peru am Dienstag, dem 18., und Mittwoch, dem 19. März, einen Staatsbesuch ab.
            """)
    void anOccasionOnTwoJoinedDaysRunsFromTheFirstToTheLast(String body) {
        assertThat(visits(body)).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("2031-03-18");
            assertThat(e.when().endValue()).isEqualTo("2031-03-19");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Chilean president visited Peru on March 3 and signed a trade accord in Lima on March 4.
            The Chilean president visited Peru on March 3 and again on March 24.
            """)
    void daysJoinedByMoreThanAConjunctionOrWeeksApartStayApart(String body) {
        assertThat(visits(body)).isNotEmpty().allSatisfy(e -> assertThat(e.when().endValue()).isNull());
    }
}
