package org.diplomatictimeline.app;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.LaneMode;
import org.diplomatictimeline.timeline.TimeWindow;
import org.diplomatictimeline.timeline.layout.Axis;
import org.diplomatictimeline.timeline.layout.EventTable;
import org.diplomatictimeline.timeline.layout.Lane;
import org.diplomatictimeline.timeline.layout.LaneAssigner;
import org.diplomatictimeline.timeline.layout.TextMeasure;
import org.diplomatictimeline.timeline.layout.Tick;
import org.diplomatictimeline.timeline.layout.TickScale;
import org.diplomatictimeline.timeline.layout.TimeScale;

/**
 * The timeline view as a standalone SVG picture: the same lanes (in the user's order), the same time window, one mark
 * per event (a dot for a day, a bar for a span, hollow when the date is inferred) with its title where there is
 * room. Vector, so it prints sharp at any size; text stays text, so it can be searched and edited.
 */
final class TimelineSvg {

    private static final double FONT_PX = 12;
    private static final double LANE_LABEL_W = 170;
    private static final double AXIS_H = 34;
    private static final double MARGIN = 16;

    private TimelineSvg() {
    }

    /** The picture of {@code events} within {@code window} (epoch days), {@code width}×{@code height} px. */
    static String svg(List<Event> events, LaneMode mode, List<String> laneOrder, TimeWindow window, int width,
                      int height, boolean dark, String caption) {
        EventTable table = EventTable.of(events);
        List<Lane> lanes = LaneAssigner.assign(table, mode.grouping(), laneOrder);
        TextMeasure measure = TextMeasure.approximate(FONT_PX);
        double plotX = MARGIN + LANE_LABEL_W;
        double plotW = Math.max(50, width - plotX - MARGIN);
        TimeScale scale = new TimeScale(window.start(), window.end(), plotW);
        String ink = dark ? "#eceff1" : "#1b1b1b";
        String muted = dark ? "#90a4ae" : "#6b7178";
        String accent = dark ? "#64b5f6" : "#1565c0";
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"").append(fmt(FONT_PX)).append("\">\n");
        b.append("<title>").append(esc(caption)).append("</title>\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(dark ? "#15181c" : "#ffffff").append("\"/>\n");
        b.append("<text x=\"").append(fmt(MARGIN)).append("\" y=\"").append(fmt(MARGIN + FONT_PX)).append("\" fill=\"")
                .append(muted).append("\">").append(esc(caption)).append("</text>\n");
        double axisY = MARGIN + FONT_PX + AXIS_H;
        Axis axis = TickScale.axis(scale, measure);
        b.append("<g class=\"axis\" fill=\"").append(muted).append("\" stroke=\"").append(muted).append("\">\n");
        for (Tick t : axis.major()) {
            tick(b, plotX + t.x(), axisY, height - MARGIN, axisY - FONT_PX * 1.4, t, 0.6);
        }
        for (Tick t : axis.minor()) {
            tick(b, plotX + t.x(), axisY, axisY + 4, axisY - 4, t, 0.3);
        }
        b.append("</g>\n");
        // Lanes share the height, but no lane grows past six rows of labels: a few lanes stay compact at the top.
        double laneH = lanes.isEmpty() ? 0 : Math.max(FONT_PX * 2.2,
                Math.min(FONT_PX * 1.6 * 6 + 6, (height - axisY - MARGIN) / lanes.size()));
        double y = axisY + 6;
        for (Lane lane : lanes) {
            b.append("<g class=\"lane\">\n<text x=\"").append(fmt(MARGIN)).append("\" y=\"")
                    .append(fmt(y + FONT_PX * 1.3)).append("\" fill=\"").append(ink).append("\" font-weight=\"bold\">")
                    .append(esc(measure.elide(lane.label(), LANE_LABEL_W - 8))).append("</text>\n");
            b.append("<line x1=\"").append(fmt(MARGIN)).append("\" x2=\"").append(fmt(width - MARGIN))
                    .append("\" y1=\"").append(fmt(y + laneH)).append("\" y2=\"").append(fmt(y + laneH))
                    .append("\" stroke=\"").append(muted).append("\" stroke-opacity=\"0.3\"/>\n");
            int rows = Math.max(1, (int) ((laneH - 4) / (FONT_PX * 1.6)));
            double[] rowEnds = new double[rows];
            Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
            for (int rank : lane.members()) {
                double x0 = plotX + scale.x(table.start(rank));
                double x1 = plotX + scale.x(table.end(rank));
                if (x1 < plotX || x0 > plotX + plotW) {
                    continue;
                }
                Event e = table.event(rank);
                int row = 0;
                while (row < rows - 1 && rowEnds[row] > x0) {
                    row++;
                }
                double cy = y + FONT_PX * (1.0 + 1.6 * row);
                mark(b, e, x0, x1, cy, table.inferred(rank), accent);
                String label = measure.elide(e.title(), Math.min(260, plotX + plotW - x0 - 10));
                if (rowEnds[row] <= x0 && !label.isEmpty()) {
                    b.append("<text x=\"").append(fmt(Math.max(x0, x1 - 0) + 7)).append("\" y=\"")
                            .append(fmt(cy + FONT_PX * 0.35)).append("\" fill=\"").append(ink).append("\">")
                            .append(esc(label)).append("</text>\n");
                    rowEnds[row] = x1 + 7 + measure.width(label) + 6;
                } else {
                    rowEnds[row] = Math.max(rowEnds[row], x1 + 4);
                }
            }
            b.append("</g>\n");
            y += laneH;
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static void mark(StringBuilder b, Event e, double x0, double x1, double cy, boolean inferred,
                             String accent) {
        String fill = inferred ? "none" : accent;
        b.append("<g class=\"event\"><title>").append(esc(e.title() + " — " + EventLabels.date(e.when())))
                .append("</title>");
        if (x1 - x0 > 8) {
            b.append("<rect x=\"").append(fmt(x0)).append("\" y=\"").append(fmt(cy - 4)).append("\" width=\"")
                    .append(fmt(x1 - x0)).append("\" height=\"8\" rx=\"3\" fill=\"").append(fill)
                    .append("\" stroke=\"").append(accent).append("\"/>");
        } else {
            b.append("<circle cx=\"").append(fmt((x0 + x1) / 2)).append("\" cy=\"").append(fmt(cy))
                    .append("\" r=\"4.5\" fill=\"").append(fill).append("\" stroke=\"").append(accent)
                    .append("\" stroke-width=\"1.5\"/>");
        }
        b.append("</g>\n");
    }

    private static void tick(StringBuilder b, double x, double y0, double y1, double labelY, Tick t,
                             double opacity) {
        b.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(fmt(y0))
                .append("\" y2=\"").append(fmt(y1)).append("\" stroke-opacity=\"").append(opacity).append("\"/>");
        if (t.labelled()) {
            b.append("<text x=\"").append(fmt(x + 3)).append("\" y=\"").append(fmt(labelY)).append("\" stroke=\"none\">")
                    .append(esc(t.label())).append("</text>");
        }
        b.append('\n');
    }

    /** The window of a list of events when the view has none yet: first to last day, a little padded. */
    static TimeWindow span(List<Event> events) {
        EventTable t = EventTable.of(events);
        if (t.size() == 0) {
            double today = LocalDate.now().toEpochDay();
            return new TimeWindow(today - 30, today + 30);
        }
        double pad = Math.max(1, (t.maxDay() - t.minDay()) * 0.03);
        return new TimeWindow(t.minDay() - pad, t.maxDay() + pad);
    }

    private static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters even escaped; article text can carry them.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
