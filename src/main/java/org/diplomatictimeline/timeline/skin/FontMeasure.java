package org.diplomatictimeline.timeline.skin;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.diplomatictimeline.timeline.layout.TextMeasure;

/**
 * Measures label text in the font it is drawn in: each character's advance is measured once (with an unattached
 * {@link Text}) and cached, and a string's width is the sum. Kerning is ignored, which errs by a pixel or two on a
 * long title; a fixed average advance erred by a fifth either way (narrow titles cut, wide ones overflowing).
 *
 * <p>Lane levels are built on a worker thread, so the cache is concurrent and unattached nodes are used only (which
 * JavaFX allows on any thread). A
 * character is measured when a label first needs it, not when the control is built: measuring the whole Latin range
 * up front laid out ~560 {@link Text} nodes on the FX thread before the window's first frame, for the few dozen
 * characters a timeline's labels use (docs/BENCHMARKS.md, branch {@code startup}, stop 20).
 */
final class FontMeasure implements TextMeasure {

    /** A NaN with a payload: no measured advance has these bits (a measured NaN would be the plain one). */
    private static final long UNMEASURED = Double.doubleToRawLongBits(Double.NaN) | 1L;

    private final Font font;
    /** Advances of U+0000..U+024F as raw double bits; {@link #UNMEASURED} until first asked for. */
    private final AtomicLongArray latin = new AtomicLongArray(0x250);
    private final ConcurrentHashMap<Integer, Double> others = new ConcurrentHashMap<>();

    FontMeasure(Font font) {
        this.font = font;
        for (int c = 0; c < latin.length(); c++) {
            latin.set(c, UNMEASURED);
        }
    }

    Font font() {
        return font;
    }

    @Override
    public double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += cp < latin.length() ? latin(cp) : others.computeIfAbsent(cp, this::measure);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** A Latin character's advance, measured at its first use (two threads at once measure the same value). */
    private double latin(int codePoint) {
        long bits = latin.get(codePoint);
        if (bits == UNMEASURED) {
            bits = Double.doubleToRawLongBits(codePoint < 0x20 ? 0 : measure(codePoint));
            latin.set(codePoint, bits);
        }
        return Double.longBitsToDouble(bits);
    }

    private double measure(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return 0;
        }
        Text t = new Text(new String(Character.toChars(codePoint)));
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
