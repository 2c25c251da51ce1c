package org.diplomatictimeline.brief.format;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyDate;

/** The chronology's dates on a time axis as inline SVG: one mark per date, its size by the date's score. */
final class SvgTimelineStrip {

    private static final int WIDTH = 960;
    private static final int MARGIN = 40;
    private static final int AXIS_Y = 60;
    /** Label rows as offsets from the axis: above, below, further above, further below. */
    private static final int[] ROWS = {-14, 26, -32, 44};
    /** A rough width of one character of the 11 px label font, for collision checks without font metrics. */
    private static final double CHAR_WIDTH = 6.6;

    private SvgTimelineStrip() {
    }

    static String svg(Chronology c) {
        StringBuilder b = new StringBuilder();
        int height = 150;
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" aria-label=\"The dates of this chronology on a time axis\">");
        b.append("<line x1=\"").append(MARGIN).append("\" y1=\"").append(AXIS_Y).append("\" x2=\"")
                .append(WIDTH - MARGIN).append("\" y2=\"").append(AXIS_Y).append("\" class=\"axis\"/>");
        // The axis covers the dates shown, not the whole span: background events decades back would squash them.
        LocalDate from = c.dates().isEmpty() ? null : c.dates().get(0).span().first();
        LocalDate to = c.dates().stream().map(d -> d.span().last()).max(LocalDate::compareTo).orElse(null);
        if (from != null) {
            label(b, MARGIN, AXIS_Y + 80, from.toString(), "start");
            label(b, WIDTH - MARGIN, AXIS_Y + 80, to.toString(), "end");
            double[] rowEnds = new double[ROWS.length];
            Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
            double days = Math.max(1, ChronoUnit.DAYS.between(from, to));
            double maxScore = c.dates().stream().mapToDouble(ChronologyDate::score).max().orElse(1);
            int i = 0;
            for (ChronologyDate d : c.dates()) {
                LocalDate mid = d.span().first().plusDays(d.span().lengthInDays() / 2);
                double t = Math.min(1, Math.max(0, ChronoUnit.DAYS.between(from, mid) / days));
                double x = MARGIN + t * (WIDTH - 2 * MARGIN);
                double r = 3 + 7 * (maxScore <= 0 ? 0 : d.score() / maxScore);
                b.append("<a href=\"#d").append(i).append("\"><circle cx=\"").append(fmt(x)).append("\" cy=\"")
                        .append(AXIS_Y).append("\" r=\"").append(fmt(r)).append("\" class=\"mark\"><title>")
                        .append(HtmlText.escape(d.label())).append("</title></circle></a>");
                // Each label takes the first row, above or below the axis, where it overprints no other; with no
                // free row it is left out (the mark keeps its date as a tooltip and links to the section).
                double half = d.label().length() * CHAR_WIDTH / 2;
                for (int row = 0; row < ROWS.length; row++) {
                    if (x - half > rowEnds[row] + 4) {
                        label(b, x, AXIS_Y + ROWS[row], d.label(), "middle");
                        rowEnds[row] = x + half;
                        break;
                    }
                }
                i++;
            }
        }
        b.append("</svg>");
        return b.toString();
    }

    private static void label(StringBuilder b, double x, int y, String text, String anchor) {
        b.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\">").append(HtmlText.escape(text)).append("</text>");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
