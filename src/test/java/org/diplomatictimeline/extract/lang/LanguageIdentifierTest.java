package org.diplomatictimeline.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = LanguageIdentifier.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The foreign ministers of the two countries met in the capital and said that the talks were useful.
            fr | Les ministres des deux pays se sont rencontrés dans la capitale et ont signé un accord sur le commerce.
            es | Los presidentes de los dos países se reunieron en la capital y firmaron un acuerdo para el comercio.
            it | I ministri dei due paesi si sono incontrati nella capitale e hanno firmato un accordo per il commercio.
            de | Die Außenminister der beiden Länder haben sich in der Hauptstadt getroffen und ein Abkommen unterzeichnet.
            pt | Os ministros dos dois países reuniram-se na capital e assinaram um acordo para o comércio.
            ru | Министры двух стран встретились в столице и подписали соглашение о торговле, которое было подготовлено.
            id | Para menteri dari kedua negara bertemu di ibu kota dan telah menandatangani perjanjian untuk perdagangan.
            ar | التقى وزراء خارجية البلدين في العاصمة وقال إن المحادثات كانت مفيدة على الرغم من الخلافات بين الجانبين.
            """)
    void aTextIsTakenForTheLanguageWhoseFunctionWordsItUsesMost(String code, String text) {
        assertThat(identifier.identify(text)).isEqualTo(code);
    }

    @Test
    void aTextWithTooFewFunctionWordsHasNoLanguage() {
        assertThat(identifier.identify("Geneva, 12 May 2021 — Reuters")).isNull();
        assertThat(identifier.identify("")).isNull();
    }

    @Test
    void onlyTheGivenRangeIsRead() {
        String text = "Les ministres ont signé un accord dans la capitale. The ministers said that it was a deal.";
        int english = text.indexOf("The");

        assertThat(identifier.identify(text, english, text.length())).isEqualTo("en");
        assertThat(identifier.identify(text, 0, english)).isEqualTo("fr");
    }

    @Test
    void anyLanguageCanBeDescribedByItsStopWords() {
        LanguageIdentifier custom = new LanguageIdentifier(Map.of("nl", List.of("de het een en van"),
                "sv", List.of("och att det som en på")));

        assertThat(custom.identify("de minister van het land en een ambassadeur")).isEqualTo("nl");
    }
}
