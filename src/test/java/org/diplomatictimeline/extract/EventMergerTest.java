package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.junit.jupiter.api.Test;

class EventMergerTest {

    private static final Participant ADA = new Participant("person:ada-lind", "Ada Lind", ParticipantKind.PERSON,
            "Foreign Minister", "SE");
    private static final Participant BEN = new Participant("person:ben-oduya", "Ben Oduya", ParticipantKind.PERSON,
            "Foreign Minister", "KE");
    private static final Participant CARA = new Participant("person:cara-moss", "Cara Moss", ParticipantKind.PERSON,
            "President", "KE");
    private static final Place NAIROBI = new Place("city:nairobi", "Nairobi", PlaceKind.CITY, "KE");
    private static final Place MOMBASA = new Place("city:mombasa", "Mombasa", PlaceKind.CITY, "KE");
    private static final DocumentDate DOC_DATE = new DocumentDate("2022-03-01", DatePrecision.DAY, DateSource.HEADER,
            0.9, "header", "2022-03-01", false);

    private final EventMerger merger = new EventMerger();

    private static EventDate day(String iso) {
        return new EventDate(iso, null, DatePrecision.DAY, DateModifier.NONE, DateBasis.STATED,
                DateSpan.ofDay(LocalDate.parse(iso)), "stated");
    }

    private static EventMention mention(String doc, int order, EventType type, EventDate when, List<Place> places,
                                        boolean anaphoric, Participant... people) {
        Evidence e = new Evidence(doc, order * 10, order * 10 + 5, "words");
        return new EventMention(doc, order, type, EventStatus.HAPPENED, when, places, List.of(people), List.of(),
                List.of(e), "", "", anaphoric, DOC_DATE, 0.7);
    }

    @Test
    void twoMeetingsOfTheSamePeopleOnDifferentDaysStayApart() {
        List<Event> events = merger.merge(List.of(
                mention("a", 1, EventType.MEETING, day("2022-03-07"), List.of(NAIROBI), false, ADA, BEN),
                mention("b", 1, EventType.MEETING, day("2022-03-09"), List.of(NAIROBI), false, ADA, BEN)));

        assertThat(events).hasSize(2);
    }

