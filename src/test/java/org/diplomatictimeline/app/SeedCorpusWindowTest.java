package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.extract.EventExtractor;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.source.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window on the bundled seed corpus through the real reader and extractor. */
@ExtendWith(ApplicationExtension.class)
class SeedCorpusWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        LoadPipeline pipeline = new ExtractionPipeline(new CorpusReader(), new EventExtractor()::extract);
        window = new MainWindow(new WorkspaceViewModel(), new BackgroundLoader(Runnable::run, Runnable::run, pipeline));
        window.timelinePane().timeline().animatedProperty().set(false);
        stage.setScene(new Scene(window, 1270, 790));
        stage.show();
        window.open(List.of());
    }

    @Test
    void seedEventsLinkToTheirExcerptsInBothArticles(FxRobot robot) {
        assertThat(window.viewModel().getWorkspace().corpus().documents()).hasSize(2);
        assertThat(window.table().getItems()).isNotEmpty();
        Event best = window.table().getItems().stream()
                .max(Comparator.comparingInt((Event e) -> e.documentIds().size())).orElseThrow();
        assertThat(window.viewModel().selection().getSelected()).as("opens on the best-supported event").isNotNull();

        robot.interact(() -> window.viewModel().selection().select(best));
        Evidence first = best.evidence().get(0);
        assertThat(window.sourcePane().sourceView().getDocument().id()).isEqualTo(first.documentId());
        assertThat(window.sourcePane().sourceView().excerptNodes(best)).isNotEmpty();
        robot.interact(() -> Snapshots.write(window, "seed-window-first-document"));

        Evidence other = best.evidence().stream()
                .filter(ev -> !ev.documentId().equals(first.documentId())).findFirst().orElse(null);
        if (other != null) {
            robot.interact(() -> window.viewModel().selection().show(best, other));
            assertThat(window.sourcePane().sourceView().getDocument().id()).isEqualTo(other.documentId());
            assertThat(window.sourcePane().sourceView().excerptNodes(best)).isNotEmpty();
        }
        robot.interact(() -> Snapshots.write(window, "seed-window-second-document"));
    }
}
