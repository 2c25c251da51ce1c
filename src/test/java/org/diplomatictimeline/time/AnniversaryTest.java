package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.TAGGER;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnniversaryTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The visit marks the 70th anniversary of Beijing opening diplomatic relations with Moscow.  | the 70th anniversary            | 2019
            Both sides celebrate the 70th anniversary of the establishment of China-Russia diplomatic ties. | the 70th anniversary      | 2019
            Veterans gathered for the seventy-fifth anniversary of the Normandy landings.             | the seventy-fifth anniversary  | 2019
            The city marked the 30th anniversary of the fall of the Berlin Wall.                      | the 30th anniversary           | 2019
            Leaders met on the 75th anniversary of the United Nations.                                | the 75th anniversary           | 2020
            """)
    void anniversaryOfAKnownFoundingGivesItsYear(String sentence, String text, String value) {
        Timex t = find(sentence, null, text);

        assertThat(t.type()).isEqualTo(TimexType.DATE);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.relative()).isFalse();
    }

    @Test
    void eachAnniversaryCountsFromItsOwnFounding() {
        String text = "They marked the 75th anniversary of the Normandy landings and the 30th anniversary of the fall "
                + "of the Berlin Wall.";

        assertThat(TAGGER.tag(text, null)).extracting(Timex::value).containsExactly("2019", "2019");
    }

    @Test
    void anniversaryOfSomethingUnknownIsNotDated() {
        assertThat(TAGGER.tag("The party celebrated the 50th anniversary of its founder's birth.", null)).isEmpty();
    }
}
