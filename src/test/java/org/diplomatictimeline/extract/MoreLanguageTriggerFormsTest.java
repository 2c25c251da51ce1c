package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of the verbs of meeting, visiting, signing, calling and attending that the language folders lacked: plural
 * and future persons, a verb without its clitic, and attending an occasion, which English already reads.
 */
class MoreLanguageTriggerFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Os chanceleres reuniram-se ontem em Praia.                | reuniram-se    | MEETING   | HAPPENED
            Os dois presidentes reunirão em Dili na próxima semana.  | reunirão       | MEETING   | PLANNED
            Os ministros encontraram o primeiro-ministro em Luanda.  | encontraram    | MEETING   | HAPPENED
            Os deputados visitaram Bissau em março.                  | visitaram      | VISIT     | HAPPENED
            A ministra deslocou-se a Maputo para dois dias.          | deslocou-se    | VISIT     | HAPPENED
            El presidente juramentó ante la Asamblea en Quito.       | juramentó      | INAUGURATION | HAPPENED
            El canciller telefoneó a su homólogo de Lima.            | telefoneó      | PHONE_CALL | HAPPENED
            Les ministres se sont réunis à Niamey mardi.             | se sont réunis | MEETING   | HAPPENED
            Der Vertrag wurde bei der Unterzeichnung in Graz gelobt. | unterzeichnung | AGREEMENT | HAPPENED
            """)
    void formsTheListsLackedAreTriggers(String sentence, String word, EventType type, EventStatus status) {
        Trigger t = SentenceTriggers.of(sentence).stream().filter(x -> !x.isStatement()).findFirst().orElseThrow();

        assertThat(t.text()).isEqualToIgnoringCase(word);
        assertThat(t.type()).isEqualTo(type);
        assertThat(t.status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La ministra asistió a la inauguración de un puerto en Tumaco. | asistió
            El rey participará en la ceremonia de Valdivia.               | participará
            O ministro participou na abertura da feira de Huambo.         | participou
            Le président participera à l'ouverture du salon de Kaolack.   | participera
            Die Ministerin hat an der Eröffnung in Linz teilgenommen.     | teilgenommen
            Menteri menghadiri pembukaan pameran di Kupang.               | menghadiri
            شارك الوزير في افتتاح المعرض في صفاقس.                        | شارك
            """)
    void attendingAnOccasionIsAnEventAsInEnglish(String sentence, String word) {
        assertThat(SentenceTriggers.of(sentence)).anySatisfy(t -> {
            assertThat(t.text()).isEqualToIgnoringCase(word);
            assertThat(t.type()).isEqualTo(EventType.OTHER);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            El rey participará en la cumbre de Valdivia.              | SUMMIT
            O ministro participou na cimeira de Huambo.               | SUMMIT
            Le président participera au sommet de Kaolack.            | SUMMIT
            """)
    void theOccasionAttendedIsStillItsOwnTrigger(String sentence, EventType type) {
        assertThat(SentenceTriggers.of(sentence)).anyMatch(t -> t.type() == type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            El Consejo celebrará una sesión extraordinaria en Quito.        | sesión
            A Assembleia abriu a sessão anual em Maputo.                    | sessão
            Le Conseil tiendra une session extraordinaire à Lomé.           | session
            Der Sicherheitsrat kam zu einer Sitzung in Genf zusammen.       | sitzung
            Sidang tahunan Majelis dibuka di Kupang.                        | sidang
            عقد مجلس الأمن جلسة طارئة في نيويورك.                           | جلسة
            Il Consiglio terrà una sessione straordinaria a Bari.           | sessione
            """)
    void aSessionOfABodyIsAGathering(String sentence, String word) {
        assertThat(SentenceTriggers.of(sentence)).anySatisfy(t -> {
            assertThat(t.text()).isEqualToIgnoringCase(word);
            assertThat(t.type()).isEqualTo(EventType.FORUM);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La sesión de fotos duró una hora en Quito.
            A sessão de cinema começou tarde em Maputo.
            Sidang kasus itu ditunda hingga pekan depan.
            """)
    void aSessionOfNoBodyIsNoGathering(String sentence) {
        assertThat(SentenceTriggers.of(sentence)).noneMatch(t -> t.type() == EventType.FORUM);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Menteri itu berbicara dalam konferensi pers di Kupang.
            وقال الوزير في مؤتمر صحفي في صفاقس إن المحادثات مستمرة.
            """)
    void aPressConferenceIsAStatementNotAGathering(String sentence) {
        assertThat(SentenceTriggers.of(sentence)).noneMatch(t -> t.type() == EventType.FORUM)
                .anyMatch(t -> t.type() == EventType.STATEMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            أعلنت وزارة الخارجية أن الوفد سيصل الأحد.                 | أعلنت
            وأكدت الحكومة أن الحدود مفتوحة.                            | وأكدت
            El vocero informó que la frontera sigue abierta.           | informó
            O porta-voz reiterou que a fronteira continua aberta.      | reiterou
            Le porte-parole a réaffirmé que la frontière reste ouverte. | a réaffirmé
            Die Sprecherin bekräftigte, die Grenze bleibe offen.       | bekräftigte
            Juru bicara itu menyebut perbatasan tetap dibuka.          | menyebut
            """)
    void reportingVerbsTheListsLackedAreStatements(String sentence, String word) {
        assertThat(SentenceTriggers.of(sentence)).anySatisfy(t -> {
            assertThat(t.text()).isEqualToIgnoringCase(word);
            assertThat(t.type()).isEqualTo(EventType.STATEMENT);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La presidenta sostuvo este martes un encuentro con su par en Tarija.     | MEETING    | HAPPENED
            Los cancilleres sostuvieron ayer conversaciones en Cuenca.              | TALKS      | HAPPENED
            El ministro sostendrá el lunes una reunión con su homólogo en Tacna.    | MEETING    | PLANNED
            Está previsto que los ministros se reúnan el jueves en Salta.           | MEETING    | PLANNED
            Está previsto que os ministros se reúnam na quinta-feira em Tete.       | MEETING    | PLANNED
            """)
    void aMeetingHeldAfterADateIsTheMeetingNotAStatement(String sentence, EventType type, EventStatus status) {
        Trigger t = SentenceTriggers.of(sentence).stream().filter(x -> !x.isStatement()).findFirst().orElseThrow();

        assertThat(t.type()).isEqualTo(type);
        assertThat(t.status()).isEqualTo(status);
        assertThat(SentenceTriggers.of(sentence)).noneMatch(Trigger::isStatement);
    }
}
