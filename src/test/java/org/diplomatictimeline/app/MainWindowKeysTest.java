package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.source.Snapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's keys and commands: search from anywhere, review keys everywhere, help, projects, text size. */
@ExtendWith(ApplicationExtension.class)
class MainWindowKeysTest {

    private final AppFixtures fx = new AppFixtures();
    private final List<List<Path>> loads = new ArrayList<>();
    private final List<Path> projects = new ArrayList<>();
    private final List<Event> accepted = new ArrayList<>();
    private final List<Event> rejected = new ArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        LoadPipeline pipeline = (paths, progress) -> {
            loads.add(paths);
            return fx.workspace(paths, List.of());
        };
        window = new MainWindow(new WorkspaceViewModel(), new BackgroundLoader(Runnable::run, Runnable::run, pipeline));
        window.extensionPoints().setProjectOpener(projects::add);
        window.extensionPoints().setReviewActions(accepted::add, rejected::add);
        stage.setScene(new Scene(window, 1260, 780));
        stage.show();
        window.open(List.of());
    }

    @AfterEach
    void snapshotAndClose(FxRobot robot, TestInfo test) {
        robot.interact(() -> {
            Snapshots.write(window, "main-window-keys-" + test.getTestMethod().orElseThrow().getName());
            if (window.helpDialog() != null) {
                window.helpDialog().close();
            }
        });
    }

    private TextField search(FxRobot robot) {
        return robot.lookup(".search-field").queryAs(TextField.class);
    }

    @Test
    void ctrlFFocusesSearchEvenWhenTheTimelineHasFocus(FxRobot robot) {
        robot.interact(window::focusTimeline);
        assertThat(window.timelinePane().timeline().isFocused()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);

        assertThat(search(robot).isFocused()).isTrue();
    }

    @Test
    void aAndRReviewTheSelectedEventFromTheTimelineAndTheList(FxRobot robot) {
        robot.interact(() -> {
            window.viewModel().selection().select(fx.talks);
            window.focusTimeline();
        });
        robot.type(KeyCode.A);
        assertThat(accepted).containsExactly(fx.talks);

        robot.interact(() -> {
            window.viewModel().selection().select(fx.sanctions);
            window.table().requestFocus();
        });
        robot.type(KeyCode.R);
        assertThat(rejected).containsExactly(fx.sanctions);
    }

    @Test
    void lettersTypedIntoSearchAreTextNotReviewCommands(FxRobot robot) {
        robot.interact(() -> {
            window.viewModel().selection().select(fx.talks);
            search(robot).requestFocus();
        });

        robot.type(KeyCode.A, KeyCode.R);

        assertThat(accepted).isEmpty();
        assertThat(rejected).isEmpty();
        assertThat(search(robot).getText()).isEqualToIgnoringCase("ar");
    }

    @Test
    void aProjectFileOpensAsAProjectNeverAsAnArticle(FxRobot robot) {
        Path project = Path.of("work", "summit.dtproj");
        Path article = Path.of("work", "a.txt");
        loads.clear();

        robot.interact(() -> window.open(List.of(project)));
        assertThat(projects).containsExactly(project);
        assertThat(loads).isEmpty();

        robot.interact(() -> window.open(List.of(article, project)));
        assertThat(loads).containsExactly(List.of(article));
    }

    @Test
    void f1OpensTheKeysLegendAndFilesOverlay(FxRobot robot) {
        robot.interact(window::focusTimeline);

        robot.type(KeyCode.F1);

        assertThat(window.helpDialog()).isNotNull();
        assertThat(window.helpDialog().isShowing()).isTrue();
        assertThat(robot.lookup(".help-overlay .label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anyMatch(t -> t.contains("Ctrl+F"))
                .anyMatch(t -> t.contains("recent-projects.json") && t.contains("logs"));
    }

    @Test
    void largerTextAlsoScalesTheTimeline(FxRobot robot) {
        double before = window.timelinePane().timeline().textScaleProperty().get();

        robot.interact(() -> window.textSize(2));

        assertThat(window.timelinePane().timeline().textScaleProperty().get()).isGreaterThan(before);
        robot.interact(() -> window.textSize(0));
        assertThat(window.timelinePane().timeline().textScaleProperty().get()).isEqualTo(1.0);
    }

    @Test
    void theDarkThemesSearchPromptIsReadable(FxRobot robot) {
        robot.interact(() -> {
            window.setTheme(Theme.DARK);
            window.focusTimeline(); // Modena hides the prompt of a focused field
        });
        robot.interact(() -> search(robot).applyCss());

        TextField field = search(robot);
        Text promptNode = robot.from(field).lookup((Node n) ->
                n instanceof Text t && field.getPromptText().equals(t.getText()))
                .queryAs(Text.class);
        Color prompt = (Color) promptNode.getFill();
        Color background = Color.web("#16191c"); // -fx-control-inner-background
        assertThat(contrast(prompt, background)).as("WCAG contrast of the prompt").isGreaterThanOrEqualTo(4.5);
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a) + 0.05;
        double lb = luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
