package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.FINDER;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Adjectives of nationality of German and Arabic beyond the first score of countries name their country. */
class MoreDemonymsTest {

    @ParameterizedTest(name = "{2} in {1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Der tschechische Regierungschef reiste nach Graz.        | de | tschechische   | CZ",
        "Die Kanzlerin empfing den österreichischen Minister.     | de | österreichischen | AT",
        "Der kanadische Premier sprach in Halifax.                | de | kanadische     | CA",
        "التقى الوزير نظيره الياباني في الدوحة.                   | ar | الياباني       | JP",
        "وصل الرئيس البرازيلي إلى الرباط.                         | ar | البرازيلي      | BR",
        "استقبل الملك رئيس الوزراء الكوري الجنوبي.                | ar | الكوري الجنوبي | KR",
    })
    void aDemonymNamesItsCountry(String sentence, String language, String surface, String country) {
        List<Mention> found = FINDER.find(sentence, 0, sentence.length(), language);
        String code = found.stream().filter(m -> m.text().equals(surface) && m.kind() == MentionKind.COUNTRY)
                .map(Mention::countryCode).findFirst().orElse("");
        assertThat(code).as("%s", found).isEqualTo(country);
    }
}
