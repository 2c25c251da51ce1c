package org.diplomatictimeline.timeline.skin;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.diplomatictimeline.timeline.TimelineView;
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

    /**
     * At most this many item labels per frame: each text run costs a text layout and glyph blits on the software
     * pipeline; the layout already keeps labels apart, so past this count the frame is a wall of text anyway.
     */
    static final int MAX_ITEM_LABELS = 300;

    private final TextMeasure measure;
    // the corner texts change rarely; formatting them every frame is waste
    private int visibleCount = -1;
    private String visibleText;
    private int undatedCount = -1;
    private String undatedText;
    private int labelsLeft;

    TimelinePainter(TextMeasure measure) {
        this.measure = measure;
    }

    /** What besides the layout the frame shows. */
    record Extras(Palette palette, double width, double height, int selectedRank, boolean focused, int focusLane,
                  double today, double corpusStart, double corpusEnd, int undated,
                  java.util.function.Function<org.diplomatictimeline.model.Event, TimelineView.ItemMark> marks) {
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
        labelsLeft = MAX_ITEM_LABELS;
        for (PlacedItem it : layout.items()) {
            TimelineView.ItemMark mark = x.marks() == null ? null : x.marks().apply(it.event());
            if (mark == TimelineView.ItemMark.FADED) {
                g.setGlobalAlpha(0.3); // rejected: still findable, but clearly out of the story
            }
            paintItem(g, it, p);
            g.setGlobalAlpha(1);
            if (mark == TimelineView.ItemMark.CONFIRMED || mark == TimelineView.ItemMark.CHANGED) {
                // a bar under the item: solid when confirmed, a short dash when changed by hand
                double w = mark == TimelineView.ItemMark.CONFIRMED ? Math.max(10, it.x1() - it.x0()) : 5;
                g.setFill(mark == TimelineView.ItemMark.CONFIRMED ? p.text() : p.focus());
                g.fillRect(Math.min(it.x0(), it.anchor() - 5), it.y() + it.height() - 2, w, 2);
            }
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
        if (layout.visibleCount() != visibleCount || visibleText == null) {
            visibleCount = layout.visibleCount();
            visibleText = String.format(Locale.ROOT, "%,d visible", visibleCount);
        }
        g.fillText(visibleText, 8, 14);
        if (x.undated() > 0) {
            if (x.undated() != undatedCount || undatedText == null) {
                undatedCount = x.undated();
                undatedText = String.format(Locale.ROOT, "%,d undated", undatedCount);
            }
            g.setFont(SMALL);
            g.setFill(p.mutedText());
            g.fillText(undatedText, 8, 31);
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

    /** A cluster count in at most four characters: 999, 1.2k, 12k (no String.format: it runs per cluster). */
    static String compact(int n) {
        if (n < 1000) {
            return Integer.toString(n);
        }
        if (n < 10_000) {
            long tenths = Math.round(n / 100.0);
            return tenths >= 100 ? tenths / 10 + "k" : tenths / 10 + "." + tenths % 10 + "k";
        }
        return (n / 1000) + "k";
    }

    private void paintItem(GraphicsContext g, PlacedItem it, Palette p) {
        Color c = p.colour(it.event().type());
        double cy = it.y() + it.height() / 2;
        double r = (it.height()) / 2;
        switch (it.kind()) {
            case POINT -> diamond(g, it.anchor(), cy, Math.min(6, r), c, it.inferred(), p);
            case RANGE -> {
                double w = it.x1() - it.x0();
                if (it.inferred()) {
                    g.setFill(c.deriveColor(0, 1, 1, 0.18));
                    g.fillRect(it.x0(), it.y() + 2, w, it.height() - 4);
                    dashedFrame(g, c, it.x0(), it.y() + 2, w, it.height() - 4);
                } else {
                    g.setFill(c);
                    g.fillRect(it.x0(), it.y() + 2, w, it.height() - 4);
                }
            }
            case FUZZY -> fuzzy(g, it, c);
            case OPEN_AFTER, OPEN_BEFORE -> arrow(g, it, cy, c, p);
        }
        if (!it.label().isEmpty() && labelsLeft > 0) {
            labelsLeft--;
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
        // filled as rows of rectangles, not as a polygon: on the software pipeline every path goes through the
        // Marlin rasteriser, which costs far more per item than a dozen axis-aligned rectangles
        diamondRows(g, cx, cy, r, c);
        if (hollow && r > 2.5) {
            diamondRows(g, cx, cy, r - 2.5, p.background());
        }
    }

    private static void diamondRows(GraphicsContext g, double cx, double cy, double r, Color c) {
        g.setFill(c);
        int rows = (int) Math.ceil(2 * r);
        double top = cy - rows / 2.0;
        for (int k = 0; k < rows; k++) {
            double half = r - Math.abs(top + k + 0.5 - cy);
            if (half > 0) {
                g.fillRect(cx - half, top + k, 2 * half, 1);
            }
        }
    }

    /** A dashed rectangle outline made of short filled rectangles (a dashed stroke is a costly path). */
    private static void dashedFrame(GraphicsContext g, Color c, double x, double y, double w, double h) {
        g.setFill(c);
        for (double sx = x; sx < x + w; sx += 6) {
            double len = Math.min(3, x + w - sx);
            g.fillRect(sx, y, len, 1.5);
            g.fillRect(sx, y + h - 1.5, len, 1.5);
        }
        for (double sy = y; sy < y + h; sy += 6) {
            double len = Math.min(3, y + h - sy);
            g.fillRect(x, sy, 1.5, len);
            g.fillRect(x + w - 1.5, sy, 1.5, len);
        }
    }

    /** Fill alphas of a fuzzy span's ends, outermost first: a stepped fade (a gradient paint is costly in software). */
    private static final double[] FADE = {0.06, 0.12, 0.19, 0.26};

    /** A span known only to the month or year: translucent, fading at both ends, with bracket ends. */
    private static void fuzzy(GraphicsContext g, PlacedItem it, Color c) {
        double w = Math.max(3, it.x1() - it.x0());
        double y = it.y() + 1;
        double h = it.height() - 2;
        double step = w / 4 / FADE.length;
        for (int i = 0; i < FADE.length; i++) {
            g.setFill(c.deriveColor(0, 1, 1, FADE[i]));
            g.fillRect(it.x0() + i * step, y, step, h);
            g.fillRect(it.x0() + w - (i + 1) * step, y, step, h);
        }
        g.setFill(c.deriveColor(0, 1, 1, 0.32));
        g.fillRect(it.x0() + w / 4, y, w / 2, h);
        if (it.inferred()) {
            dashedFrame(g, c, it.x0(), y, w, h);
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
        // the arrow head as rows of rectangles, widest at its base (cheaper than a polygon in software)
        for (int k = 0; k < 8; k++) {
            double off = Math.abs(k + 0.5 - 4);
            double len = 6 * (1 - off / 4);
            g.fillRect(later ? tip - len : tip, cy - 4 + k, len, 1);
        }
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
