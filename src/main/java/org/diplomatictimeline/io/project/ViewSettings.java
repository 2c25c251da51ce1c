package org.diplomatictimeline.io.project;

/**
 * How the project was being looked at, restored on open.
 *
 * @param laneMode    the name of the timeline's {@code LaneMode} ("EVENT_TYPE"); kept as a name so this layer
 *                    does not depend on the timeline, and an unknown name falls back in the app
 * @param windowStart first visible instant in epoch days, or null for "fit everything"
 * @param windowEnd   last visible instant in epoch days, or null with windowStart
 * @param theme       "light" or "dark" (or any theme name the app knows)
 */
public record ViewSettings(String laneMode, Double windowStart, Double windowEnd, ViewFilters filters,
                           String theme) {

    public static final ViewSettings DEFAULT = new ViewSettings("NONE", null, null, ViewFilters.NONE, "light");

    public ViewSettings {
        laneMode = laneMode == null || laneMode.isBlank() ? "NONE" : laneMode;
        if ((windowStart == null) != (windowEnd == null)) {
            throw new IllegalArgumentException("window needs both ends or neither");
        }
        if (windowStart != null && !(windowEnd > windowStart)) {
            throw new IllegalArgumentException("empty window " + windowStart + ".." + windowEnd);
        }
        filters = filters == null ? ViewFilters.NONE : filters;
        theme = theme == null || theme.isBlank() ? "light" : theme;
    }

    public boolean hasWindow() {
        return windowStart != null;
    }

    public ViewSettings withWindow(double start, double end) {
        return new ViewSettings(laneMode, start, end, filters, theme);
    }

    public ViewSettings withLaneMode(String mode) {
        return new ViewSettings(mode, windowStart, windowEnd, filters, theme);
    }
}
