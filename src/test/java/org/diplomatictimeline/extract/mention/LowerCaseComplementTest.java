package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.mention;
import static org.diplomatictimeline.extract.mention.MentionAssertions.orEmpty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title whose complement is written in lower case and set off by a comma before the full name ("minister for
 * regional affairs, X Y") still introduces the person, in every language; sentences written for this test.
 */
class LowerCaseComplementTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
        "Kenya's minister for regional affairs, Omar Wekesa, announced the decision on Friday. | Omar Wekesa   | KE",
        "La ministra de asuntos exteriores, Lucía Barrios, llegó el lunes a Quito.            | Lucía Barrios |   ",
        "Le ministre des affaires étrangères, Paul Mercier, a reçu son homologue mardi.        | Paul Mercier  |   ",
    })
    void theNameAfterTheCommaIsThePerson(String sentence, String name, String country) {
        Mention m = mention(sentence, name);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(m.role()).isNotEmpty();
        assertThat(m.countryCode()).isEqualTo(orEmpty(country));
    }
}
