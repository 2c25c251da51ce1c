package org.diplomatictimeline.timeline.layout;

/**
 * Measures the drawn width of label text, so layout can reserve space without touching a font renderer.
 *
 * <p>Layout runs for tens of thousands of labels per zoom level, so the skin passes a cheap approximation rather
 * than measuring every string with a scene-graph node; both layout and painting elide with the same measure.
 */
@FunctionalInterface
public interface TextMeasure {

    double width(String text);

    /** An average-advance measure for a proportional font of the given size; slightly generous on purpose. */
    static TextMeasure approximate(double fontSize) {
        double advance = fontSize * 0.56;
        return text -> text.length() * advance;
    }

    /** The longest prefix of {@code text} plus an ellipsis that fits {@code maxWidth}, or "" when nothing fits. */
    default String elide(String text, double maxWidth) {
        if (width(text) <= maxWidth) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(text.substring(0, mid) + "…") <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo).stripTrailing() + "…";
    }
}
