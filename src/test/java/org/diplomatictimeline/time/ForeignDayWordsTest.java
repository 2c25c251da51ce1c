package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relative day words of the language folders: tomorrow, last night, this morning, the day before yesterday. */
class ForeignDayWordsTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            La canciller viajará mañana a Asunción.                   | mañana          | 2024-05-16
            El ministro llegó anoche a Montevideo.                    | anoche          | 2024-05-14
            La reunión terminó esta mañana en Sucre.                  | esta mañana     | 2024-05-15
            O ministro chegou esta manhã à cidade da Praia.           | esta manhã      | 2024-05-15
            Le ministre est arrivé ce matin à Lomé.                   | ce matin        | 2024-05-15
            Le président s'exprimera ce soir depuis Cotonou.          | ce soir         | 2024-05-15
            Menteri tiba di Kupang semalam.                           | semalam         | 2024-05-14
            Presiden akan bertolak ke Dili esok.                      | esok            | 2024-05-16
            Delegasi itu tiba kemarin lusa di Ambon.                  | kemarin lusa    | 2024-05-13
            Para menteri bertemu pagi ini di Ambon.                   | pagi ini        | 2024-05-15
            وصل الوفد إلى صفاقس الليلة الماضية.                        | الليلة الماضية  | 2024-05-14
            وصل الوفد إلى صفاقس أول من أمس.                            | أول من أمس      | 2024-05-13
            """)
    void relativeDayWordsResolveAgainstTheArticleDate(String sentence, String text, String value) {
        assertThat(find(sentence, "2024-05-15", text).value()).isEqualTo(value);
    }

    @Test
    void spanishMorningAfterADeterminerIsNoTomorrow() {
        for (String sentence : List.of("El acuerdo se firmó durante la mañana en Sucre.",
                "Esa misma mañana el ministro dejó Sucre.")) {
            assertThat(TaggerAssertions.TAGGER.tag(sentence, LocalDate.parse("2024-05-15")))
                    .noneMatch(t -> t.text().equalsIgnoreCase("mañana"));
        }
    }
}
