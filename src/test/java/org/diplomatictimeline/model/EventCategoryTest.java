package org.diplomatictimeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fine event types fall into the briefing's coarse categories, which exports write in lower case. */
class EventCategoryTest {

    @ParameterizedTest
    @CsvSource({
            "MEETING, meeting",
            "NEGOTIATION, talks",
            "PHONE_CALL, phone_call",
            "AGREEMENT, agreement_signing",
            "DECLARATION, agreement_signing",
            "CEASEFIRE, military",
            "MILITARY_ACTION, military",
            "FOUNDING, other",
            "INAUGURATION, other",
            "OTHER, other"})
    void aFineTypeBelongsToOneCategory(EventType type, String word) {
        assertThat(type.category().word()).isEqualTo(word);
    }
}
