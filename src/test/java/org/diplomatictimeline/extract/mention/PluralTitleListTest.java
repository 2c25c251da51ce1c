package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.find;
import static org.diplomatictimeline.extract.mention.MentionAssertions.mention;
import static org.diplomatictimeline.extract.mention.MentionAssertions.orEmpty;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A plural title leads a list of names, each of whom holds the title (plural-titles.tsv of each folder). */
class PluralTitleListTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Foreign Ministers Tarek Halden of Norway and Pavel Oster of Austria met in Geneva. | Tarek Halden | Foreign Minister | NO",
        "Foreign Ministers Tarek Halden of Norway and Pavel Oster of Austria met in Geneva. | Pavel Oster  | Foreign Minister | AT",
        "The forum was attended by Presidents Lino Varga of Bolivia; Ruben Osta of Chile, and Dario Pell. | Ruben Osta | President | CL",
        "The forum was attended by Presidents Lino Varga of Bolivia; Ruben Osta of Chile, and Dario Pell. | Dario Pell | President |   ",
        "Los presidentes Tarek Halden y Pavel Oster se reunieron en Quito.                     | Pavel Oster  |                  |   ",
        "Os ministros Rui Salgado (Fazenda) e Ana Mota (Saúde) viajaram para Luanda.          | Ana Mota     |                  |   ",
        "Les ministres des Affaires étrangères Tarek Halden et Pavel Oster se sont parlé.      | Pavel Oster  |                  |   ",
        "I presidenti Tarek Halden e Pavel Oster si sono incontrati a Roma.                   | Pavel Oster  |                  |   ",
        "Президенты Тимур Каримов и Павел Остер встретились в Ташкенте.                         | Павел Остер  |                  |   ",
    })
    void everyListedNameIsAPersonHoldingTheTitle(String sentence, String name, String role, String country) {
        Mention m = mention(sentence, name);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        if (!orEmpty(role).isEmpty()) {
            assertThat(m.role()).isEqualTo(role);
        }
        assertThat(m.countryCode()).isEqualTo(orEmpty(country));
    }

    @Test
    void theCountryAfterEachNameIsStillAMention() {
        List<Mention> found = find("Foreign Ministers Tarek Halden of Norway and Pavel Oster of Austria met.");

        assertThat(found).extracting(Mention::id)
                .containsExactly("person:tarek-halden", "country:NO", "person:pavel-oster", "country:AT");
    }

    @Test
    void aListStopsAtAWordThatIsNoName() {
        List<Mention> found = find("Presidents Lino Varga and the delegation of Ghana arrived.");

        assertThat(found).extracting(Mention::id).containsExactly("person:lino-varga", "country:GH");
    }

    @Test
    void aSingularTitleLeadsOneNameOnly() {
        List<Mention> found = find("President Lino Varga and Dario Pell arrived in Quito.");

        assertThat(found).extracting(Mention::id).doesNotContain("person:dario-pell");
    }

    @Test
    void aBarePluralRoleIsNoOnePerson() {
        List<Mention> found = find("Lino Varga, the president of Bolivia, met Dario Pell. The ministers will meet"
                + " and the leaders of Bolivia and Chile will sign.");

        assertThat(found).filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::text)
                .containsExactly("Lino Varga");
    }
}
