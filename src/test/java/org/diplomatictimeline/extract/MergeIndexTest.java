package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.BEN;
import static org.diplomatictimeline.extract.MergeFixtures.UNDATED;
import static org.diplomatictimeline.extract.MergeFixtures.day;
import static org.diplomatictimeline.extract.MergeFixtures.days;
import static org.diplomatictimeline.extract.MergeFixtures.decade;
import static org.diplomatictimeline.extract.MergeFixtures.month;
import static org.diplomatictimeline.extract.MergeFixtures.year;
import static org.diplomatictimeline.model.EventType.AGREEMENT;
import static org.diplomatictimeline.model.EventType.MEETING;
import static org.diplomatictimeline.model.EventType.SANCTION;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.EventDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The merge index's blocking by occasion, as tables: which dates need a named occasion to agree across articles,
 * and which filed events the index proposes for a report (never one the plain key lists would not, and only those
 * the date rule does not refuse outright).
 */
class MergeIndexTest {

    private static final String REPORTED = "2022-03-08";

    static Stream<Arguments> datesThatNeedANamedOccasion() {
        return Stream.of(
                arguments("a single day", day("2022-03-01"), false),
                arguments("a range of days", days("2022-03-01", "2022-03-03"), false),
                arguments("a month", month("2022-03"), false),
                arguments("half a year", new EventDate("2022-H1", null, DatePrecision.HALF_YEAR, DateModifier.NONE,
                        DateBasis.STATED, new DateSpan(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)), "s"),
                        false),
                arguments("a year", year(2021), true),
                arguments("a decade", decade(2010), true),
                arguments("days spanning two years", days("2020-01-01", "2021-06-30"), true),
                arguments("no date", UNDATED, false));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource
    void datesThatNeedANamedOccasion(String why, EventDate date, boolean needs) {
        assertThat(MergeRule.needsNamedOccasion(date)).isEqualTo(needs);
    }

    static Stream<Arguments> proposedCandidates() {
        Report yearSanction = Report.of("a", REPORTED, SANCTION, year(2021)).with(ADA).keyed("sanction:x");
        Report yearAgreement = Report.of("a", REPORTED, AGREEMENT, year(2021)).with(ADA, BEN);
        Report dayMeeting = Report.of("a", REPORTED, MEETING, day("2022-03-07")).with(ADA, BEN);
        Report monthMeeting = Report.of("a", REPORTED, MEETING, month("2022-03")).with(ADA);
        return Stream.of(
                arguments("a year's report and another naming the same occasion", yearSanction,
                        Report.of("b", REPORTED, SANCTION, year(2021)).with(ADA).keyed("sanction:x"), true),
                arguments("a year's report and another naming another occasion", yearSanction,
                        Report.of("b", REPORTED, SANCTION, year(2021)).with(ADA).keyed("sanction:y"), false),
                arguments("two years' reports naming no occasion", yearAgreement,
                        Report.of("b", REPORTED, AGREEMENT, year(2021)).with(ADA, BEN), false),
                arguments("a day within a year, no occasion", yearAgreement,
                        Report.of("b", REPORTED, AGREEMENT, day("2021-05-04")).with(ADA, BEN), false),
                arguments("a day within a year, the same occasion", yearSanction,
                        Report.of("b", REPORTED, SANCTION, day("2021-05-04")).with(ADA).keyed("sanction:x"), true),
                arguments("the same occasion but no shared key lists (another year)", yearSanction,
                        Report.of("b", REPORTED, SANCTION, year(2015)).with(ADA).keyed("sanction:x"), false),
                arguments("the same day, the same people", dayMeeting,
                        Report.of("b", REPORTED, MEETING, day("2022-03-07")).with(ADA, BEN), true),
                arguments("another day", dayMeeting,
                        Report.of("b", REPORTED, MEETING, day("2022-03-09")).with(ADA, BEN), false),
                arguments("a month and a day in it", monthMeeting,
                        Report.of("b", REPORTED, MEETING, day("2022-03-20")).with(ADA), true),
                arguments("an undated report and an event of the week", dayMeeting,
                        Report.of("b", "2022-03-09", MEETING, UNDATED).with(ADA), true));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource
    void proposedCandidates(String why, Report filed, Report query, boolean proposed) {
        MergeIndex index = new MergeIndex();
        Filed entry = new Filed(filed.cluster());
        index.file(entry);
        List<MergeIndex.Entry> found = new ArrayList<>();
        index.candidates(query.cluster(), found::add);
        assertThat(found.contains(entry)).isEqualTo(proposed);
        if (proposed) {
            assertThat(MergeBlocking.queryKeys(query.cluster()))
                    .containsAnyElementsOf(MergeBlocking.filingKeys(filed.cluster()));
        }
    }

    private static final class Filed extends MergeIndex.Entry {
        private final EventCluster event;

        Filed(EventCluster event) {
            this.event = event;
        }

        @Override
        EventCluster event() {
            return event;
        }
    }
}
