package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Windows and dialogs are shrunk to the screen and moved onto it. */
class ScreenFitTest {

    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1366, 740);

    @ParameterizedTest(name = "{0}x{1} at {2},{3}")
    @CsvSource({
            "2023, 600, -300, 40",   // the Split dialog that opened 2,023 px wide
            "800, 900, 200, 100",    // taller than the screen
            "600, 400, 1200, 600",   // hanging off the bottom right
            "600, 400, -50, -30"})   // off the top left
    void aWindowEndsInsideTheScreen(double w, double h, double x, double y) {
        Rectangle2D fitted = ScreenFit.fit(new Rectangle2D(x, y, w, h), SCREEN);

        assertThat(fitted.getWidth()).isLessThanOrEqualTo(SCREEN.getWidth());
        assertThat(fitted.getHeight()).isLessThanOrEqualTo(SCREEN.getHeight());
        assertThat(SCREEN.contains(fitted)).isTrue();
    }

    @ParameterizedTest(name = "{0}x{1} at {2},{3} stays")
    @CsvSource({"600, 400, 100, 100", "1366, 740, 0, 0"})
    void aWindowAlreadyOnTheScreenStaysPut(double w, double h, double x, double y) {
        Rectangle2D window = new Rectangle2D(x, y, w, h);

        assertThat(ScreenFit.fit(window, SCREEN)).isEqualTo(window);
    }
}
