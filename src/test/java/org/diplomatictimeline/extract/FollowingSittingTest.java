package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sitting told in a sentence that opens with "Following the talks," is a second sitting of the day, not the talks
 * told again; a sitting told again without such a phrase stays one (decision 0133).
 */
class FollowingSittingTest {

    private static final String HEADER = "2021-03-10";

    private static boolean sitting(Event e) {
        return EventAssembler.MEETING_FAMILY.contains(e.type());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "President Anna Lind held talks with Chancellor Pavel Ostrov in Tarsk on Monday. Following the talks, the two delegations held a plenary meeting.",
        "La presidenta Anna Lind se reunió el lunes en Tarsk con el canciller Pavel Ostrov. Tras la reunión, las dos delegaciones celebraron una reunión plenaria.",
        "La présidente Anna Lind a rencontré lundi à Tarsk le chancelier Pavel Ostrov. À l'issue de l'entretien, les deux délégations ont tenu une réunion plénière.",
    })
    void aSittingToldAsFollowingTheTalksIsASecondOneOnTheirDay(String body) {
        assertThat(ArticleExtraction.events(HEADER, body)).filteredOn(FollowingSittingTest::sitting)
                .hasSize(2).allSatisfy(e -> assertThat(e.when().value()).isEqualTo("2021-03-08"));
    }

    @Test
    void aSittingToldAgainWithoutThePhraseStaysOne() {
        String body = "President Anna Lind held talks with Chancellor Pavel Ostrov in Tarsk on Monday. "
                + "The talks of the two leaders lasted three hours.";

        assertThat(ArticleExtraction.events(HEADER, body)).filteredOn(FollowingSittingTest::sitting).hasSize(1);
    }

    @Test
    void onlyAPhraseSetOffByACommaTellsWhatFollowed() {
        // the phrase's noun may run on into a longer trigger, or the phrase may be the speaker's: not read
        assertThat(AfterOccasion.opensSentence("Following the talks, the council met.")).isTrue();
        assertThat(AfterOccasion.opensSentence("عقب اللقاء، عقد المجلس جلسته.")).isTrue();
        assertThat(AfterOccasion.opensSentence("After the meeting of the council the ministers left.")).isFalse();
        assertThat(AfterOccasion.opensSentence("Ostrov after the meeting said the council met.")).isFalse();
        assertThat(AfterOccasion.opensSentence("The council met, and the ministers left.")).isFalse();
    }

    @Test
    void anActAfterTheTalksKeepsItsOwnKind() {
        // an agreement was never one event with the talks: the rule is about sittings only
        String body = "President Anna Lind held talks with Chancellor Pavel Ostrov in Tarsk on Monday. "
                + "Following the talks, the two leaders signed an agreement on river transport.";

        assertThat(ArticleExtraction.events(HEADER, body)).filteredOn(FollowingSittingTest::sitting).hasSize(1);
        assertThat(ArticleExtraction.events(HEADER, body)).filteredOn(e -> e.type() == EventType.AGREEMENT)
                .hasSize(1);
    }
}
