package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date told as the n-th day of an occasion dates the occasion from n - 1 days before it, inferred. */
class NumberedDayOfOccasionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The ministers will sign the charter on 14 May, day two of the Lisbon summit.|2021-05-13|2021-05-14",
        "The ministers will sign the charter on 15 May, the third day of the Lisbon summit.|2021-05-13|2021-05-15",
        "Les ministres signeront la charte le 14 mai, deuxième jour du sommet de Lisbonne.|2021-05-13|2021-05-14",
        "Los ministros firmarán la carta el 14 de mayo, segundo día de la cumbre de Lisboa.|2021-05-13|2021-05-14",
    })
    void aDateToldAsTheNthDayOfASummitDatesTheSummitFromItsFirstDay(String sentence, String first, String last) {
        List<Event> events = ArticleExtraction.events("2021-05-05", sentence);

        Event summit = events.stream().filter(e -> e.type() == EventType.SUMMIT).findFirst().orElseThrow();
        assertThat(summit.when().value()).isEqualTo(first);
        assertThat(summit.when().endValue()).isEqualTo(last);
        assertThat(summit.when().basis()).isEqualTo(DateBasis.INFERRED);
    }

    @Test
    void aDateNotToldAsADayOfTheSummitDatesItAsItStands() {
        List<Event> events = ArticleExtraction.events("2021-05-05",
                "The ministers will sign the charter on 14 May at the Lisbon summit.");

        Event summit = events.stream().filter(e -> e.type() == EventType.SUMMIT).findFirst().orElseThrow();
        assertThat(summit.when().value()).isEqualTo("2021-05-14");
        assertThat(summit.when().endValue()).isNull();
    }
}
