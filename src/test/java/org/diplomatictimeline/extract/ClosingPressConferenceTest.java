package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A press conference "at the close of the summit" is held on the summit's last day, not on the day the article
 * reports it.
 */
class ClosingPressConferenceTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"at the close of the summit", "at the conclusion of the summit",
        "at the end of the summit"})
    void aPressConferenceAtTheCloseOfASummitIsOnItsLastDay(String cue) {
        // given: a two-day summit told earlier, then a quote told at a press conference closing it
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-10",
                "Nordic leaders held a summit in Oslo on March 7 and 8. \"We have agreed on fishing quotas,\" "
                        + "Norwegian Prime Minister Jonas Gahr Store told a press conference " + cue + "."));

        // then: the statement is dated to the summit's last day
        assertThat(found.stream().filter(m -> m.type() == EventType.STATEMENT))
                .singleElement().satisfies(m -> assertThat(m.when().value()).isEqualTo("2021-03-08"));
    }

    @org.junit.jupiter.api.Test
    void aPressConferenceHeldByHeIsHeldByThePersonNamedBefore() {
        // given: the speaker named in one sentence, "he" telling a press conference in the next
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-10",
                "Nordic leaders held a summit in Oslo on March 7 and 8, hosted by Norwegian Prime Minister Jonas "
                        + "Gahr Store. \"We have agreed on fishing quotas,\" he told a press conference at the close "
                        + "of the summit."));

        // then: the statement is his, on the summit's last day
        assertThat(found.stream().filter(m -> m.type() == EventType.STATEMENT)).singleElement().satisfies(m -> {
            assertThat(m.participants()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Jonas Gahr Store"));
            assertThat(m.when().value()).isEqualTo("2021-03-08");
        });
    }
}
