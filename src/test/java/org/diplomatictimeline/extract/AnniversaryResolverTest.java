package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnniversaryResolverTest {

    private final AnniversaryResolver resolver = AnniversaryResolver.standard();

    @Test
    void diplomaticRelationsBetweenTwoNamedCountriesGiveTheYear() {
        AnniversaryResolver.Anniversary a = resolver.resolve("They will mark the 70th ",
                " of the establishment of Russia-China diplomatic ties.", Set.of("RU", "CN"));

        assertThat(a.year()).contains(2019);
        assertThat(a.title()).isEqualTo("70th anniversary of China–Russia diplomatic relations");
    }

    @ParameterizedTest(name = "{0} anniversary of {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the 70th         | of NATO, the alliance said         | 2019
            the fiftieth     | of ASEAN                           | 2017
            the 20th         | of the Shanghai Cooperation Organisation | 2021
            the seventy-fifth| of the United Nations              | 2020
            """)
    void organisationsAndOrdinalWordsResolve(String before, String after, int year) {
        assertThat(resolver.resolve(before, after, Set.of()).year()).contains(year);
    }

    @Test
    void anUnknownSubjectKeepsItsWordsButNoYear() {
        AnniversaryResolver.Anniversary a = resolver.resolve("the 12th ", " of the town's choir", Set.of());

        assertThat(a.year()).isEmpty();
        assertThat(a.title()).isEqualTo("12th anniversary of town's choir");
    }

    @ParameterizedTest(name = "''{0}'' counts {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'se celebró el 30 '          | 30
            'празднования 25-'           | 25
            'the 40th '                  | 40
            'celebrated in 1992 '        | 0
            'growth of 3,5 '             | 0
            """)
    void aCountRightBeforeTheWordIsItsNumber(String before, int ordinal) {
        assertThat(AnniversaryResolver.ordinal(before)).isEqualTo(ordinal);
    }
}
