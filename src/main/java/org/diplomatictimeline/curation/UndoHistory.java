package org.diplomatictimeline.curation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The session's curation state with unlimited undo and redo; every change goes through {@link #execute}.
 * Also knows whether the state differs from the last saved one, for the window title and the quit prompt.
 */
public final class UndoHistory {

    private final Deque<CurationCommand> undo = new ArrayDeque<>();
    private final Deque<CurationCommand> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Curation current;
    /** Undo depth at the last save; -1 when that state can no longer be reached by undo or redo. */
    private int savedDepth;

    public UndoHistory(Curation initial) {
        this.current = Objects.requireNonNull(initial, "initial");
        this.savedDepth = 0;
    }

    public Curation current() {
        return current;
    }

    /** Applies a command and makes it undoable; clears what could be redone. */
    public void execute(CurationCommand command) {
        Curation next = command.apply(current);
        if (savedDepth > undo.size()) {
            savedDepth = -1; // the saved state was on the redo branch being thrown away
        }
        redo.clear();
        undo.push(command);
        current = next;
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would undo, if anything. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(CurationCommand::description);
    }

    /** What Redo would redo, if anything. */
    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(CurationCommand::description);
    }

    /** Undoes the last command; false when there is none. */
    public boolean undo() {
        CurationCommand command = undo.poll();
        if (command == null) {
            return false;
        }
        current = command.revert(current);
        redo.push(command);
        fire();
        return true;
    }

    /** Redoes the last undone command; false when there is none. */
    public boolean redo() {
        CurationCommand command = redo.poll();
        if (command == null) {
            return false;
        }
        current = command.apply(current);
        undo.push(command);
        fire();
        return true;
    }

    /** Number of commands that can be undone. */
    public int undoDepth() {
        return undo.size();
    }

    /** Remembers the current state as saved. */
    public void markSaved() {
        savedDepth = undo.size();
        fire();
    }

    /** True when the state differs from the last saved one (or from the start, if never saved). */
    public boolean isModified() {
        return savedDepth != undo.size();
    }

    /** Called after every change of state or of the saved mark. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
