package org.diplomatictimeline.app.present;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.diplomatictimeline.brief.DateLabels;

/** A thin time axis under a slide: a tick per slide, the current one large, the first and last dates at the ends. */
final class TimelineStrip extends Region {

    private final Canvas canvas = new Canvas();
    private List<Slide> slides = List.of();
    private int current;
    private boolean dark;

    TimelineStrip() {
        getStyleClass().add("present-strip");
        getChildren().add(canvas);
        setMinHeight(40);
    }

    void show(List<Slide> deck, int index, boolean darkTheme) {
        slides = deck;
        current = index;
        dark = darkTheme;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 56;
    }

    private static double width(String text, double fontPx) {
        Text t = new Text(text);
        t.setFont(Font.font(fontPx));
        return t.getLayoutBounds().getWidth();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        List<LocalDate> days = slides.stream().filter(s -> s.event().when().isKnown())
                .map(s -> s.event().when().span().first()).toList();
        if (w <= 0 || days.isEmpty()) {
            return;
        }
        Color ink = dark ? Color.gray(0.85) : Color.gray(0.2);
        Color faint = dark ? Color.gray(0.45) : Color.gray(0.65);
        Color accent = dark ? Color.web("#ffb74d") : Color.web("#c2185b");
        double fontPx = Math.max(11, h * 0.26);
        double axisY = h * 0.4;
        LocalDate from = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate to = days.stream().max(LocalDate::compareTo).orElseThrow();
        double margin = Math.max(width(DateLabels.ofDay(from), fontPx), width(DateLabels.ofDay(to), fontPx))
                + fontPx * 1.6;
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        g.setStroke(faint);
        g.setLineWidth(Math.max(1, h / 28));
        g.strokeLine(margin, axisY, w - margin, axisY);
        double dotX = -1;
        for (int i = 0; i < slides.size(); i++) {
            Slide s = slides.get(i);
            if (!s.event().when().isKnown()) {
                continue;
            }
            double x = margin + (w - 2 * margin) * ChronoUnit.DAYS.between(from, s.event().when().span().first()) / span;
            if (i == current) {
                dotX = x;
            } else {
                g.setStroke(ink);
                g.strokeLine(x, axisY - h * 0.12, x, axisY + h * 0.12);
            }
        }
        g.setFont(Font.font(fontPx));
        g.setFill(ink);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(DateLabels.ofDay(from), margin - fontPx * 1.0, axisY + fontPx * 0.35);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(DateLabels.ofDay(to), w - margin + fontPx * 1.0, axisY + fontPx * 0.35);
        if (dotX >= 0) {
            double r = h * 0.16;
            g.setFill(accent);
            g.fillOval(dotX - r, axisY - r, 2 * r, 2 * r);
        }
    }
}
