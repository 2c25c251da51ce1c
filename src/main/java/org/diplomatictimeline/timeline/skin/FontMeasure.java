package org.diplomatictimeline.timeline.skin;

import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.diplomatictimeline.timeline.layout.TextMeasure;

/**
 * Measures label text in the font it is drawn in: each character's advance is measured once (with an unattached
 * {@link Text}) and cached, and a string's width is the sum. Kerning is ignored, which errs by a pixel or two on a
 * long title; a fixed average advance erred by a fifth either way (narrow titles cut, wide ones overflowing).
 *
 * <p>Lane levels are built on a worker thread, so the cache is concurrent and unattached nodes are used only.
 */
final class FontMeasure implements TextMeasure {

    private final Font font;
    private final double[] latin = new double[0x250];
    private final ConcurrentHashMap<Integer, Double> others = new ConcurrentHashMap<>();

    FontMeasure(Font font) {
        this.font = font;
        for (int c = 0x20; c < latin.length; c++) {
            latin[c] = measure(c);
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
            w += cp < latin.length ? latin[cp] : others.computeIfAbsent(cp, this::measure);
            i += Character.charCount(cp);
        }
        return w;
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
