package org.diplomatictimeline.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.Event;

/**
 * A read-only view of one document's text with every evidence span highlighted by event type and the evidence of
 * one event highlighted strongly; clicking a highlighted excerpt reports its event.
 *
 * <p>The text is split into paragraphs, each its own {@code TextFlow}, so a long document costs many small layouts
 * instead of one huge one, and scrolling to an excerpt only needs the paragraph's position.
 */
public class SourceView extends BorderPane {

    public static final String DEFAULT_STYLE_CLASS = "source-view";

    private final Label header = new Label();
    private final VBox paragraphs = new VBox();
    private final ScrollPane scroller = new ScrollPane(paragraphs);
    private final List<ParagraphBox> boxes = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<Event> highlighted = new ReadOnlyObjectWrapper<>(this, "highlightedEvent");
    private final ObjectProperty<Consumer<Event>> onEvidenceClicked =
            new SimpleObjectProperty<>(this, "onEvidenceClicked");
    private final ReadOnlyObjectWrapper<TextRange> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private int anchor = -1;

    public SourceView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        getStylesheets().add(Objects.requireNonNull(
                SourceView.class.getResource("source-view.css"), "source-view.css").toExternalForm());
        header.getStyleClass().add("source-header");
        header.setWrapText(true);
        header.setMaxWidth(Double.MAX_VALUE);
        paragraphs.getStyleClass().add("source-paragraphs");
        paragraphs.setFillWidth(true);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("source-scroller");
        scroller.setAccessibleText("Document text");
        setAccessibleRole(AccessibleRole.TEXT_AREA);
        setAccessibleText("Source document with highlighted evidence");
        setTop(header);
        setCenter(scroller);
        showPlaceholder();
        installSelection();
    }

    /** Mouse drag and Shift+click select text; Ctrl+C copies it and Escape clears it. */
    private void installSelection() {
        // Filters, so presses on excerpts still reach their click handlers afterwards.
        paragraphs.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || boxes.isEmpty()) {
                return;
            }
            requestFocus();
            int offset = offsetAt(e.getSceneX(), e.getSceneY());
            if (e.isShiftDown() && anchor >= 0) {
                select(anchor, offset);
            } else {
                anchor = offset;
                select(offset, offset);
            }
        });
        paragraphs.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.isPrimaryButtonDown() && anchor >= 0 && !boxes.isEmpty()) {
                select(anchor, offsetAt(e.getSceneX(), e.getSceneY()));
            }
        });
        setFocusTraversable(true);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && getSelection() != null) {
                clearSelection();
                e.consume();
            } else if (e.getCode() == KeyCode.C && e.isShortcutDown() && copySelection()) {
                e.consume();
            }
        });
    }

    /** The document offset under a scene point: the nearest paragraph by height, then the nearest character. */
    private int offsetAt(double sceneX, double sceneY) {
        Point2D p = paragraphs.sceneToLocal(sceneX, sceneY);
        ParagraphBox hit = boxes.get(boxes.size() - 1);
        for (ParagraphBox box : boxes) {
            if (p.getY() < box.getBoundsInParent().getMaxY()) {
                hit = box;
                break;
            }
        }
        Point2D local = hit.parentToLocal(p);
        return hit.offsetAt(local.getX(), local.getY());
    }

    /**
     * Selects the document text between two offsets (either order); an empty range clears the shown selection but
     * keeps the caret for Shift+click.
     */
    public void select(int from, int to) {
        Document doc = document.get();
        if (doc == null) {
            return;
        }
        int start = Math.max(0, Math.min(Math.min(from, to), doc.text().length()));
        int end = Math.max(0, Math.min(Math.max(from, to), doc.text().length()));
        for (ParagraphBox box : boxes) {
            box.showSelection(start, end);
        }
        selection.set(end > start ? new TextRange(doc.id(), start, end) : null);
    }

    /** Removes the selection. */
    public void clearSelection() {
        anchor = -1;
        boxes.forEach(b -> b.showSelection(0, 0));
        selection.set(null);
    }

    /** The selected text of the shown document, or null when nothing is selected. */
    public ReadOnlyObjectProperty<TextRange> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public TextRange getSelection() {
        return selection.get();
    }

    /** The selected text exactly as in the document, or an empty string. */
    public String getSelectedText() {
        TextRange r = selection.get();
        Document doc = document.get();
        return r == null || doc == null ? "" : doc.text().substring(r.start(), r.end());
    }

    /** Puts the selected text on the clipboard; false when nothing is selected. */
    public boolean copySelection() {
        String text = getSelectedText();
        if (text.isEmpty()) {
            return false;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        return true;
    }

    /** Shows {@code doc} with the evidence the given events have in it highlighted (others' evidence is ignored). */
    public void showDocument(Document doc, List<Event> events) {
        Objects.requireNonNull(doc, "doc");
        clearSelection();
        document.set(doc);
        header.setText(doc.title().isBlank() ? doc.id() : doc.title());
        boxes.clear();
        List<Node> nodes = new ArrayList<>();
        for (Paragraph p : ParagraphLayout.layout(doc.id(), doc.text(), events, doc.bodyStart())) {
            if (p.runs().isEmpty() && !nodes.isEmpty() && isEmptyLine(nodes.get(nodes.size() - 1))) {
                continue; // Runs of blank lines collapse into one gap.
            }
            ParagraphBox box = new ParagraphBox(p, doc.text(), doc.bodyStart(), this::runClicked);
            if (p.runs().isEmpty()) {
                box.getStyleClass().add("empty-line");
            }
            boxes.add(box);
            nodes.add(box);
        }
        paragraphs.getChildren().setAll(nodes);
        scroller.setVvalue(0);
        Event keep = highlighted.get();
        highlighted.set(null);
        if (keep != null) {
            markSelected(keep);
        }
    }

    /** Empties the view, e.g. when no document is loaded or the filter hides all. */
    public void clear() {
        clearSelection();
        document.set(null);
        highlighted.set(null);
        boxes.clear();
        showPlaceholder();
    }

    /** Strongly highlights the event's excerpts in the shown document and scrolls to the first; null clears. */
    public void highlight(Event event) {
        highlight(event, true);
    }

    /** As {@link #highlight(Event)}; without scrolling when the user is pointing at the text already. */
    public void highlight(Event event, boolean scroll) {
        boolean shown = markSelected(event);
        if (scroll && event != null && shown) {
            event.evidence().stream()
                    .filter(ev -> document.get() != null && ev.documentId().equals(document.get().id()))
                    .findFirst()
                    .ifPresent(ev -> scrollToOffset(ev.start()));
        }
    }

    /** Scrolls so that the paragraph holding the character offset is in view, a little below the top. */
    public void scrollToOffset(int offset) {
        for (ParagraphBox box : boxes) {
            if (offset >= box.paragraph().start() && offset <= box.paragraph().end()) {
                scrollTo(box, true);
                return;
            }
        }
    }

    /** The text nodes of the event's excerpts in the shown document, in text order (for tests and focus). */
    public List<Node> excerptNodes(Event event) {
        List<Node> nodes = new ArrayList<>();
        for (ParagraphBox box : boxes) {
            box.evidenceTexts().stream()
                    .filter(t -> ((EvidenceRun) t.getUserData()).covers(event))
                    .forEach(nodes::add);
        }
        return nodes;
    }

    /** The text nodes of every highlighted excerpt in the shown document. */
    public List<Node> allExcerptNodes() {
        List<Node> nodes = new ArrayList<>();
        boxes.forEach(b -> nodes.addAll(b.evidenceTexts()));
        return nodes;
    }

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public Document getDocument() {
        return document.get();
    }

    /** The event whose excerpts are strongly highlighted, or null. */
    public ReadOnlyObjectProperty<Event> highlightedEventProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** Called with the event of a highlighted excerpt the user clicked. */
    public ObjectProperty<Consumer<Event>> onEvidenceClickedProperty() {
        return onEvidenceClicked;
    }

    public void setOnEvidenceClicked(Consumer<Event> handler) {
        onEvidenceClicked.set(handler);
    }

    private boolean markSelected(Event event) {
        highlighted.set(event);
        boolean any = false;
        for (ParagraphBox box : boxes) {
            any |= box.select(event);
        }
        return any;
    }

    private void runClicked(EvidenceRun run) {
        // Overlapping evidence: a second click on the same excerpt moves on to the next event covering it.
        List<Event> events = run.events();
        Event current = highlighted.get();
        int index = 0;
        if (current != null) {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).id().equals(current.id())) {
                    index = (i + 1) % events.size();
                }
            }
        }
        Consumer<Event> handler = onEvidenceClicked.get();
        if (handler != null) {
            handler.accept(events.get(index));
        }
    }

    private void scrollTo(ParagraphBox box, boolean retryLater) {
        scroller.applyCss();
        scroller.layout();
        double contentHeight = paragraphs.getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        if (viewport <= 0 || contentHeight <= 0) {
            if (retryLater) {
                Platform.runLater(() -> scrollTo(box, false));
            }
            return;
        }
        if (contentHeight <= viewport) {
            scroller.setVvalue(0);
            return;
        }
        Bounds b = box.getBoundsInParent();
        double target = b.getMinY() - viewport * 0.2;
        double v = Math.max(0, Math.min(1, target / (contentHeight - viewport)));
        scroller.setVvalue(v * (scroller.getVmax() - scroller.getVmin()) + scroller.getVmin());
    }

    private void showPlaceholder() {
        header.setText("No document");
        Label hint = new Label("Select an event to see the articles that report it.");
        hint.getStyleClass().add("source-placeholder");
        hint.setWrapText(true);
        paragraphs.getChildren().setAll(hint);
    }

    private static boolean isEmptyLine(Node node) {
        return node.getStyleClass().contains("empty-line");
    }
}
