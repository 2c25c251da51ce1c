package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diplomatictimeline.app.present.Presentation;
import org.diplomatictimeline.source.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View › Present from the main window: F5 opens it on the selected event, the keys step, Esc leaves. */
@ExtendWith(ApplicationExtension.class)
class PresentationFlowTest {

    private final AppFixtures fx = new AppFixtures();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = fx.shownWindow(stage);
    }

    @Test
    void f5PresentsTheEventsStepsWithTheKeysAndEscLeaves(FxRobot robot) {
        robot.interact(() -> window.viewModel().selection().select(fx.sanctions));
        robot.clickOn(window.timelinePane()).push(KeyCode.F5);

        Presentation p = window.presentation();
        assertThat(p).isNotNull();
        assertThat(p.isShowing()).isTrue();
        assertThat(p.current().event()).as("opens on the selected event").isEqualTo(fx.sanctions);
        robot.interact(() -> Snapshots.write(p.stage().getScene().getRoot(), "present-slide"));

        robot.push(KeyCode.RIGHT);
        assertThat(p.current().event()).isEqualTo(fx.stateVisit);
        robot.push(KeyCode.PAGE_DOWN);
        assertThat(p.current().event()).as("stays on the last slide").isEqualTo(fx.stateVisit);
        robot.push(KeyCode.HOME);
        assertThat(p.current().event()).isEqualTo(fx.talks);
        robot.push(KeyCode.SPACE);
        assertThat(p.index()).isEqualTo(1);
        robot.push(KeyCode.PAGE_UP);
        assertThat(p.index()).isZero();
        robot.push(KeyCode.END);
        assertThat(p.index()).isEqualTo(2);

        robot.push(KeyCode.ESCAPE);
        assertThat(p.isShowing()).isFalse();
    }

    @Test
    void darkThemePresentsInTheDarkAtProjectorSize(FxRobot robot) {
        robot.interact(() -> {
            window.setTheme(Theme.DARK);
            window.present();
            window.presentation().stage().setFullScreen(false);
            window.presentation().stage().setWidth(1920);
            window.presentation().stage().setHeight(1080);
        });
        Presentation p = window.presentation();
        robot.interact(() -> Snapshots.write(p.stage().getScene().getRoot(), "present-slide-dark-1080"));
        assertThat(p.current().title()).isNotBlank();
        robot.interact(p::close);
        assertThat(p.isShowing()).isFalse();
    }
}
