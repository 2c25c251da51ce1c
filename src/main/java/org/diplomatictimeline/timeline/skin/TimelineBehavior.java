package org.diplomatictimeline.timeline.skin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.EventSummary;
import org.diplomatictimeline.timeline.TimeWindow;
import org.diplomatictimeline.timeline.TimelineView;
import org.diplomatictimeline.timeline.layout.Cluster;
import org.diplomatictimeline.timeline.layout.EventTable;
import org.diplomatictimeline.timeline.layout.Lane;
import org.diplomatictimeline.timeline.layout.LaneNavigation;
import org.diplomatictimeline.timeline.layout.PlacedCluster;
import org.diplomatictimeline.timeline.layout.PlacedItem;
import org.diplomatictimeline.timeline.layout.PlacedLane;
import org.diplomatictimeline.timeline.layout.TimelineLayout;

/**
 * Turns input into changes of the control's state: wheel and pinch zoom around the cursor, drag to pan (and to
 * scroll lanes), click to select, click a cluster to zoom into it, double-click to zoom to an event and activate
 * it, keyboard navigation, and the hover tooltip.
 */
final class TimelineBehavior {

    /** Pixels the pointer may move between press and release and still count as a click. */
    private static final double CLICK_SLOP = 4;

    private final TimelineView control;
    private final TimelineSkin skin;
    private final Tooltip tooltip = new Tooltip();
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private Event hovered;
    private Canvas canvas;

    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final EventHandler<ScrollEvent> scroll = this::scrolled;
    private final EventHandler<ZoomEvent> pinch = this::pinched;

    TimelineBehavior(TimelineView control, TimelineSkin skin) {
        this.control = control;
        this.skin = skin;
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }

    void install(Canvas c) {
        this.canvas = c;
        c.setOnMousePressed(this::pressed);
        c.setOnMouseDragged(this::dragged);
        c.setOnMouseReleased(e -> dragging = false);
        c.setOnMouseClicked(this::clicked);
        c.setOnMouseMoved(this::moved);
        c.setOnMouseExited(e -> hideTooltip());
        control.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        control.addEventHandler(ScrollEvent.SCROLL, scroll);
        control.addEventHandler(ZoomEvent.ZOOM, pinch);
    }

    /** The tooltip's text while it is showing, else null. */
    String shownTooltip() {
        return tooltip.isShowing() ? tooltip.getText() : null;
    }

    void dispose() {
        control.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        control.removeEventHandler(ScrollEvent.SCROLL, scroll);
        control.removeEventHandler(ZoomEvent.ZOOM, pinch);
        hideTooltip();
    }

    private TimeWindow window() {
        return control.getVisibleWindow();
    }

    /** The day under a canvas x, or the window's middle when the pointer is over the lane headers. */
    private double dayAt(double x) {
        TimelineLayout layout = skin.lastLayout();
        TimeWindow w = control.targetWindow();
        if (layout == null || x < layout.timeX()) {
            return (w.start() + w.end()) / 2;
        }
        double frac = (x - layout.timeX()) / layout.scale().width();
        return w.start() + frac * w.length();
    }

    private void pressed(MouseEvent e) {
        control.requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
        hideTooltip();
    }

