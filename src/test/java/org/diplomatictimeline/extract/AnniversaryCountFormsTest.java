package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The count of an anniversary as each language writes it: a dotted ordinal inside a German sentence, a cardinal
 * before the Spanish noun, the count joined to the Russian noun by a hyphen, the number after the Arabic and
 * Indonesian noun. Each makes the anniversary an event of its clause's year.
 */
class AnniversaryCountFormsTest {

    private static List<Event> events(String date, String body) {
        return ArticleExtraction.events(date, body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norwegen und Chile feierten 2024 den 40. Jahrestag ihrer diplomatischen Beziehungen.        | 2024
            Noruega y Chile celebraron en 2024 el 40 aniversario de sus relaciones diplomáticas.        | 2024
            Норвегия и Чили отметили в 2024 году 40-летие установления дипломатических отношений.      | 2024
            احتفلت النرويج وتشيلي عام 2024 بالذكرى الـ40 لإقامة العلاقات الدبلوماسية بينهما.            | 2024
            Norwegia dan Chili merayakan peringatan ke-40 hubungan diplomatik kedua negara pada 2024.   | 2024
            """)
    void theCountAsTheLanguageWritesItMakesTheAnniversaryAnEvent(String body, String year) {
        assertThat(events("2025-03-02", body)).filteredOn(e -> e.type() == EventType.ANNIVERSARY).singleElement()
                .satisfies(e -> {
                    assertThat(e.when().value()).isEqualTo(year);
                    assertThat(e.title()).startsWith("40th anniversary");
                });
    }

    @Test
    void celebratingAnAnniversaryInPortugueseConcludesNoAgreement() {
        List<Event> found = events("2025-03-02",
                "A Noruega e o Chile celebraram em 2024 o 40.º aniversário das relações diplomáticas.");

        assertThat(found).extracting(Event::type).contains(EventType.ANNIVERSARY).doesNotContain(EventType.AGREEMENT);
    }

    @Test
    void aPortuguesePactConcludedIsStillAnAgreement() {
        List<Event> found = events("2025-03-02",
                "Os ministros da Noruega e do Chile celebraram um acordo de pesca em Oslo na segunda-feira.");

        assertThat(found).extracting(Event::type).contains(EventType.AGREEMENT);
    }
}
