package org.diplomatictimeline.timeline;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.layout.EventTable;
import org.diplomatictimeline.timeline.layout.ItemMetrics;
import org.diplomatictimeline.timeline.layout.TimelineLayoutEngine;
import org.diplomatictimeline.timeline.layout.WindowLimits;
import org.diplomatictimeline.timeline.skin.TimelineSkin;

/**
 * A timeline of events drawn on a canvas: lanes, zoom, pan and selection.
 *
 * <p>The control holds state only (events, selection, visible window, lane mode, collapsed lanes and lane order);
 * the skin draws it and turns input into changes of that state, so the application talks to properties, never to
 * pixels. Zoom and pan requests made through the methods ({@link #zoomIn()}, {@link #fitAll()}...) are clamped to
 * sensible limits and animated; setting {@link #visibleWindowProperty()} directly jumps without animation.
 */
public class TimelineView extends Control {

    public static final String DEFAULT_STYLE_CLASS = "timeline-view";
    /** Style class that switches the control to its dark palette. */
    public static final String DARK_STYLE_CLASS = "dark";
    private static final double ZOOM_STEP = 1.6;

    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.EVENT_TYPE);
    private final ObjectProperty<TimeWindow> visibleWindow = new SimpleObjectProperty<>(this, "visibleWindow");
    private final ObjectProperty<Consumer<Event>> onEventActivated = new SimpleObjectProperty<>(this, "onEventActivated");
    private final ObservableSet<String> collapsedLanes = FXCollections.observableSet();
    private final ObservableList<String> laneOrder = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper visibleCount = new ReadOnlyIntegerWrapper(this, "visibleCount");
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
    private final DoubleProperty textScale =
            new SimpleDoubleProperty(this, "textScale", 1);
    private final ObjectProperty<Function<Event, ItemMark>> itemMarks =
            new SimpleObjectProperty<>(this, "itemMarks");
    private final ObjectProperty<Set<String>> keyEvents =
            new SimpleObjectProperty<>(this, "keyEvents", Set.of());
    private final WindowLimits limits = WindowLimits.standard();
    private final WindowAnimator animator = new WindowAnimator(visibleWindow::set);
    private EventTable table;

    public TimelineView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        // a plain node role: the list roles would make screen readers ask for rows this canvas does not have
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleText("Timeline of events");
        setAccessibleHelp("Left and Right: previous and next event in the lane. Up and Down: other lanes. "
                + "Enter: open the evidence. Plus and Minus: zoom. Home and End: first and last. F: fit all. "
                + "Space: fold the lane.");
        events.addListener((ListChangeListener<Event>) c -> {
            table = null;
            if (getSelectedEvent() != null && table().rankOf(getSelectedEvent()) < 0) {
                setSelectedEvent(null);
            }
            if (getVisibleWindow() == null) {
                setVisibleWindow(fitWindow());
            }
            updateVisibleCount();
        });
        visibleWindow.addListener((o, a, b) -> updateVisibleCount());
        selectedEvent.addListener((o, a, b) ->
                setAccessibleText(b == null ? "Timeline of events" : EventSummary.accessible(b)));
        darkTheme.addListener((o, a, dark) -> {
            if (dark) {
                getStyleClass().add(DARK_STYLE_CLASS);
            } else {
                getStyleClass().remove(DARK_STYLE_CLASS);
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline-view.css").toExternalForm();
    }

    /** The events shown; the application replaces its content when the model or the filter changes. */
    public ObservableList<Event> getEvents() {
        return events;
    }

    /** The events compiled for drawing (ordered, indexed); rebuilt after the events change. */
    public EventTable table() {
        if (table == null) {
            table = EventTable.of(events);
        }
        return table;
    }

    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    public Event getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(Event event) {
        selectedEvent.set(event);
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public LaneMode getLaneMode() {
        return laneMode.get();
    }

    public void setLaneMode(LaneMode mode) {
        laneMode.set(mode);
    }

    /** The time range currently on screen; set it to zoom or pan, listen to it to follow. */
    public ObjectProperty<TimeWindow> visibleWindowProperty() {
        return visibleWindow;
    }

    public TimeWindow getVisibleWindow() {
        return visibleWindow.get();
    }

    public void setVisibleWindow(TimeWindow window) {
        animator.stop();
        visibleWindow.set(window);
    }

    /** Called when the user activates an event (double-click, Enter). */
    public ObjectProperty<Consumer<Event>> onEventActivatedProperty() {
        return onEventActivated;
    }

    /** Fires {@link #onEventActivatedProperty()} for an event, as double-click and Enter do. */
    public void activate(Event event) {
        Consumer<Event> handler = onEventActivated.get();
        if (handler != null && event != null) {
            handler.accept(event);
        }
    }

    /** Keys of lanes shown folded to one line. Lane keys look like "type:VISIT", "country:RU", "person:...". */
    public ObservableSet<String> getCollapsedLanes() {
        return collapsedLanes;
    }

    /** Lane keys in the order the user wants them on top; lanes not named follow in their default order. */
    public ObservableList<String> getLaneOrder() {
        return laneOrder;
    }

    /** How many events have dates meeting the visible window. */
    public ReadOnlyIntegerProperty visibleCountProperty() {
        return visibleCount.getReadOnlyProperty();
    }

    public int getVisibleCount() {
        return visibleCount.get();
    }

    /** Whether zoom and pan requests ease in over a few frames (tests turn this off). */
    public BooleanProperty animatedProperty() {
        return animated;
    }

    /** Switches to the dark palette (adds the {@value #DARK_STYLE_CLASS} style class). */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /**
     * Size of the canvas text (labels, lane names, row height with them) relative to the standard 12 px, so the
     * window's "Larger text" reaches the timeline too; the axis text grows less (its height is fixed).
     */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    /** How an event's item is marked on top of its type colour, e.g. by the analyst's review. */
    public enum ItemMark { NONE, CONFIRMED, CHANGED, FADED }

    /** Tells each event's mark (null or NONE: plain); the timeline repaints when the function is replaced. */
    public ObjectProperty<Function<Event, ItemMark>> itemMarksProperty() {
        return itemMarks;
    }

    /**
     * The ids of the key events (the Key events control's selection): drawn with a larger mark and a bold label,
     * and labelled before the others so they stay labelled when the view is dense. Empty: none stands out.
     */
    public ObjectProperty<Set<String>> keyEventsProperty() {
        return keyEvents;
    }

    /** Shows every dated event. */
    public void fitAll() {
        double timeWidth = getWidth() - TimelineLayoutEngine.HEADER_WIDTH;
        ItemMetrics m =
                ItemMetrics.standard().scaled(textScale.get());
        double[] w = limits.fit(table().minDay(), table().maxDay(), timeWidth,
                m.markerRadius() + m.labelGap() + m.labelCap());
        animateTo(new TimeWindow(w[0], w[1]));
    }

    /** Frames the shortest stretch of time that holds {@code share} of the events (see {@link EventTable#densestSpan}). */
    public void fitMost(double share) {
        double[] span = table().densestSpan(share);
        double[] w = limits.fit(span[0], span[1]);
        animateTo(new TimeWindow(w[0], w[1]));
    }

    public void zoomIn() {
        TimeWindow w = targetWindow();
        zoom(1 / ZOOM_STEP, (w.start() + w.end()) / 2);
    }

    public void zoomOut() {
        TimeWindow w = targetWindow();
        zoom(ZOOM_STEP, (w.start() + w.end()) / 2);
    }

    /** Scales the window length by {@code factor} keeping {@code pivotDay} where it is on screen. */
    public void zoom(double factor, double pivotDay) {
        TimeWindow w = targetWindow();
        animateTo(new TimeWindow(pivotDay + (w.start() - pivotDay) * factor, pivotDay + (w.end() - pivotDay) * factor));
    }

    /** Moves the window by a number of days (negative: earlier). */
    public void pan(double days) {
        TimeWindow w = targetWindow();
        animateTo(new TimeWindow(w.start() + days, w.end() + days));
    }

    /** Brings an event into view, keeping the zoom unless the event is wider than the window. */
    public void scrollTo(Event event) {
        int rank = table().rankOf(event);
        if (rank < 0) {
            return;
        }
        TimeWindow w = targetWindow();
        double s = table().start(rank);
        double e = table().end(rank);
        double len = Math.max(w.length(), (e - s) * 1.2);
        double margin = len * 0.08;
        if (s >= w.start() + margin && e <= w.end() - margin && len == w.length()) {
            return;
        }
        double centre = (s + e) / 2;
        animateTo(new TimeWindow(centre - len / 2, centre + len / 2));
    }

    /** Zooms so that an event fills about a third of the window (at least two weeks are shown). */
    public void zoomTo(Event event) {
        int rank = table().rankOf(event);
        if (rank < 0) {
            return;
        }
        double s = table().start(rank);
        double e = table().end(rank);
        double len = Math.max(14, (e - s) * 3);
        double centre = (s + e) / 2;
        animateTo(new TimeWindow(centre - len / 2, centre + len / 2));
    }

    /** Moves to a window, clamped to the zoom limits and the data, eased when {@link #animatedProperty()} is on. */
    public void animateTo(TimeWindow window) {
        double[] c = limits.clamp(window.start(), window.end(), table().minDay(), table().maxDay());
        TimeWindow to = new TimeWindow(c[0], c[1]);
        TimeWindow from = getVisibleWindow();
        if (!animated.get() || from == null) {
            // an easing still under way (from a fit at load) would otherwise overwrite the jump on its next frame
            animator.stop();
            setVisibleWindow(to);
        } else {
            animator.animate(from, to);
        }
    }

    /** The window an animation is heading to, or the visible one when idle. */
    public TimeWindow targetWindow() {
        TimeWindow t = animator.target();
        if (t != null) {
            return t;
        }
        TimeWindow w = getVisibleWindow();
        return w != null ? w : fitWindow();
    }

    /** The window limits applied by zoom and pan requests. */
    public WindowLimits limits() {
        return limits;
    }

    private TimeWindow fitWindow() {
        double[] w = limits.fit(table().minDay(), table().maxDay());
        return new TimeWindow(w[0], w[1]);
    }

    private void updateVisibleCount() {
        TimeWindow w = getVisibleWindow();
        visibleCount.set(w == null ? 0 : table().countOverlapping(w.start(), w.end()));
    }
}
