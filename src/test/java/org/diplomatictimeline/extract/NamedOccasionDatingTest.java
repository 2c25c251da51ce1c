package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cue that names the occasion's kind ("during the prime minister's visit") sets the clause inside the latest
 * occasion of that kind, even when the article recalls a dated meeting in between; an anniversary marked there is
 * marked on the occasion's days. Two leaders shaking hands met, in every language with a row for it.
 */
class NamedOccasionDatingTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();
    private final EventMerger merger = new EventMerger();

    private static final String VISIT_THEN_RECALLED_MEETING =
            "Portuguese Prime Minister Tomas Aveiro will pay an official visit to Chile from May 3 to 5 at the"
                    + " invitation of Chilean President Ines Valdera, a spokesman announced on Tuesday."
                    + " The two leaders last met in Lisbon on 12 January 2021.";

    @Test
    void aForumDuringTheVisitFallsOnTheVisitNotOnTheMeetingRecalledInBetween() {
        // given: a visit, a recalled dated meeting, then a forum "during Aveiro's visit"
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2022-04-05",
                VISIT_THEN_RECALLED_MEETING + " The two sides will also hold a business forum during Aveiro's"
                        + " visit, the spokesman said."));

        // then: the forum starts on the visit's first day
        assertThat(found).filteredOn(m -> m.type() == EventType.FORUM).singleElement()
                .satisfies(m -> assertThat(m.when().value()).isEqualTo("2022-05-03"));
    }

    @Test
    void anAnniversaryMarkedDuringTheVisitIsMarkedOnTheVisitsDays() {
        // given: a reception for an anniversary "during the prime minister's visit"
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2022-04-05",
                VISIT_THEN_RECALLED_MEETING + " The two sides will hold a reception to celebrate the 30th"
                        + " anniversary of the trade treaty during the prime minister's visit."));

        // then: not the bare year of the anniversary, but the visit's days
        assertThat(found).filteredOn(m -> m.type() == EventType.ANNIVERSARY).singleElement()
                .satisfies(m -> assertThat(m.when().value()).isEqualTo("2022-05-03"));
    }

    @Test
    void theVisitNamedAfterTheCueIsNoSecondVisit() {
        // given: the same visit, named again after the cue
        List<Event> events = merger.merge(EXTRACTOR.mentions(TestArticles.withHeader("t", "2022-04-05",
                VISIT_THEN_RECALLED_MEETING + " The two sides will hold a business forum during Aveiro's visit.")));

        // then: one visit on its days
        assertThat(events).filteredOn(e -> e.type() == EventType.VISIT).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2022-05-03"));
    }

    @Test
    void aVisitElsewhereAfterTheCueIsNotTheVisitToldBefore() {
        // given: a visit to Chile, then a statement made "during his visit to Peru"
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2022-04-05",
                VISIT_THEN_RECALLED_MEETING + " The two sides will hold a business forum during his visit to"
                        + " Peru."));

        // then: the forum is not placed on the Chilean visit's days
        assertThat(found).filteredOn(m -> m.type() == EventType.FORUM)
                .noneSatisfy(m -> assertThat(m.when().value()).isEqualTo("2022-05-03"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "French President Emmanuel Macron and German Chancellor Olaf Scholz shook hands in Berlin on Monday"
                    + " before the cameras.",
            "Le président français Emmanuel Macron et le chancelier allemand Olaf Scholz se sont serré la main"
                    + " lundi à Berlin devant les caméras.",
            "El presidente francés Emmanuel Macron y el canciller alemán Olaf Scholz se estrecharon la mano el"
                    + " lunes en Berlín ante las cámaras.",
            "Il presidente francese Emmanuel Macron e il cancelliere tedesco Olaf Scholz si sono stretti la mano"
                    + " lunedì a Berlino davanti alle telecamere.",
            "O presidente francês Emmanuel Macron e o chanceler alemão Olaf Scholz apertaram as mãos na"
                    + " segunda-feira em Berlim diante das câmaras.",
            "Der französische Präsident Emmanuel Macron und Bundeskanzler Olaf Scholz schüttelten sich die Hände"
                    + " am Montag in Berlin vor den Kameras."})
    void twoLeadersShakingHandsMet(String sentence) {
        // given: two leaders shaking hands on a weekday
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2022-11-23", sentence));

        // then: a meeting of the two on that Monday
        assertThat(found).filteredOn(m -> m.type() == EventType.MEETING).singleElement().satisfies(m -> {
            assertThat(m.when().value()).isEqualTo("2022-11-21");
            assertThat(m.participants()).extracting(p -> p.name()).contains("Emmanuel Macron", "Olaf Scholz");
        });
    }
}
