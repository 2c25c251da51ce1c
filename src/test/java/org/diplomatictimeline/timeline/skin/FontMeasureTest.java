package org.diplomatictimeline.timeline.skin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Characters measured at first use give the widths a character-by-character measurement gives. */
@ExtendWith(ApplicationExtension.class)
class FontMeasureTest {

    private final Font font = Font.font("System", 13);

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    @Test
    void aLabelIsAsWideAsItsCharactersMeasuredOneByOne(FxRobot robot) {
        String label = "Talks in Ostrava \u00e9t\u00e9 \u0141\u00f3d\u017a \u0416\u0443\u043a \t 12 Mar 2031";
        robot.interact(() -> {
            FontMeasure measure = new FontMeasure(font);
            assertThat(measure.width(label)).isEqualTo(oneByOne(label));
            // asked again, from the cache
            assertThat(measure.width(label)).isEqualTo(oneByOne(label));
            assertThat(measure.width("")).isZero();
        });
    }

    @Test
    void theLevelBuilderAndTheFxThreadMeasureTheSameWidths(FxRobot robot) throws Exception {
        StringBuilder all = new StringBuilder();
        for (int c = 0x20; c < 0x250; c++) {
            all.appendCodePoint(c);
        }
        String text = all.toString();
        FontMeasure measure = new FontMeasure(font);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Double>> widths = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                widths.add(pool.submit(() -> measure.width(text)));
            }
            double[] expected = new double[1];
            robot.interact(() -> expected[0] = oneByOne(text));
            for (Future<Double> w : widths) {
                assertThat(w.get()).isEqualTo(expected[0]);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The sum of each character's advance, as the eager cache measured them (control characters count 0). */
    private double oneByOne(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isISOControl(cp)) {
                Text t = new Text(new String(Character.toChars(cp)));
                t.setFont(font);
                w += t.getLayoutBounds().getWidth();
            }
            i += Character.charCount(cp);
        }
        return w;
    }
}
