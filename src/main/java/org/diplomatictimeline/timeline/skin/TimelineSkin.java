package org.diplomatictimeline.timeline.skin;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.TimeWindow;
import org.diplomatictimeline.timeline.TimelineView;
import org.diplomatictimeline.timeline.layout.EventTable;
import org.diplomatictimeline.timeline.layout.ItemMetrics;
import org.diplomatictimeline.timeline.layout.Lane;
import org.diplomatictimeline.timeline.layout.LaneAssigner;
import org.diplomatictimeline.timeline.layout.LaneNavigation;
import org.diplomatictimeline.timeline.layout.PlacedLane;
import org.diplomatictimeline.timeline.layout.TextMeasure;
import org.diplomatictimeline.timeline.layout.TimelineLayout;
import org.diplomatictimeline.timeline.layout.TimelineLayoutEngine;
import org.diplomatictimeline.timeline.layout.Viewport;

/**
 * Draws a {@link TimelineView} on a canvas, with the overview band under it.
 *
 * <p>Any change only marks the frame dirty; one repaint runs per pulse, so a burst of property changes (a drag,
 * an animation step, a filter) costs one layout and one paint.
 */
public class TimelineSkin extends SkinBase<TimelineView> {

    private final Canvas canvas = new Canvas();
    /**
     * The lane headers below the axis, a layer over the canvas's left edge repainted only when they change (see
     * {@link TimelinePainter#paintHeaderLayer}); mouse-transparent, so clicks reach the canvas as before.
     */
    private final Canvas headers = new Canvas();
    private final OverviewBand overview;
    /**
     * The control's frame as four filled rectangles in the padding (style class {@code timeline-frame}): a CSS
     * border is stroked as a path by the software rasteriser on every frame, 15 % of a frame's render time.
     */
    private final Rectangle[] frame = new Rectangle[4];
    // rebuilt together when the text scale changes (see applyTextScale)
    private TextMeasure measure;
    private TimelineLayoutEngine engine;
    private LaneLevelCache levels;
    private TimelinePainter painter;
    private final TimelineBehavior behavior;
    private EventTable table;
    private TimelineLayout lastLayout;
    private double scrollY;
    private int focusLane;
    private boolean dataDirty = true;
    private boolean paintPending;
    private TimeWindow lastWindow;
    /** Builds lane levels for new zoom ranges off the FX thread (one low-priority daemon thread per control). */
    private final ExecutorService levelBuilder =
            Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "timeline-level-builder");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });
    private final PauseTransition settle =
            new PauseTransition(Duration.millis(150));

    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            paintPending = false;
            paintNow();
        }
    };

    public TimelineSkin(TimelineView control) {
        super(control);
        overview = new OverviewBand(control);
        canvas.setFocusTraversable(false);
        headers.setFocusTraversable(false);
        headers.setMouseTransparent(true);
        getChildren().addAll(canvas, headers, overview);
        for (int i = 0; i < frame.length; i++) {
            frame[i] = new Rectangle();
            frame[i].getStyleClass().add("timeline-frame");
            frame[i].setManaged(false);
            frame[i].setMouseTransparent(true);
            getChildren().add(frame[i]);
        }
        settle.setOnFinished(e -> requestPaint());
        applyTextScale();
        control.textScaleProperty().addListener((o, a, b) -> applyTextScale());
        behavior = new TimelineBehavior(control, this);
        behavior.install(canvas);
        control.getEvents().addListener((ListChangeListener<Event>) c -> dataChanged());
        control.laneModeProperty().addListener((o, a, b) -> dataChanged());
        control.getLaneOrder().addListener((ListChangeListener<String>) c -> dataChanged());
        control.getCollapsedLanes().addListener((SetChangeListener<String>) c -> requestPaint());
        control.visibleWindowProperty().addListener((o, a, b) -> requestPaint());
        control.itemMarksProperty().addListener((o, a, b) -> requestPaint());
        control.keyEventsProperty().addListener((o, a, b) -> requestPaint());
        control.selectedEventProperty().addListener((o, a, b) -> {
            followSelection(b);
            requestPaint();
        });
        control.focusedProperty().addListener((o, a, b) -> requestPaint());
        control.getStyleClass().addListener((ListChangeListener<String>) c -> requestPaint());
        control.widthProperty().addListener((o, a, b) -> requestPaint());
        control.heightProperty().addListener((o, a, b) -> requestPaint());
    }

    /** Measures, lays out and paints with text of the control's scale; every cached level is built anew. */
    private void applyTextScale() {
        double k = Math.max(0.5, Math.min(3, getSkinnable().textScaleProperty().get()));
        double size = TimelinePainter.FONT_SIZE * k;
        FontMeasure fm = new FontMeasure(Font.font("System", size));
        measure = fm;
        engine = new TimelineLayoutEngine(measure, ItemMetrics.standard().scaled(k));
        // a frame in a new zoom range draws the nearest level already built; the exact one arrives a little later
        levels = new LaneLevelCache(engine);
        levels.buildInBackground(levelBuilder, Platform::runLater, this::requestPaint);
        painter = new TimelinePainter(measure, size);
        dataDirty = true;
        requestPaint();
    }

    @Override
    public void dispose() {
        pulse.stop();
        settle.stop();
        levelBuilder.shutdownNow();
        behavior.dispose();
        super.dispose();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double oh = Math.min(OverviewBand.HEIGHT, h / 3);
        canvas.setLayoutX(x);
        canvas.setLayoutY(y);
        canvas.setWidth(w);
        canvas.setHeight(Math.max(0, h - oh));
        headers.setLayoutX(x);
        headers.setLayoutY(y + TimelineLayoutEngine.AXIS_HEIGHT);
        headers.setWidth(Math.min(w, TimelineLayoutEngine.HEADER_WIDTH));
        headers.setHeight(Math.max(0, h - oh - TimelineLayoutEngine.AXIS_HEIGHT));
        overview.resizeRelocate(x, y + h - oh, w, oh);
        layoutFrame();
        requestPaint();
    }

    /** The frame fills the control's padding: top, bottom, left, right. */
    private void layoutFrame() {
        TimelineView c = getSkinnable();
        double cw = c.getWidth();
        double ch = c.getHeight();
        double top = c.snappedTopInset();
        double bottom = c.snappedBottomInset();
        double left = c.snappedLeftInset();
        double right = c.snappedRightInset();
        setRect(frame[0], 0, 0, cw, top);
        setRect(frame[1], 0, ch - bottom, cw, bottom);
        setRect(frame[2], 0, top, left, ch - top - bottom);
        setRect(frame[3], cw - right, top, right, ch - top - bottom);
    }

    private static void setRect(Rectangle r, double x, double y, double w, double h) {
        r.setX(x);
        r.setY(y);
        r.setWidth(Math.max(0, w));
        r.setHeight(Math.max(0, h));
    }

    // The canvas is not resizable, so by default its current size would be the control's minimum: a window made
    // smaller could then never shrink the timeline and would cut off the right and bottom instead.
    @Override
    protected double computeMinWidth(double height, double topInset, double rightInset, double bottomInset,
                                     double leftInset) {
        return TimelineLayoutEngine.HEADER_WIDTH + 120;
    }

    @Override
    protected double computeMinHeight(double width, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        return TimelineLayoutEngine.AXIS_HEIGHT + OverviewBand.HEIGHT + 40;
    }

    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width, double topInset, double rightInset, double bottomInset,
                                       double leftInset) {
        return 420;
    }

    /** Marks the frame dirty; the paint happens once, on the next pulse. */
    void requestPaint() {
        if (!paintPending) {
            paintPending = true;
            pulse.start();
        }
    }

    private void dataChanged() {
        dataDirty = true;
        requestPaint();
    }

    private void refreshData() {
        if (dataDirty || table != getSkinnable().table()) {
            table = getSkinnable().table();
            List<Lane> lanes = LaneAssigner.assign(table, getSkinnable().getLaneMode().grouping(),
                    getSkinnable().getLaneOrder());
            levels.setData(table, lanes);
            focusLane = Math.min(focusLane, Math.max(0, lanes.size() - 1));
            dataDirty = false;
        }
    }

    /** Lays out and paints immediately (tests and benchmarks call this; the UI goes through the pulse). */
    public void paintNow() {
        if (paintPending) {
            // this paint answers the pending request; the pulse need not paint the same frame again
            pulse.stop();
            paintPending = false;
        }
        TimelineLayout layout = layout();
        Palette palette = palette();
        if (layout == null) {
            paintEmpty(palette);
            return;
        }
        overview.setPalette(palette);
        Event sel = getSkinnable().getSelectedEvent();
        TimelinePainter.Extras extras = new TimelinePainter.Extras(palette, canvas.getWidth(),
                canvas.getHeight(), table.rankOf(sel), getSkinnable().isFocused(), focusLane,
                LocalDate.now().toEpochDay() + 0.5, table.minDay(), table.maxDay(), table.undated().size(),
                getSkinnable().itemMarksProperty().get(), keyEvents());
        painter.paint(canvas.getGraphicsContext2D(), layout, extras);
        painter.paintHeaderLayer(headers.getGraphicsContext2D(), layout, extras, headers.getWidth(),
                headers.getHeight());
        overview.paint();
    }

    /**
     * Nothing to lay out (no window yet, or too small): the canvas in the background colour and no lane headers.
     * The control has no CSS background (it would be filled under the canvas on every frame), so the canvas
     * stands for it.
     */
    private void paintEmpty(Palette palette) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(palette.background());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        headers.getGraphicsContext2D().clearRect(0, 0, headers.getWidth(), headers.getHeight());
        painter.forgetHeaderLayer();
    }

    /** The layout of the current state, also kept for hit testing; null before the control has a size. */
    TimelineLayout layout() {
        refreshData();
        TimeWindow w = getSkinnable().getVisibleWindow();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (w == null || width <= TimelineLayoutEngine.HEADER_WIDTH + 10 || height <= TimelineLayoutEngine.AXIS_HEIGHT) {
            return null;
        }
        // in motion when the window changed since the last frame; one settled frame follows the motion
        boolean moving = lastWindow != null && !lastWindow.equals(w);
        lastWindow = w;
        if (moving) {
            settle.playFromStart();
        }
        Viewport view = new Viewport(w.start(), w.end(), width, height, scrollY, getSkinnable().getCollapsedLanes(),
                moving);
        TimelineLayout layout = engine.layout(view, levels, keyEvents());
        double maxScroll = Math.max(0, layout.contentHeight() - (height - TimelineLayoutEngine.AXIS_HEIGHT));
        if (scrollY > maxScroll) {
            scrollY = maxScroll;
            layout = engine.layout(new Viewport(w.start(), w.end(), width, height, scrollY,
                    getSkinnable().getCollapsedLanes(), moving), levels, keyEvents());
        }
        lastLayout = layout;
        return layout;
    }

    private Set<String> keyEvents() {
        Set<String> ids = getSkinnable().keyEventsProperty().get();
        return ids == null ? Set.of() : ids;
    }

    /** A fresh layout of the current state, for tests and tools; null before the control has a size. */
    public TimelineLayout currentLayout() {
        return layout();
    }

    /** The hover tooltip's text while it is showing, else null. */
    public String shownTooltip() {
        return behavior.shownTooltip();
    }

    /** Puts the keyboard focus on a lane, as clicking its header does. */
    public void focusLaneForTest(int lane) {
        setFocusLane(lane);
    }

    /** Where a day falls on the overview band, in the band's coordinates. */
    public double overviewX(double day) {
        return TimelineLayoutEngine.HEADER_WIDTH + overview.scale().x(day);
    }

    private Palette palette() {
        return getSkinnable().getStyleClass().contains(TimelineView.DARK_STYLE_CLASS) ? Palette.dark() : Palette.light();
    }

    TimelineLayout lastLayout() {
        return lastLayout != null ? lastLayout : layout();
    }

    EventTable table() {
        refreshData();
        return table;
    }

    List<Lane> lanes() {
        refreshData();
        return levels.lanes();
    }

    int focusLane() {
        return focusLane;
    }

    void setFocusLane(int lane) {
        focusLane = lane;
        ensureLaneVisible(lane);
        requestPaint();
    }

    void scrollLanes(double dy) {
        scrollY = Math.max(0, scrollY + dy);
        requestPaint();
    }

    Canvas canvas() {
        return canvas;
    }

    private void followSelection(Event e) {
        int rank = table().rankOf(e);
        if (rank < 0) {
            return;
        }
        List<Lane> lanes = lanes();
        if (focusLane < lanes.size() && Arrays.binarySearch(lanes.get(focusLane).members(), rank) >= 0) {
            return;
        }
        int lane = LaneNavigation.laneOf(lanes, rank);
        if (lane >= 0) {
            setFocusLane(lane);
        }
    }

    private void ensureLaneVisible(int lane) {
        TimelineLayout layout = lastLayout;
        if (layout == null || lane >= layout.lanes().size()) {
            return;
        }
        PlacedLane l = layout.lanes().get(lane);
        double top = TimelineLayoutEngine.AXIS_HEIGHT;
        double bottom = canvas.getHeight();
        if (l.y() < top) {
            scrollY = Math.max(0, scrollY - (top - l.y()));
        } else if (l.y() + Math.min(l.height(), bottom - top) > bottom) {
            scrollY += l.y() + Math.min(l.height(), bottom - top) - bottom;
        }
    }
}
