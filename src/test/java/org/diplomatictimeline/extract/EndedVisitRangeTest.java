package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A visit of several days told by a verb of ending before it ("wrapped up a three-day visit on Sunday", "a achevé,
 * dimanche, une visite de trois jours") runs up to the day told, in every language with ENDED rows; its length may
 * stand after the occasion's word ("une visite de trois jours").
 */
class EndedVisitRangeTest {

    private static Event visit(String date, String body) {
        return ArticleExtraction.events(date, body).stream().filter(e -> e.type() == EventType.VISIT).findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-05-13 | President Ana Lorca of Veloria wrapped up a three-day visit to Quito on Sunday.           | 2025-05-09 | 2025-05-11
            2025-05-13 | La présidente véloriane Ana Lorca a achevé, dimanche, une visite de trois jours à Quito.   | 2025-05-09 | 2025-05-11
            2025-05-13 | La presidenta veloriana Ana Lorca concluyó el domingo una visita de tres días a Quito.     | 2025-05-09 | 2025-05-11
            2025-05-13 | La presidente veloriana Ana Lorca ha concluso domenica una visita di tre giorni a Quito.   | 2025-05-09 | 2025-05-11
            2025-05-13 | A presidente veloriana Ana Lorca concluiu no domingo uma visita de três dias a Quito.      | 2025-05-09 | 2025-05-11
            """)
    void aVisitEndedOnADayRunsUpToIt(String date, String body, String first, String last) {
        Event v = visit(date, body);

        assertThat(v.when().value()).isEqualTo(first);
        assertThat(v.when().endValue()).isEqualTo(last);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-05-13 | President Ana Lorca of Veloria began a three-day visit to Quito on Sunday.              | 2025-05-11 | 2025-05-13
            2025-05-13 | La présidente véloriane Ana Lorca a entamé, dimanche, une visite de trois jours à Quito.  | 2025-05-11 | 2025-05-13
            """)
    void aVisitBegunOnADayRunsFromIt(String date, String body, String first, String last) {
        Event v = visit(date, body);

        assertThat(v.when().value()).isEqualTo(first);
        assertThat(v.when().endValue()).isEqualTo(last);
    }

    @Test
    void aPlannedStayOfSeveralDaysToldByItsWeekdayMovesWholeIntoTheTripsWeek() {
        String body = "La présidente chilienne Ana Lorca doit se rendre à la fin du mois de janvier au Pérou. La "
                + "visite, qui commence le 30 janvier 2025, sera brève.\n\nAna Lorca poursuivra cette tournée en "
                + "Bolivie. Une visite de deux jours à La Paz avec une messe le samedi soir.";
        List<Event> events = ArticleExtraction.events("2025-01-06", body);

        assertThat(events).filteredOn(e -> e.type() == EventType.VISIT && "2025-02-01".equals(e.when().value()))
                .extracting(e -> e.when().endValue()).containsExactly("2025-02-02");
    }
}
