package org.diplomatictimeline.timeline.skin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cluster counts are drawn in at most four characters, rounded to the nearest shown digit. */
class ClusterCountTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"7, 7", "999, 999", "1000, 1.0k", "1249, 1.2k", "1250, 1.3k", "9949, 9.9k", "9960, 10k",
            "12345, 12k", "250000, 250k"})
    void countsAreCompact(int count, String expected) {
        assertThat(TimelinePainter.compact(count)).isEqualTo(expected);
    }
}
