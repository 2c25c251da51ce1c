package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inflected trigger forms of the language folders (plurals, feminine, participles after any auxiliary, infinitives
 * after modal verbs, phone-call phrases) and Arabic proclitics, in sentences written for this test.
 */
class InflectedTriggersTest {

    private static List<Trigger> triggers(String sentence) {
        return SentenceTriggers.of(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le ministre s'est entretenu au téléphone avec son homologue.   | PHONE_CALL
            Les deux dirigeantes se sont rencontrées mardi à Genève.       | MEETING
            Le pape doit se rendre au Mozambique en septembre.             | VISIT
            Los cancilleres se entrevistaron el martes en Lima.            | MEETING
            Los presidentes conversaron por teléfono el lunes.             | PHONE_CALL
            La delegación ha llegado a Quito esta mañana.                  | VISIT
            I due leader si sono sentiti al telefono martedì.              | PHONE_CALL
            La premier è giunta a Tokyo nella notte.                       | VISIT
            Il re visitò Lisbona nell'autunno del 1961.                    | VISIT
            I due cancellieri si riunirono a Vienna l'anno dopo.           | MEETING
            Le delegazioni sono state accolte al palazzo presidenziale.   | MEETING
            La canciller se desplazó a Montevideo el viernes.              | VISIT
            Los dos ministros dialogarán la próxima semana en Brasilia.   | TALKS
            O primeiro-ministro vai deslocar-se a Maputo em março.         | VISIT
            Erste Station ist Chile, wo der Kanzler mit dem Präsidenten zusammenkommt. | MEETING
            Nach der Unterredung im Kanzleramt reiste die Gruppe ab.        | MEETING
            Os dois presidentes falaram por telefone na segunda-feira.     | PHONE_CALL
            A ministra vai visitar Luanda no próximo mês.                  | VISIT
            Президент отбыл в столицу Казахстана во вторник.               | VISIT
            Министры созвонились накануне вечером.                         | PHONE_CALL
            Kedua menteri berbicara melalui telepon pada Senin.            | PHONE_CALL
            Presiden bertolak ke Tokyo pada Selasa pagi.                   | VISIT
            أشاد الوزير بالقمة العربية في الرياض.                           | SUMMIT
            وجه الملك دعوة رسمية للقمة المقبلة.                             | SUMMIT
            أجرى الرئيس اتصالاً هاتفياً مع نظيره الفرنسي.                   | PHONE_CALL
            اكد الوزير ان المحادثات كانت مثمرة.                             | STATEMENT
            """)
    void inflectedFormsAreTriggers(String sentence, EventType type) {
        assertThat(triggers(sentence)).extracting(Trigger::type).contains(type);
    }

    @Test
    void aPressConferenceAndAPoliticalPartyAreNoEvents() {
        assertThat(triggers("Il partito ha tenuto una conferenza stampa a Roma."))
                .noneMatch(t -> t.type() == EventType.FORUM || t.type() == EventType.VISIT);
        assertThat(triggers("Le ministre a lancé un appel au calme.")).noneMatch(t -> t.type() == EventType.PHONE_CALL);
    }
}
