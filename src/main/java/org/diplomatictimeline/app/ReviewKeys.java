package org.diplomatictimeline.app;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.event.EventTarget;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.diplomatictimeline.model.Event;

/**
 * The review keys of the window: {@code A} accepts and {@code R} rejects the selected event, from whichever part
 * of the window has focus, except where the key types text (search, editor fields).
 */
record ReviewKeys(Consumer<Event> accept, Consumer<Event> reject) {

    /** No review support installed: the keys do nothing. */
    static final ReviewKeys NONE = new ReviewKeys(e -> { }, e -> { });

    ReviewKeys {
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(reject, "reject");
    }

    /** Runs the action of a plain A or R on {@code selected}; true when the key was one of them. */
    boolean handle(KeyEvent e, Event selected) {
        if (selected == null || e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || e.isShiftDown()
                || typesText(e.getTarget())) {
            return false;
        }
        if (e.getCode() == KeyCode.A) {
            accept.accept(selected);
            return true;
        }
        if (e.getCode() == KeyCode.R) {
            reject.accept(selected);
            return true;
        }
        return false;
    }

    /** Whether a key pressed on this target types into a text field (then it is text, not a command). */
    static boolean typesText(EventTarget target) {
        return target instanceof TextInputControl || target instanceof ComboBoxBase<?> c && c.isEditable();
    }
}
