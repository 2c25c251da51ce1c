package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Background facts an article tells in passing: calls told with words between the verb and the phone (a gap of the
 * lexicon) and troops killed, in sentences written for this test.
 */
class BackgroundFactTriggersTest {

    private static Trigger first(String sentence, EventType type) {
        return SentenceTriggers.of(sentence).stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two leaders spoke three times by phone in May.                 | spoke three times by phone
            The premier spoke with the king by phone on Friday.                | spoke with the king by phone
            I due presidenti hanno parlato tre volte al telefono a maggio.     | parlato tre volte al telefono
            Les deux ministres se sont entretenus à deux reprises par téléphone. | se sont entretenus à deux reprises par téléphone
            Los dos cancilleres hablaron varias veces por teléfono.            | hablaron varias veces por teléfono
            Os dois presidentes falaram duas vezes por telefone.               | falaram duas vezes por telefone
            Лидеры говорили несколько раз по телефону.                         | говорили несколько раз по телефону
            """)
    void aCallToldWithWordsBeforeThePhoneIsAPhoneCall(String sentence, String words) {
        assertThat(first(sentence, EventType.PHONE_CALL).text()).isEqualTo(words);
    }

    @Test
    void aGapTakesNoMoreThanThreeWordsNorPunctuation() {
        assertThat(SentenceTriggers.of("He spoke at length about the war, then left by phone."))
                .noneMatch(t -> t.type() == EventType.PHONE_CALL);
        assertThat(SentenceTriggers.of("She spoke to the press in the capital by phone."))
                .noneMatch(t -> t.type() == EventType.PHONE_CALL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Eight soldiers were killed in an ambush on 14 November.      | killed
            Huit soldats ont été tués le 14 novembre.                     | tués
            Ocho soldados fueron asesinados el 14 de noviembre.           | asesinados
            Otto soldati sono stati uccisi il 14 novembre.                | uccisi
            Acht Soldaten wurden am 14. November getötet.                 | getötet
            Delapan tentara tewas pada 14 November.                       | tewas
            """)
    void troopsKilledAreAMilitaryAction(String sentence, String word) {
        assertThat(first(sentence, EventType.MILITARY_ACTION).text()).isEqualTo(word);
    }

    @Test
    void aKillingWithNoTroopsNearIsNoMilitaryAction() {
        List<Trigger> found = SentenceTriggers.of("Two tourists were killed in a road accident on Sunday.");

        assertThat(found).noneMatch(t -> t.type() == EventType.MILITARY_ACTION);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2009, the kingdom withdrew its ambassador from the capital.  | withdrew
            En 2009, Bolivia retiró a su embajador en Asunción.              | retiró
            Nel 2009 Roma ha richiamato il suo ambasciatore.                 | richiamato
            Em 2009, o Brasil retirou o seu embaixador.                      | retirou
            Berlin hat 2009 seinen Botschafter zurückgerufen.                | zurückgerufen
            В 2009 году Москва отозвала посла.                               | отозвала
            """)
    void anEnvoyWithdrawnIsAnExpulsion(String sentence, String word) {
        assertThat(first(sentence, EventType.EXPULSION).text()).isEqualTo(word);
    }

    @Test
    void withdrawingWithNoEnvoyNearIsNoExpulsion() {
        assertThat(SentenceTriggers.of("The company withdrew its offer in 2009."))
                .noneMatch(t -> t.type() == EventType.EXPULSION);
    }
}
