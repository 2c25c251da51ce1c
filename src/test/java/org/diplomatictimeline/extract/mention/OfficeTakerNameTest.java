package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run of capitalised words right before a phrase of taking office ("was sworn in", "juró", "a prêté serment") is a
 * person's name even where no title nor gazetteer names it: only a person is sworn in.
 */
class OfficeTakerNameTest {

    private static final MentionFinder FINDER = new MentionFinder();

    private static List<String> people(String text) {
        return FINDER.find(text).stream().filter(m -> m.kind() == MentionKind.PERSON).map(Mention::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | Talia Berenger was sworn in as president of Chile on Monday.",
        "es | Talia Berenger juró como presidenta de Chile ante el Congreso.",
        "fr | Talia Berenger a prêté serment lundi comme présidente du Chili.",
        "de | Talia Berenger wurde vereidigt und ist nun Präsidentin Chiles.",
        "it | Talia Berenger ha giurato lunedì come presidente del Cile.",
        "pt | Talia Berenger tomou posse na segunda-feira como presidente do Chile.",
        "id | Talia Berenger resmi dilantik sebagai presiden Chile pada Senin.",
    })
    void theOneWhoTakesOfficeIsAPerson(String language, String text) {
        assertThat(people(text)).as(language).contains("Talia Berenger");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Talia Berenger met the minister on Monday.",
        "Talia Berenger opened on Monday.",
    })
    void withoutSuchAPhraseTheUnknownRunStaysUndecided(String text) {
        assertThat(people(text)).doesNotContain("Talia Berenger");
    }
}
