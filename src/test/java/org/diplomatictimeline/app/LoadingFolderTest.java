package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.source.Snapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Loading a real folder through the corpus reader: a bad file is named, the rest still loads. */
@ExtendWith(ApplicationExtension.class)
class LoadingFolderTest {

    @TempDir
    static Path folder;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        // Extraction is not this test's subject: the model stays empty, the documents come from the real reader.
        LoadPipeline pipeline = new ExtractionPipeline(new CorpusReader(), corpus -> EventModel.empty());
        window = new MainWindow(new WorkspaceViewModel(), new BackgroundLoader(Runnable::run, Runnable::run, pipeline));
        stage.setScene(new Scene(window, 1200, 760));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            if (window.problemsAlert() != null) {
                window.problemsAlert().close();
            }
        });
    }

    @Test
    void aFolderWithABadFileNamesItAndLoadsTheRest(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("talks.txt"), " date 2021-03-01 Ministers met in Geneva on Monday.\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("visit.txt"), "Визит министра в Пекин\n\nThe minister arrived in Beijing.\n",
                StandardCharsets.UTF_8);
        byte[] binary = new byte[512];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37);
        }
        Files.write(folder.resolve("scan.txt"), binary);

        robot.interact(() -> window.open(List.of(folder)));

        assertThat(window.viewModel().getWorkspace().corpus().documents()).hasSize(2);
        assertThat(window.sourcePane().chooser().getItems()).hasSize(2);
        assertThat(window.statusLine().problemsLink().isVisible()).isTrue();
        assertThat(window.problemsAlert().isShowing()).isTrue();
        assertThat(window.problemsAlert().getHeaderText()).contains("1 file was skipped", "2 documents loaded");
        assertThat(((TextArea) window.problemsAlert().getDialogPane().getContent()).getText()).contains("scan.txt");
        robot.interact(() -> Snapshots.write(window.problemsAlert().getDialogPane(), "loading-folder-problem"));
        robot.interact(() -> Snapshots.write(window, "loading-folder-window"));
    }
}
