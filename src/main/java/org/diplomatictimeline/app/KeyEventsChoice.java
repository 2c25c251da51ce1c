package org.diplomatictimeline.app;

import java.util.Objects;
import org.diplomatictimeline.brief.ChronologyRequest;
import org.diplomatictimeline.model.DateSpan;

/**
 * What the Key events control asks for: whether the list and the timeline show every event that passes the filter,
 * every one with the key events standing out, or only the key events; and how many dates or events are key.
 *
 * @param count K dates or N events, at least 1
 */
public record KeyEventsChoice(Show show, Unit unit, int count) {

    /** How the views treat the key events. */
    public enum Show {
        ALL("All events"), HIGHLIGHT("Key events highlighted"), ONLY("Key events only");

        private final String label;

        Show(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the count is of dates (each with all its events) or of single events, as in `chronology`. */
    public enum Unit {
        DATES("dates"), EVENTS("events");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The control as it starts: off, ten dates ready. */
    public static final KeyEventsChoice OFF = new KeyEventsChoice(Show.ALL, Unit.DATES, 10);

    public KeyEventsChoice {
        Objects.requireNonNull(show, "show");
        Objects.requireNonNull(unit, "unit");
        if (count < 1) {
            throw new IllegalArgumentException("the number of key dates or events must be at least 1: " + count);
        }
    }

    /** Whether a selection is made at all (highlighted or only). */
    public boolean active() {
        return show != Show.ALL;
    }

    /** The chronology request of this choice over a window (null: the whole corpus) — the same rule everywhere. */
    public ChronologyRequest request(DateSpan window, String filter) {
        return new ChronologyRequest(window == null ? null : window.first(), window == null ? null : window.last(),
                unit == Unit.DATES ? count : null, unit == Unit.EVENTS ? count : null, filter);
    }

    public KeyEventsChoice withShow(Show v) {
        return new KeyEventsChoice(v, unit, count);
    }

    public KeyEventsChoice withUnit(Unit v) {
        return new KeyEventsChoice(show, v, count);
    }

    public KeyEventsChoice withCount(int v) {
        return new KeyEventsChoice(show, unit, v);
    }
}
