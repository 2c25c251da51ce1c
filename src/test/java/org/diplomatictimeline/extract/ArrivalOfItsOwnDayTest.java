package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An arrival told with a day of its own after an earlier cue ("after he arrived on Tuesday") inside a sentence whose
 * main clause gives another day is an event of its own on its own day; the main clause keeps its day.
 */
class ArrivalOfItsOwnDayTest {

    private static List<String> visitDays(String docDate, String body) {
        EventModel model = ArticleExtraction.model(docDate, body);
        return model.events().stream().filter(e -> e.type() == EventType.VISIT).map(e -> e.when().value())
                .sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English | 2022-02-17 | The Chilean president paid a state visit to Canberra on Thursday, after he arrived "
            + "in Sydney on Wednesday evening.",
        "Indonesian | 2022-02-17 | Presiden Chile melakukan kunjungan kenegaraan ke Canberra pada Kamis pagi, "
            + "setelah dia tiba di Sydney pada Rabu (16/2) malam.",
    })
    void theArrivalKeepsItsOwnDayBesideTheVisitsDay(String name, String docDate, String body) {
        assertThat(visitDays(docDate, body)).containsExactly("2022-02-16", "2022-02-17");
    }

    @Test
    void anArrivalOnTheSameDayAsTheMainClauseIsNoSecondEvent() {
        List<String> days = visitDays("2022-02-17", "The Chilean president paid a state visit to Canberra on "
                + "Thursday, after he arrived in the city on Thursday morning.");

        assertThat(days).containsOnly("2022-02-17");
    }

    @Test
    void anArrivalWithNoDayOfItsOwnIsNoSecondEvent() {
        List<String> days = visitDays("2022-02-17", "The Chilean president paid a state visit to Canberra on "
                + "Thursday, after he arrived from Santiago.");

        assertThat(days).containsOnly("2022-02-17");
    }
}
