package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.mention;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles and roles from the language folders (lang/<code>/titles.tsv) introduce people, in sentences written for it. */
class OtherLanguageTitlesTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Le président Jean Lamarque a reçu son homologue.                  | Jean Lamarque
            El presidente Tomás Ibarra llegó a la capital.                    | Tomás Ibarra
            Il ministro degli Esteri Paolo Ferrante è arrivato a Tunisi.      | Paolo Ferrante
            Bundeskanzlerin Petra Vogler reist nach Chile.                    | Petra Vogler
            O primeiro-ministro Rui Sarmento chegou a Luanda.                 | Rui Sarmento
            Menteri Luar Negeri Budi Santoso tiba di Hanoi.                   | Budi Santoso
            Il presidente francese Marc Lefort è arrivato a Tunisi.           | Marc Lefort
            El canciller chileno, Tomás Ibarra, llegó a Lima.                 | Tomás Ibarra
            Tomás Ibarra dijo que la cumbre fue útil.                         | Tomás Ibarra
            """)
    void aTitleInTheArticlesLanguageIntroducesAPerson(String sentence, String name) {
        Mention m = mention(sentence, name);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(m.id()).startsWith("person:");
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            La ministra de Exteriores, Lucía Ferrer Soto, recibió a los embajadores.       | Lucía Ferrer Soto
            Le ministre de la Défense, Paul Garnier, a reçu son homologue à Paris.         | Paul Garnier
            Le ministre des Affaires étrangères, Luc Morel, s'est rendu à Dakar.           | Luc Morel
            Il ministro degli Esteri, Paolo Ferrante, ha incontrato il suo omologo.        | Paolo Ferrante
            Il presidente della Repubblica, Carlo Bellini, è arrivato a Tunisi.            | Carlo Bellini
            O ministro dos Negócios Estrangeiros, Rui Sarmento, chegou a Luanda.           | Rui Sarmento
            """)
    void aTitleWithItsComplementSetOffByCommasIntroducesTheFullNameAfterIt(String sentence, String name) {
        Mention m = mention(sentence, name);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(m.role()).isNotEmpty();
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The speaker of the House of Representatives, Nora Quist, met the envoys.        | Nora Quist
            The president of the National Assembly, Ida Fenwick, received the guests.      | Ida Fenwick
            The Minister of Trade and Industry, Owen Tallis, opened the fair.              | Owen Tallis
            The Chairperson of the Regional Commission, Amara Sello, arrived in Accra.     | Amara Sello
            """)
    void aTitleWithASeveralWordComplementSetOffByCommasIntroducesTheFullNameAfterIt(String sentence, String name) {
        Mention m = mention(sentence, name);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(m.role()).isNotEmpty();
    }

    @Test
    void aSeveralWordComplementWithoutAFullNameAfterItsCommaIntroducesNobody() {
        assertThat(MentionAssertions.find("The speaker of the House of Representatives, however, left early."))
                .noneMatch(m -> m.kind() == MentionKind.PERSON);
    }

    @Test
    void aTitlesComplementFollowedByACommaAndNoFullNameIntroducesNobody() {
        assertThat(MentionAssertions.find("La ministra de Exteriores, junto a sus colegas, llegó a Lima."))
                .noneMatch(m -> m.kind() == MentionKind.PERSON);
    }

    @Test
    void capitalisedWordsOfInstitutionsAreNoPeople() {
        assertThat(MentionAssertions.find("Президент встретился с главой Нового банка развития."))
                .noneMatch(m -> m.kind() == MentionKind.PERSON);
        assertThat(MentionAssertions.find("Kementerian Luar Negeri Republik Indonesia menyampaikan pernyataan."))
                .noneMatch(m -> m.kind() == MentionKind.PERSON);
    }

    @Test
    void aRussianNameAfterATitleAndItsCountryIsOnePersonInLatinLetters() {
        String text = "Министр иностранных дел Беларуси Иван Петров прибыл в Ташкент. "
                + "Узбекская сторона провела переговоры с Иваном Петровым.";

        Mention first = mention(text, "Иван Петров");
        Mention second = mention(text, "Иваном Петровым");

        assertThat(first.id()).isEqualTo("person:ivan-petrov").isEqualTo(second.id());
        assertThat(first.name()).isEqualTo("Ivan Petrov");
    }
}
