package org.diplomatictimeline.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimeIndexTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void visibleQueryEqualsBruteForceFilterOnRandomData(long seed) {
        // given random intervals, some long, many short
        Random rnd = new Random(seed);
        int n = 2000;
        double[] starts = new double[n];
        for (int i = 0; i < n; i++) {
            starts[i] = rnd.nextDouble() * 10_000;
        }
        Arrays.sort(starts);
        double[] ends = new double[n];
        for (int i = 0; i < n; i++) {
            ends[i] = starts[i] + (rnd.nextInt(10) == 0 ? rnd.nextDouble() * 2000 : rnd.nextDouble() * 5);
        }
        TimeIndex index = new TimeIndex(starts, ends);
        for (int q = 0; q < 300; q++) {
            double a = rnd.nextDouble() * 11_000 - 500;
            double b = a + rnd.nextDouble() * (q % 3 == 0 ? 3000 : 30);
            // when
            List<Integer> got = new ArrayList<>();
            index.query(a, b, got::add);
            // then
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (starts[i] <= b && ends[i] >= a) {
                    expected.add(i);
                }
            }
            assertThat(got).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void emptyIndexAnswersNothing() {
        TimeIndex index = new TimeIndex(new double[0], new double[0]);
        assertThat(index.count(-1e9, 1e9)).isZero();
    }

    @Test
    void unsortedStartsAreRejected() {
        assertThatThrownBy(() -> new TimeIndex(new double[] {2, 1}, new double[] {3, 3}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
