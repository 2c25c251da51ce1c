package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The occasion a statement is made at, told with the words that were missing: an Italian conference "al termine
 * della riunione" (dating.tsv CLOSING) is held by the speaker and whoever shares it on the day of the meeting it
 * closes, not on the day of the report.
 */
class StatementOccasionWordsTest {

    private static List<Event> statements(String body) {
        EventModel model = ArticleExtraction.model("2024-05-15", body);
        return model.events().stream().filter(e -> e.type() == EventType.STATEMENT).toList();
    }

    private static boolean names(Event e, String name) {
        return e.participants().stream().anyMatch(p -> p.name().contains(name));
    }

    @Test
    void anItalianConferenceAtTheEndOfTheMeetingTakesTheMeetingsDay() {
        List<Event> statements = statements("Giorgia Meloni ed Emmanuel Macron si sono incontrati ieri, 14 maggio, "
                + "a Roma.\n\n«È stato un incontro utile», ha dichiarato Giorgia Meloni in una conferenza congiunta "
                + "al termine del colloquio con Macron.");

        assertThat(statements).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("2024-05-14");
            assertThat(names(e, "Macron")).isTrue();
        });
    }
}
