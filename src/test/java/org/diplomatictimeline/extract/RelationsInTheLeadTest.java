package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relations restored, severed or established are background unless a sentence dates them, except where the article's
 * lead tells the change without a date as its news (event-types.tsv {@code lead_news}): there it is an event on the
 * report's day, or on the day of the occasion the lead dated just before.
 */
class RelationsInTheLeadTest {

    private static List<Event> relations(String docDate, String body) {
        EventModel model = ArticleExtraction.model(docDate, body);
        return model.events().stream().filter(e -> e.type() == EventType.RELATIONS).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | Norway and Chile have restored their diplomatic ties, ending a two-year rift.",
        "es | Noruega y Chile restablecieron las relaciones diplomáticas tras dos años de distancia.",
        "fr | La Norvège et le Chili ont rétabli leurs relations diplomatiques après deux ans de brouille.",
        "de | Norwegen und Chile haben ihre Beziehungen wiederhergestellt, wie beide Regierungen mitteilten.",
        "it | Norvegia e Cile hanno ristabilito le relazioni diplomatiche dopo due anni di gelo.",
        "pt | A Noruega e o Chile restabeleceram as relações diplomáticas após dois anos de afastamento.",
        "ru | Норвегия и Чили восстановили дипломатические отношения после двухлетней паузы.",
        "id | Norwegia dan Chile memulihkan hubungan diplomatik setelah dua tahun membeku.",
        "ar | أعادت النرويج وتشيلي العلاقات الدبلوماسية بعد عامين من القطيعة.",
    })
    void theLeadsUndatedChangeOfRelationsIsTheDaysNews(String language, String lead) {
        List<Event> found = relations("2021-03-04", lead);

        assertThat(found).as(language).hasSize(1);
        assertThat(found.get(0).when().value()).startsWith("2021-03-0");
    }

    @Test
    void afterTheLeadsDatedOccasionTheChangeTakesThatOccasionsDay() {
        List<Event> found = relations("2021-03-04", "Leaders signed a declaration at a summit in Oslo on Tuesday. "
                + "Norway and Chile have restored their diplomatic ties, ending a two-year rift.");

        assertThat(found).singleElement().satisfies(e -> assertThat(e.when().value()).isEqualTo("2021-03-02"));
    }

    @Test
    void theSameWordsFurtherDownStayBackground() {
        List<Event> found = relations("2021-03-04", "The fishing fleet left the harbour early. Prices of cod "
                + "rose in the markets. Norway and Chile have restored their diplomatic ties, ending a "
                + "two-year rift.");

        assertThat(found).isEmpty();
    }

    @Test
    void relationsTheLeadOnlyNamesAreNoEvent() {
        List<Event> found = relations("2021-03-04", "Amid tension in diplomatic relations, Norway sent a "
                + "trade delegation.");

        assertThat(found).isEmpty();
    }
}
