package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles written with an elided article ("l'ambassadeur", "dell'omologo"), in an inflected form ("seinen
 * Amtskollegen", "des Verteidigungsministers"), abbreviated ("Amb.") or joined to their office by Italian "agli", "alla"
 * ("sottosegretario agli Esteri", "ministro alla Difesa") still lead the name after them.
 */
class ElidedAndInflectedTitleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le président a reçu l'ambassadeur Paul Morvan mardi. | Paul Morvan",
        "L'ambasciatore Paolo Ferri è arrivato ieri a Roma. | Paolo Ferri",
        "Il ministro ha incontrato l'omologo Dario Valenti. | Dario Valenti",
        "Il ministro ha incontrato l’omologo, Dario Valenti, a Roma. | Dario Valenti",
        "Der Minister empfängt am Mittwoch seinen Amtskollegen Pierre Lantier in Berlin. | Pierre Lantier",
        "Der Minister empfing seinen Kollegen Pierre Lantier am Mittwoch. | Pierre Lantier",
        "Der Besuch des Verteidigungsministers Lantier in Bonn war kurz. | Lantier",
        "The Cabinet Secretary, Amb. Jane Wambora, received the minister. | Jane Wambora",
        "Oggi il Segretario agli Esteri Nicola Bresci interverrà all'assemblea. | Nicola Bresci",
        "Il ministro alla Difesa Paolo Ferri ha parlato ieri. | Paolo Ferri",
        "Il sottosegretario agli Esteri Paolo Ferri è partito. | Paolo Ferri",
    })
    void theNameAfterTheTitleIsAPerson(String text, String name) {
        assertThat(find(text)).filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::name)
                .contains(name);
    }
}
