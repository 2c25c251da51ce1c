package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A standfirst line that dates an occasion is read for events; a heading that names no day stays a label. */
class DatedHeadingTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-03", body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Мероприятие состоится в Петербурге 20-21 апреля       | Saint Petersburg
            Le sommet aura lieu à Dakar le 20 avril               | Dakar
            El evento se celebrará en Sevilla el 20 de abril      | Seville
            """)
    void aStandfirstWithADayTellsTheOccasion(String standfirst, String city) {
        List<EventMention> found = mentions(standfirst + "\n\nLes habitants attendent beaucoup de visiteurs.\n");

        assertThat(found).anySatisfy(m -> {
            assertThat(m.when().value()).isEqualTo("2021-04-20");
            assertThat(m.places()).extracting(Place::name).containsExactly(city);
        });
    }

    @Test
    void aHeadingWithoutADayStaysALabel() {
        List<EventMention> found = mentions("Sommet de l'Union africaine à Dakar\n\nLes habitants attendent beaucoup.\n");

        assertThat(found).noneMatch(m -> m.type() == EventType.SUMMIT);
    }
}
