package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleMentions.mentions;

import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Background facts the trigger rows lacked in most languages: armed clashes a sentence dates, and an embassy closed
 * or reopened on a date the text gives (a step of the relations). Sentences, places and dates written for this test.
 */
class ClashesAndEmbassiesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Border guards of the two republics clashed near the river on 4 March.
            Las tropas de ambos países se enfrentaron cerca del río el 4 de marzo.
            Des affrontements ont opposé les gardes-frontières près de la rivière le 4 mars.
            Gli scontri tra le guardie di frontiera vicino al fiume sono avvenuti il 4 marzo.
            Os confrontos entre guardas de fronteira perto do rio ocorreram a 4 de março.
            Die Gefechte zwischen den Grenzschützern am Fluss begannen am 4. März.
            Столкновения пограничников у реки произошли 4 марта.
            Bentrokan antara penjaga perbatasan di dekat sungai terjadi pada 4 Maret.
            اندلعت اشتباكات بين حرس الحدود قرب النهر في 4 مارس.
            """)
    void datedClashesAreAMilitaryAction(String body) {
        assertThat(mentions("2029-03-20", body)).filteredOn(m -> m.type() == EventType.MILITARY_ACTION)
                .anySatisfy(m -> assertThat(m.when().value()).isEqualTo("2029-03-04"));
    }

    @Test
    void undatedClashesStayBackground() {
        assertThat(mentions("2029-03-20", "The envoy spoke of clashes that worry the farmers of the valley."))
                .extracting(EventMention::type).doesNotContain(EventType.MILITARY_ACTION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zembla reopened its embassy in the capital of Varnia on 2 May.
            Zembla reabrió su embajada en la capital de Varnia el 2 de mayo.
            La Zemblie a rouvert son ambassade dans la capitale de la Varnie le 2 mai.
            La Zemblia ha riaperto la sua ambasciata nella capitale della Varnia il 2 maggio.
            A Zémblia reabriu a sua embaixada na capital da Várnia a 2 de maio.
            Die Wiedereröffnung der Botschaft Zembliens in der Hauptstadt Varniens fand am 2. Mai statt.
            Земблия закрыла свое посольство в столице Варнии 2 мая.
            Kedutaan Zembla di ibu kota Varnia dibuka kembali pada 2 Mei.
            تمت إعادة فتح سفارة زيمبلا في عاصمة فارنيا في 2 مايو.
            """)
    void anEmbassyReopenedOrClosedOnADateIsAStepOfTheRelations(String body) {
        assertThat(mentions("2029-05-20", body)).filteredOn(m -> m.type() == EventType.RELATIONS)
                .anySatisfy(m -> assertThat(m.when().value()).isEqualTo("2029-05-02"));
    }

    @Test
    void aClosedDoorWithoutAnEmbassyIsNoStepOfTheRelations() {
        assertThat(mentions("2029-05-20", "The ministers closed the session on 2 May after a long day."))
                .extracting(EventMention::type).doesNotContain(EventType.RELATIONS);
    }
}
