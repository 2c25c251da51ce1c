package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes the extractor once let pass in every language: joining, rejoining or leaving an organisation or a treaty,
 * a treaty taking effect, embassy staff expelled, and talks told as speaking to a leader; each with the cue that keeps
 * its words from firing on everyday text.
 */
class AccessionAndEmbassyTriggersTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-10", body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Norway rejoined the Arctic Union in 2017 after a long absence.|MEMBERSHIP|2017",
        "Chile withdrew from the fisheries treaty in 2018.|MEMBERSHIP|2018",
        "Le Chili a réintégré l'Union andine en 2017.|MEMBERSHIP|2017",
        "Chile se retiró del tratado pesquero en 2018.|MEMBERSHIP|2018",
        "Il Cile è stato riammesso nell'Unione andina nel 2017.|MEMBERSHIP|2017",
        "O Chile aderiu ao tratado das pescas em 2018.|MEMBERSHIP|2018",
        "Chile trat 2017 der Union bei.|MEMBERSHIP|2017",
        "Чили вышла из договора о рыболовстве в 2018 году.|MEMBERSHIP|2018",
        "Chile keluar dari perjanjian perikanan pada 2018.|MEMBERSHIP|2018",
        "L'accord de pêche avec le Chili est entré en vigueur lundi.|ENTRY_INTO_FORCE|2021-03-08",
        "El acuerdo pesquero con Chile entró en vigor el lunes.|ENTRY_INTO_FORCE|2021-03-08",
        "L'accordo di pesca con il Cile è entrato in vigore lunedì.|ENTRY_INTO_FORCE|2021-03-08",
        "O acordo de pesca com o Chile entrou em vigor na segunda-feira.|ENTRY_INTO_FORCE|2021-03-08",
        "Das Abkommen mit Chile ist am Montag in Kraft getreten.|ENTRY_INTO_FORCE|2021-03-08",
        "Соглашение с Чили вступило в силу в понедельник.|ENTRY_INTO_FORCE|2021-03-08",
        "Norway on Monday expelled 12 employees of the Chilean embassy.|EXPULSION|2021-03-08",
        "Les autorités norvégiennes ont décidé, lundi 8 mars 2021, d'expulser sept agents de l'ambassade du Chili.|EXPULSION|2021-03-08",
        "Noruega decidió el lunes expulsar a doce empleados de la embajada de Chile.|EXPULSION|2021-03-08",
        "Norwegen hat am Montag sieben Mitarbeiter der chilenischen Botschaft ausgewiesen.|EXPULSION|2021-03-08",
        "Prime Minister Solberg spoke on Monday to President Soto of Chile.|TALKS|2021-03-08",
    })
    void aClassOfEventIsFoundWithItsDate(String sentence, EventType type, String date) {
        assertThat(mentions(sentence)).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(type);
            assertThat(m.when().value()).isEqualTo(date);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The minister rejoined his family in Oslo in 2017.|MEMBERSHIP",
        "The team withdrew from the race in 2018 after a crash.|MEMBERSHIP",
        "Le ministre a réintégré son bureau en 2017.|MEMBERSHIP",
        "La nouvelle grille tarifaire est entrée en vigueur lundi.|ENTRY_INTO_FORCE",
        "Das neue Parkverbot ist am Montag in Kraft getreten.|ENTRY_INTO_FORCE",
        "The minister recalled on Monday his years at the embassy in Santiago.|EXPULSION",
        "Prime Minister Solberg spoke to reporters in Oslo on Monday.|TALKS",
    })
    void aWordOfTheClassWithoutItsCueIsNoSuchEvent(String sentence, EventType type) {
        assertThat(mentions(sentence)).noneMatch(m -> m.type() == type);
    }
}
