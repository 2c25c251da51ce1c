package org.diplomatictimeline.app.curation;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.diplomatictimeline.app.EventSelection;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.source.SourceView;
import org.diplomatictimeline.source.TextRange;

/**
 * Curation from the text selected in the source view: a new event, added evidence or removed evidence, each made
 * from the exact selected offsets and recorded in the session (so undoable); with nothing selected the given
 * fallbacks (the paste dialogs) run instead.
 */
final class SelectionActions {

    /** Titles of events made from a selection are the excerpt cut to this length; the analyst edits them later. */
    static final int TITLE_LENGTH = 60;

    private final SourceView source;
    private final Supplier<CurationSession> session;
    private final EventSelection selection;
    private final Window owner;

    SelectionActions(SourceView source, Supplier<CurationSession> session, EventSelection selection, Window owner) {
        this.source = source;
        this.session = session;
        this.selection = selection;
        this.owner = owner;
    }

    /** The selection as evidence, exactly the document's substring, or empty when nothing is selected. */
    Optional<Evidence> selectedEvidence() {
        TextRange r = source.getSelection();
        Document doc = source.getDocument();
        if (r == null || r.isEmpty() || doc == null || !doc.id().equals(r.documentId())) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(r.documentId(), r.start(), r.end(), doc.text().substring(r.start(), r.end())));
    }

    /** Creates an event from the selection and selects it; runs {@code fallback} when nothing is selected. */
    void newEvent(Runnable fallback) {
        CurationSession s = session.get();
        Optional<Evidence> ev = selectedEvidence();
        if (s == null) {
            return;
        }
        if (ev.isEmpty()) {
            fallback.run();
            return;
        }
        String title = title(ev.get().text());
        if (title.isEmpty()) {
            return; // only white space selected: nothing to name an event after
        }
        String id = s.createEvent(ev.get(), title, EventType.OTHER, EventStatus.HAPPENED,
                EventDate.unknown("set by the analyst"));
        s.curated().model().event(id).ifPresent(selection::select);
    }

    /** Adds the selection to the selected event's evidence; runs {@code fallback} when nothing is selected. */
    void addEvidence(Runnable fallback) {
        CurationSession s = session.get();
        Event event = current(s);
        if (event == null) {
            return;
        }
        Optional<Evidence> ev = selectedEvidence();
        if (ev.isEmpty()) {
            fallback.run();
            return;
        }
        guarded(() -> s.addEvidence(event.id(), ev.get()));
    }

    /**
     * Removes the selected event's excerpt that the selection overlaps; runs {@code fallback} (a chooser) when the
     * selection touches none of its excerpts.
     */
    void removeEvidence(Runnable fallback) {
        CurationSession s = session.get();
        Event event = current(s);
        if (event == null) {
            return;
        }
        Optional<Evidence> under = selectedEvidence().flatMap(sel -> event.evidence().stream()
                .filter(e -> e.overlaps(sel)).findFirst());
        if (under.isEmpty()) {
            fallback.run();
            return;
        }
        guarded(() -> s.removeEvidence(event.id(), under.get()));
    }

    /** The source view's context menu with the same three actions, enabled only with a selection. */
    ContextMenu contextMenu(Runnable newFallback, Runnable addFallback, Runnable removeFallback) {
        MenuItem create = new MenuItem("New event from selection");
        create.setOnAction(e -> newEvent(newFallback));
        MenuItem add = new MenuItem("Add selection as evidence");
        add.setOnAction(e -> addEvidence(addFallback));
        MenuItem remove = new MenuItem("Remove evidence under selection");
        remove.setOnAction(e -> removeEvidence(removeFallback));
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> source.copySelection());
        ContextMenu menu = new ContextMenu(create, add, remove, copy);
        menu.setOnShowing(e -> {
            boolean none = selectedEvidence().isEmpty();
            boolean noEvent = selection.getSelected() == null;
            for (MenuItem item : List.of(create, copy)) {
                item.setDisable(none);
            }
            add.setDisable(none || noEvent);
            remove.setDisable(none || noEvent);
        });
        return menu;
    }

    static String title(String excerpt) {
        String flat = excerpt.strip().replaceAll("\\s+", " ");
        return flat.length() <= TITLE_LENGTH ? flat : flat.substring(0, TITLE_LENGTH - 1).strip() + "…";
    }

    private Event current(CurationSession s) {
        Event selected = selection.getSelected();
        if (s == null || selected == null) {
            return null;
        }
        return s.curated().model().event(selected.id()).orElse(null);
    }

    private void guarded(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException ex) {
            ProjectFileActions.error(owner, "That change is not possible", ex.getMessage());
        }
    }
}
