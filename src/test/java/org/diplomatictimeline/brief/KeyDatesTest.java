package org.diplomatictimeline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/** Scoring dates for the key-date selection: only a day is busy, and background dates weigh less. */
class KeyDatesTest {

    @Test
    void manyEventsOnOneDayLiftTheDayButManyKnownOnlyToTheMonthDoNot() {
        List<Event> events = List.of(
                keyEvent("d1", "talks", BriefFixtures.day("2031-03-08"), "a1"),
                keyEvent("d2", "call", BriefFixtures.day("2031-03-08"), "a2"),
                keyEvent("m1", "visit", BriefFixtures.month(2031, 4), "a3"),
                keyEvent("m2", "meeting", BriefFixtures.month(2031, 4), "a4"));

        List<KeyDates.Group> groups = KeyDates.group(events, e -> 4.0);

        assertThat(groups).extracting(KeyDates.Group::date).containsExactly("2031-03-08", "2031-04");
        assertThat(groups.get(0).score()).as("the day: its peak and a share of the other").isEqualTo(5.0);
        assertThat(groups.get(1).score()).as("the month: its peak alone, at the month's discount")
                .isEqualTo(4.0 * KeyDates.precisionFactor(DatePrecision.MONTH));
    }

    @Test
    void aDateOutsideTheArticlesSpanKeepsHalfItsScoreButTheWeekBeforeStillCounts() {
        DateSpan articles = new DateSpan(LocalDate.of(2031, 3, 10), LocalDate.of(2031, 5, 31));
        List<KeyDates.Group> groups = List.of(group("2029-11-09", 8), group("2031-03-04", 8), group("2031-04-02", 8),
                group("2031-09-01", 8));

        List<KeyDates.Group> scored = KeyDates.background(groups, articles);

        assertThat(scored).extracting(KeyDates.Group::score).containsExactly(4.0, 8.0, 8.0, 4.0);
        assertThat(KeyDates.background(groups, null)).isEqualTo(groups);
    }

    private static KeyDates.Group group(String day, double score) {
        return new KeyDates.Group(day, DateSpan.ofDay(LocalDate.parse(day)), score, List.of());
    }

    private static Event keyEvent(String id, String title, EventDate when, String document) {
        return BriefFixtures.event(id).titled(title).type(EventType.TALKS).status(EventStatus.HAPPENED).on(when)
                .evidence(BriefFixtures.reports(title, document)).build();
    }
}
