package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The number of an occasion of a series, read in each language's way of writing it, or none. */
class OccasionNumberTest {

    /** The number read for the word {@code word} in {@code sentence} (0 for none). */
    private static int number(String sentence, String word) {
        int start = sentence.indexOf(word);
        OptionalInt n = OccasionNumber.of(sentence, 0, sentence.length(), start, start + word.length());
        return n.orElse(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Leaders gathered for the 12th Nordic Union summit in Oslo.       | summit   | 12
            The 41st Pacific Council Summit opened on Tuesday.               | Summit   | 41
            It was the second Andean-Baltic summit in two years.             | summit   | 2
            Les dirigeants ouvrent le 9e sommet de l'Union nordique.         | sommet   | 9
            Les dirigeants ouvrent le XIIe sommet de l'Union nordique.       | sommet   | 12
            Los líderes inauguraron la XV Cumbre Andina.                     | Cumbre   | 15
            Los líderes inauguraron la 15ª Cumbre Andina.                    | Cumbre   | 15
            I leader hanno aperto il 7° vertice nordico.                     | vertice  | 7
            Os líderes abriram a 4ª Cúpula Andina.                           | Cúpula   | 4
            Die Staatschefs eröffneten den 15. Nordunion-Gipfel.       | Nordunion-Gipfel | 15
            Лидеры открыли 11-й саммит Северного союза.                      | саммит   | 11
            Para pemimpin membuka KTT ke-27 Uni Nordik di Oslo.              | KTT      | 27
            Para pemimpin membuka KTT Uni Nordik ke-27 di Oslo.              | KTT      | 27
            The summit of 2019 was held in Oslo.                             | summit   | 0
            On the first day of the summit the leaders met.                  | summit   | 0
            The G20 summit opened on Saturday.                               | summit   | 0
            12th Nordic Union summit opened in Oslo.                         | summit   | 12
            The A12th Nordic Union summit opened in Oslo.                    | summit   | 0
            Ministers of the Union met before its long-awaited 12th summit.  | summit   | 12
            """)
    void readsTheNumberOfAnOccasionOfASeries(String sentence, String word, int expected) {
        assertThat(number(sentence.strip(), word.strip())).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aNumberedSummitGetsItsNumberAsItsOccasionKey() {
        // given: an article naming a numbered summit of an organisation
        var found = new EventExtractor().mentions(TestArticles.withHeader("t", "2021-03-10",
                "The 12th Nordic Council summit opened in Oslo on Tuesday."));

        // then: the summit carries the series number as its occasion
        assertThat(found).filteredOn(m -> m.type() == EventType.SUMMIT)
                .singleElement().satisfies(m -> assertThat(m.key()).isEqualTo("number:12"));
    }
}
