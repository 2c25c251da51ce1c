package org.diplomatictimeline.timeline.skin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Text runs of the timeline canvas drawn once into a shared sheet and then copied as images.
 *
 * <p>Why: every {@code fillText} on a canvas lays its string out again on the render thread (a bidi analysis and
 * glyph layout per call), which was half of a frame at 100k events, while the same labels, cluster counts and
 * tick labels come back frame after frame of a pan or zoom. Copying a pre-rendered run is a plain image blit.
 * Texts are queued with {@link #text} and drawn, in the order queued, by {@link #flush}; the runs not yet
 * rendered are first drawn together on one sheet canvas with the very same {@code fillText} (same font, colour,
 * alignment and centre baseline) and snapshotted once, so a sprite looks as the text drawn in place, anchored
 * on a whole pixel.
 *
 * <p>Memory stays bounded: past {@link #MAX_PIXELS} of sheets the whole cache is dropped and rebuilt from what
 * the next frames show.
 */
final class TextSprites {

    private static final int SHEET_WIDTH = 1024;
    private static final int PAD = 2;
    /** About 16 MB of ARGB sheets. */
    static final long MAX_PIXELS = 4L << 20;
    /**
     * At most this many new runs are rendered per frame, the rest drawn in place and taken in on later frames: the
     * first frame of a new zoom would otherwise pay for every label twice (sheet and snapshot) at once.
     */
    private static final int MAX_NEW_PER_FRAME = 64;

    private record Key(String text, Font font, Paint paint, TextAlignment align) {
    }

    /** Where a rendered run lies on its sheet, and where its anchor (the fillText point) lies in that rectangle. */
    private record Sprite(Image sheet, int sx, int sy, int w, int h, int anchorX, int anchorY) {
    }

    private record Queued(Key key, double x, double y, double alpha) {
    }

    private final Map<Key, Sprite> cache = new HashMap<>();
    private final List<Queued> queue = new ArrayList<>();
    private final Text measurer = new Text();
    private long pixels;

    /** Queues a text run anchored as {@code fillText(text, x, y)} with a centre baseline and the given alignment. */
    void text(String text, Font font, Paint paint, TextAlignment align, double x, double y) {
        text(text, font, paint, align, x, y, 1);
    }

    /** As {@link #text(String, Font, Paint, TextAlignment, double, double)}, drawn with a global alpha. */
    void text(String text, Font font, Paint paint, TextAlignment align, double x, double y, double alpha) {
        if (!text.isEmpty()) {
            queue.add(new Queued(new Key(text, font, paint, align), x, y, alpha));
        }
    }

    /** Draws the queued runs in order on {@code g}, rendering those seen for the first time; empties the queue. */
    void flush(GraphicsContext g) {
        if (queue.isEmpty()) {
            return;
        }
        renderMissing();
        boolean smooth = g.isImageSmoothing();
        double alpha = g.getGlobalAlpha();
        g.setImageSmoothing(false);
        for (Queued q : queue) {
            g.setGlobalAlpha(q.alpha());
            Sprite s = cache.get(q.key());
            if (s == null) {
                // too wide for a sheet, or past this frame's share of new runs: drawn in place as before
                g.setFont(q.key().font());
                g.setFill(q.key().paint());
                g.setTextAlign(q.key().align());
                g.setTextBaseline(VPos.CENTER);
                g.fillText(q.key().text(), q.x(), q.y());
                continue;
            }
            double dx = Math.round(q.x()) - s.anchorX();
            double dy = Math.round(q.y()) - s.anchorY();
            g.drawImage(s.sheet(), s.sx(), s.sy(), s.w(), s.h(), dx, dy, s.w(), s.h());
        }
        g.setImageSmoothing(smooth);
        g.setGlobalAlpha(alpha);
        queue.clear();
    }

    /** Number of runs rendered and kept (for tests). */
    int size() {
        return cache.size();
    }

    private void renderMissing() {
        List<Key> missing = new ArrayList<>();
        List<double[]> sizes = new ArrayList<>();
        Set<Key> seen = new HashSet<>();
        for (Queued q : queue) {
            Key k = q.key();
            if (missing.size() < MAX_NEW_PER_FRAME && !cache.containsKey(k) && seen.add(k)) {
                measurer.setFont(k.font());
                measurer.setText(k.text());
                double w = Math.ceil(measurer.getLayoutBounds().getWidth()) + 2 * PAD;
                double h = Math.ceil(measurer.getLayoutBounds().getHeight()) + 2 * PAD;
                if (w <= SHEET_WIDTH) {
                    missing.add(k);
                    sizes.add(new double[] {w, h});
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        // shelf packing: left to right, a new row when the width is used up
        int[][] at = new int[missing.size()][];
        int x = 0;
        int y = 0;
        int rowHeight = 0;
        for (int i = 0; i < missing.size(); i++) {
            int w = (int) sizes.get(i)[0];
            int h = (int) sizes.get(i)[1];
            if (x + w > SHEET_WIDTH) {
                x = 0;
                y += rowHeight;
                rowHeight = 0;
            }
            at[i] = new int[] {x, y, w, h};
            x += w;
            rowHeight = Math.max(rowHeight, h);
        }
        int height = y + rowHeight;
        int used = y == 0 ? x : SHEET_WIDTH;
        if (pixels + (long) used * height > MAX_PIXELS) {
            cache.clear();
            pixels = 0;
        }
        Canvas sheet = new Canvas(used, height);
        GraphicsContext sg = sheet.getGraphicsContext2D();
        sg.setTextBaseline(VPos.CENTER);
        int[][] anchors = new int[missing.size()][];
        for (int i = 0; i < missing.size(); i++) {
            Key k = missing.get(i);
            int[] r = at[i];
            int ax = switch (k.align()) {
                case CENTER -> r[0] + r[2] / 2;
                case RIGHT -> r[0] + r[2] - PAD;
                default -> r[0] + PAD;
            };
            int ay = r[1] + r[3] / 2;
            anchors[i] = new int[] {ax, ay};
            sg.setFont(k.font());
            sg.setFill(k.paint());
            sg.setTextAlign(k.align());
            sg.fillText(k.text(), ax, ay);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        Image image = sheet.snapshot(params, null);
        pixels += (long) used * height;
        for (int i = 0; i < missing.size(); i++) {
            int[] r = at[i];
            cache.put(missing.get(i), new Sprite(image, r[0], r[1], r[2], r[3], anchors[i][0] - r[0],
                    anchors[i][1] - r[1]));
        }
    }
}
