package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.diplomatictimeline.timeline.TimeWindow;
import org.junit.jupiter.api.Test;

class TimelineNavigatorTest {

    private final AppFixtures fx = new AppFixtures();

    @Test
    void fitCoversEveryDatedEventWithAMargin() {
        TimeWindow w = TimelineNavigator.fit(List.of(fx.talks, fx.sanctions, fx.stateVisit));

        assertThat(w.start()).isLessThan(LocalDate.parse("2021-03-01").toEpochDay());
        assertThat(w.end()).isGreaterThan(LocalDate.parse("2021-03-06").toEpochDay());
    }

    @Test
    void fitOfNothingDatedIsNoWindow() {
        assertThat(TimelineNavigator.fit(List.of())).isNull();
    }

    @Test
    void zoomKeepsTheCentreAndClampsTheLength() {
        TimeWindow w = new TimeWindow(100, 200);

        TimeWindow in = TimelineNavigator.zoom(w, 0.5);
        assertThat((in.start() + in.end()) / 2).isCloseTo(150, within(1e-9));
        assertThat(in.length()).isCloseTo(50, within(1e-9));
        assertThat(TimelineNavigator.zoom(new TimeWindow(0, 0.2), 0.001).length())
                .isCloseTo(TimelineNavigator.MIN_DAYS, within(1e-9));
    }
}
