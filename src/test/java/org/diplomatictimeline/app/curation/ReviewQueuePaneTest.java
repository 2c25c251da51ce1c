package org.diplomatictimeline.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.diplomatictimeline.curation.Curation;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.DocumentHashes;
import org.diplomatictimeline.curation.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The review queue is driven from the keyboard, and Ctrl+Z / Ctrl+Shift+Z undo and redo its decisions. */
@ExtendWith(ApplicationExtension.class)
class ReviewQueuePaneTest {

    private CurationSession session;
    private ReviewQueuePane pane;
    private UndoRedoActions undoRedo;

    @Start
    void start(Stage stage) {
        AtomicInteger ids = new AtomicInteger();
        session = new CurationSession(UiFixtures.model(), DocumentHashes.NONE, Curation.empty(),
                () -> "d" + ids.incrementAndGet());
        pane = new ReviewQueuePane(new ReviewQueueModel(session));
        undoRedo = new UndoRedoActions(session.history());
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(undoRedo.items());
        BorderPane root = new BorderPane(pane);
        root.setTop(new MenuBar(edit));
        stage.setScene(new Scene(root, 640, 420));
        stage.show();
        pane.requestFocus();
    }

    private String current() {
        return pane.model().getCurrent() == null ? null : pane.model().getCurrent().id();
    }

    @Test
    void acceptRejectAndNavigateWithTheKeyboard(FxRobot robot) throws Exception {
        // given the first proposed event on show
        assertThat(current()).isEqualTo("e1");
        assertThat(pane.evidenceList().getItems()).extracting(e -> e.text())
                .containsExactly("The envoys met in Geneva on 3 June.");

        // when A accepts it, Down moves on, R rejects, P and Up go back
        robot.type(KeyCode.A);
        assertThat(session.curated().state("e1")).isEqualTo(ReviewState.ACCEPTED);
        assertThat(current()).isEqualTo("e2");
        robot.type(KeyCode.DOWN);
        assertThat(current()).isEqualTo("e3");
        robot.type(KeyCode.R);
        assertThat(session.curated().state("e3")).isEqualTo(ReviewState.REJECTED);
        assertThat(current()).isEqualTo("e4");
        robot.type(KeyCode.P);
        assertThat(current()).isEqualTo("e2");
        robot.type(KeyCode.N);
        assertThat(current()).isEqualTo("e4");
        robot.type(KeyCode.UP);
        assertThat(current()).isEqualTo("e2");

        // then the queue holds what is left, and the pane says so
        assertThat(pane.model().queue()).extracting(e -> e.id()).containsExactly("e2", "e4");
        assertThat(pane.model().progressProperty().get()).isEqualTo("1 of 2 to review · 2 of 4 reviewed");
        robot.interact(() -> UiFixtures.snapshot(pane, "review-queue-keyboard"));
        assertThat(Files.size(Path.of("target", "snapshots", "review-queue-keyboard.png"))).isPositive();
    }

    @Test
    void undoAndRedoShortcutsTakeBackAndReapplyDecisions(FxRobot robot) {
        // given two decisions made from the keyboard
        robot.type(KeyCode.A);
        robot.type(KeyCode.R);
        assertThat(pane.model().queue()).extracting(e -> e.id()).containsExactly("e3", "e4");
        assertThat(undoRedo.undoItem().getText()).isEqualTo("_Undo Reject \"Prisoner exchange agreed\"");

        // when Ctrl+Z twice
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        // then both events are proposed again and back in the queue
        assertThat(session.curated().state("e1")).isEqualTo(ReviewState.PROPOSED);
        assertThat(session.curated().state("e2")).isEqualTo(ReviewState.PROPOSED);
        assertThat(pane.model().queue()).hasSize(4);
        assertThat(undoRedo.undoItem().isDisable()).isTrue();

        // and Ctrl+Shift+Z redoes the first
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(session.curated().state("e1")).isEqualTo(ReviewState.ACCEPTED);
        assertThat(session.curated().state("e2")).isEqualTo(ReviewState.PROPOSED);
        assertThat(undoRedo.redoItem().isDisable()).isFalse();
        robot.interact(() -> UiFixtures.snapshot(pane, "review-queue-after-undo"));
    }

    @Test
    void theQueueEmptiesAndSaysSo(FxRobot robot) {
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.A);
        }
        assertThat(pane.model().getCurrent()).isNull();
        assertThat(pane.titleLabel().getText()).isEqualTo("Nothing left to review");
        assertThat(session.curated().eventsIn(ReviewState.ACCEPTED)).hasSize(4);
        robot.type(KeyCode.A); // nothing to accept: no error, no decision
        assertThat(session.curation().decisions()).hasSize(4);
        robot.interact(() -> UiFixtures.snapshot(pane, "review-queue-empty"));
    }
}
