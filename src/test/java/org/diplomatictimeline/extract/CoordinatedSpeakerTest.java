package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A verb of speech joined by "and" after a comma ("..., and condemned the delay") is said by the person the sentence
 * opens with, in every language with an "and" word (clauses.tsv AND); a sentence that opens with no person names no
 * speaker that way.
 */
class CoordinatedSpeakerTest {

    private static List<Event> statements(String body) {
        EventModel model = ArticleExtraction.model("2024-05-15", body);
        return model.events().stream().filter(e -> e.type() == EventType.STATEMENT).toList();
    }

    @Test
    void theSentencesSubjectSpeaksTheCoordinatedVerb() {
        List<Event> statements = statements("President Ada Quell toured the flooded harbour of Lumbar, a town in "
                + "the north, and condemned the delay of the relief convoys.");

        assertThat(statements).singleElement().satisfies(e -> assertThat(e.participants())
                .anySatisfy(p -> assertThat(p.name()).contains("Quell")));
    }

    @Test
    void theSubjectSpeaksTheCoordinatedVerbInSpanish() {
        List<Event> statements = statements("La presidenta Ada Quell recorrió el puerto inundado de Lumbar, una "
                + "ciudad del norte, y condenó el retraso de los convoyes de ayuda.");

        assertThat(statements).singleElement().satisfies(e -> assertThat(e.participants())
                .anySatisfy(p -> assertThat(p.name()).contains("Quell")));
    }

    @Test
    void aSentenceOpeningWithNoPersonGivesNoSpeaker() {
        List<Event> statements = statements("The flooded harbour of Lumbar, a town in the north, stayed closed for "
                + "a week, and condemned the fishermen to idleness.");

        assertThat(statements).isEmpty();
    }
}
