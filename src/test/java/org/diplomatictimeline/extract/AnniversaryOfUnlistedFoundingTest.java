package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An anniversary whose starting point no table lists (relations of a pair of countries not in anniversaries.tsv, a
 * treaty, an unnamed occasion) is still an event: dated by its own clause, or in the article's year when told in the
 * present; never by the year it counts from.
 */
class AnniversaryOfUnlistedFoundingTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<Event> anniversaries(String date, String body) {
        return EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("a", date, body)), List.of())).events()
                .stream().filter(e -> e.type() == EventType.ANNIVERSARY).toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-05-14 | Norway and Chile mark the 60th anniversary of their bilateral relations this year.            | 2025
            2025-05-14 | The trip comes in the 60th anniversary of relations between Norway and Chile, the minister said. | 2025
            2025-05-14 | Il viaggio cade nel 60esimo anniversario delle relazioni tra Norvegia e Cile.                 | 2025
            2025-05-14 | La Norvège et le Chili célèbrent cette année le 60e anniversaire de leurs relations.         | 2025
            2025-05-14 | The two sides will hold a reception on Friday to celebrate the 30th anniversary of the fisheries treaty. | 2025-05-16
            """)
    void anAnniversaryOfAnUnlistedFoundingIsDatedByItsClause(String date, String body, String expected) {
        assertThat(anniversaries(date, body)).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo(expected));
    }

    @Test
    void theAnniversaryWithoutItsCountNamesTheOneToldBefore() {
        List<Event> found = anniversaries("2025-05-14", "Norway and Chile mark the 60th anniversary of their "
                + "relations this year. The embassy will hold concerts to mark the anniversary, among them one in June.");

        assertThat(found).singleElement().satisfies(e -> assertThat(e.when().value()).isEqualTo("2025"));
    }

    @Test
    void aDateFarFromTheArticleIsWhatTheYearsCountFromNotTheAnniversary() {
        List<Event> found = anniversaries("2025-05-14",
                "The anniversary of the 1995 fisheries treaty between Norway and Chile was marked in Oslo.");

        assertThat(found).allSatisfy(e -> assertThat(e.when().value()).doesNotStartWith("1995"));
    }
}
