package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Several documents signed at one occasion, the later told as one more act ("also signed"), are several acts; a
 * signing told again without such a word stays one.
 */
class AnotherActTest {

    private static final String HEADER = "2021-03-10";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Prime Minister Lena Holm received President Karl Brenner in Oslo on Monday. Holm and Brenner signed a fisheries accord. Holm and Brenner also signed an agreement on culture.",
        "La primera ministra Lena Holm recibió el lunes en Oslo al presidente Karl Brenner. Holm y Brenner firmaron un acuerdo de pesca. Holm y Brenner también firmaron un acuerdo cultural.",
        "Il primo ministro Lena Holm ha ricevuto lunedì a Oslo il presidente Karl Brenner. Holm e Brenner hanno firmato un accordo sulla pesca. Holm e Brenner hanno anche firmato un accordo culturale.",
    })
    void aSigningToldAsOneMoreIsAnotherAct(String body) {
        assertThat(ArticleExtraction.events(HEADER, body)).filteredOn(e -> e.type() == EventType.AGREEMENT)
                .hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Prime Minister Lena Holm received President Karl Brenner in Oslo on Monday. Holm and Brenner signed a fisheries accord. Holm and Brenner signed the accord in front of both delegations.",
    })
    void aSigningToldAgainStaysOneAct(String body) {
        assertThat(ArticleExtraction.events(HEADER, body)).filteredOn(e -> e.type() == EventType.AGREEMENT)
                .hasSize(1);
    }
}
