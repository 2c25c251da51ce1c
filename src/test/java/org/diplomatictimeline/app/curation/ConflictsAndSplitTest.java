package org.diplomatictimeline.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.diplomatictimeline.curation.Curation;
import org.diplomatictimeline.curation.CurationConflict;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.DocumentHashes;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Conflicts are listed and can be withdrawn (undoably); the split dialog only allows a real split. */
@ExtendWith(ApplicationExtension.class)
class ConflictsAndSplitTest {

    private CurationSession session;
    private ConflictsPane pane;

    @Start
    void start(Stage stage) {
        AtomicInteger ids = new AtomicInteger();
        session = new CurationSession(UiFixtures.model(), DocumentHashes.NONE, Curation.empty(),
                () -> "d" + ids.incrementAndGet());
        pane = new ConflictsPane(session);
        stage.setScene(new Scene(pane, 600, 300));
        stage.show();
    }

    @Test
    void aDecisionThatNoLongerFitsIsListedAndCanBeWithdrawnAndRestored(FxRobot robot) {
        // given a rejection, then a re-extraction without that event
        robot.interact(() -> {
            session.reject("e3");
            EventModel without = new EventModel(UiFixtures.model().documents(),
                    UiFixtures.model().events().stream().filter(e -> !e.id().equals("e3")).toList());
            session.replaceExtraction(without, DocumentHashes.NONE);
        });

        // then it is listed
        assertThat(pane.list().getItems()).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(CurationConflict.Reason.EVENT_NOT_FOUND));
        robot.interact(() -> UiFixtures.snapshot(pane, "curation-conflicts"));

        // when withdrawn
        robot.interact(() -> {
            pane.list().getSelectionModel().select(0);
            pane.withdrawButton().fire();
        });

        // then it is gone, and undo brings it back
        assertThat(pane.list().getItems()).isEmpty();
        assertThat(session.curation().decisions()).isEmpty();
        robot.interact(session::undo);
        assertThat(pane.list().getItems()).hasSize(1);
    }

    @Test
    void theSplitDialogRefusesToMoveNothingOrEverything(FxRobot robot) {
        Event two = UiFixtures.event("x").titled("Two parts")
                .type(EventType.MEETING).on(UiFixtures.june(3))
                .evidence(UiFixtures.ev("The envoys met in Geneva on 3 June."), UiFixtures.ev("The talks were described as useful."))
                .build();
        assertThat(CurationDialogs.splitDialog(null, UiFixtures.model().events().get(0))).isEmpty();
        robot.interact(() -> {
            Dialog<CurationDialogs.SplitRequest> dialog = CurationDialogs.splitDialog(null, two).orElseThrow();
            Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
            List<CheckBox> boxes = dialog.getDialogPane().getContent().lookupAll(".check-box").stream()
                    .map(n -> (CheckBox) n).toList();
            assertThat(boxes).hasSize(2);
            assertThat(ok.isDisable()).isTrue();
            boxes.get(1).setSelected(true);
            assertThat(ok.isDisable()).isFalse();
            boxes.get(0).setSelected(true);
            assertThat(ok.isDisable()).isTrue();
            boxes.get(0).setSelected(false);
            CurationDialogs.SplitRequest r = dialog.getResultConverter().call(ButtonType.OK);
            assertThat(r.moved()).containsExactly(two.evidence().get(1));
            assertThat(r.newTitle()).isEqualTo("Two parts (2)");
        });
    }
}
