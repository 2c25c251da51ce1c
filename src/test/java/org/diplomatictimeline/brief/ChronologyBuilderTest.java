package org.diplomatictimeline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChronologyBuilderTest {

    private final EventModel model = BriefFixtures.model();
    private final ChronologyBuilder builder = new ChronologyBuilder(model, BriefFixtures.outlets(model));

    @Test
    void keepsTheMostSignificantDatesOldestFirst() {
        Chronology c = builder.build(new ChronologyRequest(null, null, 2, null, null), BriefFixtures.MADE);

        assertThat(c.dates()).extracting(ChronologyDate::date).containsExactly("2021-03-01", "2021-03-10");
        assertThat(c.dates().get(0).events()).extracting(e -> e.event().id()).containsExactly("e1", "e2");
        assertThat(c.about().shownDates()).isEqualTo(2);
        assertThat(c.about().datesInSpan()).isEqualTo(4);
        assertThat(c.about().lines()).anyMatch(l -> l.contains("2 of 4 dates") && l.contains("not listed"));
    }

    @Test
    void eventsModeKeepsTheWeightiestEventsGroupedByDate() {
        Chronology c = builder.build(new ChronologyRequest(null, null, null, 1, null), BriefFixtures.MADE);

        assertThat(c.dates()).hasSize(1);
        assertThat(c.dates().get(0).events()).extracting(e -> e.event().id()).containsExactly("e1");
    }

    @Test
    void undatedEventsAreListedApartNeverDropped() {
        Chronology c = builder.build(new ChronologyRequest(null, null, 1, null, null), BriefFixtures.MADE);

        assertThat(c.undated()).extracting(e -> e.event().id()).containsExactly("e6");
        assertThat(c.about().lines()).anyMatch(l -> l.contains("1 event has no known date"));
    }

    @Test
    void spanKeepsOnlyEventsThatOverlapIt() {
        Chronology c = builder.build(new ChronologyRequest(LocalDate.of(2021, 3, 11), LocalDate.of(2021, 4, 30),
                null, null, null), BriefFixtures.MADE);

        assertThat(c.dates()).extracting(ChronologyDate::date).containsExactly("2021-03-10", "2021-04", "2021-04-19");
        assertThat(c.about().spanLabel()).isEqualTo("2021-03-11 to 2021-04-30");
    }

    @Test
    void citationsAreNumberedInReadingOrderWithOneArticleEach() {
        Chronology c = BriefFixtures.chronology();

        List<Citation> all = c.citations();
        assertThat(all).extracting(Citation::number).containsExactly(
                IntStream.rangeClosed(1, all.size()).boxed().toArray(Integer[]::new));
        Citation first = all.get(0);
        assertThat(first.documentId()).isEqualTo("d1");
        assertThat(first.outlet()).isEqualTo("alpha-news.example");
        assertThat(first.date()).isEqualTo("2021-03-02");
        assertThat(first.end() - first.start()).isEqualTo(first.text().length());
    }

    @Test
    void summariesSayWhoDidWhatAndWhetherItHappened() {
        Chronology c = BriefFixtures.chronology();

        assertThat(c.dates().get(0).events().get(0).summary())
                .isEqualTo("Ana Alpha (President) and Boris Beta (President) met at a summit in Aville.");
        assertThat(c.dates().get(1).events().get(0).summary()).startsWith("Planned: ");
        assertThat(c.dates().get(1).label()).isEqualTo("10 March 2021");
        assertThat(c.dates().get(2).label()).isEqualTo("April 2021");
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({"2021-01-01, 2021-01-07, 6", "2021-01-01, 2021-12-31, 20", "1900-01-01, 2029-12-31, 40"})
    void lengthSuitsTheSpanWhenNotGiven(LocalDate from, LocalDate to, int expected) {
        assertThat(KeyDates.defaultCount(from, to)).isEqualTo(expected);
    }
}
