package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two encounters told side by side after a comma and a contrast word are two events, each with its own actors. */
class ContrastClausesTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English | President Emmanuel Macron will visit Japan in March, while Chancellor Olaf Scholz will visit "
            + "Brazil in April.",
        "Spanish | El presidente Emmanuel Macron visitará Japón en marzo, mientras el canciller Olaf Scholz "
            + "visitará Brasil en abril.",
        "Italian | Il presidente Emmanuel Macron visiterà il Giappone a marzo, mentre il cancelliere Olaf Scholz "
            + "visiterà il Brasile ad aprile.",
    })
    void eachSideOfTheContrastIsAVisitOfItsOwn(String name, String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2023-01-10", body)),
                List.of()));
        List<Event> visits = model.events().stream().filter(e -> e.type() == EventType.VISIT).toList();

        assertThat(visits).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("2023-03");
            assertThat(names(e)).contains("Emmanuel Macron").doesNotContain("Olaf Scholz");
        });
        assertThat(visits).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("2023-04");
            assertThat(names(e)).contains("Olaf Scholz").doesNotContain("Emmanuel Macron");
        });
    }

    @Test
    void aCommaWithoutAContrastWordKeepsOneVisit() {
        String body = "President Emmanuel Macron will visit Japan in March, with Chancellor Olaf Scholz joining the "
                + "visit in Tokyo.";
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2023-01-10", body)),
                List.of()));

        assertThat(model.events()).filteredOn(e -> e.type() == EventType.VISIT).hasSize(1);
    }

    private static List<String> names(Event e) {
        return e.participants().stream().map(Participant::name).toList();
    }
}
