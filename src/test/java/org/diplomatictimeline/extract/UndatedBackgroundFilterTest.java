package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which undated events stay on the timeline: those of undated articles and a named person's coming ones. */
class UndatedBackgroundFilterTest {

    private static final DocumentDate DATED = new DocumentDate("2021-03-10", DatePrecision.DAY, DateSource.HEADER,
            0.9, "header", "2021-03-10", false);

    private static Event undated(EventStatus status, boolean person) {
        return undated(EventType.MEETING, status, person, false);
    }

    private static Event undated(EventType type, EventStatus status, boolean person, boolean placed) {
        List<Participant> parties = List.of(person
                ? new Participant("per:a", "Ana Example", ParticipantKind.PERSON, "", "")
                : new Participant("cty:xx", "Exampleland", ParticipantKind.COUNTRY, "", ""));
        return new Event("e1", "Talks", type, status, EventDate.unknown("no date in the sentence"),
                placed ? new Place("city:x", "Exampleton", PlaceKind.CITY, "XX") : null, parties, List.of(), List.of(new Evidence("d1", 0, 5, "Talks")), 0.5);
    }

    @ParameterizedTest(name = "{0}, a person named {1}, article dated {2}: kept {3}")
    @CsvSource({
        "HAPPENED,  true,  true,  false",
        "HAPPENED,  false, true,  false",
        "PLANNED,   true,  true,  false",
        "PLANNED,   false, true,  false",
        "ANNOUNCED, false, true,  false",
        "HAPPENED,  true,  false, true",
        "PLANNED,   false, false, true",
    })
    void anUndatedPastOrUnplacedComingMeetingOfADatedArticleIsDropped(EventStatus status, boolean person,
                                                                     boolean articleDated, boolean kept) {
        // given: one undated event of one article, dated or not
        DocumentInfo doc = new DocumentInfo("d1", "d1.txt", "", articleDated ? DATED
                : DocumentDate.unknown("nothing dates it"), "en");

        // when
        List<Event> left = new UndatedBackgroundFilter().keep(List.of(undated(status, person)), List.of(doc));

        // then
        assertThat(left.isEmpty()).isEqualTo(!kept);
    }

    @ParameterizedTest(name = "undated {0} {1} of a dated article, a person named {2}, placed {3}: kept {4}")
    @CsvSource({
        "VISIT,   PLANNED,  true,  false, true",
        "VISIT,   PLANNED,  false, false, false",
        "MEETING, PLANNED,  true,  true,  true",
        "MEETING, PLANNED,  true,  false, false",
        "TALKS,   PLANNED,  true,  false, false",
        "MEETING, PLANNED,  false, true,  false",
        "VISIT,   HAPPENED, true,  true,  false",
    })
    void aComingEncounterWithoutADayStaysOnlyWithANamedPersonAndAPlaceOrAsAVisit(EventType type,
            EventStatus status, boolean person, boolean placed, boolean kept) {
        // given: "X will meet Y in Dakar", "X will take part in the talks" with no day, in a dated article
        DocumentInfo doc = new DocumentInfo("d1", "d1.txt", "", DATED, "en");

        // when
        List<Event> left = new UndatedBackgroundFilter().keep(List.of(undated(type, status, person, placed)),
                List.of(doc));

        // then
        assertThat(left.isEmpty()).isEqualTo(!kept);
    }

    @ParameterizedTest(name = "undated {0} of an undated article: kept {1}")
    @CsvSource({
        "ANNIVERSARY, false",
        "MEETING,     true",
    })
    void anUndatedAnniversaryGoesEvenFromAnUndatedArticle(EventType type, boolean kept) {
        // given: "the 25th anniversary of the relations, marked on 25 June" in an article nothing dates
        DocumentInfo doc = new DocumentInfo("d1", "d1.txt", "", DocumentDate.unknown("nothing dates it"), "en");

        // when
        List<Event> left = new UndatedBackgroundFilter().keep(List.of(undated(type, EventStatus.PLANNED, false,
                false)), List.of(doc));

        // then: a date marked is nothing without its date; an encounter keeps its place in the article
        assertThat(left.isEmpty()).isEqualTo(!kept);
    }
}
