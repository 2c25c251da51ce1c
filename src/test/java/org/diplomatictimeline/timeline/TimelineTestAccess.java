package org.diplomatictimeline.timeline;

import org.diplomatictimeline.timeline.layout.TimelineLayout;
import org.diplomatictimeline.timeline.skin.TimelineSkin;

/** Reaches into the skin for tests: the current layout and the overview's scale. */
final class TimelineTestAccess {

    private TimelineTestAccess() {
    }

    static TimelineLayout layout(TimelineView view) {
        return ((TimelineSkin) view.getSkin()).currentLayout();
    }

    static void focusLane(TimelineView view, int lane) {
        ((TimelineSkin) view.getSkin()).focusLaneForTest(lane);
    }

    static String tooltip(TimelineView view) {
        return ((TimelineSkin) view.getSkin()).shownTooltip();
    }

    static double overviewX(TimelineView view, double day) {
        return ((TimelineSkin) view.getSkin()).overviewX(day);
    }
}
