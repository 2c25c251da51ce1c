package org.diplomatictimeline.app;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.source.SourceView;

/**
 * The source view with its document chooser, following the shared selection: the shown excerpt decides the document,
 * the selected event decides the strong highlight, and a click on an excerpt selects its event.
 *
 * <p>A document's text is built into nodes once per load: the pane waits until the new workspace's events are
 * filtered, and the document a new workspace opens on waits until the events already queued on the FX thread have
 * run, because the load goes on to select its best-supported event, whose excerpt may be in another document.
 */
final class SourcePane extends BorderPane {

    private final WorkspaceViewModel viewModel;
    private final SourceView sourceView = new SourceView();
    private final ComboBox<Document> chooser = new ComboBox<>();
    private final Label count = new Label();
    private boolean choosing;
    private boolean clicking;
    /** The document a new workspace opens on, not built yet; null once built or replaced by another choice. */
    private Document pending;
    /** The events whose evidence the shown document's nodes were built with (same objects, same order). */
    private List<Event> built = List.of();

    SourcePane(WorkspaceViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("source-pane");
        chooser.setAccessibleText("Document");
        chooser.setMaxWidth(Double.MAX_VALUE);
        // The chooser takes the bar's room beside its label and count, never its titles' width; so its list of
        // documents (a flow, scroll bars and cells, and every document's title again at each load) stays out of the
        // window until the list first opens.
        PopupListOutOfScene.install(chooser);
        chooser.setConverter(DisplayLabels.of(
                (Document d) -> EventLabels.excerpt(d.title().isBlank() ? d.id() : d.title(), 70)));
        Label label = new Label("Document:");
        label.setLabelFor(chooser);
        label.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(chooser, Priority.ALWAYS);
        HBox bar = new HBox(8, label, chooser, count);
        bar.getStyleClass().add("source-bar");
        setTop(bar);
        setCenter(sourceView);

        chooser.valueProperty().addListener((obs, old, now) -> {
            if (!choosing && now != null) {
                showDocument(now);
                sourceView.highlight(viewModel.selection().getSelected());
            }
        });
        sourceView.setOnEvidenceClicked(this::evidenceClicked);
        viewModel.selection().shownEvidenceProperty().addListener((obs, old, now) -> showEvidence(now));
        viewModel.selection().selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                sourceView.highlight(null);
            }
        });
        // A new workspace's events arrive while it settles: its document is built once, when it has settled.
        viewModel.visibleEvents().addListener((ListChangeListener<Event>) c -> {
            if (!viewModel.isSettling()) {
                refresh();
            }
        });
        viewModel.workspacesShownProperty().addListener((obs, old, now) -> workspaceChanged());
    }

    SourceView sourceView() {
        return sourceView;
    }

    ComboBox<Document> chooser() {
        return chooser;
    }

    private void workspaceChanged() {
        choosing = true;
        try {
            chooser.getItems().setAll(viewModel.getWorkspace().corpus().documents());
        } finally {
            choosing = false;
        }
        Document current = current();
        Document next = current == null ? null : viewModel.document(current.id()).orElse(null);
        if (next == null && !chooser.getItems().isEmpty()) {
            next = chooser.getItems().get(0);
        }
        if (next == null) {
            pending = null;
            built = List.of();
            sourceView.clear();
            count.setText("");
        } else if (next != sourceView.getDocument()) {
            // Built after the load's own next steps, unless one of them (selecting an event) shows a document first.
            pending = next;
            choose(next);
            Platform.runLater(() -> {
                if (pending != null) {
                    showDocument(pending);
                    sourceView.highlight(viewModel.selection().getSelected());
                }
            });
        } else {
            refresh();
        }
    }

    /** The document shown, or about to be. */
    private Document current() {
        return pending != null ? pending : sourceView.getDocument();
    }

    private void refresh() {
        Document current = current();
        if (current != null) {
            showDocument(current);
            sourceView.highlight(viewModel.selection().getSelected());
        }
    }

    private void showEvidence(Evidence evidence) {
        if (evidence == null) {
            return;
        }
        Document doc = viewModel.document(evidence.documentId()).orElse(null);
        if (doc == null) {
            return;
        }
        if (sourceView.getDocument() != doc) {
            showDocument(doc);
        }
        // A click on an excerpt must not move the text under the pointer; every other way of choosing one scrolls.
        sourceView.highlight(viewModel.selection().getSelected(), !clicking);
        if (!clicking) {
            sourceView.scrollToOffset(evidence.start());
        }
    }

    /** Shows the document with its visible events' evidence; nodes already built for exactly these are kept. */
    private void showDocument(Document doc) {
        pending = null;
        List<Event> events = viewModel.visibleEventsIn(doc.id());
        if (doc != sourceView.getDocument() || !WorkspaceViewModel.sameEvents(events, built)) {
            sourceView.showDocument(doc, events);
            built = events;
        }
        count.setText(events.size() == 1 ? "1 event" : events.size() + " events");
        choose(doc);
    }

    private void choose(Document doc) {
        choosing = true;
        try {
            chooser.setValue(doc);
        } finally {
            choosing = false;
        }
    }

    private void evidenceClicked(Event event) {
        Document doc = sourceView.getDocument();
        // Stay in this document: show the clicked event's excerpt here rather than its first one elsewhere.
        Evidence here = event.evidence().stream()
                .filter(ev -> doc != null && ev.documentId().equals(doc.id()))
                .findFirst().orElse(null);
        clicking = true;
        try {
            if (here == null) {
                viewModel.selection().select(event);
            } else {
                viewModel.selection().show(event, here);
            }
        } finally {
            clicking = false;
        }
    }
}
