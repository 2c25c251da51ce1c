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
                mention("a", 1, EventType.VISIT, EventDate.unknown("none"), List.of(), false, ADA),
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
    void idsAreDeterministicAndUnique() {
        List<EventMention> input = List.of(
                mention("a", 1, EventType.MEETING, day("2022-03-07"), List.of(NAIROBI), false, ADA, BEN),
                mention("b", 1, EventType.MEETING, day("2022-03-09"), List.of(NAIROBI), false, ADA, BEN));

        List<String> first = merger.merge(input).stream().map(Event::id).toList();
        List<String> second = merger.merge(input).stream().map(Event::id).toList();

        assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
    }
}
