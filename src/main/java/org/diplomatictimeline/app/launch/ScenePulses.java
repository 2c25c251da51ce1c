package org.diplomatictimeline.app.launch;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs start-up work at a scene's layout pulses: once its layout is done (what {@code --timings} calls shown), or
 * once its first frame has been drawn, so that work started then does not compete with that frame for the cores.
 */
final class ScenePulses {

    private ScenePulses() {
    }

    /** Runs {@code action} once, after the next layout pulse of {@code scene}: when its result is on screen. */
    static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * Runs {@code action} once, after the layout pulse that follows the scene's first one. JavaFX starts a pulse
     * only when the render thread has finished the frame before, so by then the first frame has been drawn.
     */
    static void afterFirstFrame(Scene scene, Runnable action) {
        afterNextLayout(scene, () -> afterNextLayout(scene, action));
    }
}
