package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The count of an anniversary written as a word: a round ordinal in every language's ordinals.tsv ("fortieth",
 * "quadragésimo", "vierzigsten", "сороковой"), and a noun that is its own count (COUNT_NOUN rows: "centenary",
 * "centenaire", "столетие"), which counts only when an ordinal of two or more multiplies it ("the fifth centenary").
 */
class AnniversaryCountWordsTest {

    private static List<Event> anniversaries(String body) {
        return ArticleExtraction.events("2025-03-02", body).stream()
                .filter(e -> e.type() == EventType.ANNIVERSARY).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norway and Chile celebrated the fortieth anniversary of their friendship treaty in 2024.           | 40
            La Norvège et le Chili ont célébré en 2024 le quarantième anniversaire de leur traité d'amitié.   | 40
            Noruega y Chile celebraron en 2024 el cuadragésimo aniversario de su tratado de amistad.          | 40
            Norvegia e Cile hanno celebrato nel 2024 il quarantesimo anniversario del loro trattato.          | 40
            A Noruega e o Chile celebraram em 2024 o quinquagésimo aniversário do seu tratado de amizade.    | 50
            Norwegen und Chile feierten 2024 den vierzigsten Jahrestag ihres Freundschaftsvertrags.          | 40
            Норвегия и Чили отметили в 2024 году сороковую годовщину договора о дружбе.                      | 40
            Noruega y Chile celebraron en 2024 el vigésimo quinto aniversario de su tratado de amistad.       | 25
            """)
    void aRoundOrdinalWrittenAsAWordCountsTheAnniversary(String body, int count) {
        assertOneAnniversaryIn2024(body, count + "th anniversary");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two kingdoms marked the fifth centenary of the voyage in 2024.                   | 500th
            Les deux royaumes ont célébré en 2024 le cinquième centenaire du voyage.             | 500th
            Los dos reinos celebraron en 2024 el quinto centenario del viaje.                    | 500th
            Die Stadt beging 2024 die Feiern anlässlich des 100. Jahrestages der Republik.       | 100th
            Das Land feierte 2024 das 100-jährige Jubiläum seiner Republik.                      | 100th
            """)
    void aCountOfYearsOrAMultipliedCentenaryMakesTheAnniversaryAnEvent(String body, String count) {
        assertOneAnniversaryIn2024(body, count + " anniversary");
    }

    /** The article tells one anniversary, in 2024, whose title opens with {@code titleStart}. */
    private static void assertOneAnniversaryIn2024(String body, String titleStart) {
        assertThat(anniversaries(body)).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2024");
            assertThat(e.title()).startsWith(titleStart);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The town hosted the centenary celebrations of the republic on Tuesday.
            La ville a fêté mardi le premier centenaire de la république.
            Historians have long debated the centenary of the republic.
            """)
    void aBareOrFirstCentenaryCountsNothingOfItsOwn(String body) {
        assertThat(anniversaries(body)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' counts {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'centenary'                 | 100
            'столетия'                  | 100
            'peringatan seabad'         | 100
            'die Hundertjahrfeier'      | 100
            'anniversary'               | 0
            """)
    void aCountNounCarriesItsCount(String noun, int count) {
        assertThat(OccasionNumber.countNoun(noun)).isEqualTo(count);
    }
}
