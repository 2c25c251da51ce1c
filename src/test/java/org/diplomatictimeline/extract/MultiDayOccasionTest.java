package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.BEN;
import static org.diplomatictimeline.extract.MergeFixtures.CARA;
import static org.diplomatictimeline.extract.MergeFixtures.KENYA;
import static org.diplomatictimeline.extract.MergeFixtures.MOMBASA;
import static org.diplomatictimeline.extract.MergeFixtures.NAIROBI;
import static org.diplomatictimeline.extract.MergeFixtures.SWEDEN;
import static org.diplomatictimeline.extract.MergeFixtures.UNION;
import static org.diplomatictimeline.extract.MergeFixtures.day;
import static org.diplomatictimeline.extract.MergeFixtures.days;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MultiDayOccasionTest {

    private static final String REPORTED = "2030-05-20";

    private final EventMerger merger = new EventMerger();

    private static Report summit(String doc, EventDate when) {
        return Report.of(doc, REPORTED, EventType.SUMMIT, when);
    }

    private List<Event> merge(Report... reports) {
        List<EventMention> mentions = new ArrayList<>();
        for (int i = 0; i < reports.length; i++) {
            mentions.add(reports[i].mention(i + 1));
        }
        return merger.merge(mentions);
    }

    @Test
    void summitOpeningOneDayAndClosingTheNextIsOneEventOverBothDays() {
        List<Event> events = merge(
                summit("a", day("2030-05-16")).with(ADA, BEN).at(NAIROBI),
                summit("a", day("2030-05-17")).with(ADA, BEN));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2030-05-16");
            assertThat(e.when().endValue()).isEqualTo("2030-05-17");
        });
    }

    @Test
    void theSecondSummitToldThriceOverItsDaysIsOneEventWithItsRange() {
        List<Event> events = merge(
                summit("a", day("2030-05-11")).with(ADA, BEN).keyed("next:a:10"),
                summit("a", days("2030-05-11", "2030-05-12")).with(BEN, ADA).keyed("next:a:70"),
                summit("a", days("2030-05-11", "2030-05-12")).with(ADA, BEN).keyed("number:2"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2030-05-11");
            assertThat(e.when().endValue()).isEqualTo("2030-05-12");
        });
    }

    @Test
    void anOrganisationsSummitNamingNoOneJoinsItsNextDay() {
        List<Event> events = merge(
                summit("a", days("2030-05-05", "2030-05-06")).with(UNION),
                summit("a", day("2030-05-07")).with(UNION));

        assertThat(events).singleElement().satisfies(e -> assertThat(e.when().endValue()).isEqualTo("2030-05-07"));
    }

    static Stream<Arguments> differentOccasions() {
        return Stream.of(
                Arguments.of("other people: the regional summit and the bilateral one beside it",
                        summit("a", days("2030-05-05", "2030-05-06")).with(ADA),
                        summit("a", day("2030-05-07")).with(ADA, CARA)),
                Arguments.of("two numbered occasions of a series",
                        summit("a", days("2030-05-05", "2030-05-07")).with(UNION).keyed("number:43"),
                        summit("a", day("2030-05-07")).with(UNION).keyed("number:20")),
                Arguments.of("days that do not touch",
                        summit("a", day("2030-05-05")).with(ADA, BEN),
                        summit("a", day("2030-05-08")).with(ADA, BEN)),
                Arguments.of("the next summit is not the one told before it",
                        summit("a", day("2030-05-05")).with(ADA, BEN),
                        summit("a", day("2030-05-06")).with(ADA, BEN).keyed("next:a:40")),
                Arguments.of("a visit is not a summit",
                        Report.of("a", REPORTED, EventType.VISIT, day("2030-05-05")).with(ADA),
                        summit("a", day("2030-05-06")).with(ADA)),
                Arguments.of("visits to two countries on following days",
                        Report.of("a", REPORTED, EventType.VISIT, day("2030-05-05")).with(ADA, KENYA),
                        Report.of("a", REPORTED, EventType.VISIT, day("2030-05-06")).with(ADA, SWEDEN)),
                Arguments.of("summits in two cities on following days",
                        summit("a", day("2030-05-05")).with(ADA, BEN).at(NAIROBI),
                        summit("a", day("2030-05-06")).with(ADA, BEN).at(MOMBASA)),
                Arguments.of("two articles: each keeps its own reading",
                        summit("a", day("2030-05-05")).with(ADA, BEN),
                        summit("b", day("2030-05-06")).with(ADA, BEN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("differentOccasions")
    void differentOccasionsOnNearbyDaysStayApart(String why, Report first, Report second) {
        assertThat(merge(first, second)).hasSize(2);
    }
}
