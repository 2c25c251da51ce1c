package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.mention;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After a title a name's first word may also name a place ("el canciller argentino Santiago X"): the title makes the run a
 * person, and the country a title's complement names is the person's; sentences written for this test.
 */
class PlaceNamedPersonTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            El canciller argentino Santiago Ferraro llegó el lunes a Madrid.        | Santiago Ferraro | AR
            Le président algérien Karim Belhadi a reçu son homologue.              | Karim Belhadi    | DZ
            El presidente de Chile, Tomás Ibarra, viajó a Lima.                    | Tomás Ibarra     | CL
            """)
    void aTitledNameIsAPersonOfTheCountryItsTitleNames(String sentence, String name, String country) {
        Mention m = mention(sentence, name);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(m.name()).isEqualTo(name);
        if (country != null) {
            assertThat(m.countryCode()).isEqualToIgnoringCase(country);
        }
    }
}
