package org.diplomatictimeline.timeline.skin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.TimelineView;
import org.diplomatictimeline.timeline.layout.ItemKind;
import org.diplomatictimeline.timeline.layout.PlacedCluster;
import org.diplomatictimeline.timeline.layout.PlacedItem;
import org.diplomatictimeline.timeline.layout.PlacedLane;
import org.diplomatictimeline.timeline.layout.TextMeasure;
import org.diplomatictimeline.timeline.layout.Tick;
import org.diplomatictimeline.timeline.layout.TimeScale;
import org.diplomatictimeline.timeline.layout.TimelineLayout;

/** Paints a {@link TimelineLayout} on a canvas: lanes, axis, items, clusters, selection and indicators. */
final class TimelinePainter {

    /** The label size at text scale 1; "Larger text" scales it (see {@link TimelineView#textScaleProperty()}). */
    static final double FONT_SIZE = 12;
    /** The axis has a fixed height, so its two lines of text grow only this far. */
    private static final double AXIS_FONT_MAX = 14;
    private final Font labelFont;
    private final Font keyLabelFont;
    private final Font boldFont;
    private final Font smallFont;
    private final Font axisFont;
    private final Font axisBold;

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
    private HeaderKey headerKey;
    /** Labels, cluster counts and tick labels, pre-rendered: a text run laid out per frame was half a frame. */
    private final TextSprites sprites = new TextSprites();

    TimelinePainter(TextMeasure measure, double fontSize) {
        this.measure = measure;
        labelFont = Font.font("System", fontSize);
        keyLabelFont = Font.font("System", FontWeight.BOLD, fontSize);
        boldFont = Font.font("System", FontWeight.BOLD, fontSize);
        smallFont = Font.font("System", fontSize - 1);
        double axis = Math.min(fontSize, AXIS_FONT_MAX);
        axisFont = Font.font("System", axis);
        axisBold = Font.font("System", FontWeight.BOLD, axis);
    }

    /** The font item labels are drawn (and measured) in. */
    Font labelFont() {
        return labelFont;
    }

    /** What besides the layout the frame shows. */
    record Extras(Palette palette, double width, double height, int selectedRank, boolean focused, int focusLane,
                  double today, double corpusStart, double corpusEnd, int undated,
                  Function<Event, TimelineView.ItemMark> marks,
                  Set<String> keyEvents) {
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
        sprites.flush(g);
        g.setFont(labelFont);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        PlacedItem selected = null;
        labelsLeft = MAX_ITEM_LABELS;
        for (PlacedItem it : layout.items()) {
            TimelineView.ItemMark mark = x.marks() == null ? null : x.marks().apply(it.event());
            if (mark == TimelineView.ItemMark.FADED) {
                g.setGlobalAlpha(0.3); // rejected: still findable, but clearly out of the story
            }
            paintItem(g, it, p, x.keyEvents().contains(it.event().id()));
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
        sprites.flush(g);
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
        // a pill of two rectangles: a rounded rectangle is a path, rasterised by Marlin on every frame
        g.fillRect(x.width() - 7, top + 1.5, 5, thumb - 3);
        g.fillRect(x.width() - 6, top, 3, thumb);
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
        // below the axis the header layer (paintHeaderLayer), opaque, covers what spilled into the header column
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        // corner over the headers: counts
        g.setFill(p.axis());
        g.fillRect(0, 0, w, layout.axisHeight());
        g.setFill(p.headerText());
        g.setFont(boldFont);
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
            g.setFont(smallFont);
            g.setFill(p.mutedText());
            g.fillText(undatedText, 8, 31);
        }
        vline(g, p.majorGrid(), w - 1, 0, x.height());
        hline(g, p.majorGrid(), 0, x.width(), layout.axisHeight() - 1);
    }

