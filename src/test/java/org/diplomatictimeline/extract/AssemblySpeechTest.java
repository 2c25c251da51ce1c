package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A speech delivered to an assembly is an occasion of the speaker's own, dated by its day and planned or done as the
 * tense says; sentences written for this test.
 */
class AssemblySpeechTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prime Minister Omar Qadri will deliver a speech at a joint session of parliament on Thursday. | 2022-05-12 | PLANNED
            Prime Minister Omar Qadri delivered an address to the national assembly on Monday.           | 2022-05-09 | HAPPENED
            President Amara Odede addressed a joint session of the legislature on Monday.                    | 2022-05-09 | HAPPENED
            """)
    void aSpeechToAnAssemblyIsAStatementOfItsDay(String body, String day, EventStatus status) {
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2022-05-10", body));

        assertThat(found).filteredOn(m -> m.type() == EventType.STATEMENT).first().satisfies(m -> {
            assertThat(m.when().value()).isEqualTo(day);
            assertThat(m.status()).isEqualTo(status);
        });
    }
}
