package org.diplomatictimeline.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WindowLimitsTest {

    private final WindowLimits limits = WindowLimits.standard();

    @Test
    void zoomStopsAtAnHourAndAtTwoCenturies() {
        double[] tiny = limits.clamp(100, 100.001, 0, 1000);
        assertThat(tiny[1] - tiny[0]).isCloseTo(1.0 / 24, within(1e-9));
        double[] huge = limits.clamp(-1e6, 1e6, 0, 1000);
        assertThat(huge[1] - huge[0]).isCloseTo(200 * 365.25, within(1e-6));
    }

    @Test
    void panningStopsNearTheData() {
        double[] w = limits.clamp(5000, 5010, 0, 1000);
        assertThat(w[0]).isLessThanOrEqualTo(1000 + 100);
        assertThat(w[1] - w[0]).isCloseTo(10, within(1e-9));
        double[] left = limits.clamp(-5000, -4990, 0, 1000);
        assertThat(left[1]).isGreaterThanOrEqualTo(-100);
    }

    @Test
    void fitShowsAllDataWithAMargin() {
        double[] w = limits.fit(100, 200);
        assertThat(w[0]).isLessThan(100);
        assertThat(w[1]).isGreaterThan(200);
    }
}