    @Test
    void reportsOfOneMeetingInTwoArticlesBecomeOneEventWithBothEvidence() {
        List<Event> events = merger.merge(List.of(
                mention("a", 1, EventType.TALKS, day("2022-03-07"), List.of(NAIROBI), false, ADA, BEN),
                mention("b", 4, EventType.MEETING, day("2022-03-07"), List.of(), false, BEN, ADA)));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.documentIds()).containsExactly("a", "b");
            assertThat(e.title()).isEqualTo("Talks: Ada Lind – Ben Oduya, Nairobi");
        });
    }

    @Test
    void anUndatedReportJoinsTheDatedEventOfTheSamePeopleAndTakesItsDate() {
        List<Event> events = merger.merge(List.of(
                mention("a", 1, EventType.VISIT, EventDate.unknown("none"), List.of(NAIROBI), false, ADA),
                mention("b", 1, EventType.VISIT, day("2022-03-07"), List.of(NAIROBI), false, ADA, CARA)));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2022-03-07");
            assertThat(e.evidence()).hasSize(2);
        });
    }

    @Test
    void differentPeopleOrDifferentCitiesAreDifferentEvents() {
        List<Event> events = merger.merge(List.of(
                mention("a", 1, EventType.MEETING, day("2022-03-07"), List.of(NAIROBI), false, ADA, BEN),
                mention("a", 2, EventType.MEETING, day("2022-03-07"), List.of(NAIROBI), false, CARA),
                mention("b", 1, EventType.MEETING, day("2022-03-07"), List.of(MOMBASA), false, ADA, BEN)));

        assertThat(events).hasSize(3);
    }

    @Test
    void theMeetingRefersBackToTheLastMeetingOfItsArticle() {
        List<Event> events = merger.merge(List.of(
                mention("a", 1, EventType.MEETING, EventDate.unknown("none"), List.of(NAIROBI), false, ADA, BEN),
                mention("a", 2, EventType.VISIT, EventDate.unknown("none"), List.of(), false, CARA),
                mention("a", 3, EventType.MEETING, day("2022-03-07"), List.of(), true)));

        Event meeting = events.stream().filter(e -> e.participants().contains(ADA)).findFirst().orElseThrow();
        assertThat(meeting.when().value()).isEqualTo("2022-03-07");
        assertThat(events).hasSize(2);
    }

    @Test
    void oneHostMeetingTwoGuestsOnOneDayIsTwoEventsAcrossArticles() {
        // given: two articles, each about the host meeting a different guest in the same city that day
        List<EventMention> mentions = List.of(
                MergeFixtures.Report.of("a", "2022-03-08", EventType.MEETING, day("2022-03-07"))
                        .with(ADA, BEN).at(NAIROBI).mention(1),
                MergeFixtures.Report.of("b", "2022-03-08", EventType.MEETING, day("2022-03-07"))
                        .with(CARA, ADA).at(NAIROBI).mention(1));

        // when / then
        assertThat(merger.merge(mentions)).hasSize(2);
    }

    @Test
    void aReportJoinsAnEventOnlyWhenItAgreesWithEveryArticleOfIt() {
        // given: b names all four people, a only two of them, c the other two
        MergeFixtures.Report talks = MergeFixtures.Report.of("a", "2022-03-08", EventType.TALKS, day("2022-03-07"))
                .at(NAIROBI);
        List<EventMention> mentions = List.of(
                talks.with(ADA, BEN).mention(1),
                new MergeFixtures.Report("b", "2022-03-08", EventType.TALKS, day("2022-03-07"), EventStatus.HAPPENED,
                        List.of(NAIROBI), List.of(ADA, BEN, CARA, MergeFixtures.DAN), "", "", false).mention(1),
                new MergeFixtures.Report("c", "2022-03-08", EventType.TALKS, day("2022-03-07"), EventStatus.HAPPENED,
                        List.of(NAIROBI), List.of(CARA, MergeFixtures.DAN), "", "", false).mention(1));

        // when
        List<Event> events = merger.merge(mentions);

        // then: c agrees with b but not with a, so it stays apart from the event a and b report
        assertThat(events).hasSize(2);
        assertThat(events).anySatisfy(e -> assertThat(e.documentIds()).containsExactlyInAnyOrder("a", "b"));
    }

    @Test
    void anArticleWithoutADateNeverTakesAnotherArticlesHistory() {
        // given: a dated article recalls a meeting decades ago; an undated article reports the same two people meeting
        List<EventMention> mentions = List.of(
                MergeFixtures.Report.of("dated", "2022-03-08", EventType.MEETING, MergeFixtures.year(1961))
                        .with(ADA, BEN).at(NAIROBI).mention(1),
                MergeFixtures.Report.of("undated", null, EventType.MEETING, EventDate.unknown("none"))
                        .with(ADA, BEN).at(NAIROBI).mention(1));

        // when
        List<Event> events = merger.merge(mentions);

        // then: two events; the undated article's stays undated
        assertThat(events).hasSize(2);
        assertThat(events).filteredOn(e -> e.documentIds().contains("undated"))
                .singleElement().satisfies(e -> assertThat(e.when().isKnown()).isFalse());
    }

    @Test
    void anArticleWithoutADateJoinsTodaysNewsOfTheSamePeopleAndPlace() {
        List<EventMention> mentions = List.of(
                MergeFixtures.Report.of("dated", "2022-03-08", EventType.MEETING, day("2022-03-07"))
                        .with(ADA, BEN).at(NAIROBI).mention(1),
                MergeFixtures.Report.of("undated", null, EventType.MEETING, EventDate.unknown("none"))
                        .with(ADA, BEN).at(NAIROBI).mention(1));

        assertThat(merger.merge(mentions)).singleElement()
                .satisfies(e -> assertThat(e.documentIds()).containsExactlyInAnyOrder("dated", "undated"));
    }

    @Test
    void idsAreDeterministicAndUnique() {
        List<EventMention> input = List.of(
                mention("a", 1, EventType.MEETING, day("2022-03-07"), List.of(NAIROBI), false, ADA, BEN),
                mention("b", 1, EventType.MEETING, day("2022-03-09"), List.of(NAIROBI), false, ADA, BEN));

        List<String> first = merger.merge(input).stream().map(Event::id).toList();
        List<String> second = merger.merge(input).stream().map(Event::id).toList();

        assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
    }
}
