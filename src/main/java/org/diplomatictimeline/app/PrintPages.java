package org.diplomatictimeline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyDate;
import org.diplomatictimeline.brief.ChronologyEvent;
import org.diplomatictimeline.brief.Citation;
import org.diplomatictimeline.brief.DateLabels;
import org.diplomatictimeline.brief.format.CitationText;

/**
 * What File › Print… sends to the printer, as JavaFX nodes of a page's printable size: the chronology set in
 * pages (what it contains at the top, a heading per date, its events with numbered citations, the undated events,
 * the sources, "page i of n" at the foot of each), or one page with a picture of the timeline and its caption.
 * Black on white in points, whatever the window's theme.
 */
final class PrintPages {

    private static final double GAP = 3;
    private static final double FOOT = 18;

    private PrintPages() {
    }

    /** The chronology in pages of the printable size (points); at least one page. */
    static List<Region> chronology(Chronology c, double width, double height) {
        List<Text> blocks = new ArrayList<>();
        List<Boolean> keepWithNext = new ArrayList<>();
        add(blocks, keepWithNext, text("Chronology, " + c.about().spanLabel(), 16, FontWeight.BOLD, false, width), true);
        for (String line : c.about().lines()) {
            add(blocks, keepWithNext, text(line, 8.5, FontWeight.NORMAL, true, width), false);
        }
        for (ChronologyDate d : c.dates()) {
            add(blocks, keepWithNext, text(d.label(), 12, FontWeight.BOLD, false, width), true);
            for (ChronologyEvent e : d.events()) {
                event(blocks, keepWithNext, e, false, width);
            }
        }
        if (!c.undated().isEmpty()) {
            add(blocks, keepWithNext, text("Undated", 12, FontWeight.BOLD, false, width), true);
            for (ChronologyEvent e : c.undated()) {
                event(blocks, keepWithNext, e, true, width);
            }
        }
        if (!c.citations().isEmpty()) {
            add(blocks, keepWithNext, text("Sources", 12, FontWeight.BOLD, false, width), true);
            for (Citation ci : c.citations()) {
                add(blocks, keepWithNext, text("[" + ci.number() + "] " + CitationText.line(ci), 8, FontWeight.NORMAL,
                        false, width), false);
            }
        }
        return paginate(blocks, keepWithNext, width, height, "Chronology, " + c.about().spanLabel());
    }

    /** The room a picture of the timeline gets on a page of this printable size, in points: {width, height}. */
    static double[] pictureRoom(double width, double height) {
        double room = height - 3 * 8.5 - 2 * GAP;
        // a timeline reads along its time axis: on a portrait page it is turned to run down the long side
        return height > width ? new double[] {room, width} : new double[] {width, room};
    }

    /** One page: the picture scaled to fit above its caption, turned a quarter when the page is portrait. */
    static Region picture(Image image, String caption, double width, double height) {
        Text under = text(caption, 8.5, FontWeight.NORMAL, true, width);
        double[] room = pictureRoom(width, height);
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(room[0]);
        view.setFitHeight(Math.max(1, room[1]));
        if (height > width) {
            view.setRotate(90);
        }
        VBox page = new VBox(GAP, new Group(view), under);
        page.setPrefSize(width, height);
        page.setMaxSize(width, height);
        page.setStyle("-fx-background-color: white;");
        return page;
    }

    private static void event(List<Text> blocks, List<Boolean> keep, ChronologyEvent e, boolean undated,
                              double width) {
        StringBuilder head = new StringBuilder("\u2022 ").append(e.event().title()).append(" \u2014 ")
                .append(e.summary());
        for (Citation ci : e.citations()) {
            head.append(" [").append(ci.number()).append(']');
        }
        add(blocks, keep, text(head.toString(), 10, FontWeight.NORMAL, false, width - 8), true);
        String omitted = CitationText.omitted(e);
        String meta = "   " + e.event().type().label() + "; "
                + (undated ? "date unknown" : DateLabels.of(e.event().when()) + " (" + e.event().when().precisionLabel()
                + ", " + e.event().when().basis().name().toLowerCase(Locale.ROOT) + ")")
                + "; " + CitationText.weight(e) + (omitted.isEmpty() ? "" : "; " + omitted);
        Text m = text(meta, 8, FontWeight.NORMAL, false, width - 8);
        m.setFill(Color.gray(0.3));
        add(blocks, keep, m, false);
    }

    private static void add(List<Text> blocks, List<Boolean> keep, Text t, boolean keepWithNext) {
        blocks.add(t);
        keep.add(keepWithNext);
    }

    /** Blocks into pages in order; a heading or an entry's first line never ends a page without what follows. */
    private static List<Region> paginate(List<Text> blocks, List<Boolean> keepWithNext, double width, double height,
                                         String title) {
        double room = height - FOOT;
        List<List<Text>> pages = new ArrayList<>();
        List<Text> page = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < blocks.size(); i++) {
            double h = blocks.get(i).getLayoutBounds().getHeight() + GAP;
            double needed = h;
            if (keepWithNext.get(i) && i + 1 < blocks.size()) {
                needed += blocks.get(i + 1).getLayoutBounds().getHeight() + GAP;
            }
            if (!page.isEmpty() && used + Math.min(needed, room) > room) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(blocks.get(i));
            used += h;
        }
        pages.add(page);
        List<Region> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            VBox body = new VBox(GAP);
            body.getChildren().addAll(pages.get(p));
            Text foot = text(title + " \u2014 page " + (p + 1) + " of " + pages.size(), 8, FontWeight.NORMAL, false,
                    width);
            foot.setFill(Color.gray(0.35));
            BorderPane sheet = new BorderPane(body);
            sheet.setBottom(foot);
            BorderPane.setMargin(foot, new Insets(4, 0, 0, 0));
            sheet.setPrefSize(width, height);
            sheet.setMaxSize(width, height);
            sheet.setStyle("-fx-background-color: white;");
            out.add(sheet);
        }
        return out;
    }

    private static Text text(String s, double size, FontWeight weight, boolean italic, double width) {
        Text t = new Text(s);
        t.setFont(Font.font("System", weight, italic ? FontPosture.ITALIC : FontPosture.REGULAR, size));
        t.setWrappingWidth(width);
        t.setFill(Color.BLACK);
        return t;
    }

    /** The text of every block of the pages, in order (tests, and the screen reader's account of a print). */
    static String textOf(Node page) {
        StringBuilder b = new StringBuilder();
        collect(page, b);
        return b.toString();
    }

    private static void collect(Node n, StringBuilder b) {
        if (n instanceof Text t) {
            b.append(t.getText()).append('\n');
        } else if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, b);
            }
        }
    }
}
