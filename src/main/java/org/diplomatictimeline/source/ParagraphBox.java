package org.diplomatictimeline.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.diplomatictimeline.model.Event;

/**
 * One paragraph of the source view: a {@link TextFlow} of runs with highlight shapes drawn behind the evidence.
 *
 * <p>{@code Text} has no background, so highlights are {@link Path}s from {@link TextFlow#rangeShape}, refreshed on
 * every layout because line wrapping moves them.
 */
final class ParagraphBox extends Region {

    static final String EVIDENCE_CLASS = "evidence";
    static final String SELECTED_CLASS = "evidence-selected";

    private final Paragraph paragraph;
    private final TextFlow flow = new TextFlow();
    private final List<Path> highlights = new ArrayList<>();
    private final List<EvidenceRun> highlightedRuns = new ArrayList<>();
    private final List<Text> evidenceTexts = new ArrayList<>();
    private final Path selection = new Path();
    private int selectionStart;
    private int selectionEnd;

    ParagraphBox(Paragraph paragraph, String text, int bodyStart, Consumer<EvidenceRun> onRunClicked) {
        this.paragraph = paragraph;
        getStyleClass().add("paragraph");
        flow.getStyleClass().add("paragraph-flow");
        for (EvidenceRun run : paragraph.runs()) {
            Text t = new Text(text.substring(run.start(), run.end()));
            t.getStyleClass().add("source-text");
            if (run.end() <= bodyStart) {
                t.getStyleClass().add("header-line"); // the corpus' inline date line, not article text
            }
            if (run.isEvidence()) {
                t.getStyleClass().addAll(EVIDENCE_CLASS, typeClass(run.events().get(0)));
                t.setCursor(Cursor.HAND);
                t.setUserData(run);
                Tooltip.install(t, new Tooltip(describe(run)));
                t.setOnMouseClicked(e -> {
                    if (!e.isStillSincePress()) {
                        return; // the end of a drag that selects text, not a click on the excerpt
                    }
                    onRunClicked.accept(run);
                    e.consume();
                });
                // Excerpts are reachable with Tab and chosen with Enter or Space, like links.
                t.setFocusTraversable(true);
                t.setAccessibleRole(AccessibleRole.HYPERLINK);
                t.setAccessibleText("Excerpt: " + describe(run));
                t.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                        onRunClicked.accept(run);
                        e.consume();
                    }
                });
                Path path = new Path();
                path.setManaged(false);
                path.setMouseTransparent(true);
                path.getStyleClass().addAll("evidence-mark", typeClass(run.events().get(0)));
                highlights.add(path);
                highlightedRuns.add(run);
                evidenceTexts.add(t);
            }
            flow.getChildren().add(t);
        }
        if (paragraph.runs().isEmpty()) {
            // Keeps an empty line its height so paragraphs stay visually apart.
            flow.getChildren().add(new Text(""));
        }
        getChildren().addAll(highlights);
        selection.setManaged(false);
        selection.setMouseTransparent(true);
        selection.getStyleClass().add("text-selection");
        selection.setVisible(false);
        getChildren().add(selection);
        getChildren().add(flow);
    }

    private static String describe(EvidenceRun run) {
        StringBuilder sb = new StringBuilder();
        for (Event e : run.events()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(e.title()).append(" — ").append(e.when().isKnown() ? e.when().value() : "undated");
        }
        return sb.append("\n(click to select)").toString();
    }

    /** The CSS class that colours evidence of an event's type, e.g. {@code type-meeting}. */
    static String typeClass(Event event) {
        return "type-" + event.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Paragraph paragraph() {
        return paragraph;
    }

    List<Text> evidenceTexts() {
        return evidenceTexts;
    }

    /** Marks the runs of {@code event} (or none for null) as strongly highlighted; true if any run is its. */
    boolean select(Event event) {
        boolean any = false;
        for (int i = 0; i < highlightedRuns.size(); i++) {
            boolean mine = event != null && highlightedRuns.get(i).covers(event);
            any |= mine;
            toggle(highlights.get(i).getStyleClass(), mine);
            toggle(evidenceTexts.get(i).getStyleClass(), mine);
        }
        return any;
    }

    /** The document offset nearest to a point in this box's coordinates (clamped to the paragraph). */
    int offsetAt(double x, double y) {
        double fx = Math.max(0, Math.min(flow.getWidth(), x - flow.getLayoutX()));
        double fy = Math.max(0, Math.min(Math.max(0, flow.getHeight() - 1), y - flow.getLayoutY()));
        int index = flow.hitTest(new Point2D(fx, fy)).getInsertionIndex();
        return paragraph.start() + Math.max(0, Math.min(index, paragraph.end() - paragraph.start()));
    }

    /** Shows the part of the document range [start, end) that falls in this paragraph as selected. */
    void showSelection(int start, int end) {
        int s = Math.max(start, paragraph.start());
        int e = Math.min(end, paragraph.end());
        if (e <= s) {
            s = 0;
            e = 0;
        } else {
            s -= paragraph.start();
            e -= paragraph.start();
        }
        if (s == selectionStart && e == selectionEnd) {
            return;
        }
        selectionStart = s;
        selectionEnd = e;
        selection.setVisible(e > s);
        requestLayout();
    }

    private static void toggle(List<String> classes, boolean on) {
        if (on && !classes.contains(SELECTED_CLASS)) {
            classes.add(SELECTED_CLASS);
        } else if (!on) {
            classes.remove(SELECTED_CLASS);
        }
    }

    /** Height depends on width (wrapping); without this the parent would ask for the unwrapped height. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? computePrefWidth(-1) : width;
        return snappedTopInset() + flow.prefHeight(Math.max(0, w - snappedLeftInset() - snappedRightInset()))
                + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + flow.prefWidth(height) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 40;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = Math.max(0, getWidth() - x - snappedRightInset());
        double h = Math.max(0, getHeight() - y - snappedBottomInset());
        flow.resizeRelocate(x, y, w, h);
        flow.layout();
        for (int i = 0; i < highlights.size(); i++) {
            EvidenceRun run = highlightedRuns.get(i);
            Path path = highlights.get(i);
            path.getElements().setAll(flow.rangeShape(run.start() - paragraph.start(), run.end() - paragraph.start()));
            path.setLayoutX(x);
            path.setLayoutY(y);
        }
        if (selectionEnd > selectionStart) {
            selection.getElements().setAll(flow.rangeShape(selectionStart, selectionEnd));
            selection.setLayoutX(x);
            selection.setLayoutY(y);
        } else {
            selection.getElements().clear();
        }
    }
}
