package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.diplomatictimeline.source.Snapshots;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A running window made smaller re-lays out everything: nothing is cut off and the timeline keeps its height. */
@ExtendWith(ApplicationExtension.class)
class WindowResizeTest {

    private final AppFixtures fx = new AppFixtures();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        LoadPipeline pipeline = (paths, progress) -> fx.workspace(paths, List.of());
        window = new MainWindow(new WorkspaceViewModel(), new BackgroundLoader(Runnable::run, Runnable::run, pipeline));
        stage.setScene(new Scene(window, 1280, 800)); // the headless screen's size
        stage.show();
        window.open(List.of());
    }

    private Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 768", "1024, 700"})
    void shrinkingTheWindowKeepsEveryPartInsideIt(double width, double height, FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        robot.interact(() -> window.layout());

        double sceneW = window.getScene().getWidth();
        double sceneH = window.getScene().getHeight();
        String mins = "min widths: window " + window.minWidth(-1) + ", filters " + window.filterBar().minWidth(-1)
                + ", table " + window.table().minWidth(-1) + ", tabs " + window.sideTabs().minWidth(-1)
                + ", source " + window.sourcePane().minWidth(-1) + ", status " + window.statusLine().minWidth(-1);
        for (Node part : List.<Node>of(window.filterBar(), window.timelinePane(), window.table(), window.sideTabs(),
                window.sourcePane(), window.statusLine())) {
            Bounds b = inScene(part);
            assertThat(b.getMaxX()).as(part.getClass().getSimpleName() + " right edge; " + mins)
                    .isLessThanOrEqualTo(sceneW + 0.5);
            assertThat(b.getMaxY()).as(part.getClass().getSimpleName() + " bottom edge")
                    .isLessThanOrEqualTo(sceneH + 0.5);
        }
        assertThat(window.timelinePane().getHeight()).as("timeline height").isGreaterThanOrEqualTo(220);
        robot.interact(() -> Snapshots.write(window, "window-resized-" + (int) width + "x" + (int) height));
    }
}
