package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * "After the meeting, the two leaders signed ...": the meeting the phrase names is the one just told, and what the
 * sentence tells besides is an event of its own on that meeting's day (decision 0126).
 */
class WhatFollowedAnEncounterTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String header, String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", header, body));
    }

    private static List<EventMention> ofType(List<EventMention> found, EventType type) {
        return found.stream().filter(m -> m.type() == type).toList();
    }

    private static boolean toldIn(EventMention m, String words) {
        return m.evidence().stream().anyMatch(e -> e.text().contains(words));
    }

    @Test
    void anAgreementSignedAfterTheMeetingIsAnEventOfTheMeetingsDay() {
        // given: talks on Monday, then a signing told only as following them (the article is of Wednesday)
        List<EventMention> found = mentions("2021-03-10", "President Anna Lind held talks with Chancellor Pavel "
                + "Ostrov in Tarsk on Monday. After the meeting, the two leaders signed an agreement on river "
                + "transport.");

        // then: the agreement is Monday's, and the meeting word names no second meeting
        assertThat(ofType(found, EventType.AGREEMENT)).isNotEmpty().allSatisfy(m ->
                assertThat(m.when().value()).isEqualTo("2021-03-08"));
        assertThat(found).filteredOn(m -> EventAssembler.MEETING_FAMILY.contains(m.type()))
                .noneMatch(m -> toldIn(m, "After the meeting"));
    }

    @Test
    void aBanquetAfterTheTalksIsItsOwnEventOnTheirDay() {
        // given: Spanish talks on Monday and a banquet "tras la reunión"
        List<EventMention> found = mentions("2021-03-10", "El presidente Tomás Ibarra se reunió el lunes en Tarsk "
                + "con el canciller Pavel Ostrov. Tras la reunión, Ibarra asistió a un banquete de Estado.");

        // then: the banquet stands beside the meeting, on Monday
        assertThat(ofType(found, EventType.CEREMONY)).singleElement().satisfies(m ->
                assertThat(m.when().value()).isEqualTo("2021-03-08"));
    }

    @Test
    void withoutAnEncounterToldBeforeTheMeetingWordIsTheOnlyReportOfIt() {
        // given: the phrase opens the article: no meeting was told before it
        List<EventMention> found = mentions("2021-03-10", "After the meeting with Chancellor Pavel Ostrov on "
                + "Monday, President Anna Lind signed an agreement on river transport.");

        // then: the meeting is still told
        assertThat(found).anyMatch(m -> EventAssembler.MEETING_FAMILY.contains(m.type()));
    }

    @Test
    void onlyAPhraseOpeningItsSentenceTellsWhatFollowed() {
        // given: Monday's talks as the encounter told before, and sentences holding the phrase
        EventMention talks = mentions("2021-03-10", "President Anna Lind held talks with Chancellor Pavel Ostrov "
                + "in Tarsk on Monday.").stream().filter(m -> EventAssembler.MEETING_FAMILY.contains(m.type()))
                .findFirst().orElseThrow();
        String opening = "After the meeting, the two leaders signed a pact.";
        String inside = "Ostrov said that after the meeting the ministers will sign a pact.";

        // then: the phrase that opens its sentence is read; one inside what was said is not
        assertThat(AfterOccasion.of(opening, new Sentence(0, opening.length(), 0, false), talks))
                .hasValueSatisfying(a -> assertThat(a.cue()).isEqualTo("after the meeting"));
        assertThat(AfterOccasion.of(inside, new Sentence(0, inside.length(), 0, false), talks)).isEmpty();
        assertThat(AfterOccasion.of(opening, new Sentence(0, opening.length(), 0, false), null)).isEmpty();
    }

    @Test
    void theCueNeedsAWordBoundary() {
        // given: the table's phrases, read for every language
        // then: a phrase is found at word starts and ends only
        assertThat(ClauseSegmenter.wordIndex("the talks after the meetings ended", "after the meeting")).isEqualTo(-1);
        assertThat(ClauseSegmenter.wordIndex("and after the meeting, they", "after the meeting")).isEqualTo(4);
        assertThat(ClauseSegmenter.phrases("AFTER")).contains("after the meeting", "à l'issue de l'entretien",
                "nach dem treffen", "dopo l'incontro", "após a reunião", "по итогам переговоров", "usai pertemuan",
                "عقب اللقاء", "tras la reunión");
    }
}
