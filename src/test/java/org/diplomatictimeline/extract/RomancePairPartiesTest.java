package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How Italian and Spanish sentences name the parties of an encounter just told ("los dos mandatarios", "entrambi i
 * leader"), how they write the United States' initials beside a title ("il segretario di Stato Usa"), and the
 * travel verbs of their news ("vola a Washington", "visitaron").
 */
class RomancePairPartiesTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", "2024-03-14", body));
    }

    private static List<String> names(EventMention m) {
        return m.participants().stream().map(Participant::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Los dos mandatarios firmaron un acuerdo de cooperación energética.
            Ambos presidentes firmaron un acuerdo de cooperación energética.
            I due leader hanno firmato un accordo sulla cooperazione energetica.
            Entrambi i presidenti hanno firmato un accordo sulla cooperazione energetica.
            """)
    void aPairOfPartyNounsSignsForTheEncounterJustTold(String second) {
        String first = second.startsWith("Los") || second.startsWith("Ambos")
                ? "El presidente argentino Javier Milei recibió hoy en Buenos Aires al presidente francés Emmanuel"
                        + " Macron. "
                : "Il presidente argentino Javier Milei ha ricevuto oggi a Buenos Aires il presidente francese"
                        + " Emmanuel Macron. ";

        List<EventMention> found = mentions(first + second);

        assertThat(found).filteredOn(m -> m.type() == EventType.AGREEMENT).anySatisfy(m -> {
            assertThat(names(m)).contains("Javier Milei", "Emmanuel Macron");
            assertThat(m.when().value()).isEqualTo("2024-03-14");
        });
    }

    @Test
    void aPairWordWithNoPartyNounAfterItTakesNoParties() {
        List<EventMention> found = mentions("Il presidente argentino Javier Milei ha ricevuto oggi a Buenos Aires il"
                + " presidente francese Emmanuel Macron. Due giorni dopo è stato firmato un accordo commerciale.");

        assertThat(found).filteredOn(m -> m.type() == EventType.AGREEMENT)
                .allSatisfy(m -> assertThat(names(m)).doesNotContain("Emmanuel Macron"));
    }

    @Test
    void anItalianPartyNounThatIsAnEnglishSingularNamesNoPairInAnEnglishArticle() {
        List<EventMention> found = mentions("President Javier Milei received President Emmanuel Macron in Buenos"
                + " Aires on Thursday. The leader signed an energy agreement with a mining company.");

        // "the leader" may stand for the person named last, never for the pair of the meeting
        assertThat(found).filteredOn(m -> m.type() == EventType.AGREEMENT)
                .allSatisfy(m -> assertThat(names(m)).doesNotContain("Javier Milei"));
    }

    @Test
    void theUnitedStatesInitialsAfterAnItalianTitleAreACountryNotPartOfTheName() {
        EventMention meeting = mentions("Il segretario di Stato Usa Antony Blinken ha incontrato oggi a Roma il"
                + " ministro degli Esteri Antonio Tajani.").stream().filter(m -> m.type() == EventType.MEETING)
                .findFirst().orElseThrow();

        assertThat(names(meeting)).contains("Antony Blinken", "United States").doesNotContain("Usa Antony Blinken");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La premier vola a Washington per incontrare il presidente americano.   | VISIT
            Il ministro volerà in Giappone la prossima settimana.                  | VISIT
            Los reyes visitaron Marruecos en febrero.                              | VISIT
            """)
    void travelVerbsOfItalianAndSpanishNewsAreVisits(String sentence, EventType type) {
        assertThat(SentenceTriggers.of(sentence)).extracting(Trigger::type).contains(type);
    }
}
