package org.diplomatictimeline.app.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.diplomatictimeline.app.EventSelection;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.UndoHistory;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.Evidence;

/**
 * The Edit menu of curation and the source view's context menu: undo and redo, accept, reject, merge, split and
 * note the selected event, events and evidence from the selected text, the review queue and "Show rejected
 * events". Each action works on the curated version of the selected event in the current session.
 */
final class EditMenu {

    private final Supplier<CurationSession> session;
    private final EventSelection selection;
    private final Supplier<Corpus> corpus;
    private final Window owner;
    private final SelectionActions fromText;

    /**
     * @param corpus the documents under the decisions (null before the first load), for the paste dialogs
     */
    EditMenu(Supplier<CurationSession> session, EventSelection selection, Supplier<Corpus> corpus,
             SelectionActions fromText, Window owner) {
        this.session = session;
        this.selection = selection;
        this.corpus = corpus;
        this.fromText = fromText;
        this.owner = owner;
    }

    /** The Edit menu; {@code showReview} brings the Review tab forward. */
    Menu menu(ObservableValue<UndoHistory> history, BooleanProperty showRejected, Runnable showReview) {
        UndoRedoActions undoRedo = new UndoRedoActions(history);
        CheckMenuItem rejected = new CheckMenuItem("Show re_jected events");
        rejected.selectedProperty().bindBidirectional(showRejected);
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(undoRedo.items());
        edit.getItems().addAll(new SeparatorMenuItem(),
                item("_Accept event", "Shortcut+Shift+A", () -> onSelected((s, e) -> s.accept(e.id()))),
                item("Re_ject event", "Shortcut+Shift+R", () -> onSelected((s, e) -> s.reject(e.id()))),
                item("_Merge with…", "Shortcut+Shift+M", () -> onSelected((s, e) ->
                        CurationDialogs.merge(owner, s, e))),
                item("_Split…", null, () -> onSelected((s, e) -> CurationDialogs.split(owner, s, e))),
                item("Add _note…", "Shortcut+Shift+N", () -> onSelected(this::note)),
                new SeparatorMenuItem(),
                item("New _event from selection", "Shortcut+Shift+E", () -> fromText.newEvent(this::createFromText)),
                item("Add selection as e_vidence", "Shortcut+Shift+V", () -> fromText.addEvidence(
                        () -> onSelected(this::addEvidence))),
                item("Remove evi_dence", null, () -> fromText.removeEvidence(
                        () -> onSelected(this::removeEvidence))),
                new SeparatorMenuItem(),
                item("_Review queue", "Shortcut+R", showReview),
                rejected);
        return edit;
    }

    /** The source view's right-click menu: the same actions on the selected text. */
    ContextMenu sourceMenu() {
        return fromText.contextMenu(this::createFromText, () -> onSelected(this::addEvidence),
                () -> onSelected(this::removeEvidence));
    }

    private interface EventAction {
        void run(CurationSession session, Event event);
    }

    private void onSelected(EventAction action) {
        CurationSession s = session.get();
        Event selected = selection.getSelected();
        if (s == null || selected == null) {
            return;
        }
        s.curated().model().event(selected.id()).ifPresent(e -> {
            try {
                action.run(s, e);
            } catch (IllegalArgumentException ex) {
                ProjectFileActions.error(owner, "That change is not possible", ex.getMessage());
            }
        });
    }

    private void note(CurationSession s, Event e) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle("Note");
        dialog.setHeaderText("A note on \"" + e.title() + "\"");
        dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty()).ifPresent(t -> s.note(e.id(), t));
    }

    private Document preferredDocument(Event e) {
        Corpus c = corpus.get();
        if (e == null || e.evidence().isEmpty() || c == null) {
            return null;
        }
        return c.document(e.evidence().get(0).documentId()).orElse(null);
    }

    private void createFromText() {
        CurationSession s = session.get();
        Corpus c = corpus.get();
        if (s == null || c == null) {
            return;
        }
        ExcerptDialog.dialog(owner, c.documents(), preferredDocument(selection.getSelected()), true)
                .showAndWait().ifPresent(r -> s.createEvent(r.evidence(), r.title(), r.type(), EventStatus.HAPPENED,
                        EventDate.unknown("set by the analyst")));
    }

    private void addEvidence(CurationSession s, Event e) {
        Corpus c = corpus.get();
        if (c == null) {
            return;
        }
        ExcerptDialog.dialog(owner, c.documents(), preferredDocument(e), false)
                .showAndWait().ifPresent(r -> s.addEvidence(e.id(), r.evidence()));
    }

    private void removeEvidence(CurationSession s, Event e) {
        if (e.evidence().size() < 2) {
            ProjectFileActions.error(owner, "That change is not possible",
                    "\"" + e.title() + "\" has only one excerpt; reject the event instead.");
            return;
        }
        Map<String, Evidence> byLabel = new LinkedHashMap<>();
        for (Evidence ev : e.evidence()) {
            byLabel.put("[" + ev.documentId() + " @" + ev.start() + "] " + ev.text(), ev);
        }
        List<String> labels = List.copyOf(byLabel.keySet());
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        dialog.initOwner(owner);
        dialog.setTitle("Remove evidence");
        dialog.setHeaderText("Which excerpt does not support \"" + e.title() + "\"?");
        dialog.showAndWait().map(byLabel::get).ifPresent(ev -> s.removeEvidence(e.id(), ev));
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
