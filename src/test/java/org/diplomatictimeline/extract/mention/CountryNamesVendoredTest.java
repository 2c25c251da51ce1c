package org.diplomatictimeline.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryNamesVendoredTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "it", "de", "pt", "ru", "id", "ar"})
    void vendoredCountryNamesAreWhatTheGeneratorProducesFromTheJdk(String language) {
        List<String> expected = CountryNamesGenerator.rows(language).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(expected, LanguageFolders.lines(language, "countries.tsv"),
                "lang/" + language + "/countries.tsv is stale: run CountryNamesGenerator (see its Javadoc)");
    }
}
