package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.mention;

import static org.diplomatictimeline.extract.mention.MentionAssertions.FINDER;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Countries (from the JDK's locale data), main capitals and well-known people in French, German and Russian. */
class OtherLanguagesTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "La Chine et la Russie ont signé un accord à Moscou.        | Chine      | country:CN",
        "La Chine et la Russie ont signé un accord à Moscou.        | Russie     | country:RU",
        "La Chine et la Russie ont signé un accord à Moscou.        | Moscou     | city:moscow",
        "Die Delegation aus Deutschland traf in Genf ein.           | Deutschland | country:DE",
        "Die Delegation aus Deutschland traf in Genf ein.           | Genf       | city:geneva",
        "Министр прибыл в Китай, где обсудил отношения с Россией.   | Китай      | country:CN",
        "Министр прибыл в Китай, где обсудил отношения с Россией.   | Россией    | country:RU",
        "Переговоры прошли в Москве и в Кремле.                     | Москве     | city:moscow",
        "Переговоры прошли в Москве и в Кремле.                     | Кремле     | venue:kremlin",
        "Путин встретился с министром в Сочи.                       | Путин      | person:vladimir-putin",
    })
    void namesInOtherLanguagesAreFound(String sentence, String surface, String id) {
        assertThat(mention(sentence, surface).id()).isEqualTo(id);
    }

    @ParameterizedTest(name = "{2} in {1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Die Kanzlerin reiste nach Island und Norwegen.           | de | Island | IS",
        "The governor of Rhode Island met the Norwegian envoy.    | en | Island | ''",
        "A Argentina e o Chade assinaram um acordo.               | pt | Chade  | TD",
        "Dr. Chade addressed the Senate in Buenos Aires.          | en | Chade  | ''",
        "La Reunión de Alto Nivel se celebró en Madrid.           | es | Reunión | ''",
        "Ships reached Réunion, east of Madagascar.               | en | Réunion | RE",
    })
    void countryNamesOfALanguageAreReadOnlyInDocumentsOfThatLanguageAndItsEventWordsAreNoPlaces(String sentence, String language,
            String surface, String country) {
        List<Mention> found = FINDER.find(sentence, 0, sentence.length(), language);
        String code = found.stream().filter(m -> m.text().equals(surface) && m.kind() == MentionKind.COUNTRY)
                .map(Mention::countryCode).findFirst().orElse("");
        assertThat(code).as("%s", found).isEqualTo(country);
    }
}
