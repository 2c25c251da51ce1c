package org.diplomatictimeline.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.timeline.SampleEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The overview's histogram counted by binary search over sorted middles equals a count event by event. */
class DensityHistogramTest {

    private static final EventTable TABLE = EventTable.of(SampleEvents.synthetic(5000, 6, 11));

    /** The count the band used to make: every event's middle binned one by one. */
    private static int[] countedOneByOne(double start, double end, int bins) {
        int[] counts = new int[bins];
        double perBin = (end - start) / bins;
        for (int r = 0; r < TABLE.size(); r++) {
            int b = (int) Math.floor(((TABLE.start(r) + TABLE.end(r)) / 2 - start) / perBin);
            if (b >= 0 && b < bins) {
                counts[b]++;
            }
        }
        return counts;
    }

    @ParameterizedTest(name = "from {0} over {1} days in {2} bins")
    @CsvSource({"0, 1, 1", "-400, 3000, 400", "17.25, 1000.5, 333", "500, 40, 7", "-5000, 20000, 1000",
            "2190.6, 0.3, 50"})
    void binarySearchCountsEqualCountingEachEvent(double offset, double days, int bins) {
        double start = TABLE.minDay() + offset;
        double end = start + days;
        double[] middles = DensityHistogram.middles(TABLE);

        DensityHistogram h = DensityHistogram.of(middles, start, end, bins);

        int[] expected = countedOneByOne(start, end, bins);
        for (int b = 0; b < bins; b++) {
            assertThat(h.count(b)).as("bin %d", b).isEqualTo(expected[b]);
        }
        assertThat(DensityHistogram.of(TABLE, start, end, bins).total()).isEqualTo(h.total());
    }
}
