package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.find;
import static org.diplomatictimeline.extract.mention.MentionAssertions.lastMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Later mentions of a person in the same document: surname only, family name first, role only, variants. */
class CoreferenceTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // surname only
        "Chancellor Petra Lindqvist visited Oslo. Lindqvist later flew to Stockholm.                 | Lindqvist  | person:petra-lindqvist",
        "Lindqvist arrived first. Later that day Chancellor Petra Lindqvist spoke to reporters.     | Lindqvist  | person:petra-lindqvist",
        // family name first
        "Chinese Vice Premier Liu Hanming met investors in Tianjin. Liu said trade would grow.      | Liu        | person:liu-hanming",
        "South Korean Foreign Minister Park Min-jun arrived in Hanoi. Park called the visit useful.  | Park       | person:park-min-jun",
        "Premier Zhou Weiguo opened the fair. Zhou's speech was short.                              | Zhou       | person:zhou-weiguo",
        "Foreign Ministry spokesperson Mao Lihua spoke on Monday. Mao added that talks would go on. | Mao        | person:mao-lihua",
        // role only
        "Kenyan President Daniel Otieno opened the summit. The Kenyan president then left for Kampala. | Kenyan president | person:daniel-otieno",
        "Chancellor Petra Lindqvist visited Oslo. The chancellor said the talks were frank.        | chancellor | person:petra-lindqvist",
        "Foreign Minister Ade Okonjo met the press. The minister declined to give details.          | minister   | person:ade-okonjo",
        "Iraqi President Salim Karimi spoke first. Then the Iraqi leader thanked the hosts.        | Iraqi leader | person:salim-karimi",
        "Kenyan President Daniel Otieno opened the summit. Kenya's president later left for Kampala. | Kenya's president | person:daniel-otieno",
        "Malian President Amadou Traore arrived. Later the president of Mali met the press.       | president of Mali | person:amadou-traore",
        "Ecuador's Foreign Minister Lucia Vera met Foreign Minister Omar Haddad. The Ecuadorian minister smiled. | Ecuadorian minister | person:lucia-vera",
        // spelling variants
        "Deputy Foreign Minister Yevgeny Sokolov spoke on Monday. On Tuesday Evgeny Sokolov left.  | Evgeny Sokolov | person:evgeny-sokolov",
        "Ambassador Aleksandr Petrov presented a note. Alexander Petrov said it was final.          | Alexander Petrov | person:alexander-petrov",
        "Minister Dmitri Orlov arrived. Dmitry Orlov left the next day.                            | Dmitry Orlov | person:dmitry-orlov",
    })
    void laterMentionsResolveToThePersonOfTheDocument(String text, String surface, String id) {
        Mention m = lastMention(text, surface);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(m.id()).isEqualTo(id);
    }

    @Test
    void shortNameTakesTheRoleAndCountryOfTheFullMention() {
        String text = "Russian Foreign Minister Sergey Lavrov met reporters. Lavrov said little.";

        Mention m = lastMention(text, "Lavrov");

        assertThat(m.role()).isEqualTo("Foreign Minister");
        assertThat(m.countryCode()).isEqualTo("RU");
        assertThat(m.name()).isEqualTo("Sergey Lavrov");
    }

    @Test
    void nameInATitleCaseHeadingIsCutToThePersonTheArticleIntroduces() {
        String text = "Foreign Minister Ade Okonjo Visits Accra For Talks\n"
                + "ACCRA, May 3 - Nigerian Foreign Minister Ade Okonjo arrived on Friday.";

        Mention first = MentionAssertions.find(text).get(0);

        assertThat(first.text()).isEqualTo("Ade Okonjo");
        assertThat(first.id()).isEqualTo("person:ade-okonjo");
        assertThat(first.countryCode()).isEqualTo("NG");
    }

    @Test
    void surnameFirstThenFullNameIsOnePersonWithTheFullNamesId() {
        String text = "Mr. Haddad arrived early. Later, Foreign Minister Omar Haddad met the press.";

        Mention first = MentionAssertions.mention(text, "Haddad");

        assertThat(first.id()).isEqualTo("person:omar-haddad");
        assertThat(first.name()).isEqualTo("Omar Haddad");
        assertThat(first.role()).isEqualTo("Foreign Minister");
    }

    @Test
    void roleOnlyMentionPicksTheMostRecentCompatiblePerson() {
        String text = "Greek Prime Minister Nikos Pappas met Spanish Foreign Minister Lucia Ortega. "
                + "The prime minister praised the talks, and the Spanish minister agreed.";

        assertThat(lastMention(text, "prime minister").id()).isEqualTo("person:nikos-pappas");
        assertThat(lastMention(text, "Spanish minister").id()).isEqualTo("person:lucia-ortega");
    }

    @Test
    void roleOnlyMentionWithoutAnyCompatiblePersonStaysACountry() {
        List<Mention> found = find("The Peruvian president is expected to attend.");

        assertThat(found).extracting(Mention::kind).doesNotContain(MentionKind.PERSON);
        assertThat(found).extracting(Mention::id).contains("country:PE");
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // the person was introduced without a country; the role phrase names one
        "Prime Minister Tomas Varga opened the fair. The Hungarian premier then met investors.     | Hungarian premier | Tomas Varga",
        // a ruler is any head of state or government
        "Bolivian President Ana Quispe met the envoys. The Bolivian ruler said the talks went well. | Bolivian ruler | Ana Quispe",
        // languages without articles name the country after the title, with no determiner
        "Председатель КНР Ли Вэймин прибыл в Москву. Переговоры с председателем Китая прошли хорошо. | председателем Китая | Ли Вэймин",
        "Председатель КНР Си Цзиньпин прибыл в Москву. Переговоры с председателем Китая прошли хорошо. | председателем Китая | Си Цзиньпин",
        "Президент Перу Ана Киспе прибыла в Москву. Позже президент Перу встретилась с прессой.    | президент Перу | Ана Киспе",
        "Presiden Budi Santoso tiba di Bandung. Presiden Republik Indonesia itu lalu bertemu wartawan. | Presiden Republik Indonesia | Budi Santoso",
    })
    void roleOnlyMentionsResolveAcrossCountryAndLanguage(String text, String surface, String name) {
        Mention person = MentionAssertions.mention(text, name);
        Mention role = lastMention(text, surface);

        assertThat(person.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(role.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(role.id()).isEqualTo(person.id());
    }

    @Test
    void aForeignTitleReachesTheEnglishRoleOfAWellKnownPerson() {
        String text = "Си Цзиньпин прибыл в Москву. Переговоры с председателем Китая прошли хорошо.";

        assertThat(lastMention(text, "председателем Китая").id()).isEqualTo("person:xi-jinping");
    }

    @Test
    void aPersonOfTheRoleAndCountryWinsOverOneWithoutACountry() {
        String text = "Prime Minister Tomas Varga opened the fair. Hungarian Prime Minister Eva Kis arrived later. "
                + "Then Prime Minister Ion Rusu spoke. The Hungarian premier left first.";

        assertThat(lastMention(text, "Hungarian premier").id()).isEqualTo("person:eva-kis");
    }

    @Test
    void aTitleBeforeADifferentTitleOfTheSameCountryIsNotResolved() {
        String text = "Председатель КНР Ли Вэймин прибыл в Москву. Переговоры с премьером Китая прошли хорошо.";

        assertThat(find(text)).filteredOn(m -> m.text().equals("премьером Китая")).isEmpty();
    }

    @Test
    void unrelatedSurnameIsNotResolvedAcrossCalls() {
        find("Chancellor Petra Lindqvist visited Oslo.");

        List<Mention> found = find("Lindqvist is a common name in the north.");

        assertThat(found).extracting(Mention::kind).doesNotContain(MentionKind.PERSON);
    }
}
