package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Role phrases and group phrases resolved to the office holders the article named before: "the Democratic
 * president", "премьером Эфиопии", "the two leaders", "ambos mandatarios".
 */
class RoleReferenceTest {

    @ParameterizedTest(name = "{2} in: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "en | President Marta Quill opened the fair. The Democratic president later left for Ohio.          | Democratic president | person:marta-quill",
        "en | Prime Minister Tom Arden spoke first. The Conservative prime minister then took questions.      | Conservative prime minister | person:tom-arden",
        "ru | Президент России Владимир Путин встретился с премьер-министром Эфиопии Абием Ахмедом. Путин также поговорил с премьером Эфиопии. | премьером Эфиопии | person:abiy-ahmed",
    })
    void rolePhraseResolvesToTheHolderNamedBefore(String language, String text, String surface, String id) {
        Mention m = last(text, language, surface);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(m.id()).isEqualTo(id);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "en | President Daniel Otieno met President Amadou Traore in Nairobi. The two leaders signed a trade pact.",
        "en | Prime Minister Daniel Otieno received Prime Minister Amadou Traore. Both prime ministers spoke briefly.",
        "fr | Le président Daniel Otieno a reçu le président Amadou Traore. Les deux présidents ont signé un accord.",
        "es | El presidente Daniel Otieno recibió al presidente Amadou Traore. Ambos mandatarios firmaron un acuerdo.",
        "pt | O presidente Daniel Otieno recebeu o presidente Amadou Traore. Os dois presidentes assinaram um acordo.",
        "it | Il presidente Daniel Otieno ha ricevuto il presidente Amadou Traore. I due presidenti hanno firmato un accordo.",
        "de | Der Präsident Daniel Otieno empfing den Präsidenten Amadou Traore. Den beiden Präsidenten wurde ein Buch überreicht.",
    })
    void groupPhraseNamesTheTwoLeadersOfTheLastEncounter(String language, String text) {
        int group = text.lastIndexOf('.', text.length() - 2) + 2;

        List<String> after = MentionAssertions.FINDER.find(text, 0, text.length(), language).stream()
                .filter(m -> m.start() >= group && m.kind() == MentionKind.PERSON).map(Mention::id).toList();

        assertThat(after).containsExactly("person:daniel-otieno", "person:amadou-traore");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "ar | استقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس في العقبة. وبحث الزعيمان سبل التعاون. | person:abdullah-ii | person:mahmoud-abbas",
        "ru | Президент Томас Ренн встретился с президентом Марком Веллой в Самаре. Лидеров двух стран приветствовали студенты. | person:tomas-renn | person:mark-velloi",
    })
    void groupPhraseInAnotherCaseOrADualNamesBothLeaders(String language, String text, String first, String second) {
        int group = text.lastIndexOf('.', text.length() - 2) + 2;

        List<String> after = MentionAssertions.FINDER.find(text, 0, text.length(), language).stream()
                .filter(m -> m.start() >= group && m.kind() == MentionKind.PERSON).map(Mention::id).toList();

        assertThat(after).containsExactly(first, second);
    }

    @Test
    void groupPhraseNeedsTwoHoldersOfThatTitle() {
        String text = "President Daniel Otieno met the press. Foreign Minister Ade Okonjo stayed home. "
                + "The two leaders will meet in May.";
        int group = text.indexOf("The two");

        List<Mention> after = MentionAssertions.find(text).stream().filter(m -> m.start() >= group).toList();

        assertThat(after).noneMatch(m -> m.kind() == MentionKind.PERSON);
    }

    @Test
    void groupPhraseFollowedByNamesLeavesThemToTheNames() {
        String text = "President Daniel Otieno met President Amadou Traore. Later the two leaders Bola Ade and "
                + "Kofi Mensah arrived.";
        int group = text.indexOf("the two");

        List<String> after = MentionAssertions.find(text).stream()
                .filter(m -> m.start() >= group && m.kind() == MentionKind.PERSON).map(Mention::id).toList();

        assertThat(after).doesNotContain("person:daniel-otieno", "person:amadou-traore");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "it | Vladimir Putin e Volodymyr Zelensky si sono incontrati a Parigi. Prima, i leader di Russia e Ucraina hanno parlato al telefono.",
    })
    void leadersOfTwoCountriesAreTheHoldersNamedBefore(String language, String text) {
        int from = text.indexOf('.') + 1;

        List<String> after = MentionAssertions.FINDER.find(text, 0, text.length(), language).stream()
                .filter(m -> m.start() >= from && m.kind() == MentionKind.PERSON).map(Mention::id).toList();

        assertThat(after).containsExactly("person:vladimir-putin", "person:volodymyr-zelensky");
    }

    @Test
    void anAideOfThePresidentIsNotAPresident() {
        String text = "Помощник президента Иван Соколов заявил, что саммит пройдет в июле. "
                + "Глава государства встретится с президентом Египта.";

        List<Mention> egypt = MentionAssertions.FINDER.find(text, 0, text.length(), "ru").stream()
                .filter(m -> m.start() >= text.indexOf("президентом Египта")).toList();

        assertThat(egypt).noneMatch(m -> m.id().equals("person:ivan-sokolov"));
    }

    @Test
    void stackedTitlesLeaveTheNameAlone() {
        String text = "He spoke with Saudi leader Crown Prince Hamad bin Tarek on Friday.";

        List<Mention> people = MentionAssertions.find(text).stream()
                .filter(m -> m.kind() == MentionKind.PERSON).toList();

        assertThat(people).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Hamad bin Tarek");
            assertThat(m.role()).isEqualTo("Crown Prince");
            assertThat(m.countryCode()).isEqualTo("SA");
        });
    }

    private static Mention last(String text, String language, String surface) {
        Mention last = null;
        for (Mention m : MentionAssertions.FINDER.find(text, 0, text.length(), language)) {
            if (m.text().equals(surface)) {
                last = m;
            }
        }
        assertThat(last).as("mention '%s' in %s", surface, text).isNotNull();
        return last;
    }
}
