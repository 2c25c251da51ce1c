package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trigger forms the language folders add so that each language matches English kind by kind: participles that
 * agree with a plural or feminine subject, centenaries as anniversaries, genitive and unhyphenated ceasefires, in
 * sentences written for this test.
 */
class AgreeingFormsTriggersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            As delegações foram recebidas pelo Presidente no palácio.          | MEETING
            Os ministros foram recebidos pelo rei na sexta-feira.              | MEETING
            Le ministre et son épouse ont été reçus par le président.          | MEETING
            I ministri sono stati ricevuti dal capo dello Stato.               | MEETING
            Le delegazioni sono state ricevute al Quirinale.                   | MEETING
            Las ministras fueron recibidas por el rey en el palacio.           | MEETING
            The city marks the centenary of the treaty next year.              | ANNIVERSARY
            La ciudad celebra el centenario del tratado.                       | ANNIVERSARY
            O país celebra o bicentenário da independência.                   | ANNIVERSARY
            Les anniversaires des deux traités tombent en mai.                 | ANNIVERSARY
            Страна отмечает столетие договора.                                 | ANNIVERSARY
            Die Feier des Jahrestages findet im Mai statt.                     | ANNIVERSARY
            احتفلت المدينة بمئوية تأسيسها.                                     | ANNIVERSARY
            As partes acordaram um cessar fogo a partir da meia-noite.         | CEASEFIRE
            Les deux camps ont accepté un cessez le feu immédiat.              | CEASEFIRE
            Die Einhaltung des Waffenstillstands wird überwacht.               | CEASEFIRE
            Стороны договорились о режиме прекращения огня.                    | CEASEFIRE
            أعلن الطرفان وقف النار في المنطقة.                                 | CEASEFIRE
            توصل الطرفان إلى وقف لإطلاق النار.                                 | CEASEFIRE
            """)
    void theFormIsATriggerOfItsType(String sentence, EventType type) {
        assertThat(SentenceTriggers.of(sentence)).extracting(Trigger::type).contains(type);
    }
}
