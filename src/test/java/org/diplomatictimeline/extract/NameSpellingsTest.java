package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSpellingsTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
            // one letter of one word apart: a transliteration
            "person:yusuf-amari, person:yousuf-amari, true",
            "person:omar-talbi, person:omer-talbi, true",
            "person:bashir-al-nouri, person:bachir-al-nouri, true",
            // two letters of a long word
            "person:mohammed-bin-rashad, person:muhammad-bin-rashad, true",
            "person:ilham-karimova, person:ilham-karimava, true",
            // a typing slip: two letters swapped
            "person:greta-lindqvist, person:greta-lindqvsit, true",
            // different people
            "person:mohammed-bin-rashad, person:mohammed-bin-faisal, false",
            "person:salem-bin-ali, person:sultan-bin-ali, false",
            "person:kim-jong-un, person:kim-jong-il, false",
            "person:omar-talbi, person:amar-talbi, false",
            "person:omar-talbi, person:omar-talbi, false",
            "person:yusuf-amari, person:yousuf-amiri, false",
            "person:talbi, person:talby, false",
            "person:omar-talbi, person:omar-al-talbi, false"
    })
    void oneNameSpelledApart(String x, String y, boolean expected) {
        assertThat(NameSpellings.spelledApart(x, y)).isEqualTo(expected);
        assertThat(NameSpellings.spelledApart(y, x)).as("symmetric").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({"amari, amari, 0", "yusuf, yousuf, 1", "lindqvist, lindqvsit, 1", "mohammed, muhammad, 2",
            "salem, sultan, 4"})
    void editDistanceCountsASwapOnce(String a, String b, int expected) {
        assertThat(NameSpellings.editDistance(a, b)).isEqualTo(expected);
    }
}
