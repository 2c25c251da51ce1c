package org.diplomatictimeline.app;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.diplomatictimeline.timeline.skin.TimelineLegend;

/**
 * Help › Keys, legend and files (F1 or ?): every keyboard shortcut, what the timeline's marks and colours mean, and
 * where the app keeps its log, autosave and recent projects. Not modal, so it can stay open beside the window.
 */
final class HelpOverlay {

    /** Keys and what they do, grouped as the user meets them. */
    static final List<String[]> KEYS = List.of(
            new String[] {"Anywhere", ""},
            new String[] {"Ctrl+F", "search (from any part of the window)"},
            new String[] {"A / R", "accept / reject the selected event (timeline, list, Review tab)"},
            new String[] {"Ctrl+Z / Ctrl+Shift+Z", "undo / redo"},
            new String[] {"Ctrl+O, Ctrl+Shift+O", "open files, open a folder"},
            new String[] {"Ctrl+S, Ctrl+Shift+P", "save the project, open a project"},
            new String[] {"Ctrl+. / Ctrl+,", "next / previous event"},
            new String[] {"Ctrl+E", "show the evidence of the selected event"},
            new String[] {"Ctrl+Shift+= / Ctrl+Shift+-", "larger / smaller text (Ctrl+Shift+0: normal)"},
            new String[] {"F5, Ctrl+F5", "present (full screen, Esc leaves), reload the files"},
            new String[] {"Ctrl+Shift+B", "export the chronology or a picture of the timeline"},
            new String[] {"Ctrl+P", "print the chronology or the timeline view"},
            new String[] {"F1 or ?, Shift+F1", "this help, about"},
            new String[] {"Timeline", ""},
            new String[] {"← / →", "previous / next event in the lane"},
            new String[] {"↑ / ↓", "the nearest event in the lane above / below (Alt: move the lane)"},
            new String[] {"+ / -, wheel, pinch", "zoom in / out"},
            new String[] {"F or Ctrl+0", "fit all"},
            new String[] {"Home / End", "first / last event of the lane"},
            new String[] {"Enter, double-click", "open the evidence (double-click also zooms)"},
            new String[] {"Space", "fold or unfold the lane"},
            new String[] {"Esc", "clear the selection"},
            new String[] {"Review tab", ""},
            new String[] {"N or ↓ / P or ↑", "next / previous proposed event"});

    private HelpOverlay() {
    }

    static Dialog<Void> show(Window owner, AppDirectories dirs) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Keys, legend and files");
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStyleClass().add("help-overlay");
        VBox content = new VBox(10, heading("Keys"), keys(), heading("Timeline legend"),
                TimelineLegend.canvas(isDark(owner), Font.font("System", 12)),
                heading("Where the app keeps its files"), files(dirs));
        content.setPadding(new Insets(4, 12, 4, 4));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(560);
        scroll.setPrefViewportHeight(560);
        dialog.getDialogPane().setContent(scroll);
        dialog.show();
        return dialog;
    }

    private static boolean isDark(Window owner) {
        return owner != null && owner.getScene() != null
                && owner.getScene().getStylesheets().stream().anyMatch(s -> s.contains("dark"));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        return l;
    }

    private static GridPane keys() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(3);
        int row = 0;
        for (String[] k : KEYS) {
            Label key = new Label(k[0]);
            if (k[1].isEmpty()) {
                key.setStyle("-fx-font-style: italic;");
                grid.add(key, 0, row++, 2, 1);
                continue;
            }
            key.setStyle("-fx-font-family: monospace;");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(k[1]);
            what.setWrapText(true);
            grid.add(key, 0, row);
            grid.add(what, 1, row++);
        }
        return grid;
    }

    /** The folders, as written in the README's "Where things are kept". */
    static String filesText(AppDirectories dirs) {
        Path home = dirs.dataHome();
        return "Log files: " + home.resolve("logs") + "\n"
                + "Autosave (recovered after a crash): " + home.resolve("recovery") + "\n"
                + "Recent projects: " + home.resolve("recent-projects.json") + "\n"
                + "Window divider positions: " + home.resolve("window").resolve("pane-sizes.properties") + "\n"
                + "Projects (.dtproj) are saved where you choose; the app never writes into your article folders.";
    }

    private static Label files(AppDirectories dirs) {
        Label l = new Label(filesText(dirs));
        l.setWrapText(true);
        return l;
    }
}
