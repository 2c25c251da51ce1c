package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date of a communiqué or declaration named by a noun is its own, not that of the event of the main clause. */
class ActDateAcrossCommaTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<Event> ofKind(String body, String kind) {
        return EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("g", "2031-03-20", body)), List.of()))
                .events().stream().filter(e -> e.type().name().equals(kind)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Following the joint declaration of 2 March, the Chilean foreign minister visited Peru.
            En seguimiento de la declaración conjunta del pasado 2 de marzo, el canciller chileno visitó Perú.
            """)
    void aVisitToldAcrossACommaFromADeclarationsDateIsNotDatedByIt(String body) {
        assertThat(ofKind(body, "VISIT")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.when().value()).isNotEqualTo("2031-03-02"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At the summit of 2 March in Lima, the Chilean and Peruvian presidents signed a trade agreement.
            The Chilean foreign minister visited Peru on 2 March, a week before the joint declaration.
            """)
    void aGatheringsDateOrTheEventsOwnDateStillDatesIt(String body) {
        assertThat(ofKind(body, body.contains("signed") ? "AGREEMENT" : "VISIT"))
                .anySatisfy(e -> assertThat(e.when().value()).isEqualTo("2031-03-02"));
    }
}
