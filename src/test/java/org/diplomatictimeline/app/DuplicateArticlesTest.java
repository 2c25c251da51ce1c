package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A copy of an article is skipped by default, named, and kept again when the user turns skipping off. */
@ExtendWith(ApplicationExtension.class)
class DuplicateArticlesTest {

    private static final String ARTICLE = " date 2022-09-14 The presidents of Chile and Argentina met in Santiago on "
            + "Tuesday and agreed to reopen two mountain border crossings before the summer season begins.\n";

    @TempDir
    static Path folder;
    private MainWindow window;
    private WorkspaceViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new WorkspaceViewModel();
        // Same-thread loading, so the pipeline may read the property directly here.
        LoadPipeline pipeline = new ExtractionPipeline(new CorpusReader(), corpus -> EventModel.empty(),
                () -> viewModel.skipDuplicatesProperty().get());
        window = new MainWindow(viewModel, new BackgroundLoader(Runnable::run, Runnable::run, pipeline));
        stage.setScene(new Scene(window, 1100, 700));
        stage.show();
    }

    @Test
    void aCopyIsSkippedAndNamedThenKeptWhenSkippingIsTurnedOff(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("agency.txt"), ARTICLE);
        Files.writeString(folder.resolve("repost.txt"), ARTICLE);
        Files.writeString(folder.resolve("other.txt"), "Officials from Peru and Bolivia discussed lithium exports.\n");

        robot.interact(() -> window.open(List.of(folder)));

        assertThat(window.viewModel().getWorkspace().corpus().documents()).extracting(Document::id)
                .containsExactlyInAnyOrder("agency", "other");
        assertThat(window.viewModel().getWorkspace().corpus().problems()).singleElement()
                .satisfies(p -> assertThat(p.source()).endsWith("repost.txt"))
                .extracting(LoadProblem::message).asString().startsWith("skipped:").contains("agency.txt");

        robot.interact(() -> {
            viewModel.skipDuplicatesProperty().set(false);
            window.reload();
        });

        assertThat(window.viewModel().getWorkspace().corpus().documents()).hasSize(3);
        assertThat(window.viewModel().getWorkspace().corpus().problems()).singleElement()
                .extracting(LoadProblem::message).asString().startsWith("looks like");
    }
}
