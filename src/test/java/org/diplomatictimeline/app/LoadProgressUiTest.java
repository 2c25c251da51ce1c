package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.diplomatictimeline.source.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** While a load runs the status line shows progress and a cancel button; cancelling keeps what was open. */
@ExtendWith(ApplicationExtension.class)
class LoadProgressUiTest {

    private final AppFixtures fx = new AppFixtures();
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        LoadPipeline pipeline = (paths, progress) -> {
            progress.update("Reading harbour.txt (1/2)", 0.25);
            return fx.workspace(paths, List.of());
        };
        window = new MainWindow(new WorkspaceViewModel(), new BackgroundLoader(worker::add, Runnable::run, pipeline));
        stage.setScene(new Scene(window, 1100, 700));
        stage.show();
    }

    @Test
    void progressAndCancelShowWhileLoadingAndCancelDiscardsTheResult(FxRobot robot) {
        robot.interact(() -> window.open(List.of(Path.of("/articles"))));

        assertThat(window.statusLine().progressBar().isVisible()).isTrue();
        assertThat(window.statusLine().cancelButton().isVisible()).isTrue();
        assertThat(window.statusLine().messageLabel().getText()).contains("articles");
        robot.interact(() -> Snapshots.write(window.statusLine(), "load-progress-running"));

        robot.clickOn(window.statusLine().cancelButton());
        robot.interact(() -> worker.poll().run());

        assertThat(window.statusLine().progressBar().isVisible()).isFalse();
        assertThat(window.statusLine().messageLabel().getText()).isEqualTo("Loading cancelled");
        assertThat(window.viewModel().getWorkspace().corpus().documents()).as("nothing replaced").isEmpty();
    }

    @Test
    void aFinishedLoadHidesTheProgress(FxRobot robot) {
        robot.interact(() -> window.open(List.of(Path.of("/articles"))));
        robot.interact(() -> worker.poll().run());

        assertThat(window.statusLine().progressBar().isVisible()).isFalse();
        assertThat(window.viewModel().getWorkspace().corpus().documents()).hasSize(2);
        robot.interact(() -> Snapshots.write(window, "load-progress-done"));
    }
}
