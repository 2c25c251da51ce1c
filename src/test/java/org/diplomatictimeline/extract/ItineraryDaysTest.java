package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleExtraction.mentions;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The days of a trip told relative to the article (decision 0123): a landing is an arrival, a leg told after a comma
 * with a day and a host of its own is a visit of its own, and what follows "then" an occasion of yesterday lies
 * between that day and the article's, while what is still to come "then" keeps the month.
 */
class ItineraryDaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Le Premier ministre portugais Rui Matos a atterri à Dakar lundi pour s'entretenir avec le président Abdou Ndiaye.|2021-03-08",
        "Der finnische Außenminister Mika Laine ist am Montag in Lima gelandet.|2021-03-08",
        "Министр иностранных дел Финляндии Мика Лайне приземлился в Лиме в понедельник.|2021-03-08",
    })
    void aLandingIsAnArrivalOnItsDay(String sentence, String day) {
        List<EventMention> found = mentions(sentence);

        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.VISIT);
            assertThat(m.when().value()).isEqualTo(day);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Finnish foreign minister Mika Laine flew to Chile on Sunday, on Monday he was in Peru.|2021-03-07|2021-03-08|Peru",
        "Am Sonntag reiste der finnische Außenminister Mika Laine nach Chile, am Montag stand Peru auf dem Programm.|2021-03-07|2021-03-08|Peru",
    })
    void aLegWithADayAndAHostOfItsOwnIsAVisitOfItsOwn(String sentence, String first, String second, String host) {
        List<EventMention> visits = mentions(sentence).stream().filter(m -> m.type() == EventType.VISIT).toList();

        assertThat(visits).anySatisfy(m -> assertThat(m.when().value()).isEqualTo(first));
        assertThat(visits).anySatisfy(m -> {
            assertThat(m.when().value()).isEqualTo(second);
            assertThat(m.places()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo(host));
            assertThat(m.participants()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Mika Laine"));
        });
    }

    @Test
    void aLaterPartTellingAnEventOfItsOwnIsNoLeg() {
        List<EventMention> visits = mentions("The Finnish foreign minister Mika Laine flew to Chile on Sunday, "
                + "the ministry said on Monday in Helsinki.").stream().filter(m -> m.type() == EventType.VISIT)
                .toList();

        assertThat(visits).noneSatisfy(m -> assertThat(m.when().value()).isEqualTo("2021-03-08"));
    }

    @Test
    void whatFollowsThenAnOccasionOfYesterdayLiesByTheArticlesDay() {
        List<EventMention> found = mentions("Leaders of the ten member states attended the closing ceremony in Lisbon "
                + "yesterday. The chairman, Portuguese Prime Minister Rui Matos, then held a press conference.");

        assertThat(found).anySatisfy(m -> {
            assertThat(m.when().reason()).contains("'then' after");
            assertThat(m.when().value()).isEqualTo("2021-03-09");
            assertThat(m.when().endValue()).isEqualTo("2021-03-10");
        });
    }

    @Test
    void whatIsStillToComeThenKeepsTheMonth() {
        List<EventMention> found = mentions("Leaders of the ten member states attended the closing ceremony in Lisbon "
                + "yesterday. The chairman, Portuguese Prime Minister Rui Matos, will then hold a press conference.");

        assertThat(found).noneSatisfy(m -> assertThat(m.when().reason()).contains("by the article's date"));
    }
}
