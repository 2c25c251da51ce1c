package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Russian tells a call by what was done "по телефону" (congratulated, discussed) in either word order, and by a
 * "телефонная беседа" in any case; sentences written for this test.
 */
class RussianPhoneCallsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Премьер-министр по телефону поздравил коллегу с победой на выборах.
            Министры обсудили по телефону подготовку визита.
            Президенты провели телефонную беседу во вторник.
            """)
    void whatIsDoneByPhoneIsACall(String sentence) {
        assertThat(SentenceTriggers.of(sentence)).extracting(Trigger::type).contains(EventType.PHONE_CALL);
    }
}
