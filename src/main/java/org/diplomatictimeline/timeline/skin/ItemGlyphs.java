package org.diplomatictimeline.timeline.skin;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.diplomatictimeline.timeline.layout.ItemKind;
import org.diplomatictimeline.timeline.layout.PlacedItem;

/**
 * Draws the mark of one item: a diamond for a day, a bar for a range, a fading span for a month or a year, an
 * arrow for an open end; hollow or dashed when the date was inferred. Shared by the timeline and its legend.
 */
final class ItemGlyphs {

    private ItemGlyphs() {
    }

    /** The mark of an item without its label: what the timeline draws and what the legend shows. */
    static void paint(GraphicsContext g, PlacedItem it, Color c, Palette p) {
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
    }

    /**
     * The mark behind a key event: a larger diamond (or a frame round its bar) in the text colour, so the item stands out
     * in any type colour and theme; painted before {@link #paint}.
     */
    static void keyHalo(GraphicsContext g, PlacedItem it, Palette p) {
        double cy = it.y() + it.height() / 2;
        double r = it.height() / 2;
        switch (it.kind()) {
            case POINT, OPEN_AFTER, OPEN_BEFORE -> diamondRows(g, it.anchor(), cy, Math.min(6, r) + 3, p.text());
            case RANGE, FUZZY -> {
                // a frame, not a fill: a label drawn inside the bar must stay readable
                double x = it.x0() - 2;
                double w = it.x1() - it.x0() + 4;
                g.setFill(p.text());
                g.fillRect(x, it.y(), w, 2);
                g.fillRect(x, it.y() + it.height() - 2, w, 2);
                g.fillRect(x, it.y(), 2, it.height());
                g.fillRect(x + w - 2, it.y(), 2, it.height());
            }
        }
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
        boolean later = it.kind() == ItemKind.OPEN_AFTER;
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
}
