package org.diplomatictimeline.app.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diplomatictimeline.curation.CuratedModel;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.ReviewState;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Evidence;

/** The small dialogs of Edit > Merge and Edit > Split, and the actions they end in. */
public final class CurationDialogs {

    private CurationDialogs() {
    }

    /** An event as a dialog choice: date and title. */
    public record EventChoice(Event event) {
        @Override
        public String toString() {
            String when = event.when().isKnown() ? event.when().value() : "undated";
            return when + " — " + event.title();
        }
    }

    /** What the split dialog asked for. */
    public record SplitRequest(List<Evidence> moved, String newTitle) {
        public SplitRequest {
            moved = List.copyOf(moved);
        }
    }

    /** Asks which other event to merge into {@code target}, then merges it (undoable). */
    public static void merge(Window owner, CurationSession session, Event target) {
        List<EventChoice> others = mergeChoices(session.curated(), target);
        if (others.isEmpty()) {
            return;
        }
        ChoiceDialog<EventChoice> dialog = new ChoiceDialog<>(others.get(0), others);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Merge events");
        dialog.setHeaderText("Merge another event into \"" + target.title() + "\"; its evidence joins this one.");
        dialog.setContentText("Event to merge in:");
        dialog.showAndWait().ifPresent(c -> session.merge(target.id(), c.event().id()));
    }

    /** The events that can be merged into {@code target}: every other one the analyst has not rejected. */
    public static List<EventChoice> mergeChoices(CuratedModel curated, Event target) {
        return curated.model().events().stream()
                .filter(e -> !e.id().equals(target.id()))
                .filter(e -> curated.state(e.id()) != ReviewState.REJECTED)
                .map(EventChoice::new).toList();
    }

    /** The split dialog for an event with at least two excerpts; empty for one with fewer. */
    public static Optional<Dialog<SplitRequest>> splitDialog(Window owner, Event event) {
        if (event.evidence().size() < 2) {
            return Optional.empty();
        }
        Dialog<SplitRequest> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Split event");
        dialog.setHeaderText("Tick the excerpts that belong to a separate event.");
        List<CheckBox> boxes = new ArrayList<>();
        VBox content = new VBox(6);
        content.setPadding(new Insets(8));
        for (Evidence ev : event.evidence()) {
            CheckBox box = new CheckBox("[" + ev.documentId() + "] " + ev.text());
            box.setUserData(ev);
            box.setWrapText(true);
            boxes.add(box);
            content.getChildren().add(box);
        }
        TextField title = new TextField(event.title() + " (2)");
        content.getChildren().addAll(new Label("Title of the new event"), title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable validate = () -> {
            long ticked = boxes.stream().filter(CheckBox::isSelected).count();
            ok.setDisable(ticked == 0 || ticked == boxes.size() || title.getText().isBlank());
        };
        boxes.forEach(b -> b.selectedProperty().addListener((obs, o, n) -> validate.run()));
        title.textProperty().addListener((obs, o, n) -> validate.run());
        validate.run();
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : new SplitRequest(
                boxes.stream().filter(CheckBox::isSelected).map(b -> (Evidence) b.getUserData()).toList(),
                title.getText().strip()));
        return Optional.of(dialog);
    }

    /** Asks how to split {@code event}, then splits it (undoable). */
    public static void split(Window owner, CurationSession session, Event event) {
        splitDialog(owner, event).flatMap(Dialog::showAndWait)
                .ifPresent(r -> session.split(event.id(), r.moved(), r.newTitle()));
    }
}
