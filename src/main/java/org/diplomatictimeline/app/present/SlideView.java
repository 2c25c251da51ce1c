package org.diplomatictimeline.app.present;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One slide on screen: title, date and how it is known, who and where, the excerpts with their citations, and the
 * timeline strip. All type is sized in em of a base that follows the window, so it reads at 720p and 1080p alike.
 */
final class SlideView extends BorderPane {

    /** Base type size at 1280×720; a projector's 1080p gets 1.5 times this. */
    static final double BASE_PX_AT_720 = 22;

    private final Label counter = label("present-counter", 0.8);
    private final Label title = label("present-title", 2.2);
    private final Label date = label("present-date", 1.3);
    private final Label who = label("present-who", 1.1);
    private final Label where = label("present-where", 1.1);
    private final VBox excerpts = new VBox();
    private final TimelineStrip strip = new TimelineStrip();
    private boolean dark;

    SlideView() {
        getStyleClass().add("present-slide");
        title.setStyle(title.getStyle() + "-fx-font-weight: bold;");
        VBox body = new VBox(title, date, who, where, excerpts);
        body.spacingProperty().bind(fontSize().multiply(0.5));
        excerpts.spacingProperty().bind(fontSize().multiply(0.6));
        body.setAlignment(Pos.TOP_LEFT);
        HBox top = new HBox(counter);
        top.setAlignment(Pos.TOP_RIGHT);
        setTop(top);
        setCenter(body);
        setBottom(strip);
        VBox.setVgrow(excerpts, Priority.ALWAYS);
        widthProperty().addListener((o, a, b) -> rescale());
        heightProperty().addListener((o, a, b) -> rescale());
        rescale();
    }

    private DoubleBinding fontSize() {
        return Bindings.createDoubleBinding(() -> basePx(getWidth(), getHeight()),
                widthProperty(), heightProperty());
    }

    /** The base type size for a window: scales with the smaller of width/1280 and height/720. */
    static double basePx(double width, double height) {
        if (width <= 0 || height <= 0) {
            return BASE_PX_AT_720;
        }
        return BASE_PX_AT_720 * Math.min(width / 1280, height / 720);
    }

    private void rescale() {
        double px = basePx(getWidth(), getHeight());
        setStyle(colours() + "-fx-font-size: " + px + "px;");
        setPadding(new Insets(px * 1.6, px * 2.4, px * 0.8, px * 2.4));
        strip.setPrefHeight(px * 2.6);
        strip.setMinHeight(px * 2.6);
        title.setMaxWidth(Double.MAX_VALUE);
    }

    private String colours() {
        return dark ? "-fx-background-color: #15181c; -present-ink: #eceff1; -present-muted: #b0bec5;"
                : "-fx-background-color: #fbfaf7; -present-ink: #1b1b1b; -present-muted: #4a4f55;";
    }

    void show(List<Slide> slides, int index, boolean darkTheme) {
        dark = darkTheme;
        rescale();
        Slide s = slides.get(index);
        counter.setText((index + 1) + " / " + slides.size());
        title.setText(s.title());
        date.setText(s.date() + "  \u00B7  date " + s.basis());
        who.setText(s.participants().isEmpty() ? "" : "Who: " + s.participants());
        who.setManaged(!s.participants().isEmpty());
        where.setText(s.place().isEmpty() ? "" : "Where: " + s.place());
        where.setManaged(!s.place().isEmpty());
        excerpts.getChildren().clear();
        for (Slide.Excerpt e : s.excerpts()) {
            Label quote = label("present-excerpt", 1.05);
            quote.setText("\u201C" + e.text() + "\u201D");
            Label cite = label("present-citation", 0.8);
            cite.setText("\u2014 " + e.citation());
            VBox box = new VBox(quote, cite);
            box.setPadding(new Insets(0, 0, 0, 12));
            box.setStyle("-fx-border-color: transparent transparent transparent -present-muted;"
                    + " -fx-border-width: 0 0 0 3;");
            excerpts.getChildren().add(box);
        }
        strip.show(slides, index, darkTheme);
    }

    TimelineStrip strip() {
        return strip;
    }

    Label titleLabel() {
        return title;
    }

    private static Label label(String styleClass, double em) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        // Title and date always show whole; excerpts give way (with an ellipsis) before the strip is pushed off.
        if (em > 1.05) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        l.setStyle("-fx-font-size: " + em + "em; -fx-text-fill: "
                + (styleClass.equals("present-citation") || styleClass.equals("present-counter")
                ? "-present-muted" : "-present-ink") + ";");
        return l;
    }
}
