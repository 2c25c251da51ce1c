package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gatherings named by nouns the language lists lacked (a plenary sitting, a leaders' retreat, a strategic dialogue, a
 * working meal, a round of consultations, a German "Erklärung" that is signed), and occasions a clause only makes
 * fail, thinks possible or declines an invitation to, in the languages that lacked those cues.
 */
class GatheringNounsAndFailedActsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The leaders' retreat opened in Korvik on Friday.                           | SUMMIT
            The plenary convened in Korvik on Tuesday.                                 | FORUM
            La séance plénière s'est tenue mardi à Valmont.                            | FORUM
            La ministra participó en el retiro de líderes en Costaverde.               | SUMMIT
            Il premier ha preso parte al ritiro dei leader a Montelago.                | SUMMIT
            O retiro dos líderes começou em Serrana na sexta-feira.                   | SUMMIT
            Die Plenarsitzung fand am Dienstag in Waldheim statt.                      | FORUM
            Die Ministerinnen eröffneten den strategischen Dialog in Waldheim.         | TALKS
            Beide Minister unterzeichneten am Montag eine Erklärung über Zusammenarbeit. | DECLARATION
            Премьер выступил на пленарном заседании форума в Озёрске.                  | FORUM
            Министры провели стратегический диалог в Озёрске.                          | TALKS
            Presiden menghadiri sidang pleno di Kotabaru.                              | FORUM
            Kedua menteri mengadakan sarapan kerja di Kotabaru.                        | MEETING
            عقد الوزيران الحوار الاستراتيجي في مدينة الواحة.                         | TALKS
            أقام الرئيس غداء عمل للوزير في مدينة الواحة.                             | MEETING
            Les ministres ont ouvert le dialogue stratégique à Valmont.                | TALKS
            La cancillería abrió una ronda de consultas en Costaverde.                 | TALKS
            """)
    void aGatheringTheListsLackedIsATrigger(String sentence, EventType type) {
        assertThat(SentenceTriggers.of(sentence)).describedAs(SentenceTriggers.tokens(sentence).toString())
                .anyMatch(t -> t.type() == type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Die Erklärung des Sprechers war kurz.                                      | DECLARATION
            The troops began their retreat from the ridge.                             | SUMMIT
            The plenary hall was empty.                                                | FORUM
            The rival bloc torpedoed the declaration in Korvik.                        | DECLARATION
            La oposición terminó haciendo fracasar la declaración de Costaverde.       | DECLARATION
            Le voisin a fait échouer l'accord de Valmont.                              | AGREEMENT
            L'opposizione ha fatto fallire l'accordo di Montelago.                     | AGREEMENT
            A oposição tentou fracassar o acordo de Serrana.                           | AGREEMENT
            Соседи пытались сорвать соглашение в Озёрске.                              | AGREEMENT
            Die Opposition torpedierte die Vereinbarung von Waldheim.                  | AGREEMENT
            Oposisi berupaya menggagalkan perjanjian Kotabaru.                         | AGREEMENT
            Der Kanzler sprach über einen möglichen Besuch in Waldheim.                | VISIT
            Der Minister lehnte eine Einladung zum Gipfel in Waldheim ab.              | SUMMIT
            Menteri menolak undangan ke KTT di Kotabaru.                               | SUMMIT
            Pejabat membahas kemungkinan kunjungan ke Kotabaru.                        | VISIT
            رفض الوزير دعوة لحضور القمة في مدينة الواحة.                             | SUMMIT
            """)
    void aBareMentionOrAFailedOccasionIsNoTrigger(String sentence, EventType type) {
        assertThat(SentenceTriggers.of(sentence)).noneMatch(t -> t.type() == type);
    }
}
