package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.junit.jupiter.api.Test;

/** When an undated article may borrow a year: only from an article reporting the same occasion. */
class YearBorrowingTest {

    private static Participant person(String name) {
        return new Participant("person:" + name, name, ParticipantKind.PERSON, null, null);
    }

    private static Participant country(String code) {
        return new Participant("country:" + code, code, ParticipantKind.COUNTRY, null, code);
    }

    private static EventMention mention(String doc, EventType type, String place, Participant... who) {
        List<Place> places = place == null ? List.of() : List.of(new Place("city:" + place, place, PlaceKind.CITY, null));
        return new EventMention(doc, 0, type, EventStatus.HAPPENED, EventDate.unknown("test"), places, List.of(who),
                List.of(), List.of(), "", "", false, DocumentDate.unknown("test"), 0.5);
    }

    @Test
    void sameEventWithTheSameTwoLeadersIsTheSameOccasion() {
        assertThat(YearBorrowing.sameOccasion(
                List.of(mention("a", EventType.MEETING, null, person("Ana Ruiz"), person("Ola Berg"))),
                List.of(mention("b", EventType.MEETING, "Oslo", person("Ana Ruiz"), person("Ola Berg"))))).isTrue();
    }

    @Test
    void oneSharedLeaderIsEnoughOnlyWithTheSamePlace() {
        List<EventMention> mine = List.of(mention("a", EventType.VISIT, "Oslo", person("Ola Berg")));

        assertThat(YearBorrowing.sameOccasion(mine,
                List.of(mention("b", EventType.VISIT, "Oslo", person("Ola Berg"))))).isTrue();
        assertThat(YearBorrowing.sameOccasion(mine,
                List.of(mention("b", EventType.VISIT, "Lima", person("Ola Berg"))))).isFalse();
    }

    @Test
    void twoGuestsVisitingOneHostAreDifferentOccasions() {
        assertThat(YearBorrowing.sameOccasion(
                List.of(mention("a", EventType.VISIT, "Oslo", person("Ana Ruiz"), person("Ola Berg"))),
                List.of(mention("b", EventType.VISIT, "Oslo", person("Tom Vik"), person("Ola Berg"))))).isFalse();
    }

    @Test
    void differentKindsOfEventOrOnlyCountriesInCommonAreDifferentOccasions() {
        assertThat(YearBorrowing.sameOccasion(
                List.of(mention("a", EventType.MEETING, null, person("Ana Ruiz"), person("Ola Berg"))),
                List.of(mention("b", EventType.VISIT, null, person("Ana Ruiz"), person("Ola Berg"))))).isFalse();
        assertThat(YearBorrowing.sameOccasion(
                List.of(mention("a", EventType.MEETING, "Oslo", country("NO"))),
                List.of(mention("b", EventType.MEETING, "Oslo", country("NO"))))).isFalse();
    }
}
