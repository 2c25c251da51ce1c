package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleMentions.first;
import static org.diplomatictimeline.extract.ArticleMentions.mentions;

import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An occasion's noun followed by a future verb of its clause ("le sommet se tiendra fin mai") is planned even when its
 * date is the article's own month, and one followed by a past verb has happened. Sentences written for this test.
 */
class OccasionTenseAfterNounTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le sommet régional se tiendra à Lomé fin mai, a précisé le porte-parole du gouvernement.
            Der Gipfel der Region soll Ende Mai in Lomé stattfinden, sagte ein Sprecher der Regierung.
            La cumbre regional se celebrará en Lomé a finales de mayo, precisó el portavoz del gobierno.
            Il vertice regionale si terrà a Lomé alla fine di maggio, ha precisato il portavoce del governo.
            A cimeira regional será realizada em Lomé no final de maio, disse o porta-voz do governo.
            """)
    void anOccasionWhoseClauseGoesOnInTheFutureIsPlanned(String body) {
        EventMention summit = first(mentions("2022-05-06", body), EventType.SUMMIT);

        assertThat(summit.status()).isEqualTo(EventStatus.PLANNED);
    }
}
