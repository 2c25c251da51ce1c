package org.diplomatictimeline.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private final TextMeasure measure = text -> text.length() * 7.0;

    @Test
    void placedLabelsNeverOverlapInABand() {
        Random rnd = new Random(9);
        List<LabelPlacer.Candidate> cs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double x = rnd.nextDouble() * 2000;
            cs.add(new LabelPlacer.Candidate(i, rnd.nextInt(3), "label " + "x".repeat(rnd.nextInt(20)), x, x + 300));
        }
        List<LabelPlacer.Placed> placed = new LabelPlacer(measure, 20).place(cs);
        for (int i = 1; i < placed.size(); i++) {
            LabelPlacer.Placed a = placed.get(i - 1);
            LabelPlacer.Placed b = placed.get(i);
            if (a.band() == b.band()) {
                assertThat(b.x()).isGreaterThanOrEqualTo(a.x() + a.width());
            }
        }
    }

    @Test
    void theLongestLabelWinsAndTheOtherIsElidedOrHidden() {
        List<LabelPlacer.Placed> placed = new LabelPlacer(measure, 20).place(List.of(
                new LabelPlacer.Candidate(0, 0, "short", 0, 500),
                new LabelPlacer.Candidate(1, 0, "a much longer label", 10, 500)));
        assertThat(placed).extracting(LabelPlacer.Placed::id).containsExactly(1);
    }

    @Test
    void aKeyEventsLabelIsPlacedBeforeALongerOneItWouldCollideWith() {
        List<LabelPlacer.Placed> placed = new LabelPlacer(measure, 20).place(List.of(
                new LabelPlacer.Candidate(0, 0, "short", 0, 500, true),
                new LabelPlacer.Candidate(1, 0, "a much longer label", 10, 500)));
        assertThat(placed).extracting(LabelPlacer.Placed::id).containsExactly(0);
    }

    @Test
    void aLabelIsElidedToItsLimit() {
        List<LabelPlacer.Placed> placed = new LabelPlacer(measure, 20).place(List.of(
                new LabelPlacer.Candidate(0, 0, "Consultations in Paris", 0, 70)));
        assertThat(placed.get(0).text()).endsWith("…");
        assertThat(placed.get(0).width()).isLessThanOrEqualTo(70);
    }
}
