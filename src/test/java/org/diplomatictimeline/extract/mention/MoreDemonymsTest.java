package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.FINDER;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Adjectives of nationality beyond the first score of countries name their country: German and Arabic, and a smaller
 * state's adjective in French, Spanish, Italian, Portuguese, German and Arabic (decision 0136).
 */
class MoreDemonymsTest {

    @ParameterizedTest(name = "{2} in {1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Der tschechische Regierungschef reiste nach Graz.        | de | tschechische   | CZ",
        "Die Kanzlerin empfing den österreichischen Minister.     | de | österreichischen | AT",
        "Der kanadische Premier sprach in Halifax.                | de | kanadische     | CA",
        "التقى الوزير نظيره الياباني في الدوحة.                   | ar | الياباني       | JP",
        "وصل الرئيس البرازيلي إلى الرباط.                         | ar | البرازيلي      | BR",
        "استقبل الملك رئيس الوزراء الكوري الجنوبي.                | ar | الكوري الجنوبي | KR",
        "Le président malgache est arrivé à Maputo.               | fr | malgache        | MG",
        "La ministre guatémaltèque a signé l'accord.               | fr | guatémaltèque   | GT",
        "El canciller guatemalteco viajó a Tegucigalpa.            | es | guatemalteco    | GT",
        "La delegación omaní llegó a Teherán.                      | es | omaní           | OM",
        "Il ministro croato è arrivato a Lubiana.                  | it | croato          | HR",
        "Il presidente uzbeko ha parlato a Roma.                   | it | uzbeko          | UZ",
        "O primeiro-ministro norueguês chegou a Oslo.              | pt | norueguês       | NO",
        "A chanceler queniana falou em Nairóbi.                    | pt | queniana        | KE",
        "Der ghanaische Präsident reiste nach Accra.               | de | ghanaische      | GH",
        "Die senegalesischen Minister trafen sich in Dakar.        | de | senegalesischen | SN",
        "وصل الرئيس الكيني إلى أديس أبابا.                          | ar | الكيني          | KE",
        "التقى الوزير نظيره السويدي في عمان.                        | ar | السويدي         | SE",
    })
    void aDemonymNamesItsCountry(String sentence, String language, String surface, String country) {
        List<Mention> found = FINDER.find(sentence, 0, sentence.length(), language);
        String code = found.stream().filter(m -> m.text().equals(surface) && m.kind() == MentionKind.COUNTRY)
                .map(Mention::countryCode).findFirst().orElse("");
        assertThat(code).as("%s", found).isEqualTo(country);
    }
}
