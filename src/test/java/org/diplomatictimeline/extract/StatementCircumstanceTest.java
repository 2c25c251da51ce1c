package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A verb of speech that follows its quote tells where and when the words were said in the pieces set off by commas
 * after its speaker ("..., said the minister in Lisbon, Portugal, on 15 May"): that day dates the statement, while a
 * piece that says more (", adding that ...") is what was said and dates nothing of the saying.
 */
class StatementCircumstanceTest {

    private static List<Event> statements(String headerDate, String body) {
        EventModel model = ArticleExtraction.model(headerDate, body);
        return model.events().stream().filter(e -> e.type() == EventType.STATEMENT).toList();
    }

    @Test
    void theDayAfterTheSpeakersPlaceDatesTheStatement() {
        List<Event> statements = statements("2024-05-16",
                "“We will keep working together on the river treaty,” said Foreign Minister Ada Quell in Lisbon, "
                        + "Portugal, on 15 May.");

        assertThat(statements).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2024-05-15"));
    }

    @Test
    void anIndonesianDayAfterThePlaceDatesTheStatement() {
        List<Event> statements = statements("2024-05-16",
                "“Kami akan terus bekerja sama dalam perjanjian sungai,” ujar Menlu Ada Quell di Gedung Merdeka, "
                        + "Bandung, pada 15 Mei.");

        assertThat(statements).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2024-05-15"));
    }

    @Test
    void aFrenchDayAfterThePlaceDatesTheStatement() {
        List<Event> statements = statements("2024-05-16",
                "«Nous continuerons à travailler ensemble sur le traité du fleuve», a déclaré la ministre Ada Quell "
                        + "à Lyon, en France, le 15 mai.");

        assertThat(statements).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2024-05-15"));
    }

    @Test
    void aDayInWhatTheSpeakerAddsDoesNotDateTheStatement() {
        List<Event> statements = statements("2024-05",
                "“We will keep working together on the river treaty,” said Foreign Minister Ada Quell in Lisbon, "
                        + "adding that the commission would sit again on 20 June.");

        assertThat(statements).isNotEmpty()
                .noneSatisfy(e -> assertThat(e.when().value()).isEqualTo("2024-06-20"));
    }
}
