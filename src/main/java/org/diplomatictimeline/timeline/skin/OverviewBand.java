package org.diplomatictimeline.timeline.skin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import org.diplomatictimeline.timeline.TimeWindow;
import org.diplomatictimeline.timeline.TimelineView;
import org.diplomatictimeline.timeline.layout.Axis;
import org.diplomatictimeline.timeline.layout.DensityHistogram;
import org.diplomatictimeline.timeline.layout.EventTable;
import org.diplomatictimeline.timeline.layout.TextMeasure;
import org.diplomatictimeline.timeline.layout.Tick;
import org.diplomatictimeline.timeline.layout.TickScale;
import org.diplomatictimeline.timeline.layout.TimeScale;
import org.diplomatictimeline.timeline.layout.TimelineLayoutEngine;

/**
 * The band under the main timeline: the whole corpus as a density histogram, with the visible window as a
 * rectangle that can be dragged to pan and its edges dragged to zoom (as in SIMILE's two bands).
 */
final class OverviewBand extends Region {

    static final double HEIGHT = 56;
    /** Height of the row of dates along the top of the band. */
    private static final double DATE_ROW = 14;
    private static final TextMeasure DATE_MEASURE = TextMeasure.approximate(11);
    private static final double EDGE = 6;

    private enum Drag { NONE, MOVE, LEFT, RIGHT }

    private final TimelineView control;
    private final Canvas canvas = new Canvas();
    /**
     * The visible window's rectangle over the histogram: a pan or a zoom moves only it, so the histogram and its
     * dates (text runs cost a text layout each on the render thread) are repainted only when the band's span, size,
     * data or palette change. Rectangle nodes, not a transparent canvas: a canvas layer costs a clear and a blended
     * copy of the whole band on every frame, eight filled rectangles next to nothing. In order: the fill, top and
     * bottom edges, left and right edges, left and right grips, and the band's top line.
     */
    private final Rectangle[] window = new Rectangle[8];
    private Object paintedKey;
    private EventTable paintedTable;
    private DensityHistogram histogram;
    private EventTable histogramTable;
    /** The events' middles in order, for {@link #histogramTable}: bins are then counted without walking the events. */
    private double[] middles;
    private Palette palette = Palette.light();
    private Drag drag = Drag.NONE;
    private double pressX;
    private TimeWindow pressWindow;

