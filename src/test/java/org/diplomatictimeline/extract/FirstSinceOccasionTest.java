package org.diplomatictimeline.extract;

import static org.diplomatictimeline.extract.ArticleMentions.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "The first state visit since 1998" tells an earlier visit in 1998, in each language folder's words. */
class FirstSinceOccasionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Malian president begins on Monday a state visit to Canada, the first by a Malian head of state since 1998.
            Le président malien entame ce lundi une visite d'État au Canada, la première d'un chef d'État malien depuis 1998.
            El presidente maliense inicia este lunes una visita de Estado a Canadá, la primera de un jefe de Estado maliense desde 1998.
            Il presidente maliano inizia lunedì una visita di Stato in Canada, la prima di un capo di Stato maliano dal 1998.
            Il presidente maliano inizia lunedì una visita di Stato in Canada, la prima dopo quella del presidente Amadou Keita nel 1998.
            Le président malien entame ce lundi une visite d'État au Canada, la première après celle d'Amadou Keita en 1998.
            El presidente maliense inicia este lunes una visita de Estado a Canadá, la primera tras la de Amadou Keita en 1998.
            O Presidente maliano inicia na segunda-feira uma visita de Estado ao Canadá, a primeira após a de Amadou Keita em 1998.
            O Presidente maliano inicia na segunda-feira uma visita de Estado ao Canadá, a primeira de um chefe de Estado maliano desde 1998.
            Der malische Präsident beginnt am Montag einen Staatsbesuch in Kanada, den ersten eines malischen Staatschefs seit 1998.
            """)
    void theFirstVisitSinceAYearTellsAVisitThatYear(String body) {
        List<EventMention> found = mentions("2021-03-10", body);

        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.VISIT);
            assertThat(m.when().value()).isEqualTo("1998");
            assertThat(m.status()).isEqualTo(EventStatus.HAPPENED);
        });
    }

    @Test
    void aSentenceOpeningWithTheFirstTellsTheEarlierOccasionOfTheVisitBefore() {
        List<EventMention> found = mentions("2021-03-10", "Le président malien entame ce lundi une visite d'État au "
                + "Canada. Une première depuis celle effectuée par Amadou Keita, en 1998.");

        assertThat(found).anySatisfy(m -> {
            assertThat(m.when().value()).isEqualTo("1998");
            assertThat(m.type()).isEqualTo(EventType.VISIT);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Malian president begins on Monday a state visit to Canada, where tourism has grown since 1998.
            The Malian president begins on Monday a state visit to Canada, the first since Mali's 1998 elections.
            Le président malien entame ce lundi une visite d'État au Canada, la première depuis l'accord de 1998.
            Le président malien entame ce lundi une visite d'État au Canada, la première depuis mars 2021.
            Il presidente maliano inizia lunedì una visita di Stato in Canada, la prima dopo le elezioni del 1998.
            O Presidente maliano inicia na segunda-feira uma visita de Estado ao Canadá, a primeira após o referendo de 1998.
            """)
    void noEarlierOccasionWithoutAFirstOrAYearBeforeTheArticle(String body) {
        List<EventMention> found = mentions("2021-03-10", body);

        // "Mali's 1998 elections" are an election of 1998 of their own; no earlier visit is made of them
        assertThat(found).filteredOn(m -> m.type() == EventType.VISIT)
                .noneSatisfy(m -> assertThat(m.when().value()).isIn("1998", "2021"));
    }
}
