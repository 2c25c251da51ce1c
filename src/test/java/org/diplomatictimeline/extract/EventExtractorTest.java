package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/** Extraction end to end on short articles written for these tests, one phenomenon each. */
class EventExtractorTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static EventModel extract(Document... docs) {
        return EXTRACTOR.extract(new Corpus(List.of(docs), List.of()));
    }

    private static List<Event> events(EventModel model, Predicate<Event> filter) {
        return model.events().stream().filter(filter).toList();
    }

    private static boolean involves(Event e, String name) {
        return e.participants().stream().anyMatch(p -> p.name().equals(name));
    }

    @Test
    void anAnnouncementAndTheMeetingItAnnouncesKeepTheirOwnDates() {
        EventModel model = extract(TestArticles.withHeader("a", "2019-03-19", "German Foreign Minister Heiko Maas "
                + "will meet his French counterpart Jean-Yves Le Drian in Paris on March 22, Berlin said on Tuesday."));

        Event meeting = events(model, e -> e.type() == EventType.MEETING).get(0);
        Event statement = events(model, e -> e.type() == EventType.STATEMENT).get(0);
        assertThat(meeting.when().value()).isEqualTo("2019-03-22");
        assertThat(meeting.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(meeting.place().name()).isEqualTo("Paris");
        assertThat(statement.when().value()).isEqualTo("2019-03-19");
        assertThat(statement.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(involves(statement, "Germany")).isTrue();
    }

    @Test
    void aVisitOfSeveralDaysIsARange() {
        EventModel model = extract(TestArticles.withHeader("b", "2018-10-22", "Japanese Prime Minister Shinzo Abe's "
                + "3-day visit to India, which will start on October 28, will focus on trade, Tokyo said on Monday."));

        Event visit = events(model, e -> e.type() == EventType.VISIT).get(0);
        assertThat(visit.when().value()).isEqualTo("2018-10-28");
        assertThat(visit.when().endValue()).isEqualTo("2018-10-30");
        assertThat(visit.when().precisionLabel()).isEqualTo("range");
        assertThat(visit.title()).isEqualTo("Visit: Shinzo Abe to India");
    }

    @Test
    void thenPlacesAnEventAfterTheLastDatedOneWithinItsMonth() {
        EventModel model = extract(TestArticles.withHeader("c", "2021-09-06", "Italian Prime Minister Mario Draghi "
                + "will hold talks with Spanish Prime Minister Pedro Sanchez in Rome on Tuesday. "
                + "He will then travel to Milan for the Global Food Forum."));

        Event forum = events(model, e -> e.type() == EventType.FORUM).get(0);
        assertThat(forum.title()).isEqualTo("Milan Global Food Forum");
        assertThat(forum.when().modifier()).isEqualTo(DateModifier.AFTER);
        assertThat(forum.when().span().first()).hasToString("2021-09-07");
        assertThat(forum.when().span().last()).hasToString("2021-09-30");
        assertThat(forum.when().reason()).contains("then");
    }

    @Test
    void aWrongHeaderDateGivesWayToTheDatelineAndRelativeDatesFollowTheDateline() {
        Document doc = TestArticles.withHeader("d", "2019-05-03", "NAIROBI, May 7 (Reuters) - Kenyan President "
                + "Uhuru Kenyatta met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.");

        EventModel model = extract(doc);

        DocumentDate date = model.document("d").orElseThrow().date();
        assertThat(date.value()).isEqualTo("2019-05-07");
        assertThat(date.conflict()).isTrue();
        assertThat(date.headerValue()).isEqualTo("2019-05-03");
        Event meeting = events(model, e -> e.type() == EventType.MEETING).get(0);
        assertThat(meeting.when().value()).isEqualTo("2019-05-06");
        assertThat(meeting.when().basis()).isEqualTo(DateBasis.RELATIVE);
    }

    @Test
    void withoutAnyDateEvidenceTheDocumentAndItsEventsSaySo() {
        EventModel model = extract(TestArticles.article("e",
                "Chilean President Gabriel Boric met Argentine President Alberto Fernandez in Santiago."));

        assertThat(model.document("e").orElseThrow().date().isKnown()).isFalse();
        Event meeting = events(model, e -> e.type() == EventType.MEETING).get(0);
        assertThat(meeting.when().isKnown()).isFalse();
        assertThat(meeting.when().reason()).isNotBlank();
    }

    @Test
    void anAnniversaryDatesAnUndatedArticleAndItsMonthDayEventsAreInferred() {
        EventModel model = extract(TestArticles.article("f", "NATO leaders will meet in Washington on April 4 to "
                + "mark the 75th anniversary of NATO, officials said."));

        DocumentDate date = model.document("f").orElseThrow().date();
        assertThat(date.value()).startsWith("2024");
        assertThat(date.isInferred()).isTrue();
        Event anniversary = events(model, e -> e.type() == EventType.ANNIVERSARY).get(0);
        assertThat(anniversary.when().value()).isEqualTo("2024");
        Event meeting = events(model, e -> e.type() == EventType.MEETING).get(0);
        assertThat(meeting.when().value()).isEqualTo("2024-04-04");
        assertThat(meeting.when().basis()).isEqualTo(DateBasis.INFERRED);
    }

    @Test
    void boilerplateYieldsNoEventsAndNoEvidence() {
        String body = """
                Brazilian President Luiz Inacio Lula da Silva met Chinese President Xi Jinping in Beijing on Friday.
                RELATED ARTICLES
                Leaders Meet in Brasilia to Sign Trade Deal
                Summit in Lima Called Off
                Share this article
                Leave a comment
                © 2023 Example Wire. All rights reserved.
                """;
        EventModel model = extract(TestArticles.withHeader("g", "2023-04-14", body));

        assertThat(model.events()).allSatisfy(e -> assertThat(e.evidence())
                .allSatisfy(ev -> assertThat(ev.text()).startsWith("Brazilian President")));
        assertThat(events(model, e -> e.type() == EventType.MEETING)).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2023-04-14"));
    }

    @Test
    void aCalledOffSummitIsCancelled() {
        EventModel model = extract(TestArticles.withHeader("h", "2019-02-28",
                "The summit between US President Donald Trump and North Korean leader Kim Jong Un in Hanoi was "
                        + "called off on Thursday."));

        assertThat(events(model, e -> e.type() == EventType.SUMMIT)).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.CANCELLED));
    }

    @Test
    void oneMeetingReportedTwiceIsOneEventButMeetingsOnOtherDaysAreNot() {
        EventModel model = extract(
                TestArticles.withHeader("i", "2022-06-01", "Indian Foreign Minister Subrahmanyam Jaishankar met "
                        + "Australian Foreign Minister Penny Wong in Delhi on Monday."),
                TestArticles.withHeader("j", "2022-06-02", "Australian Foreign Minister Penny Wong held talks with "
                        + "Indian Foreign Minister Subrahmanyam Jaishankar in Delhi on May 30, the Australian foreign "
                        + "ministry said."),
                TestArticles.withHeader("k", "2022-07-02", "Indian Foreign Minister Subrahmanyam Jaishankar met "
                        + "Australian Foreign Minister Penny Wong in Delhi on Friday."));

        List<Event> meetings = events(model, e -> involves(e, "Penny Wong") && e.type() != EventType.STATEMENT);
        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(0).documentIds()).containsExactly("i", "j");
        assertThat(meetings.get(0).when().value()).isEqualTo("2022-05-30");
    }

    @Test
    void frenchAndRussianArticlesYieldDatedMeetings() {
        EventModel model = extract(
                TestArticles.withHeader("fr", "2019-05-09", "Le chef de la diplomatie russe rencontrera son homologue "
                        + "chinois le 13 mai à Sotchi, a annoncé Moscou jeudi."),
                TestArticles.withHeader("ru", "2019-05-09", "Министр иностранных дел России встретится со своим "
                        + "китайским коллегой 13 мая в Сочи."));

        for (String doc : List.of("fr", "ru")) {
            assertThat(model.eventsInDocument(doc)).filteredOn(e -> e.type() == EventType.MEETING)
                    .singleElement().satisfies(e -> {
                        assertThat(e.when().value()).isEqualTo("2019-05-13");
                        assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
                    });
        }
    }

    @Test
    void anUndatedArticleTakesTheYearOfAnEventItSharesWithADatedOne() {
        EventModel model = extract(
                TestArticles.withHeader("dated", "2021-11-03", "Indian Prime Minister Narendra Modi met British "
                        + "Prime Minister Boris Johnson in Glasgow on Monday."),
                TestArticles.article("undated", "Indian Prime Minister Narendra Modi met British Prime Minister "
                        + "Boris Johnson in Glasgow on Monday."));

        DocumentDate date = model.document("undated").orElseThrow().date();
        assertThat(date.value()).isEqualTo("2021");
        assertThat(date.source()).isEqualTo(DateSource.CORPUS);
        assertThat(date.reason()).contains("dated");
    }

    @Test
    void aPlainReportingClauseIsTheSourceOfTheSentencesEventNotAStatementOfItsOwn() {
        EventModel model = extract(TestArticles.withHeader("rp", "2020-11-12", "Kenyan President Uhuru Kenyatta "
                + "met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday, the presidency said."));

        assertThat(events(model, e -> e.type() == EventType.MEETING)).hasSize(1);
        assertThat(events(model, e -> e.type() == EventType.STATEMENT)).isEmpty();
    }

    @Test
    void aBareSaidStaysAStatementWhenNothingElseInTheSentenceIsAnEvent() {
        EventModel model = extract(TestArticles.withHeader("rs", "2020-11-12", "The situation on the border is "
                + "calm, Kenyan President Uhuru Kenyatta said on Wednesday."));

        assertThat(events(model, e -> e.type() == EventType.STATEMENT)).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2020-11-11"));
    }

    @Test
    void anAidPledgeWithoutADateOfItsOwnTakesTheReportingClausesDateButAPlannedVisitDoesNot() {
        EventModel model = extract(TestArticles.withHeader("ra", "2020-11-12", "Japan will provide 3 million "
                + "dollars in emergency aid to Kenya, the Japanese government said on Wednesday. "
                + "Kenyan President Uhuru Kenyatta will visit Japan, the presidency said on Thursday."));

        Event aid = events(model, e -> e.type() == EventType.AID).get(0);
        assertThat(aid.when().value()).isEqualTo("2020-11-11");
        assertThat(aid.when().basis()).isIn(DateBasis.RELATIVE, DateBasis.INFERRED);
        assertThat(aid.when().reason()).contains("report");
        assertThat(aid.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(events(model, e -> e.type() == EventType.VISIT)).singleElement()
                .satisfies(e -> assertThat(e.when().isKnown()).isFalse());
    }
}
