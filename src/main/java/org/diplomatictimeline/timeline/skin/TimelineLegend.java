package org.diplomatictimeline.timeline.skin;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.timeline.layout.ItemKind;
import org.diplomatictimeline.timeline.layout.PlacedItem;

/** The timeline's legend drawn with the timeline's own marks and colours: what each glyph and colour means. */
public final class TimelineLegend {

    private static final double ROW = 24;
    private static final double TEXT_X = 70;

    private record Sample(ItemKind kind, boolean inferred, String meaning) {
    }

    private static final List<Sample> MARKS = List.of(
            new Sample(ItemKind.POINT, false, "one day, the date stated in the text"),
            new Sample(ItemKind.POINT, true, "one day, the date inferred (hollow = inferred)"),
            new Sample(ItemKind.RANGE, false, "several days (a range)"),
            new Sample(ItemKind.RANGE, true, "a range, inferred (dashed)"),
            new Sample(ItemKind.FUZZY, false, "known only to the week, month or year"),
            new Sample(ItemKind.OPEN_AFTER, false, "open-ended: on or after the day at the bar"),
            new Sample(ItemKind.OPEN_BEFORE, false, "open-ended: on or before the day at the bar"));

    private TimelineLegend() {
    }

    /** A canvas with one row per kind of mark, then one per event type in its colour. */
    public static Canvas canvas(boolean dark, Font font) {
        Palette p = dark ? Palette.dark() : Palette.light();
        EventType[] types = EventType.values();
        double height = (MARKS.size() + 1 + types.length) * ROW + 8;
        Canvas canvas = new Canvas(460, height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(p.background());
        g.fillRect(0, 0, canvas.getWidth(), height);
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        Color sample = p.colour(EventType.values()[0]);
        double y = 4;
        for (Sample s : MARKS) {
            ItemGlyphs.paint(g, item(s.kind(), s.inferred(), y), sample, p);
            g.setFill(p.text());
            g.fillText(s.meaning(), TEXT_X, y + ROW / 2);
            y += ROW;
        }
        g.setFill(p.mutedText());
        g.fillText("Colour = event type:", 8, y + ROW / 2);
        y += ROW;
        for (EventType t : types) {
            ItemGlyphs.paint(g, item(ItemKind.RANGE, false, y), p.colour(t), p);
            g.setFill(p.text());
            g.fillText(t.label(), TEXT_X, y + ROW / 2);
            y += ROW;
        }
        return canvas;
    }

    private static PlacedItem item(ItemKind kind, boolean inferred, double y) {
        double x0 = 12;
        double x1 = 56;
        double anchor = switch (kind) {
            case POINT -> 34;
            case OPEN_AFTER -> 20;
            case OPEN_BEFORE -> 48;
            default -> x0;
        };
        if (kind == ItemKind.OPEN_AFTER) {
            x0 = anchor - 5;
        } else if (kind == ItemKind.OPEN_BEFORE) {
            x1 = anchor + 5;
        } else if (kind == ItemKind.POINT) {
            x0 = anchor - 6;
            x1 = anchor + 6;
        }
        return new PlacedItem(-1, null, kind, inferred, 0, x0, x1, anchor, y + 4, ROW - 8, "", 0, 0);
    }
}