    private void dragged(MouseEvent e) {
        TimelineLayout layout = skin.lastLayout();
        TimeWindow w = window();
        if (layout == null || w == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < CLICK_SLOP) {
            return;
        }
        dragging = true;
        double days = (e.getX() - lastX) / layout.scale().pxPerDay();
        if (days != 0) {
            EventTable t = skin.table();
            double[] c = control.limits().clamp(w.start() - days, w.end() - days, t.minDay(), t.maxDay());
            control.setVisibleWindow(new TimeWindow(c[0], c[1]));
        }
        skin.scrollLanes(lastY - e.getY());
        lastX = e.getX();
        lastY = e.getY();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()
                || Math.hypot(e.getX() - pressX, e.getY() - pressY) >= CLICK_SLOP) {
            return;
        }
        TimelineLayout layout = skin.lastLayout();
        if (layout == null) {
            return;
        }
        if (e.getX() < layout.timeX()) {
            PlacedLane lane = layout.laneAt(e.getY());
            if (lane != null) {
                String key = lane.lane().key();
                if (!control.getCollapsedLanes().remove(key)) {
                    control.getCollapsedLanes().add(key);
                }
                skin.setFocusLane(lane.index());
            }
            return;
        }
        PlacedItem item = layout.itemAt(e.getX(), e.getY());
        if (item != null) {
            skin.setFocusLane(item.lane());
            control.setSelectedEvent(item.event());
            if (e.getClickCount() >= 2) {
                control.zoomTo(item.event());
                control.activate(item.event());
            }
            return;
        }
        PlacedCluster cluster = layout.clusterAt(e.getX(), e.getY());
        if (cluster != null) {
            Cluster c = cluster.cluster();
            double pad = Math.max(0.5, (c.last() - c.first()) * 0.1);
            control.animateTo(new TimeWindow(c.first() - pad, c.last() + pad));
        }
    }

    private void moved(MouseEvent e) {
        TimelineLayout layout = skin.lastLayout();
        PlacedItem item = layout == null ? null : layout.itemAt(e.getX(), e.getY());
        Event ev = item == null ? null : item.event();
        if (ev == hovered) {
            return;
        }
        hovered = ev;
        if (ev == null) {
            PlacedCluster c = layout == null ? null : layout.clusterAt(e.getX(), e.getY());
            if (c == null) {
                hideTooltip();
                return;
            }
            tooltip.setText(c.cluster().count() + " events — click to zoom in");
        } else {
            tooltip.setText(EventSummary.tooltip(ev));
        }
        Point2D p = canvas.localToScreen(e.getX() + 14, e.getY() + 18);
        if (p != null && canvas.getScene() != null) {
            tooltip.show(canvas, p.getX(), p.getY());
        }
    }

    private void hideTooltip() {
        hovered = null;
        tooltip.hide();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShiftDown() || e.isControlDown()) {
            // shift turns the wheel into vertical lane scrolling (deltaX on some platforms)
            double d = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            skin.scrollLanes(-d);
        } else if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            TimelineLayout layout = skin.lastLayout();
            if (layout != null) {
                control.pan(-e.getDeltaX() / layout.scale().pxPerDay());
            }
        } else if (e.getDeltaY() != 0) {
            double factor = Math.pow(1.0025, -e.getDeltaY());
            control.zoom(factor, dayAt(e.getX()));
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        TimeWindow w = window();
        if (w == null || e.getZoomFactor() <= 0) {
            return;
        }
        double pivot = dayAt(e.getX());
        double f = 1 / e.getZoomFactor();
        EventTable t = skin.table();
        double[] c = control.limits().clamp(pivot + (w.start() - pivot) * f, pivot + (w.end() - pivot) * f,
                t.minDay(), t.maxDay());
        control.setVisibleWindow(new TimeWindow(c[0], c[1]));
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isMetaDown()) {
            // Ctrl+F, Ctrl+0, Ctrl+= are the window's commands (menu accelerators), not the bare keys F, 0 and =.
            return;
        }
        List<Lane> lanes = skin.lanes();
        EventTable t = skin.table();
        int rank = t.rankOf(control.getSelectedEvent());
        int laneIndex = Math.min(skin.focusLane(), lanes.size() - 1);
        Lane lane = laneIndex >= 0 ? lanes.get(laneIndex) : null;
        switch (e.getCode()) {
            case RIGHT -> select(lane == null ? -1 : LaneNavigation.next(lane, rank));
            case LEFT -> select(lane == null ? -1 : LaneNavigation.previous(lane, rank));
            case HOME -> select(lane == null ? -1 : LaneNavigation.first(lane));
            case END -> select(lane == null ? -1 : LaneNavigation.last(lane));
            case UP, DOWN -> {
                if (e.isAltDown() && lane != null) {
                    moveLane(lanes, laneIndex, e.getCode() == KeyCode.UP ? -1 : 1);
                    e.consume();
                    return;
                }
                int to = laneIndex + (e.getCode() == KeyCode.UP ? -1 : 1);
                if (to >= 0 && to < lanes.size()) {
                    TimeWindow w = control.targetWindow();
                    double day = rank >= 0 ? t.start(rank) : (w.start() + w.end()) / 2;
                    skin.setFocusLane(to);
                    select(LaneNavigation.nearest(t, lanes.get(to), day));
                }
            }
            case ENTER -> control.activate(control.getSelectedEvent());
            case SPACE -> {
                if (lane != null && !control.getCollapsedLanes().remove(lane.key())) {
                    control.getCollapsedLanes().add(lane.key());
                }
            }
            case PLUS, ADD, EQUALS -> control.zoomIn();
            case MINUS, SUBTRACT -> control.zoomOut();
            case F -> control.fitAll();
            case ESCAPE -> control.setSelectedEvent(null);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Alt+Up/Down: moves the focused lane, recording the whole current order as the user's order. */
    private void moveLane(List<Lane> lanes, int index, int delta) {
        int to = index + delta;
        if (to < 0 || to >= lanes.size()) {
            return;
        }
        List<String> keys = new ArrayList<>(lanes.stream().map(Lane::key).toList());
        Collections.swap(keys, index, to);
        control.getLaneOrder().setAll(keys);
        skin.setFocusLane(to);
    }

    private void select(int rank) {
        if (rank < 0) {
            return;
        }
        Event ev = skin.table().event(rank);
        control.setSelectedEvent(ev);
        control.scrollTo(ev);
    }
}
