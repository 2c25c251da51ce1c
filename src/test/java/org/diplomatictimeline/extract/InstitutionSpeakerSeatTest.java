package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An institution that speaks for its government ("the White House announced", "Egypt's foreign ministry said")
 * makes its statement at the government's seat; a person speaking is placed by what the sentence says, not by
 * their country's capital.
 */
class InstitutionSpeakerSeatTest {

    private static List<EventMention> statements(String body) {
        return ArticleExtraction.mentions(body).stream()
                .filter(m -> m.type() == EventType.STATEMENT).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The White House announced on Monday that it would lift the tariffs.|Washington",
        "Buckingham Palace announced on Monday that the king would host a banquet.|London",
        "The Kremlin said on Monday that it would reply to the proposal.|Moscow",
        "Egypt's foreign ministry said on Monday that it would recall its ambassador.|Cairo",
        "La Casa Blanca anunció el lunes que el presidente de Estados Unidos viajará a Cuba en marzo.|Washington",
    })
    void anInstitutionsStatementIsPlacedAtItsGovernmentsSeat(String sentence, String seat) {
        assertThat(statements(sentence)).singleElement()
                .satisfies(m -> assertThat(m.places()).singleElement()
                        .satisfies(p -> assertThat(p.name()).isEqualTo(seat)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Norwegian Prime Minister Jonas Gahr Store said on Monday that Norway would recall its ambassador.",
        "Norway said on Monday that it would recall its ambassador.",
    })
    void aPersonOrCountrySpeakingIsNotPlacedAtItsCapital(String sentence) {
        assertThat(statements(sentence)).allSatisfy(m -> assertThat(m.places()).isEmpty());
    }
}
