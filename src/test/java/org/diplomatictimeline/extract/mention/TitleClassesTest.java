package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The properties of title classes as title-classes.tsv gives them. */
class TitleClassesTest {

    @ParameterizedTest(name = "{0}: role only {1}, subordinate {2}")
    @CsvSource({
        "head,        true,  false",
        "minister,    true,  false",
        "spokes,      true,  true",
        "official,    false, true",
        "honorific,   false, false",
    })
    void eachClassHasTheTablesProperties(String titleClass, boolean roleOnly, boolean subordinate) {
        assertThat(TitleClasses.ROLE_ONLY.contains(titleClass)).isEqualTo(roleOnly);
        assertThat(TitleClasses.SUBORDINATE.contains(titleClass)).isEqualTo(subordinate);
    }
}
