package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An earlier occasion told with a plural possessive and a year ("their 2016 Salzburg meeting") is an event of its
 * own, dated by that year, whatever else the clause holds (another encounter word, a "when" clause or none), and its
 * people are the pair the sentence before named. Sentences written for this test.
 */
class PossessiveOccasionTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<Event> events(String body) {
        return EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("p", "2024-03-12", body)), List.of()))
                .events();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            President Alma Rusk of Austria and Prime Minister Oren Tasko of Hungary met in Vienna on Tuesday. The talks showed a warmer tone compared with their 2016 Salzburg meeting, when the pair talked without aides.
            President Alma Rusk of Austria and Prime Minister Oren Tasko of Hungary met in Vienna on Tuesday. The talks showed a warmer tone compared with their 2016 Salzburg meeting.
            President Alma Rusk of Austria and Prime Minister Oren Tasko of Hungary met in Vienna on Tuesday. They took a more cautious approach compared with their 2016 Salzburg meeting.
            President Alma Rusk of Austria and Prime Minister Oren Tasko of Hungary met in Vienna on Tuesday. They took a more cautious approach compared with their 2016 meeting.
            Le président Alma Rusk et le Premier ministre Oren Tasko se sont rencontrés à Vienne mardi. Ils ont adopté un ton plus prudent que lors de leur rencontre de 2016 à Salzburg.
            El presidente Alma Rusk y el primer ministro Oren Tasko se reunieron en Viena el martes. Adoptaron un tono más prudente que en su reunión de 2016 en Salzburg.
            Präsident Alma Rusk und Ministerpräsident Oren Tasko trafen sich am Dienstag in Wien. Der Ton war vorsichtiger als bei ihrem Treffen 2016 in Salzburg.
            """)
    void aPossessedEarlierOccasionIsItsOwnEventOfThePairJustNamed(String body) {
        List<Event> encounters = events(body).stream()
                .filter(e -> e.type() == EventType.MEETING || e.type() == EventType.TALKS).toList();

        assertThat(encounters).anySatisfy(e -> assertThat(e.when().value()).isEqualTo("2024-03-12"));
        assertThat(encounters).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("2016");
            assertThat(e.participants()).extracting(Participant::name).contains("Alma Rusk", "Oren Tasko");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            President Alma Rusk met students in Vienna on Tuesday. They recalled their 2016 meeting.
            """)
    void aPossessiveTakesNoOneWhenThePairIsNotClear(String body) {
        assertThat(events(body)).noneSatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("2016");
            assertThat(e.participants()).isNotEmpty();
        });
    }
}
