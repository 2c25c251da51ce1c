package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Words said at an occasion the sentence tells only as their setting ("said on Monday, amid talks with ...") are the
 * speaker's statement there; an act told before the encounter it was done at takes that encounter's parties; and a
 * person addressing the press is a statement of its own.
 */
class StatementsAtTheirOccasionTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String header, String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", header, body));
    }

    private static List<EventMention> ofType(List<EventMention> found, EventType type) {
        return found.stream().filter(m -> m.type() == type).toList();
    }

    private static boolean involves(EventMention m, String name) {
        return m.participants().stream().anyMatch(p -> p.name().equals(name));
    }

    @Test
    void aPersonSpeakingAmidTalksMakesAStatementOfThatDay() {
        // given: a minister's words on Monday, the talks told only as their setting (the article is of Wednesday)
        List<EventMention> found = mentions("2021-03-10", "Norwegian Foreign Minister Ingrid Holm said on "
                + "Monday that the herring catch must be split evenly, amid talks with her Danish counterpart.");

        // then: her statement of Monday stands beside the talks
        assertThat(ofType(found, EventType.STATEMENT)).singleElement().satisfies(m -> {
            assertThat(m.when().value()).isEqualTo("2021-03-08");
            assertThat(involves(m, "Ingrid Holm")).isTrue();
        });
    }

    @Test
    void aSpanishSpeakerAfterTheMeetingMakesAStatement() {
        // given: "tras la reunión" sets the words after the verb
        List<EventMention> found = mentions("2021-03-10", "El presidente Tomás Ibarra declaró el lunes tras la "
                + "reunión con los ministros que el plan de riego seguirá en marcha.");

        // then: Ibarra's statement of Monday
        assertThat(ofType(found, EventType.STATEMENT)).anySatisfy(m -> {
            assertThat(m.when().value()).isEqualTo("2021-03-08");
            assertThat(involves(m, "Tomás Ibarra")).isTrue();
        });
    }

    @Test
    void talksReportedBeforeTheVerbStayTheNewsOfTheReport() {
        // given: talks told before the reporting verb, and an office that reports talks it sets after it
        List<EventMention> met = mentions("2021-03-10", "Ingrid Holm met her Danish counterpart in Tarsk on "
                + "Monday during the regional summit, the ministry said on Tuesday.");
        List<EventMention> office = mentions("2021-03-10", "The Norwegian Foreign Ministry stated on Monday that the "
                + "herring catch must be split evenly, amid talks with Denmark.");
        List<EventMention> inside = mentions("2021-03-10", "A source close to Ingrid Holm said the envoys had "
                + "made contact following constructive talks between the two foreign ministers the day before.");

        // then: no report is a statement of its own (the last one's talks are inside what was said)
        assertThat(ofType(met, EventType.STATEMENT)).isEmpty();
        assertThat(ofType(office, EventType.STATEMENT)).isEmpty();
        assertThat(ofType(inside, EventType.STATEMENT)).isEmpty();
    }

    @Test
    void aMeetingInsideWhatWasSaidStaysItsNews() {
        // given: a meeting told inside the reported words, with no setting word before it
        List<EventMention> found = mentions("2021-03-10", "Ingrid Holm said on Monday that both "
                + "ministers had met in Tarsk.");

        // then: the meeting is what was said; the report is its source
        assertThat(SpokenAtOccasion.SETTING).contains("at", "tras", "während", "после", "خلال");
        assertThat(ofType(found, EventType.STATEMENT)).isEmpty();
    }

    @Test
    void aDeclarationIssuedAfterTheSummitTakesTheSummitsLeaders() {
        // given: a joint declaration told before the summit it was issued after
        List<EventMention> found = mentions("2021-03-10", "In a joint declaration released following the summit between "
                + "Finnish President Aarne Virtala and Swedish Prime Minister Nils Ekdahl, the two countries "
                + "pledged closer cooperation on border rivers.");

        // then: the declaration names the two leaders
        assertThat(ofType(found, EventType.DECLARATION)).singleElement().satisfies(m -> {
            assertThat(involves(m, "Aarne Virtala")).isTrue();
            assertThat(involves(m, "Nils Ekdahl")).isTrue();
        });
    }

    @Test
    void aDeclarationMarkingTheEndOfTalksIsNotToldAsDoneThere() {
        // given: a declaration that marks talks, with no setting word between them
        List<EventMention> found = mentions("2021-03-10", "The joint declaration marking the close of three "
                + "days of talks between Aarne Virtala and Nils Ekdahl leaves no room for doubt.");

        // then: it takes no parties from the talks
        assertThat(ofType(found, EventType.DECLARATION)).allSatisfy(m -> assertThat(m.participants()).isEmpty());
    }

    @Test
    void twoPresidentsAddressingTheMediaMakeAStatement() {
        // given: two presidents who addressed the media after their talks, and the same in Spanish
        List<EventMention> english = mentions("2021-03-10", "Presidents Aarne Virtala and Rimas Valaitis "
                + "addressed the media on Monday.");
        List<EventMention> spanish = mentions("2021-03-10", "Los presidentes Tomás Ibarra y Luis Quintero "
                + "atendieron a la prensa el lunes.");

        // then: each is a statement of Monday by its speakers
        assertThat(ofType(english, EventType.STATEMENT)).anySatisfy(m -> {
            assertThat(m.when().value()).isEqualTo("2021-03-08");
            assertThat(involves(m, "Aarne Virtala")).isTrue();
        });
        assertThat(ofType(spanish, EventType.STATEMENT)).anySatisfy(m -> {
            assertThat(m.when().value()).isEqualTo("2021-03-08");
            assertThat(involves(m, "Tomás Ibarra")).isTrue();
        });
    }
}
