package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventStatusRulesTest {

    private static Trigger statement(String text) {
        return new Trigger(0, text.length(), text, EventType.STATEMENT, "VERB", EventStatus.HAPPENED, 1, 0);
    }

    @ParameterizedTest(name = "\"{0}\" plain report: {1}")
    @CsvSource(delimiter = '|', value = {
        "said|true",
        "Told  Reporters|true",
        "according to|true",
        "сообщили|true",
        "announced|false",
        "warned|false",
        "according|false"})
    void plainReportsComeFromTheLanguageTables(String text, boolean plain) {
        assertThat(EventStatusRules.plainReport(statement(text))).isEqualTo(plain);
    }
}
