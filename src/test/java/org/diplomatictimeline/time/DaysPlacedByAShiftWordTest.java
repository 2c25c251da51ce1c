package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A shift word after a day without a year ("le 2 décembre dernier", "2 ديسمبر الماضي") says which year it is in. */
class DaysPlacedByAShiftWordTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            La ministre avait reçu son homologue le 2 décembre dernier.       | 2 décembre dernier        | 2030-12-02
            El tratado se firmó el 2 de diciembre pasado en Lima.            | 2 de diciembre pasado     | 2030-12-02
            L'accordo era stato firmato il 2 dicembre scorso.                | 2 dicembre scorso         | 2030-12-02
            وكان الوزير قد زار الرباط في 2 ديسمبر الماضي.                     | 2 ديسمبر الماضي           | 2030-12-02
            وكان الوزير قد زار الرباط في الثاني من ديسمبر الفائت.             | الثاني من ديسمبر الفائت   | 2030-12-02
            وكان الوزير قد زار الرباط في 12 أبريل الماضي.                     | 12 أبريل الماضي           | 2031-04-12
            ويصل الوزير إلى الرباط في 12 أبريل المقبل.                        | 12 أبريل المقبل           | 2032-04-12
            """)
    void theShiftWordBelongsToTheDateAndSetsItsYear(String sentence, String text, String value) {
        assertThat(find(sentence, "2031-11-20", text).value()).isEqualTo(value);
    }
}
