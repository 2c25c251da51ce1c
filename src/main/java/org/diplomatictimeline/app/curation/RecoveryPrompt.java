package org.diplomatictimeline.app.curation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.diplomatictimeline.io.project.RecoveryFile;

/** Offers, at start, to recover work that was autosaved before the app last stopped without closing cleanly. */
public final class RecoveryPrompt {

    /** The user's answer. */
    public enum Choice { RECOVER, DISCARD, LATER }

    static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    static final ButtonType LATER = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);

    private RecoveryPrompt() {
    }

    /** What the prompt says about a snapshot. */
    public static String describe(RecoveryFile.Snapshot snapshot, ZoneId zone, Locale locale) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .format(snapshot.savedAt().atZone(zone));
        String where = snapshot.originalPath() == null ? "a project that was never saved"
                : "the project " + snapshot.originalPath();
        return "Diplomatic Timeline did not close properly. Unsaved work on " + where + " was autosaved at "
                + when + " (" + snapshot.project().decisions().size() + " review decisions).";
    }

    /** The dialog, not yet shown. */
    public static Alert dialog(Window owner, RecoveryFile.Snapshot snapshot) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RECOVER, DISCARD, LATER);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Recover unsaved work");
        alert.setHeaderText("Recover \"" + snapshot.project().name() + "\"?");
        alert.setContentText(describe(snapshot, ZoneId.systemDefault(), Locale.getDefault())
                + "\n\nRecover opens it as unsaved changes; Discard deletes the autosave; Decide later keeps it.");
        return alert;
    }

    /** Shows the dialog and waits; closing it counts as Decide later, so nothing is deleted by accident. */
    public static Choice ask(Window owner, RecoveryFile.Snapshot snapshot) {
        return choiceOf(dialog(owner, snapshot).showAndWait());
    }

    static Choice choiceOf(Optional<ButtonType> answer) {
        if (answer.isEmpty() || answer.get() == LATER) {
            return Choice.LATER;
        }
        return answer.get() == RECOVER ? Choice.RECOVER : Choice.DISCARD;
    }
}
