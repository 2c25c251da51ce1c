package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Words at the edge of a name that are not part of it: an honorific before it ("the Honourable"), a building or
 * place word that opens a place's name ("Villa", "Tanah"); sentences written for this test.
 */
class NameEdgeWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Honorable Mara Tulo arrived in the capital on Monday for talks.   | Mara Tulo",
        "The Honourable Peni Latu, the prime minister, opened the meeting.      | Peni Latu",
    })
    void anHonorificIsNotPartOfTheName(String sentence, String name) {
        assertThat(find(sentence)).filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::name)
                .containsExactly(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Il premier ha ricevuto gli ospiti a Villa Aurelia per una cena di lavoro.",
        "Presiden dijadwalkan tiba kembali di Tanah Air pada Kamis malam.",
    })
    void aPlaceWordOpensNoPersonsName(String sentence) {
        assertThat(find(sentence)).extracting(Mention::kind).doesNotContain(MentionKind.PERSON);
    }
}
