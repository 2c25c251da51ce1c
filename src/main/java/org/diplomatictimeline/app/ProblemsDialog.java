package org.diplomatictimeline.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.diplomatictimeline.corpus.LoadProblem;

/** Dialogs that tell the user which files did not load, why, and what still did. */
final class ProblemsDialog {

    private ProblemsDialog() {
    }

    /** A dialog listing each problem with its file; says how many documents loaded despite them. */
    static Alert forProblems(Window owner, List<LoadProblem> problems, int loadedDocuments) {
        long skipped = problems.stream().filter(LoadProblem::fatal).count();
        Alert alert = new Alert(skipped > 0 ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION);
        alert.setTitle("Load problems");
        long warned = problems.size() - skipped;
        List<String> parts = new ArrayList<>();
        if (skipped > 0) {
            parts.add(skipped == 1 ? "1 file was skipped" : skipped + " files were skipped");
        }
        if (warned > 0) {
            parts.add(warned == 1 ? "1 file loaded with a warning" : warned + " files loaded with a warning");
        }
        alert.setHeaderText(String.join(", ", parts) + ". "
                + (loadedDocuments == 1 ? "1 document" : loadedDocuments + " documents") + " loaded in all.");
        alert.getDialogPane().setContent(listing(problems.stream()
                .map(p -> (p.fatal() ? "Skipped  " : "Warning  ") + p.source() + "\n         " + p.message())
                .collect(Collectors.joining("\n"))));
        prepare(alert, owner);
        return alert;
    }

    /** A dialog for a load that failed as a whole; the previous corpus stays open. */
    static Alert forFailure(Window owner, List<Path> paths, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Loading failed");
        String what = paths.isEmpty() ? "the seed corpus"
                : paths.stream().map(Path::toString).collect(Collectors.joining(", "));
        alert.setHeaderText("Could not load " + what + ". The documents shown before are still open.");
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        alert.getDialogPane().setContent(listing(reason + "\n\nDetails are in the log file."));
        prepare(alert, owner);
        return alert;
    }

    private static TextArea listing(String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(12, 2 + (int) text.lines().count()));
        area.setPrefColumnCount(70);
        area.getStyleClass().add("problem-list");
        area.setAccessibleText("Problem list");
        return area;
    }

    private static void prepare(Alert alert, Window owner) {
        if (owner != null) {
            alert.initOwner(owner);
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        alert.initModality(Modality.NONE);
        alert.setResizable(true);
    }
}
