package org.diplomatictimeline.timeline.skin;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.diplomatictimeline.timeline.layout.PlacedCluster;
import org.diplomatictimeline.timeline.layout.PlacedItem;
import org.diplomatictimeline.timeline.layout.PlacedLane;
import org.diplomatictimeline.timeline.layout.Tick;
import org.diplomatictimeline.timeline.layout.TimelineLayout;
import org.diplomatictimeline.timeline.layout.TimeScale;
import org.diplomatictimeline.timeline.layout.TextMeasure;

/** Paints a {@link TimelineLayout} on a canvas: lanes, axis, items, clusters, selection and indicators. */
final class TimelinePainter {

    static final double FONT_SIZE = 12;
    private static final Font FONT = Font.font("System", FONT_SIZE);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, FONT_SIZE);
    private static final Font SMALL = Font.font("System", 11);
    private static final double[] DASHES = {3, 3};

    private final TextMeasure measure;

    TimelinePainter(TextMeasure measure) {
        this.measure = measure;
    }

    /** What besides the layout the frame shows. */
    record Extras(Palette palette, double width, double height, int selectedRank, boolean focused, int focusLane,
                  double today, double corpusStart, double corpusEnd, int undated) {
    }

    void paint(GraphicsContext g, TimelineLayout layout, Extras x) {
        Palette p = x.palette();
        g.save();
        g.setFill(p.background());
        g.fillRect(0, 0, x.width(), x.height());
        double ox = layout.timeX();
        TimeScale scale = layout.scale();
        double right = ox + scale.width();
        paintLaneBands(g, layout, x);
        // grid under the items
        g.setLineWidth(1);
        // lines are drawn as 1-px rectangles: on the software pipeline a stroked line costs a path rasterisation,
        // some hundred times a filled rectangle (measured: 60 full-height strokes ~30 ms, as rectangles ~0)
        for (Tick t : layout.axis().minor()) {
            vline(g, p.grid(), ox + t.x(), layout.axisHeight(), x.height());
        }
        for (Tick t : layout.axis().major()) {
            vline(g, p.majorGrid(), ox + t.x(), layout.axisHeight(), x.height());
        }
        // no clip: a canvas clip is a mask on the software pipeline and costs more than the whole frame; the
        // axis and the lane headers are painted after the items and cover whatever spills over
        for (PlacedCluster c : layout.clusters()) {
            paintCluster(g, c, p);
        }
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        PlacedItem selected = null;
        for (PlacedItem it : layout.items()) {
            paintItem(g, it, p);
            if (it.rank() == x.selectedRank() && (selected == null || it.lane() == x.focusLane())) {
                selected = it;
            }
        }
        if (selected != null) {
            paintSelection(g, selected, p, x.focused());
        }
        paintToday(g, layout, x);
        paintAxis(g, layout, x);
        paintHeaders(g, layout, x);
        if (x.focused() && selected == null) {
            frame(g, p.focus(), ox + 1, layout.axisHeight() + 1, scale.width() - 2,
                    x.height() - layout.axisHeight() - 2, 2);
        }
        vline(g, p.majorGrid(), right - 1, 0, x.height());
        paintScrollIndicator(g, layout, x);
        g.restore();
    }

    /** A thin thumb at the right edge when the lanes are taller than the view. */
    private static void paintScrollIndicator(GraphicsContext g, TimelineLayout layout, Extras x) {
        double view = x.height() - layout.axisHeight();
        if (layout.lanes().isEmpty() || layout.contentHeight() <= view + 1) {
            return;
        }
        double scrolled = layout.axisHeight() - layout.lanes().get(0).y();
        double thumb = Math.max(24, view * view / layout.contentHeight());
        double top = layout.axisHeight() + (view - thumb) * scrolled / (layout.contentHeight() - view);
        g.setFill(x.palette().mutedText().deriveColor(0, 1, 1, 0.6));
        g.fillRoundRect(x.width() - 7, top, 5, thumb, 5, 5);
    }

    private void paintLaneBands(GraphicsContext g, TimelineLayout layout, Extras x) {
        for (PlacedLane l : layout.lanes()) {
            if (l.y() + l.height() < layout.axisHeight() || l.y() > x.height()) {
                continue;
            }
            if (l.index() % 2 == 1) {
                g.setFill(x.palette().laneAlternate());
                g.fillRect(layout.timeX(), l.y(), x.width() - layout.timeX(), l.height());
            }
            hline(g, x.palette().grid(), 0, x.width(), l.y() + l.height() - 1);
        }
    }

    private void paintHeaders(GraphicsContext g, TimelineLayout layout, Extras x) {
        Palette p = x.palette();
        double w = layout.timeX();
        g.setFill(p.header());
        g.fillRect(0, 0, w, x.height());
        g.setTextBaseline(VPos.CENTER);
        for (PlacedLane l : layout.lanes()) {
            if (l.y() + l.height() < layout.axisHeight() || l.y() > x.height()) {
                continue;
            }
            double cy = l.y() + Math.min(l.height(), 24) / 2;
            if (l.index() == x.focusLane()) {
                g.setFill(p.focus());
                g.fillRect(0, l.y(), 3, l.height());
            }
            g.setFill(p.mutedText());
            g.setFont(SMALL);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(l.collapsed() ? "▸" : "▾", 8, cy);
            String count = Integer.toString(l.lane().size());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(count, w - 8, cy);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(BOLD);
            g.setFill(p.headerText());
            double room = w - 22 - 14 - measure.width(count);
            g.fillText(measure.elide(l.lane().label(), room), 22, cy);
            hline(g, p.majorGrid(), 0, w, l.y() + l.height() - 1);
        }
        // corner over the headers: counts
        g.setFill(p.axis());
        g.fillRect(0, 0, w, layout.axisHeight());
        g.setFill(p.headerText());
        g.setFont(BOLD);
        g.fillText(String.format(Locale.ROOT, "%,d visible", layout.visibleCount()), 8, 14);
        if (x.undated() > 0) {
            g.setFont(SMALL);
            g.setFill(p.mutedText());
            g.fillText(String.format(Locale.ROOT, "%,d undated", x.undated()), 8, 31);
        }
        vline(g, p.majorGrid(), w - 1, 0, x.height());
        hline(g, p.majorGrid(), 0, x.width(), layout.axisHeight() - 1);
    }

    private void paintAxis(GraphicsContext g, TimelineLayout layout, Extras x) {
        Palette p = x.palette();
        double ox = layout.timeX();
        g.setFill(p.axis());
        g.fillRect(ox, 0, x.width() - ox, layout.axisHeight());
        // corpus span: where the data lies, as a band along the bottom of the axis
        if (!Double.isNaN(x.corpusStart())) {
            double a = Math.max(ox, ox + layout.scale().x(x.corpusStart()));
            double b = Math.min(ox + layout.scale().width(), ox + layout.scale().x(x.corpusEnd()));
            if (b > a) {
                g.setFill(p.corpusSpan());
                g.fillRect(a, layout.axisHeight() - 4, b - a, 3);
            }
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(BOLD);
        for (Tick t : layout.axis().major()) {
            vline(g, p.majorGrid(), ox + t.x(), 0, 20);
            g.setFill(p.axisText());
            if (t.labelled()) {
                g.fillText(t.label(), ox + t.labelX(), 11);
            }
        }
        g.setFont(FONT);
        for (Tick t : layout.axis().minor()) {
            vline(g, p.majorGrid(), ox + t.x(), layout.axisHeight() - 8, layout.axisHeight());
            g.setFill(p.mutedText());
            g.fillText(t.label(), ox + t.labelX(), 29);
        }
    }

    private void paintToday(GraphicsContext g, TimelineLayout layout, Extras x) {
        double tx = layout.timeX() + layout.scale().x(x.today());
        if (tx < layout.timeX() || tx > layout.timeX() + layout.scale().width()) {
            return;
        }
        g.setFill(x.palette().today());
        for (double y = layout.axisHeight(); y < x.height(); y += 10) {
            g.fillRect(Math.round(tx) - 1, y, 2, Math.min(6, x.height() - y));
        }
        g.setFont(SMALL);
        g.fillText("today", tx + 3, layout.axisHeight() + 8);
    }

    private void paintCluster(GraphicsContext g, PlacedCluster c, Palette p) {
        double w = Math.max(4, c.x1() - c.x0());
        g.setFill(p.cluster());
        g.fillRect(c.x0(), c.y(), w, c.height());
        String label = compact(c.cluster().count());
        if (measure.width(label) + 4 <= w) {
            g.setFill(p.clusterText());
            g.setFont(BOLD);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(label, c.x0() + w / 2, c.y() + c.height() / 2);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(FONT);
        }
    }

    static String compact(int n) {
        if (n < 1000) {
            return Integer.toString(n);
        }
        if (n < 10_000) {
            return String.format(Locale.ROOT, "%.1fk", n / 1000.0);
        }
        return (n / 1000) + "k";
    }

    private void paintItem(GraphicsContext g, PlacedItem it, Palette p) {
        Color c = p.colour(it.event().type());
        double cy = it.y() + it.height() / 2;
        double r = (it.height()) / 2;
        g.setLineWidth(1.5);
        g.setLineDashes(it.inferred() ? DASHES : null);
        switch (it.kind()) {
            case POINT -> diamond(g, it.anchor(), cy, Math.min(6, r), c, it.inferred(), p);
            case RANGE -> {
                double w = it.x1() - it.x0();
                if (it.inferred()) {
                    g.setFill(c.deriveColor(0, 1, 1, 0.18));
                    g.fillRect(it.x0(), it.y() + 2, w, it.height() - 4);
                    g.setStroke(c);
                    g.strokeRect(it.x0(), it.y() + 2, w, it.height() - 4);
                } else {
                    g.setFill(c);
                    g.fillRect(it.x0(), it.y() + 2, w, it.height() - 4);
                }
            }
            case FUZZY -> fuzzy(g, it, c);
            case OPEN_AFTER, OPEN_BEFORE -> arrow(g, it, cy, c, p);
        }
        g.setLineDashes(null);
        if (!it.label().isEmpty()) {
            boolean inside = it.labelX() < it.x1() && (it.kind() == org.diplomatictimeline.timeline.layout.ItemKind.RANGE
                    || it.kind() == org.diplomatictimeline.timeline.layout.ItemKind.FUZZY);
            g.setFill(inside && it.kind() == org.diplomatictimeline.timeline.layout.ItemKind.RANGE && !it.inferred()
                    ? contrastOn(c) : p.text());
            g.setFont(FONT);
            g.fillText(it.label(), it.labelX(), cy);
        }
    }

    private static Color contrastOn(Color c) {
        double lum = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return lum > 0.55 ? Color.BLACK : Color.WHITE;
    }

    private static void diamond(GraphicsContext g, double cx, double cy, double r, Color c, boolean hollow, Palette p) {
        double[] xs = {cx, cx + r, cx, cx - r};
        double[] ys = {cy - r, cy, cy + r, cy};
        if (hollow) {
            g.setFill(p.background());
            g.fillPolygon(xs, ys, 4);
            g.setStroke(c);
            g.setLineWidth(2);
            g.strokePolygon(xs, ys, 4);
        } else {
            g.setFill(c);
            g.fillPolygon(xs, ys, 4);
        }
    }

    /** A span known only to the month or year: translucent, fading at both ends, with bracket ends. */
    private static void fuzzy(GraphicsContext g, PlacedItem it, Color c) {
        double w = Math.max(3, it.x1() - it.x0());
        double y = it.y() + 1;
        double h = it.height() - 2;
        g.setFill(new LinearGradient(it.x0(), 0, it.x0() + w, 0, false, CycleMethod.NO_CYCLE,
                new Stop(0, c.deriveColor(0, 1, 1, 0.05)), new Stop(0.25, c.deriveColor(0, 1, 1, 0.32)),
                new Stop(0.75, c.deriveColor(0, 1, 1, 0.32)), new Stop(1, c.deriveColor(0, 1, 1, 0.05))));
        g.fillRect(it.x0(), y, w, h);
        g.setStroke(c);
        g.setLineWidth(1.5);
        if (it.inferred()) {
            g.strokeRect(it.x0(), y, w, h);
        } else {
            g.setFill(c);
            g.fillRect(it.x0(), y, 1.5, h);
            g.fillRect(it.x0() + w - 1.5, y, 1.5, h);
            g.fillRect(it.x0(), y + h - 1.5, w, 1.5);
        }
    }

    private static void arrow(GraphicsContext g, PlacedItem it, double cy, Color c, Palette p) {
        boolean later = it.kind() == org.diplomatictimeline.timeline.layout.ItemKind.OPEN_AFTER;
        double tip = later ? it.x1() : it.x0();
        g.setFill(c);
        double from = Math.min(it.anchor(), tip);
        double to = Math.max(it.anchor(), tip);
        if (it.inferred()) {
            for (double sx = from; sx < to; sx += 5) {
                g.fillRect(sx, cy - 1, Math.min(3, to - sx), 2);
            }
        } else {
            g.fillRect(from, cy - 1, to - from, 2);
        }
        double d = later ? -6 : 6;
        g.setFill(c);
        g.fillPolygon(new double[] {tip, tip + d, tip + d}, new double[] {cy, cy - 4, cy + 4}, 3);
        // a bar at the known bound: the event lies on the arrow's side of it
        g.fillRect(it.anchor() - 1.5, cy - 6, 3, 12);
        if (it.inferred()) {
            g.setFill(p.background());
            g.fillRect(it.anchor() - 0.5, cy - 5, 1, 10);
        }
    }

    private static void vline(GraphicsContext g, Paint paint, double x, double y0, double y1) {
        g.setFill(paint);
        g.fillRect(Math.round(x), y0, 1, y1 - y0);
    }

    private static void hline(GraphicsContext g, Paint paint, double x0, double x1, double y) {
        g.setFill(paint);
        g.fillRect(x0, Math.round(y), x1 - x0, 1);
    }

    private static void frame(GraphicsContext g, Paint paint, double x, double y, double w, double h, double t) {
        g.setFill(paint);
        g.fillRect(x, y, w, t);
        g.fillRect(x, y + h - t, w, t);
        g.fillRect(x, y, t, h);
        g.fillRect(x + w - t, y, t, h);
    }

    private void paintSelection(GraphicsContext g, PlacedItem it, Palette p, boolean focused) {
        double right = it.label().isEmpty() ? it.x1() : Math.max(it.x1(), it.labelX() + it.labelWidth());
        g.setStroke(p.selection());
        g.setLineWidth(2.5);
        g.setLineDashes(null);
        g.strokeRoundRect(it.x0() - 4, it.y() - 2, right - it.x0() + 8, it.height() + 4, 8, 8);
        if (focused) {
            g.setStroke(p.focus());
            g.setLineWidth(1.5);
            g.setLineDashes(2, 2);
            g.strokeRoundRect(it.x0() - 7, it.y() - 5, right - it.x0() + 14, it.height() + 10, 10, 10);
            g.setLineDashes(null);
        }
    }
}
