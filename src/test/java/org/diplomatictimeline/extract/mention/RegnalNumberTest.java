package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A regnal number ends a monarch's or a pope's name and belongs to it; sentences written for this test. */
class RegnalNumberTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
        "King Haakon VIII received the ambassadors at the palace on Monday.        | Haakon VIII",
        "El rey Alfonso XIV inauguró la feria el martes.                            | Alfonso XIV",
        "Le roi Baudouin II a reçu le président mardi.                              | Baudouin II",
        "Pope Clement XV met the delegation in the Vatican on Friday.               | Clement XV",
    })
    void theNumberIsPartOfTheName(String sentence, String name) {
        assertThat(find(sentence)).filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::name)
                .containsExactly(name);
    }
}
