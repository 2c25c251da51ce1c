package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A press conference told in the programme of a visit dated before ("a bilateral meeting with the president, then a
 * joint press conference") is held within that visit, on its day, like the meeting it follows; it is not set some
 * time after the visit.
 */
class ProgrammeStatementDateTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @Test
    void aPressConferenceInAVisitsProgrammeTakesTheVisitsDay() {
        String body = "Accra, 14 March 2025 - President Emmanuel Macron is rolling out the red carpet Friday for his "
                + "Ghanaian counterpart John Mahama with a state visit and a dinner at the Elysee.\n\n"
                + "Mahama will first be received with military honours in the morning, followed by a bilateral "
                + "meeting with Macron, then a joint press conference, before a gala dinner.";
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("p", "2025-03-14", body)),
                List.of()));
        List<Event> statements = model.events().stream().filter(e -> e.type() == EventType.STATEMENT).toList();

        assertThat(statements).isNotEmpty()
                .allSatisfy(e -> assertThat(e.when().value()).isEqualTo("2025-03-14"));
    }
}