    OverviewBand(TimelineView control) {
        this.control = control;
        getStyleClass().add("overview-band");
        getChildren().add(canvas);
        for (int i = 0; i < window.length; i++) {
            window[i] = new Rectangle();
            window[i].setManaged(false);
            window[i].setMouseTransparent(true);
            getChildren().add(window[i]);
        }
        setAccessibleText("Overview of the whole timeline");
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag = Drag.NONE);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(switch (hit(e.getX())) {
            case LEFT, RIGHT -> Cursor.H_RESIZE;
            case MOVE -> Cursor.MOVE;
            default -> Cursor.DEFAULT;
        }));
    }

    void setPalette(Palette p) {
        palette = p;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT;
    }

    /** The time area of the band: the same left inset as the main view, so the two line up. */
    TimeScale scale() {
        double w = Math.max(1, getWidth() - TimelineLayoutEngine.HEADER_WIDTH);
        EventTable t = control.table();
        double[] fit = control.limits().fit(t.minDay(), t.maxDay());
        TimeWindow v = control.getVisibleWindow();
        double s = fit[0];
        double e = fit[1];
        if (v != null) {
            s = Math.min(s, v.start());
            e = Math.max(e, v.end());
        }
        return new TimeScale(s, e, w);
    }

    void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        if (w <= TimelineLayoutEngine.HEADER_WIDTH || h <= 0) {
            return;
        }
        TimeScale scale = scale();
        // the table by identity: a new one is new data
        List<Object> key = List.of(w, h, palette, scale.start(), scale.end());
        if (!key.equals(paintedKey) || paintedTable != control.table()) {
            paintedKey = key;
            paintedTable = control.table();
            paintBars(g, scale, w, h);
        }
        paintWindow(scale, w, h);
    }

    /** The band without the window: title, span, histogram and dates. */
    private void paintBars(GraphicsContext g, TimeScale scale, double w, double h) {
        double ox = TimelineLayoutEngine.HEADER_WIDTH;
        g.setFill(palette.header());
        g.fillRect(0, 0, w, h);
        g.setFill(palette.axis());
        g.fillRect(ox, 0, w - ox, h);
        g.setFill(palette.mutedText());
        g.setFont(Font.font("System", 11));
        g.setTextBaseline(VPos.CENTER);
        g.fillText("Overview", 8, h / 2 - 7);
        g.fillText(spanText(scale), 8, h / 2 + 9);
        int bins = Math.max(1, (int) (scale.width() / 3));
        EventTable t = control.table();
        if (histogram == null || histogramTable != t || histogram.bins() != bins
                || histogram.start() != scale.start() || histogram.end() != scale.end()) {
            if (histogramTable != t || middles == null) {
                middles = DensityHistogram.middles(t);
                histogramTable = t;
            }
            histogram = DensityHistogram.of(middles, scale.start(), scale.end(), bins);
        }
        double barW = scale.width() / bins;
        double maxH = h - 10 - DATE_ROW;
        g.setFill(palette.overviewBar());
        double logMax = Math.log1p(histogram.max());
        for (int b = 0; b < bins; b++) {
            int c = histogram.count(b);
            if (c > 0) {
                // log scale so a quiet year is still visible next to a busy week
                double bh = Math.max(2, maxH * Math.log1p(c) / logMax);
                g.fillRect(ox + b * barW, h - 4 - bh, Math.max(1, barW - 0.5), bh);
            }
        }
        paintDates(g, scale, ox);
    }

    /** The visible window's rectangle and the band's top line over it. */
    private void paintWindow(TimeScale scale, double w, double h) {
        double ox = TimelineLayoutEngine.HEADER_WIDTH;
        TimeWindow v = control.getVisibleWindow();
        if (v != null) {
            double a = ox + scale.x(v.start());
            double b = Math.max(a + 3, ox + scale.x(v.end()));
            place(window[0], palette.windowFill(), a, 1, b - a, h - 2);
            place(window[1], palette.windowStroke(), a, 0, b - a, 2);
            place(window[2], palette.windowStroke(), a, h - 2, b - a, 2);
            place(window[3], palette.windowStroke(), a - 1, 0, 2, h);
            place(window[4], palette.windowStroke(), b - 1, 0, 2, h);
            place(window[5], palette.windowStroke(), a - 2, h / 2 - 8, 4, 16);
            place(window[6], palette.windowStroke(), b - 2, h / 2 - 8, 4, 16);
        }
        for (int i = 0; i < 7; i++) {
            window[i].setVisible(v != null);
        }
        place(window[7], palette.majorGrid(), 0, 0, w, 1);
    }

    private static void place(Rectangle r, Paint fill, double x, double y, double w, double h) {
        r.setFill(fill);
        r.setX(x);
        r.setY(y);
        r.setWidth(Math.max(0, w));
        r.setHeight(Math.max(0, h));
    }

    /** Tick labels along the top of the band, so the histogram reads as dates and not just as shape. */
    private void paintDates(GraphicsContext g, TimeScale scale, double ox) {
        Axis axis = TickScale.axis(scale, DATE_MEASURE);
        g.setTextBaseline(VPos.CENTER);
        // the coarser ticks when there are several: over a whole corpus, years or months read better than hours
        List<Tick> ticks = axis.major().stream().filter(Tick::labelled).count() >= 2 ? axis.major()
                : axis.minor();
        for (Tick t : ticks) {
            g.setFill(palette.majorGrid());
            g.fillRect(Math.round(ox + t.x()), 0, 1, DATE_ROW - 2);
            if (t.labelled()) {
                g.setFill(palette.mutedText());
                g.fillText(t.label(), ox + t.labelX(), DATE_ROW / 2);
            }
        }
    }

    /** The whole span of the band in words that fit under its title ("28 Feb – 7 Mar 2021", "Sep 2013 – Apr 2020"). */
    static String spanText(TimeScale scale) {
        LocalDate a = LocalDate.ofEpochDay((long) Math.floor(scale.start()));
        LocalDate b = LocalDate.ofEpochDay((long) Math.floor(scale.end()));
        Locale en = Locale.ENGLISH;
        if (a.getYear() == b.getYear()) {
            return a.format(DateTimeFormatter.ofPattern("d MMM", en)) + " – "
                    + b.format(DateTimeFormatter.ofPattern("d MMM yyyy", en));
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMM yyyy", en);
        return a.format(f) + " – " + b.format(f);
    }

    private Drag hit(double x) {
        TimeWindow v = control.getVisibleWindow();
        if (v == null || x < TimelineLayoutEngine.HEADER_WIDTH) {
            return Drag.NONE;
        }
        TimeScale s = scale();
        double a = TimelineLayoutEngine.HEADER_WIDTH + s.x(v.start());
        double b = TimelineLayoutEngine.HEADER_WIDTH + s.x(v.end());
        if (Math.abs(x - a) <= EDGE && b - a > 2 * EDGE) {
            return Drag.LEFT;
        }
        if (Math.abs(x - b) <= EDGE) {
            return Drag.RIGHT;
        }
        return x > a && x < b ? Drag.MOVE : Drag.NONE;
    }

    private void pressed(MouseEvent e) {
        TimeWindow v = control.getVisibleWindow();
        if (v == null || e.getX() < TimelineLayoutEngine.HEADER_WIDTH) {
            return;
        }
        drag = hit(e.getX());
        if (drag == Drag.NONE) {
            // a press outside the rectangle centres the window there, then drags it
            double day = scale().day(e.getX() - TimelineLayoutEngine.HEADER_WIDTH);
            set(day - v.length() / 2, day + v.length() / 2);
            drag = Drag.MOVE;
        }
        pressX = e.getX();
        pressWindow = control.getVisibleWindow();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (drag == Drag.NONE || pressWindow == null) {
            return;
        }
        double days = (e.getX() - pressX) / scale().pxPerDay();
        switch (drag) {
            case MOVE -> set(pressWindow.start() + days, pressWindow.end() + days);
            case LEFT -> set(Math.min(pressWindow.start() + days, pressWindow.end() - control.limits().minLength()),
                    pressWindow.end());
            case RIGHT -> set(pressWindow.start(),
                    Math.max(pressWindow.end() + days, pressWindow.start() + control.limits().minLength()));
            default -> {
            }
        }
        e.consume();
    }

    private void set(double start, double end) {
        EventTable t = control.table();
        double[] c = control.limits().clamp(start, end, t.minDay(), t.maxDay());
        control.setVisibleWindow(new TimeWindow(c[0], c[1]));
    }
}
