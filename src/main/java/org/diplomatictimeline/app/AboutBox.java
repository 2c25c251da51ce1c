package org.diplomatictimeline.app;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help › About: what the app does, and its version (the same as {@code --version} prints). */
final class AboutBox {

    private AboutBox() {
    }

    static Alert show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("About Diplomatic Timeline");
        alert.setHeaderText("Diplomatic Timeline " + AppVersion.version());
        alert.setContentText("Turns diplomatic news articles into a timeline of events, fully offline.\n\n"
                + "Every event links to the excerpts it was found in. Dates show how they were found: "
                + "stated, relative to the article's date, or inferred.\n\n"
                + "Keys, the timeline's legend and where the app keeps its files: Help › Keys, legend and files (F1).");
        alert.show();
        return alert;
    }
}
