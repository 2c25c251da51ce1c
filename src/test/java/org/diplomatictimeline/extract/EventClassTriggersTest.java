package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleExtraction.mentions;

import org.diplomatictimeline.model.EventCategory;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of events told in many ways and languages: envoys expelled or recalled, votes of assemblies, elections and
 * inaugurations, anniversaries counted in years, calls told by their medium, joining or leaving organisations and
 * treaties, treaties taking effect, embassy staff expelled; each with the cue that keeps its words from firing on
 * everyday text.
 */
class EventClassTriggersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On Monday Norway made the decision to expel 13 Chilean diplomats.|EXPULSION|2021-03-08",
        "On Monday Norway declared five Chilean diplomats personae non gratae.|EXPULSION|2021-03-08",
        "Norway recalled its ambassador for consultations on Monday.|EXPULSION|2021-03-08",
        "El Gobierno noruego decidió el lunes expulsar a tres diplomáticos chilenos.|EXPULSION|2021-03-08",
        "Am Montag wies Norwegen drei Diplomaten aus.|EXPULSION|2021-03-08",
        "La Norvège a rappelé lundi son ambassadeur pour consultations.|EXPULSION|2021-03-08",
        "The General Assembly voted on Monday to reaffirm the borders of Chile.|RESOLUTION|2021-03-08",
        "Norway's prime minister was first elected as prime minister on Monday.|ELECTION|2021-03-08",
        "Jonas Gahr Store assumed office on Monday after a narrow vote.|INAUGURATION|2021-03-08",
        "La Norvège et le Chili célèbrent lundi les 70 ans de leurs relations diplomatiques.|ANNIVERSARY|2021-03-08",
        "Norwegen und Chile feiern am Montag 70 Jahre diplomatische Beziehungen.|ANNIVERSARY|2021-03-08",
        "Indonesia dan Chili akan merayakan 70 tahun hubungan diplomatik pada 12 Maret 2021.|ANNIVERSARY|2021-03-12",
        "King Harald congratulated the Chilean president by phone on Monday.|PHONE_CALL|2021-03-08",
        "Президент Норвегии в понедельник по телефону поздравил президента Чили.|PHONE_CALL|2021-03-08",
        "The Nordic format of Norway and Chile was launched in 2014 at a meeting in Oslo.|FOUNDING|2014",
        "Il formato nordico fu lanciato nel 2014 su iniziativa della Norvegia.|FOUNDING|2014",
        "Noruega e o Chile realizaram na segunda-feira uma ronda de consultas políticas em Oslo.|TALKS|2021-03-08",
        // joining or leaving organisations and treaties, treaties taking effect, embassy staff expelled, talks told
        // as speaking to a leader: each with the cue that keeps its words from firing on everyday text
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
        "Norway on Monday expelled 7 employees of the Chilean embassy.|EXPULSION|2021-03-08",
        "Les autorités norvégiennes ont décidé, lundi 8 mars 2021, d'expulser sept agents de l'ambassade du Chili.|EXPULSION|2021-03-08",
        "Noruega decidió el lunes expulsar a siete empleados de la embajada de Chile.|EXPULSION|2021-03-08",
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
        "The minister told reporters by phone on Monday that the border would stay open.|PHONE_CALL",
        "Norway has known 70 years of peace since the war ended, the minister said on Monday.|ANNIVERSARY",
        "Chile pledged on Monday to vote on the budget next year, the minister said.|RESOLUTION",
        "Rockets were launched at the border town on Monday, the army said.|FOUNDING",
        // joining or leaving organisations and treaties, treaties taking effect, embassy staff expelled, talks told
        // as speaking to a leader: each with the cue that keeps its words from firing on everyday text
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "EXPULSION|OTHER",
        "RESOLUTION|OTHER",
        "INAUGURATION|OTHER",
        "ELECTION|ELECTION",
        "ANNIVERSARY|ANNIVERSARY",
        "PHONE_CALL|PHONE_CALL",
    })
    void eachClassIsBriefedInTheCategoryNewsReadersFileItUnder(EventType type, EventCategory category) {
        assertThat(type.category()).isEqualTo(category);
    }
}
