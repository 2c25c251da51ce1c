package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Triggers from the language folders (lang/<code>/triggers.tsv) with their status, in sentences written for it. */
class OtherLanguageTriggersTest {

    private static List<Trigger> triggers(String sentence) {
        return SentenceTriggers.of(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Les deux présidents se rencontreront à Dakar.              | rencontreront   | MEETING   | PLANNED
            Le ministre s'est rendu à Niamey pour deux jours.          | s'est rendu     | VISIT     | HAPPENED
            Hier, les ministres ont signé l'accord de paix.            | signé           | AGREEMENT | HAPPENED
            Los cancilleres firmaron un tratado comercial en Quito.    | firmaron        | AGREEMENT | HAPPENED
            La cumbre de Asunción fue aplazada.                        | cumbre          | SUMMIT    | POSTPONED
            Il premier incontrerà il presidente a Tunisi.              | incontrerà      | MEETING   | PLANNED
            L'incontro di Napoli è stato annullato.                    | l'incontro      | MEETING   | CANCELLED
            Der Kanzler wird nächste Woche Chile besuchen.             | besuchen        | VISIT     | PLANNED
            Die Außenminister unterzeichneten ein Abkommen.            | unterzeichneten | AGREEMENT | HAPPENED
            O presidente visitou Maputo em abril.                      | visitou         | VISIT     | HAPPENED
            Министры встретятся в Минске.                              | встретятся      | MEETING   | PLANNED
            Премьер посетил Ташкент.                                   | посетил         | VISIT     | HAPPENED
            Саммит в Казани был отложен.                               | саммит          | SUMMIT    | POSTPONED
            Presiden akan mengunjungi Hanoi pekan depan.               | mengunjungi     | VISIT     | PLANNED
            Kedua menteri telah menandatangani perjanjian dagang.      | menandatangani  | AGREEMENT | HAPPENED
            """)
    void triggersInOtherLanguagesCarryTypeAndStatus(String sentence, String word, EventType type,
                                                    EventStatus status) {
        Trigger t = triggers(sentence).stream().filter(x -> !x.isStatement()).findFirst().orElseThrow();

        assertThat(t.text()).isEqualToIgnoringCase(word);
        assertThat(t.type()).isEqualTo(type);
        assertThat(t.status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le Ghana a reconnu l'indépendance du nouvel État en mars.      | RECOGNITION
            La France a envoyé une aide humanitaire au Liban.             | AID
            Les deux armées ont mené des exercices militaires conjoints.  | MILITARY_COOPERATION
            Die Regierung hat die Unabhängigkeit des Staates anerkannt.   | RECOGNITION
            Die beiden Minister kamen gestern in Wien zusammen.           | MEETING
            Die Kanzlerin beendete ihre Chinareise in Schanghai.          | VISIT
            Japan lieferte Hilfe an die Flutopfer.                        | AID
            Бразилия признала независимость нового государства.           | RECOGNITION
            Россия направила гуманитарную помощь в Сирию.                 | AID
            Флоты провели совместные учения в мае.                        | MILITARY_COOPERATION
            O Brasil reconheceu a independência do novo estado.           | RECOGNITION
            Angola enviou ajuda às vítimas das cheias.                    | AID
            Indonesia mengirimkan bantuan kemanusiaan ke Gaza.            | AID
            Kedua negara menggelar latihan militer bersama di Natuna.     | MILITARY_COOPERATION
            اعترفت البرازيل بدولة جديدة في مارس.                          | RECOGNITION
            أرسلت الكويت مساعدات إلى السودان.                             | AID
            طردت الحكومة السفير في يونيو.                                 | EXPULSION
            """)
    void typesTheEnglishLexiconHasAreTriggersInOtherLanguages(String sentence, EventType type) {
        assertThat(triggers(sentence)).extracting(Trigger::type).contains(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Il a reconnu ses erreurs devant la presse.
            Die Ministerin bat um Hilfe bei der Suche.
            Он признал, что переговоры были трудными.
            """)
    void recognitionAndAidNeedTheirCueInTheClause(String sentence) {
        assertThat(triggers(sentence)).extracting(Trigger::type)
                .doesNotContain(EventType.RECOGNITION, EventType.AID);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Heute gibt es Einzelgespräche mit dem Premier.             | Einzelgespräche      | TALKS
            Der Ostsee-Gipfel beginnt am Montag.                       | Ostsee-Gipfel        | SUMMIT
            Das Ministertreffen in Prag wurde vertagt.                 | Ministertreffen      | MEETING
            Beide Staaten schlossen ein Freihandelsabkommen.           | Freihandelsabkommen  | AGREEMENT
            """)
    void aGermanCompoundIsTheTriggerItsHeadIs(String sentence, String word, EventType type) {
        Trigger t = triggers(sentence).stream().filter(x -> !x.isStatement()).findFirst().orElseThrow();

        assertThat(t.text()).isEqualTo(word);
        assertThat(t.type()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Мероприятие пройдёт в Самаре в мае.                        | мероприятие
            Die Veranstaltung findet im Mai in Graz statt.             | veranstaltung
            Acara itu akan berlangsung di Medan bulan depan.           | acara itu
            ستنعقد الفعالية في الرباط الشهر المقبل.                    | الفعالية
            L'événement aura lieu à Lille en mai.                      | l'événement
            L'evento si terrà a Bari in maggio.                        | l'evento
            El evento se celebrará en Cádiz en mayo.                   | evento
            O evento decorre em Braga em maio.                         | evento
            """)
    void aNounForAnOccasionToldBeforeIsAnEventWhenItTakesPlace(String sentence, String word) {
        assertThat(triggers(sentence)).anySatisfy(t -> {
            assertThat(t.text()).isEqualToIgnoringCase(word);
            assertThat(t.type()).isEqualTo(EventType.OTHER);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            تبنى الوزراء قرارًا بشأن الحدود.                            | RESOLUTION
            عقد الوزيران اجتماعًا في عمّان.                             | MEETING
            """)
    void anArabicNounInTheIndefiniteAccusativeIsStillItsTrigger(String sentence, EventType type) {
        assertThat(triggers(sentence)).anyMatch(t -> t.type() == type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Мероприятие понравилось всем гостям.
            Die Veranstaltung war laut und lang.
            Acara itu menarik perhatian warga.
            L'événement a surpris les habitants.
            El evento atrajo a muchos vecinos.
            """)
    void aNounForAnOccasionIsOnlyAWordWhenNothingTakesPlace(String sentence) {
        assertThat(triggers(sentence)).noneMatch(t -> t.type() == EventType.OTHER);
    }

    @Test
    void aVerbEndingLikeAHeadNounIsNoCompound() {
        assertThat(triggers("Die Regeln betreffen alle Mitglieder.")).isEmpty();
        assertThat(triggers("Die neuen Preise gelten ab Montag.")).isEmpty();
    }

    @Test
    void aNounThatNeedsACueTakesItInItsOwnLanguage() {
        assertThat(triggers("El acuerdo nuclear sigue siendo frágil."))
                .noneMatch(t -> t.type() == EventType.AGREEMENT);
        assertThat(triggers("Los dos gobiernos firmaron ayer el acuerdo."))
                .anyMatch(t -> t.type() == EventType.AGREEMENT);
    }

    @Test
    void anElidedArticleDoesNotHideTheTrigger() {
        assertThat(triggers("L'accord a été signé par les deux ministres.")).extracting(Trigger::text)
                .contains("L'accord");
    }

    @Test
    void reportingVerbsOfOtherLanguagesAreStatements() {
        assertThat(triggers("Пресс-секретарь заявил, что визит состоится.")).extracting(Trigger::type)
                .containsExactly(EventType.STATEMENT, EventType.VISIT);
        assertThat(triggers("Il ministro ha dichiarato che la visita è confermata.")).extracting(Trigger::type)
                .containsExactly(EventType.STATEMENT, EventType.VISIT);
    }
}
