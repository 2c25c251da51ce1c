package org.diplomatictimeline.app;

import java.util.List;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.TimeWindow;

/** Computes the windows for the View menu's zoom and "fit all" from the visible window and events. */
final class TimelineNavigator {

    /** Zooming never goes below a couple of hours nor beyond a few centuries. */
    static final double MIN_DAYS = 0.1;
    static final double MAX_DAYS = 365.25 * 300;

    private TimelineNavigator() {
    }

    /** The window scaled by {@code factor} around its centre (factor below 1 zooms in). */
    static TimeWindow zoom(TimeWindow window, double factor) {
        double centre = (window.start() + window.end()) / 2;
        double length = Math.max(MIN_DAYS, Math.min(MAX_DAYS, window.length() * factor));
        return new TimeWindow(centre - length / 2, centre + length / 2);
    }

    /** A window covering every dated event with a margin, or null when no event is dated. */
    static TimeWindow fit(List<Event> events) {
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (Event e : events) {
            DateSpan span = e.when().span();
            if (span != null) {
                first = Math.min(first, span.first().toEpochDay());
                last = Math.max(last, span.last().toEpochDay() + 1);
            }
        }
        if (first == Double.POSITIVE_INFINITY) {
            return null;
        }
        double length = Math.max(7, last - first);
        double margin = length * 0.06;
        double centre = (first + last) / 2;
        return new TimeWindow(centre - length / 2 - margin, centre + length / 2 + margin);
    }
}
