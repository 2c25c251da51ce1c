package org.diplomatictimeline.timeline;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.skin.TimelineSkin;

/**
 * A timeline of events drawn on a canvas: lanes, zoom, pan and selection.
 *
 * <p>The control holds state only (events, selection, visible window, lane mode); the skin draws it and turns
 * input into changes of that state, so the application talks to properties, never to pixels.
 */
public class TimelineView extends Control {

    public static final String DEFAULT_STYLE_CLASS = "timeline-view";

    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.EVENT_TYPE);
    private final ObjectProperty<TimeWindow> visibleWindow = new SimpleObjectProperty<>(this, "visibleWindow");
    private final ObjectProperty<Consumer<Event>> onEventActivated = new SimpleObjectProperty<>(this, "onEventActivated");

    public TimelineView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleText("Timeline of events");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    /** The events shown; the application replaces its content when the model or the filter changes. */
    public ObservableList<Event> getEvents() {
        return events;
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

    /** The time range currently on screen; set it to zoom or pan, listen to it to follow. */
    public ObjectProperty<TimeWindow> visibleWindowProperty() {
        return visibleWindow;
    }

    /** Called when the user activates an event (double-click, Enter). */
    public ObjectProperty<Consumer<Event>> onEventActivatedProperty() {
        return onEventActivated;
    }
}
