package org.diplomatictimeline.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.diplomatictimeline.timeline.LaneMode;

/** The menu bar: every action of the window, each with a keyboard shortcut where one is customary. */
final class AppMenuBar extends MenuBar {

    private final Menu file = new Menu("_File");

    AppMenuBar(AppActions actions, ObjectProperty<LaneMode> laneMode, ObjectProperty<Theme> theme,
               BooleanProperty skipDuplicates) {
        setAccessibleText("Main menu");
        CheckMenuItem skip = new CheckMenuItem("Skip _duplicate articles");
        skip.selectedProperty().bindBidirectional(skipDuplicates);
        skip.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+U"));
        // Changing the choice re-reads what is open, so the timeline shows the corpus the user now asked for.
        skip.setOnAction(e -> actions.reload());
        file.getItems().addAll(
                item("_Open files…", "Shortcut+O", actions::openFiles),
                item("Open _folder…", "Shortcut+Shift+O", actions::openFolder),
                item("_Reload", "Shortcut+F5", actions::reload),
                skip,
                new SeparatorMenuItem(),
                item("_Export…", "Shortcut+Shift+B", actions::exportChronology),
                item("_Print…", "Shortcut+P", actions::print),
                new SeparatorMenuItem(),
                item("Show load _problems", null, actions::showProblems),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", actions::quit));

        Menu lanes = new Menu("_Lanes");
        ToggleGroup laneGroup = new ToggleGroup();
        int digit = 1;
        for (LaneMode mode : LaneMode.values()) {
            RadioMenuItem r = new RadioMenuItem(mode.label());
            r.setToggleGroup(laneGroup);
            r.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+" + digit++));
            r.setSelected(mode == laneMode.get());
            r.setOnAction(e -> actions.setLaneMode(mode));
            laneMode.addListener((obs, old, now) -> r.setSelected(now == mode));
            lanes.getItems().add(r);
        }
        Menu themes = new Menu("_Theme");
        ToggleGroup themeGroup = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.label());
            r.setToggleGroup(themeGroup);
            r.setAccelerator(KeyCombination.keyCombination(t == Theme.LIGHT ? "Shortcut+Shift+L" : "Shortcut+Shift+D"));
            r.setSelected(t == theme.get());
            r.setOnAction(e -> actions.setTheme(t));
            theme.addListener((obs, old, now) -> r.setSelected(now == t));
            themes.getItems().add(r);
        }
        Menu view = new Menu("_View");
        view.getItems().addAll(lanes,
                new SeparatorMenuItem(),
                item("Zoom _in", "Shortcut+Equals", actions::zoomIn),
                item("Zoom _out", "Shortcut+Minus", actions::zoomOut),
                item("_Fit all", "Shortcut+0", actions::fitAll),
                new SeparatorMenuItem(),
                item("_Search…", "Shortcut+F", actions::focusSearch),
                item("_Clear filters", "Shortcut+Shift+X", actions::clearFilters),
                new SeparatorMenuItem(),
                item("_Larger text", "Shortcut+Shift+Equals", () -> actions.textSize(1)),
                item("S_maller text", "Shortcut+Shift+Minus", () -> actions.textSize(-1)),
                item("_Normal text size", "Shortcut+Shift+0", () -> actions.textSize(0)),
                themes,
                new SeparatorMenuItem(),
                item("_Present", "F5", actions::present));

        Menu go = new Menu("_Go");
        go.getItems().addAll(
                item("_Next event", "Shortcut+Period", actions::nextEvent),
                item("_Previous event", "Shortcut+Comma", actions::previousEvent),
                item("Show _evidence", "Shortcut+E", actions::showEvidence));

        Menu help = new Menu("_Help");
        help.getItems().addAll(
                item("_Keys, legend and files", "F1", actions::showHelp),
                item("_About Diplomatic Timeline", "Shift+F1", actions::about));
        getMenus().addAll(file, view, go, help);
    }

    /** The File menu, where other features put their items on top (see {@link ExtensionPoints}). */
    Menu fileMenu() {
        return file;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
