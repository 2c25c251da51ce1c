package org.diplomatictimeline.timeline.skin;

import java.util.List;
import javafx.scene.paint.Color;
import org.diplomatictimeline.model.EventType;

/**
 * The colours the canvas is painted with, in a light and a dark variant chosen for contrast on a projector.
 *
 * <p>Event colours come from the Okabe–Ito set, which stays distinguishable with common colour-vision deficiencies.
 */
record Palette(Color background, Color laneAlternate, Color header, Color headerText, Color mutedText,
               Color axis, Color axisText, Color grid, Color majorGrid, Color text, Color selection, Color focus,
               Color today, Color corpusSpan, Color cluster, Color clusterText, Color overviewBar,
               Color windowFill, Color windowStroke, List<Color> eventColours) {

    /** Built once: a palette is asked for on every frame, and parsing twenty colours per frame was waste. */
    private static final Palette LIGHT = newLight();
    private static final Palette DARK = newDark();

    static Palette light() {
        return LIGHT;
    }

    static Palette dark() {
        return DARK;
    }

    private static Palette newLight() {
        return new Palette(Color.web("#ffffff"), Color.web("#f3f5f8"), Color.web("#e8ecf1"), Color.web("#1b2430"),
                Color.web("#5b6675"), Color.web("#f7f8fa"), Color.web("#1b2430"), Color.web("#e3e7ec"),
                Color.web("#b7c0cc"), Color.web("#111820"), Color.web("#d81b60"), Color.web("#1565c0"),
                Color.web("#c62828"), Color.web("#00897b"), Color.web("#455a75"), Color.WHITE,
                Color.web("#6b7f99"), Color.web("#1565c0", 0.16), Color.web("#1565c0"),
                List.of(Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#CC79A7"),
                        Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#7a5c00"), Color.web("#3b3b3b")));
    }

    private static Palette newDark() {
        return new Palette(Color.web("#14181e"), Color.web("#1b2028"), Color.web("#232a34"), Color.web("#e8edf3"),
                Color.web("#a3afbf"), Color.web("#1a1f27"), Color.web("#e8edf3"), Color.web("#262d37"),
                Color.web("#4a5566"), Color.web("#f1f4f8"), Color.web("#ff6fa5"), Color.web("#64b5f6"),
                Color.web("#ff6b6b"), Color.web("#4dd0c0"), Color.web("#8aa0bd"), Color.web("#0d1015"),
                Color.web("#8aa0bd"), Color.web("#64b5f6", 0.18), Color.web("#90caf9"),
                List.of(Color.web("#56B4E9"), Color.web("#FF8A4C"), Color.web("#2FD0A0"), Color.web("#E59CC8"),
                        Color.web("#F0C24B"), Color.web("#9ED8F7"), Color.web("#F0E442"), Color.web("#d0d0d0")));
    }

    /** The colour of an event type, the same in every lane mode so colour always means type. */
    Color colour(EventType type) {
        return eventColours.get(type.ordinal() % eventColours.size());
    }
}
