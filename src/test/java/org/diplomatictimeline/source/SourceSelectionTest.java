package org.diplomatictimeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SourceSelectionTest {

    private static final String TEXT = """
            Envoys from the lake states met in Lusaka on 4 May 2022 to settle the river boundary.
            The talks ended with a joint statement on shared patrols.
            """;

    private final Document doc = TestEvents.document("lake", "Lake states meet", TEXT);
    private final Event meeting = TestEvents.event("meeting").titled("Lusaka meeting")
            .type(EventType.MEETING).onDay("2022-05-04").quoting(doc, "met in Lusaka").build();
    private SourceView view;

    @Start
    void start(Stage stage) {
        view = new SourceView();
        view.showDocument(doc, List.of(meeting));
        stage.setScene(new Scene(view, 700, 300));
        stage.show();
    }

    private static Point2D leftEdge(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getMinX() + 1, b.getCenterY());
    }

    private static Point2D rightEdge(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getMaxX() - 1, b.getCenterY());
    }

    private void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
    }

    @Test
    void draggingAcrossAnExcerptSelectsExactlyItsDocumentOffsets(FxRobot robot) {
        Node excerpt = view.excerptNodes(meeting).get(0);
        Evidence ev = meeting.evidence().get(0);

        drag(robot, leftEdge(excerpt), rightEdge(excerpt));

        assertThat(view.getSelection()).isEqualTo(new TextRange("lake", ev.start(), ev.end()));
        assertThat(view.getSelectedText()).isEqualTo("met in Lusaka");
        robot.interact(() -> Snapshots.write(view, "source-view-selection"));
    }

    @Test
    void draggingOverAnExcerptDoesNotSelectItsEvent(FxRobot robot) {
        AtomicReference<Event> clicked = new AtomicReference<>();
        robot.interact(() -> view.setOnEvidenceClicked(clicked::set));
        Node excerpt = view.excerptNodes(meeting).get(0);

        drag(robot, leftEdge(excerpt), rightEdge(excerpt));

        assertThat(clicked.get()).isNull();
    }

    @Test
    void clickingAnExcerptSelectsItsEventAndNoText(FxRobot robot) {
        AtomicReference<Event> clicked = new AtomicReference<>();
        robot.interact(() -> view.setOnEvidenceClicked(clicked::set));

        robot.clickOn(view.excerptNodes(meeting).get(0));

        assertThat(clicked.get()).isEqualTo(meeting);
        assertThat(view.getSelection()).isNull();
    }

    @Test
    void shiftClickExtendsTheSelectionFromTheFirstClick(FxRobot robot) {
        Node excerpt = view.excerptNodes(meeting).get(0);

        robot.clickOn(leftEdge(excerpt), MouseButton.PRIMARY);
        robot.press(KeyCode.SHIFT).clickOn(rightEdge(excerpt), MouseButton.PRIMARY).release(KeyCode.SHIFT);

        assertThat(view.getSelectedText()).isEqualTo("met in Lusaka");
    }

    @Test
    void aDragMayCrossParagraphsAndKeepsTheLineBreak(FxRobot robot) {
        Node excerpt = view.excerptNodes(meeting).get(0);
        Bounds b = excerpt.localToScreen(excerpt.getBoundsInLocal());

        drag(robot, leftEdge(excerpt), new Point2D(b.getMinX(), b.getCenterY() + b.getHeight() * 1.6));

        TextRange r = view.getSelection();
        assertThat(r.start()).isEqualTo(meeting.evidence().get(0).start());
        assertThat(r.end()).isGreaterThan(TEXT.indexOf('\n'));
        assertThat(view.getSelectedText()).startsWith("met in Lusaka").contains("\nThe talks");
        assertThat(view.getSelectedText()).isEqualTo(TEXT.substring(r.start(), r.end()));
    }

    @Test
    void ctrlCCopiesAndEscapeClears(FxRobot robot) {
        robot.interact(() -> view.select(TEXT.indexOf("river"), TEXT.indexOf("river") + 5));
        robot.interact(view::requestFocus);

        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        robot.type(KeyCode.ESCAPE);

        assertThat(copied.get()).isEqualTo("river");
        assertThat(view.getSelection()).isNull();
    }
}