    /**
     * Paints the lane headers below the axis on their own layer ({@code g} has its origin at the axis's bottom
     * left), only when they differ from the last ones painted: panning and zooming leave them as they are, and
     * every text run costs a text layout on the render thread, so redrawing 14 lanes' names each frame was a
     * large share of a frame. Returns whether it painted.
     */
    boolean paintHeaderLayer(GraphicsContext g, TimelineLayout layout, Extras x, double width, double height) {
        List<HeaderRow> rows = new ArrayList<>(layout.lanes().size());
        for (PlacedLane l : layout.lanes()) {
            if (l.y() + l.height() >= layout.axisHeight() && l.y() <= x.height()) {
                rows.add(new HeaderRow(l.lane().label(), l.lane().size(), l.index(), l.y(), l.height(),
                        l.collapsed()));
            }
        }
        HeaderKey key = new HeaderKey(rows, x.focusLane(), x.palette(), width, height, layout.axisHeight());
        if (key.equals(headerKey)) {
            return false;
        }
        headerKey = key;
        Palette p = x.palette();
        double w = width;
        g.save();
        g.setFill(p.header());
        g.fillRect(0, 0, width, height);
        g.translate(0, -layout.axisHeight());
        g.setTextBaseline(VPos.CENTER);
        for (HeaderRow l : rows) {
            double cy = l.y() + Math.min(l.height(), 24) / 2;
            if (l.index() == x.focusLane()) {
                g.setFill(p.focus());
                g.fillRect(0, l.y(), 3, l.height());
            }
            g.setFill(p.mutedText());
            g.setFont(smallFont);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(l.collapsed() ? "▸" : "▾", 8, cy);
            String count = Integer.toString(l.size());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(count, w - 8, cy);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(boldFont);
            g.setFill(p.headerText());
            double room = w - 22 - 14 - measure.width(count);
            g.fillText(measure.elide(l.label(), room), 22, cy);
            hline(g, p.majorGrid(), 0, w, l.y() + l.height() - 1);
        }
        g.restore();
        vline(g, p.majorGrid(), w - 1, 0, height);
        return true;
    }

    /** The header layer was cleared: the next {@link #paintHeaderLayer} paints it whatever it shows. */
    void forgetHeaderLayer() {
        headerKey = null;
    }

    /** What a lane's header shows and where: the header layer is repainted only when one of these changes. */
    private record HeaderRow(String label, int size, int index, double y, double height, boolean collapsed) {
    }

    private record HeaderKey(List<HeaderRow> rows, int focusLane, Palette palette, double width,
                             double height, double axisHeight) {
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
        for (Tick t : layout.axis().major()) {
            vline(g, p.majorGrid(), ox + t.x(), 0, 20);
            if (t.labelled()) {
                sprites.text(t.label(), axisBold, p.axisText(), TextAlignment.LEFT, ox + t.labelX(), 11);
            }
        }
        for (Tick t : layout.axis().minor()) {
            vline(g, p.majorGrid(), ox + t.x(), layout.axisHeight() - 8, layout.axisHeight());
            sprites.text(t.label(), axisFont, p.mutedText(), TextAlignment.LEFT, ox + t.labelX(), 29);
        }
        sprites.flush(g);
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
        g.setFont(smallFont);
        g.fillText("today", tx + 3, layout.axisHeight() + 8);
    }

    private void paintCluster(GraphicsContext g, PlacedCluster c, Palette p) {
        double w = Math.max(4, c.x1() - c.x0());
        g.setFill(p.cluster());
        g.fillRect(c.x0(), c.y(), w, c.height());
        String label = compact(c.cluster().count());
        if (measure.width(label) + 4 <= w) {
            sprites.text(label, boldFont, p.clusterText(), TextAlignment.CENTER, c.x0() + w / 2,
                    c.y() + c.height() / 2);
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

    private void paintItem(GraphicsContext g, PlacedItem it, Palette p, boolean key) {
        Color c = p.colour(it.event().type());
        double cy = it.y() + it.height() / 2;
        if (key) {
            ItemGlyphs.keyHalo(g, it, p);
        }
        ItemGlyphs.paint(g, it, c, p);
        if (!it.label().isEmpty() && labelsLeft > 0) {
            labelsLeft--;
            boolean inside = it.labelX() < it.x1() && (it.kind() == ItemKind.RANGE
                    || it.kind() == ItemKind.FUZZY);
            Color fill = inside && it.kind() == ItemKind.RANGE
                    && !it.inferred() ? contrastOn(c) : p.text();
            // a key event's label in bold: the same width is reserved for it, so a bold one may lose a letter
            sprites.text(it.label(), key ? keyLabelFont : labelFont, fill, TextAlignment.LEFT, it.labelX(), cy,
                    g.getGlobalAlpha());
        }
    }

    private static Color contrastOn(Color c) {
        double lum = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return lum > 0.55 ? Color.BLACK : Color.WHITE;
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
