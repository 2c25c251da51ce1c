package org.diplomatictimeline.app.curation;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.diplomatictimeline.curation.UndoHistory;

/**
 * Undo and Redo as menu items (Ctrl+Z, Ctrl+Shift+Z; Cmd on macOS) that name what they would do and are disabled
 * when there is nothing to do; for the main window's Edit menu.
 */
public final class UndoRedoActions {

    /** Ctrl+Z or Cmd+Z. */
    public static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    /** Ctrl+Shift+Z or Cmd+Shift+Z. */
    public static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");

    private final MenuItem undo = new MenuItem("_Undo");
    private final MenuItem redo = new MenuItem("_Redo");
    private final Runnable listener = this::update;
    private UndoHistory history;

    /** Items acting on one history. */
    public UndoRedoActions(UndoHistory history) {
        this(new SimpleObjectProperty<>(Objects.requireNonNull(history, "history")));
    }

    /** Items that follow whichever history is current (a new project brings a new history). */
    public UndoRedoActions(ObservableValue<UndoHistory> histories) {
        undo.setAccelerator(UNDO);
        redo.setAccelerator(REDO);
        undo.setId("undo");
        redo.setId("redo");
        undo.setOnAction(e -> {
            if (history != null) {
                history.undo();
            }
        });
        redo.setOnAction(e -> {
            if (history != null) {
                history.redo();
            }
        });
        histories.addListener((obs, old, now) -> follow(now));
        follow(histories.getValue());
    }

    private void follow(UndoHistory next) {
        if (history != null) {
            history.removeListener(listener);
        }
        history = next;
        if (history != null) {
            history.addListener(listener);
        }
        update();
    }

    public MenuItem undoItem() {
        return undo;
    }

    public MenuItem redoItem() {
        return redo;
    }

    /** Both items, for {@code menu.getItems().addAll(...)}. */
    public List<MenuItem> items() {
        return List.of(undo, redo);
    }

    private void update() {
        if (history == null) {
            undo.setDisable(true);
            redo.setDisable(true);
            undo.setText("_Undo");
            redo.setText("_Redo");
            return;
        }
        undo.setDisable(!history.canUndo());
        redo.setDisable(!history.canRedo());
        undo.setText(history.undoDescription().map(d -> "_Undo " + d).orElse("_Undo"));
        redo.setText(history.redoDescription().map(d -> "_Redo " + d).orElse("_Redo"));
    }
}
