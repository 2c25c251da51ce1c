package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statements as occasions: a press conference or a statement is held by the sentence's parties, where and when the
 * sentence says; a passive "is said to" is nobody's statement.
 */
class StatementOccasionTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String header, String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", header, body));
    }

    private static boolean involves(EventMention m, String name) {
        return m.participants().stream().anyMatch(p -> p.name().equals(name));
    }

    private static List<EventMention> statements(List<EventMention> found) {
        return found.stream().filter(m -> m.type() == EventType.STATEMENT).toList();
    }

    @Test
    void aQuoteAtAJointPressConferenceIsOneStatementOfBothLeadersWhereItWasHeld() {
        // given: a quote told at a joint press conference with a counterpart, in a city, on a weekday
        List<EventMention> found = mentions("2021-03-10", "\"Fishing quotas will rise,\" Norwegian Prime Minister "
                + "Jonas Gahr Store said on Tuesday at a joint press conference with Danish Prime Minister Mette "
                + "Frederiksen in Oslo.");

        // then: one statement, held by both, in Oslo, on Tuesday
        assertThat(statements(found)).singleElement().satisfies(m -> {
            assertThat(involves(m, "Jonas Gahr Store")).isTrue();
            assertThat(involves(m, "Mette Frederiksen")).isTrue();
            assertThat(m.places()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Oslo"));
            assertThat(m.when().value()).isEqualTo("2021-03-09");
        });
    }

    @Test
    void aPressConferenceAfterAMeetingInOneSentenceIsAnOccasionOfItsOwn() {
        // given: one sentence announcing talks and then a joint press conference
        List<EventMention> found = mentions("2021-03-10", "Norwegian Prime Minister Jonas Gahr Store will meet "
                + "Danish Prime Minister Mette Frederiksen in Oslo on Friday, followed by a joint press conference.");

        // then: the meeting and a planned statement of the same two leaders
        assertThat(found).anySatisfy(m -> assertThat(m.type()).isEqualTo(EventType.MEETING));
        assertThat(statements(found)).anySatisfy(m -> {
            assertThat(involves(m, "Jonas Gahr Store")).isTrue();
            assertThat(involves(m, "Mette Frederiksen")).isTrue();
            assertThat(m.status()).isEqualTo(EventStatus.PLANNED);
        });
    }

    @Test
    void aStatementIssuedByAMinistryIsDatedByItsOwnDayNotByTheQuote() {
        // given: a ministry's statement whose quote names next year
        List<EventMention> found = mentions("2021-03-10", "\"Talks will resume next year,\" the Norwegian Foreign "
                + "Ministry said in a statement on Monday.");

        // then: the statement is Monday's
        assertThat(statements(found)).singleElement()
                .satisfies(m -> assertThat(m.when().value()).isEqualTo("2021-03-08"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Jonas Gahr Store is said to favour a new fishing agreement with Denmark.",
        "Mette Frederiksen, whose coalition is widely reported to be fragile, arrived in Oslo.",
    })
    void aPassiveReportIsNobodysStatement(String sentence) {
        assertThat(statements(mentions("2021-03-10", sentence))).isEmpty();
    }

    @Test
    void theLeadersWhoWitnessASigningAreThePeopleOfTheMeetingJustTold() {
        // given: a meeting, then "the leaders" witnessing a signing named only by its countries
        List<EventMention> found = mentions("2021-03-10", "Norwegian Prime Minister Jonas Gahr Store met Danish "
                + "Prime Minister Mette Frederiksen in Oslo on Tuesday. The leaders witnessed the signing of a "
                + "Norway-Denmark fisheries agreement.");

        // then: the agreement is theirs
        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.AGREEMENT);
            assertThat(involves(m, "Jonas Gahr Store")).isTrue();
        });
    }

    @Test
    void theSigningAnAnniversaryCountsFromIsNoAgreement() {
        List<EventMention> found = mentions("2021-03-10", "Norway and Denmark will hold a reception on Friday to "
                + "celebrate the 40th anniversary of the signing of their fisheries treaty.");

        assertThat(found).noneMatch(m -> m.type() == EventType.AGREEMENT);
    }

    @Test
    void aDatedBackgroundIncidentIsAnEventAndAnUndatedOneIsNot() {
        // given: the same incident once dated by its sentence, once not
        List<EventMention> dated = mentions("2021-03-10", "Relations between Norway and Denmark soured after the "
                + "incident in the Skagerrak in November 2018.");
        List<EventMention> undated = mentions("2021-03-10", "Relations between Norway and Denmark soured after the "
                + "incident in the Skagerrak.");

        // then: only the dated one is a military action of its own
        assertThat(dated).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.MILITARY_ACTION);
            assertThat(m.when().value()).isEqualTo("2018-11");
        });
        assertThat(undated).noneMatch(m -> m.type() == EventType.MILITARY_ACTION);
    }

    @Test
    void whoIsSpokenOfAfterTheVerbDoesNotHoldAPressBriefingNamedBeforeIt() {
        // given: an unnamed minister's briefing named in a relative clause, and a visitor named in what he said
        List<EventMention> found = mentions("2021-03-10", "The trade minister, who was addressing a press "
                + "briefing in the capital, said that Chilean President Ines Valdera will visit "
                + "Norway in May.");

        // then: the visitor holds no statement
        assertThat(statements(found)).noneMatch(m -> involves(m, "Ines Valdera"));
        assertThat(found).anySatisfy(m -> assertThat(m.type()).isEqualTo(EventType.VISIT));
    }
}
