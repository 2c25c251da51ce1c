package org.diplomatictimeline.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.diplomatictimeline.app.BackgroundLoader;
import org.diplomatictimeline.app.LoadPipeline;
import org.diplomatictimeline.app.MainWindow;
import org.diplomatictimeline.app.Workspace;
import org.diplomatictimeline.app.WorkspaceViewModel;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.curation.ReviewState;
import org.diplomatictimeline.io.project.ProjectStore;
import org.diplomatictimeline.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window with curation installed: review from the keyboard, undo, the title, rejected events hidden. */
@ExtendWith(ApplicationExtension.class)
class CurationIntegrationTest {

    private MainWindow window;
    private Stage stage;
    private CurationIntegration curation;
    private Path dataFolder;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dataFolder = Files.createTempDirectory("curation-it");
        Document doc = new Document("geneva", "geneva.txt", "Envoys meet", UiFixtures.TEXT, null, 0, "UTF-8",
                DocumentFormat.PLAIN_TEXT, List.of());
        LoadPipeline pipeline = (paths, progress) ->
                new Workspace(paths, new Corpus(List.of(doc), List.of()), UiFixtures.model());
        window = new MainWindow(new WorkspaceViewModel(), new BackgroundLoader(Runnable::run, Runnable::run, pipeline));
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        curation = CurationIntegration.install(window, stage, dataFolder);
        window.open(List.of());
    }

    private List<String> visibleIds() {
        return window.viewModel().visibleEvents().stream().map(Event::id).toList();
    }

    private Menu menu(String name) {
        MenuBar bar = (MenuBar) ((VBox) window.getTop()).getChildren().get(0);
        return bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void reviewingInTheWindowUpdatesTheTitleTheListAndUndoes(FxRobot robot) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        // given the window with the Review tab and the Edit menu
        TabPane tabs = robot.lookup((Node n) -> n instanceof TabPane p
                && p.getTabs().stream().anyMatch(t -> t.getText().equals("Review"))).queryAs(TabPane.class);
        Tab review = tabs.getTabs().stream().filter(t -> t.getText().equals("Review")).findFirst().orElseThrow();
        assertThat(menu("Edit").getItems()).extracting(MenuItem::getId).contains("undo", "redo");
        assertThat(menu("File").getItems().get(0).getText()).isEqualTo("Open _project…");
        assertThat(stage.getTitle()).isEqualTo("Untitled — Diplomatic Timeline");
        robot.interact(() -> tabs.getSelectionModel().select(review));
        robot.interact(() -> review.getContent().requestFocus());

        // when the first event is rejected from the keyboard
        robot.type(KeyCode.R);

        // then it is rejected, hidden from the list, and the title shows unsaved work
        var session = curation.document().getSession();
        assertThat(session.curated().state("e1")).isEqualTo(ReviewState.REJECTED);
        assertThat(visibleIds()).doesNotContain("e1").contains("e2", "e3", "e4");
        assertThat(stage.getTitle()).isEqualTo("• Untitled — Diplomatic Timeline");
        robot.interact(() -> session.accept("e2"));
        TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
        var column = table.getColumns().stream().filter(c -> "review-state".equals(c.getId())).findFirst().orElseThrow();
        assertThat(column.getCellData(0)).isEqualTo("accepted");
        assertThat(column.getCellData(1)).isEqualTo("proposed");
        robot.interact(() -> UiFixtures.snapshot(window, "main-window-review"));
        robot.interact(session::undo);

        // and Ctrl+Z brings it back, clean again
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(visibleIds()).contains("e1");
        assertThat(stage.getTitle()).isEqualTo("Untitled — Diplomatic Timeline");

        // and saving names the project after its file, with the decisions in it
        robot.interact(() -> session.accept("e2"));
        Path file = dataFolder.resolve("geneva.dtproj");
        robot.interact(() -> {
            try {
                curation.document().saveAs(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(stage.getTitle()).isEqualTo("geneva — Diplomatic Timeline");
        assertThat(new ProjectStore().load(file).decisions()).hasSize(1);
    }

    @Test
    void quittingWithUnsavedWorkAsksAndCancelKeepsEverything(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // given an unsaved decision
        robot.interact(() -> curation.document().getSession().accept("e4"));
        assertThat(stage.getTitle()).startsWith("• ");

        // when Quit is chosen, and the question is answered with Cancel
        Platform.runLater(window::quit);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Save the changes to \"Untitled\"?");
        robot.interact(() -> UiFixtures.snapshot(pane, "unsaved-changes-prompt"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(
                (Button b) -> "Cancel".equals(b.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        // then the window is still open with the decision
        assertThat(stage.isShowing()).isTrue();
        assertThat(curation.document().getSession().curated().state("e4")).isEqualTo(ReviewState.ACCEPTED);
    }

    @Test
    void reopeningAProjectReappliesItsDecisionsToTheFreshExtraction(FxRobot robot) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> curation.document().getSession().reject("e3"));
        Path file = dataFolder.resolve("again.dtproj");
        robot.interact(() -> {
            try {
                curation.document().saveAs(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        robot.interact(() -> curation.openProject(file));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(curation.document().getSession().curated().state("e3")).isEqualTo(ReviewState.REJECTED);
        assertThat(visibleIds()).containsExactly("e1", "e2", "e4");
        assertThat(stage.getTitle()).isEqualTo("again — Diplomatic Timeline");
    }
}
