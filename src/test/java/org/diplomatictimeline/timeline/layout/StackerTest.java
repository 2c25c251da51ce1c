package org.diplomatictimeline.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StackerTest {

    private record Box(int key, double start, double end) {
    }

    private static List<Box> randomBoxes(long seed, int n) {
        Random rnd = new Random(seed);
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double s = Math.floor(rnd.nextDouble() * 500);
            boxes.add(new Box(i, s, s + 1 + rnd.nextDouble() * 40));
        }
        return boxes;
    }

    private static int[] stack(List<Box> boxes) {
        double[] s = new double[boxes.size()];
        double[] e = new double[boxes.size()];
        int[] k = new int[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            s[i] = boxes.get(i).start();
            e[i] = boxes.get(i).end();
            k[i] = boxes.get(i).key();
        }
        return Stacker.rows(s, e, k);
    }

    @Test
    void noTwoItemsInARowOverlap() {
        List<Box> boxes = randomBoxes(1, 800);
        int[] rows = stack(boxes);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (rows[i] == rows[j]) {
                    Box a = boxes.get(i);
                    Box b = boxes.get(j);
                    assertThat(a.end() <= b.start() || b.end() <= a.start())
                            .as("%s and %s share row %d", a, b, rows[i]).isTrue();
                }
            }
        }
    }

    @Test
    void rowsDoNotDependOnInputOrder() {
        List<Box> boxes = randomBoxes(2, 600);
        int[] rows = stack(boxes);
        for (long seed = 0; seed < 5; seed++) {
            List<Box> shuffled = new ArrayList<>(boxes);
            Collections.shuffle(shuffled, new Random(seed));
            int[] again = stack(shuffled);
            for (int i = 0; i < shuffled.size(); i++) {
                assertThat(again[i]).isEqualTo(rows[shuffled.get(i).key()]);
            }
        }
    }

    @Test
    void disjointItemsShareTheFirstRow() {
        int[] rows = Stacker.rows(new double[] {0, 10, 20}, new double[] {10, 20, 30}, new int[] {0, 1, 2});
        assertThat(rows).containsExactly(0, 0, 0);
    }
}
