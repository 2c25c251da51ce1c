package org.diplomatictimeline.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Start-up work waits for the window's layout pulses instead of running while the first frame is made. */
@ExtendWith(ApplicationExtension.class)
class ScenePulsesTest {

    /** A pane that counts its layout passes, so an action can tell whether the scene was laid out before it. */
    private static final class CountingPane extends Pane {
        int layouts;

        @Override
        protected void layoutChildren() {
            layouts++;
            super.layoutChildren();
        }
    }

    private final CountingPane root = new CountingPane();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(root, 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theFirstFrameActionRunsOnceAfterTheLayoutActionAndNotWhenItIsAsked(FxRobot robot) throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> {
            ScenePulses.afterFirstFrame(scene, () -> order.add("first frame, layouts " + (root.layouts > 0)));
            ScenePulses.afterNextLayout(scene, () -> order.add("layout"));
            order.add("asked");
        });

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> order.size() == 3);
        robot.interact(() -> scene.getRoot().requestLayout());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(order).containsExactly("asked", "layout", "first frame, layouts true");
    }
}
