package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A statement beside the event its sentence reports: an announcement dated by its own words is an occasion of its
 * own, an office speaks when no person is named, and one speaker's words of one day are one statement.
 */
class StatementBesideEventTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> statements(String header, String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", header, body)).stream()
                .filter(m -> m.type() == EventType.STATEMENT).toList();
    }

    private static boolean involves(EventMention m, String name) {
        return m.participants().stream().anyMatch(p -> p.name().equals(name));
    }

    @Test
    void anOfficeConfirmingAPlannedVisitOnItsOwnDayIsAStatementBesideTheVisit() {
        // given: a planned visit confirmed by an office on an earlier weekday (the article is of Wednesday)
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-10",
                "Danish Prime Minister Mette Frederiksen plans to pay a two-day visit to Oslo on Thursday, the "
                        + "Prime Minister's Office confirmed on Monday."));

        // then: the visit, and a statement of Monday
        assertThat(found).anySatisfy(m -> assertThat(m.type()).isEqualTo(EventType.VISIT));
        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.STATEMENT);
            assertThat(m.when().value()).isEqualTo("2021-03-08");
        });
    }

    @Test
    void aCountrysPlainReportIsNoStatementButItsAnnouncementIs() {
        // given: a country that only "said", and one that announced, each with no person or office named
        List<EventMention> said = statements("2021-03-10",
                "Norway said on Monday that the border would stay closed until the summer.");
        List<EventMention> announced = statements("2021-03-10",
                "Norway announced on Monday that the border would stay closed until the summer.");

        // then: the plain report cites a source; the announcement is the country's statement of Monday
        assertThat(said).isEmpty();
        assertThat(announced).singleElement().satisfies(m -> {
            assertThat(m.when().value()).isEqualTo("2021-03-08");
            assertThat(involves(m, "Norway")).isTrue();
        });
    }

    @Test
    void anAnnouncementOfAComingVisitStaysNewsBesideAHappenedAnniversaryItNames() {
        // given: a ministry announcing on Monday a coming visit, in the year of an anniversary already running
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2020-03-11",
                "The Indian Foreign Ministry said on Monday that the minister's two-day visit to Beijing, which "
                        + "will start on March 15, comes as both countries mark the 70th anniversary of "
                        + "India-China diplomatic relations this year."));

        // then: the planned visit, and the ministry's statement of Monday
        assertThat(found).anySatisfy(m -> assertThat(m.type()).isEqualTo(EventType.VISIT));
        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.STATEMENT);
            assertThat(m.when().value()).isEqualTo("2020-03-09");
        });
    }

    @Test
    void aSourceDatingItselfBesideWhatHappenedIsNoStatement() {
        // given: talks that were held, with the ministry that told them on a later day
        List<EventMention> found = statements("2021-03-10", "The Danish and Norwegian ministers held talks in "
                + "Oslo on Monday, the Danish Foreign Ministry said on Tuesday.");

        // then: the source is no event of its own
        assertThat(found).isEmpty();
    }

    @Test
    void aDateInAnOpeningPhraseOfSpeakingDatesTheStatement() {
        // given: "Announcing ... on Monday," opening the sentence of the ministry's words
        List<EventMention> found = statements("2021-03-11", "Announcing the export curbs on Monday, the Danish "
                + "industry ministry noted that trust had been undermined.");

        // then: the statement is of Monday, not of the article's day
        assertThat(found).singleElement().satisfies(m -> assertThat(m.when().value()).isEqualTo("2021-03-08"));
    }

    @Test
    void aPronounsOfficeSpeakingAfterAQuoteSpeaksForThePersonNamedBefore() {
        // given: a leader's words quoted, then "said her office in a statement on Monday"
        List<EventMention> found = statements("2019-08-06", "Danish Prime Minister Mette Frederiksen “welcomes "
                + "the decision,” said her office in a statement on Monday.");

        // then: her statement of Monday
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(involves(m, "Mette Frederiksen")).isTrue();
            assertThat(m.when().value()).isEqualTo("2019-08-05");
        });
    }

    @Test
    void theDayAVisitIsAnnouncedDatesTheAnnouncementNotTheVisit() {
        // given: an office announcing a visit on Tuesday, with no day given for the visit
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2023-05-03",
                "The foreign ministry on Tuesday announced the Danish prime minister’s Oslo visit."));

        // then: the office's statement of Tuesday; the visit is not of Tuesday
        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.STATEMENT);
            assertThat(m.when().value()).isEqualTo("2023-05-02");
        });
        assertThat(found).filteredOn(m -> m.type() == EventType.VISIT)
                .allSatisfy(m -> assertThat(m.when().value()).isNotEqualTo("2023-05-02"));
    }

    @Test
    void aSourceCitedForWhatHappenedIsNoStatement() {
        // given: an agreement that was signed, with the government that told it on the next day
        List<EventMention> found = statements("2021-03-10", "Norway and Denmark signed a fisheries agreement in "
                + "Oslo on Tuesday, the Danish government said on Wednesday.");

        // then: the source is no event of its own
        assertThat(found).isEmpty();
    }

    @Test
    void aQualifiedOfficeSpeaksWhenNoPersonIsNamed() {
        // given: an office with no person or country named
        List<EventMention> found = statements("2021-03-10", "The presidential office on Monday condemned the "
                + "remarks.");

        // then: the office's statement of Monday
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(involves(m, "Presidential office")).isTrue();
            assertThat(m.when().value()).isEqualTo("2021-03-08");
        });
    }

    @Test
    void anOfficeNamedOnlyByAPossessiveSpeaksForNobodyWeCanName() {
        // given: "his office", with nobody named before
        List<EventMention> found = statements("2021-03-10", "His office condemned the remarks on Monday.");

        // then: no statement
        assertThat(found).isEmpty();
    }

    @Test
    void anInterviewIsTheStatementOfWhoGaveIt() {
        // given: criticism told in an interview on a weekday
        List<EventMention> found = statements("2021-03-10", "Danish Prime Minister Mette Frederiksen criticised "
                + "the fishing quotas in an interview on Sunday.");

        // then: her statement of Sunday
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(involves(m, "Mette Frederiksen")).isTrue();
            assertThat(m.when().value()).isEqualTo("2021-03-07");
        });
    }

    @Test
    void oneSpeakersWordsOfOneDayAreOneStatementDatedByTheText() {
        // given: a headline-like claim with no date and a quote of the same day with one
        List<EventMention> found = statements("2021-03-10", "Danish Prime Minister Mette Frederiksen vows to "
                + "defend the fishing rights. \"We will not give in,\" Mette Frederiksen told reporters on Wednesday.");

        // then: one statement, with the day the text says
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(involves(m, "Mette Frederiksen")).isTrue();
            assertThat(m.when().value()).isEqualTo("2021-03-10");
            assertThat(m.when().basis()).isNotEqualTo(DateBasis.INFERRED);
        });
    }

    @Test
    void aYearThatNamesWhatIsSpokenOfDoesNotDateTheStatement() {
        // given: a speaker praising an election named by the article's own year
        List<EventMention> found = statements("2030-05-16",
                "Prime Minister Jacinda Ardern said the count of the 2030 election had been fair and quick.");

        // then: the statement is of the article's day, not of the whole year
        assertThat(found).singleElement().satisfies(m -> assertThat(m.when().value()).isEqualTo("2030-05-16"));
    }

    @Test
    void aYearBeforeTheArticleStillDatesTheStatement() {
        // given: a statement the text places in an earlier year
        List<EventMention> found = statements("2030-05-16",
                "Prime Minister Jacinda Ardern said in 2027 that the border would stay open.");

        // then: it keeps that year
        assertThat(found).singleElement().satisfies(m -> assertThat(m.when().value()).isEqualTo("2027"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "The Chilean president will visit Oslo on Friday, according to state television.",
            "Según informó la televisión estatal, el presidente chileno viajará a Oslo el viernes.",
            "Selon la télévision publique, le président chilien se rendra à Oslo vendredi."})
    void aReportCitingTheSourceOfAComingVisitIsNoStatement(String sentence) {
        // given: a coming visit whose source the sentence cites
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-10", sentence));

        // then: the visit, and no statement of the source
        assertThat(found).anySatisfy(m -> assertThat(m.type()).isEqualTo(EventType.VISIT));
        assertThat(found).noneMatch(m -> m.type() == EventType.STATEMENT);
    }

    @Test
    void aReportCitingItsSpeakerWithNothingElseToldStaysAStatement() {
        // given: what a named minister holds, cited with "according to" and no other event in the sentence
        List<EventMention> found = statements("2021-03-10",
                "According to Danish Foreign Minister Jeppe Kofod, relations with Chile have never been better.");

        // then: his statement
        assertThat(found).anySatisfy(m -> assertThat(involves(m, "Jeppe Kofod")).isTrue());
    }
}
