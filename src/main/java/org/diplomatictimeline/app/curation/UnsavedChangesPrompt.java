package org.diplomatictimeline.app.curation;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks, before quitting or opening another project, what to do with unsaved changes. */
public final class UnsavedChangesPrompt {

    /** The user's answer. */
    public enum Choice { SAVE, DISCARD, CANCEL }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private UnsavedChangesPrompt() {
    }

    /** The dialog, not yet shown (tests inspect it; the app calls {@link #ask}). */
    public static Alert dialog(Window owner, String projectName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, CANCEL);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \"" + (projectName == null ? "Untitled" : projectName) + "\"?");
        alert.setContentText("Your review decisions since the last save will be lost if you don't save them.");
        return alert;
    }

    /** Shows the dialog and waits; closing it counts as Cancel. */
    public static Choice ask(Window owner, String projectName) {
        return choiceOf(dialog(owner, projectName).showAndWait());
    }

    static Choice choiceOf(Optional<ButtonType> answer) {
        if (answer.isEmpty() || answer.get() == CANCEL) {
            return Choice.CANCEL;
        }
        return answer.get() == SAVE ? Choice.SAVE : Choice.DISCARD;
    }
}
