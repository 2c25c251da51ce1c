package org.diplomatictimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.layout.PlacedItem;
import org.diplomatictimeline.timeline.layout.TimelineLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** User flows on the timeline control, headless; each flow leaves a PNG under target/snapshots. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.animatedProperty().set(false);
        view.getEvents().setAll(SampleEvents.handMade());
        view.setVisibleWindow(new TimeWindow(LocalDate.of(2019, 5, 1).toEpochDay(),
                LocalDate.of(2019, 8, 1).toEpochDay()));
        stage.setScene(new Scene(new StackPane(view), 1100, 520));
        stage.show();
    }

    static void snapshot(Node node, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> img = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> img.set(node.snapshot(null, null)));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Path dir = Path.of("target", "snapshots");
            Files.createDirectories(dir);
            ImageIO.write(SwingFXUtils.fromFXImage(img.get(), null), "png", new File(dir.toFile(), name + ".png"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private TimelineLayout layout() {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<TimelineLayout> l = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> l.set(TimelineTestAccess.layout(view)));
        WaitForAsyncUtils.waitForFxEvents();
        return l.get();
    }

    private PlacedItem itemTitled(String title) {
        return layout().items().stream().filter(i -> i.event().title().equals(title)).findFirst().orElseThrow();
    }

    private Point2D screen(double x, double y) {
        return view.localToScreen(x + view.snappedLeftInset(), y + view.snappedTopInset());
    }

    /**
     * A real first click, then the second click as the scene would deliver it. Two robot clicks on a loaded machine
     * can arrive further apart than the platform's double-click time and then count as two single clicks.
     */
    private void doubleClick(FxRobot robot, Point2D at) {
        robot.clickOn(at, MouseButton.PRIMARY);
        robot.interact(() -> {
            Canvas canvas = robot.from(view).lookup((Node n) -> n instanceof Canvas && n.getOnMouseClicked() != null
                    && n.localToScreen(n.getBoundsInLocal()).contains(at)).query();
            Point2D scene = canvas.localToScene(canvas.screenToLocal(at));
            canvas.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, scene.getX(), scene.getY(), at.getX(),
                    at.getY(), MouseButton.PRIMARY, 2, false, false, false, false, false, false, false, false, false,
                    true, null));
        });
    }

    @Test
    void drawsTheHandMadeCorpusWithAllDateKinds(FxRobot robot) {
        TimelineLayout layout = layout();
        assertThat(layout.items()).extracting(i -> i.event().id())
                .contains("e01", "e02", "e03", "e04", "e05", "e06", "e07", "e08");
        snapshot(view, "timeline-light");
        robot.interact(() -> view.darkThemeProperty().set(true));
        snapshot(view, "timeline-dark");
    }

    @Test
    void clickingAnItemSelectsIt(FxRobot robot) {
        PlacedItem item = itemTitled("Summit on regional security");
        robot.clickOn(screen(item.anchor(), item.y() + item.height() / 2), MouseButton.PRIMARY);
        assertThat(view.getSelectedEvent()).isNotNull();
        assertThat(view.getSelectedEvent().id()).isEqualTo("e08");
        snapshot(view, "timeline-selected");
    }

    @Test
    void doubleClickZoomsToTheEventAndActivatesIt(FxRobot robot) {
        List<Event> activated = new ArrayList<>();
        robot.interact(() -> view.onEventActivatedProperty().set(activated::add));
        TimeWindow before = view.getVisibleWindow();
        PlacedItem item = itemTitled("Consultations in Paris");
        doubleClick(robot, screen(item.anchor(), item.y() + item.height() / 2));
        assertThat(activated).extracting(Event::id).contains("e07");
        assertThat(view.getVisibleWindow().length()).isLessThan(before.length());
        double day = LocalDate.of(2019, 6, 21).toEpochDay();
        assertThat(view.getVisibleWindow().start()).isLessThan(day);
        assertThat(view.getVisibleWindow().end()).isGreaterThan(day);
    }

    @Test
    void arrowKeysMoveToTheNextAndPreviousEventInTheLane(FxRobot robot) {
        robot.interact(() -> view.setLaneMode(LaneMode.NONE));
        robot.clickOn(view).type(KeyCode.HOME);
        assertThat(view.getSelectedEvent().id()).isEqualTo("e04");
        robot.type(KeyCode.RIGHT);
        String second = view.getSelectedEvent().id();
        robot.type(KeyCode.RIGHT);
        assertThat(view.getSelectedEvent().id()).isNotEqualTo(second);
        robot.type(KeyCode.LEFT);
        assertThat(view.getSelectedEvent().id()).isEqualTo(second);
        robot.type(KeyCode.END);
        assertThat(view.getSelectedEvent().id()).isEqualTo("e05");
        assertThat(view.getAccessibleText()).contains("Trade agreement signed");
        snapshot(view, "timeline-keyboard");
    }

    @Test
    void enterActivatesTheSelectedEvent(FxRobot robot) {
        List<Event> activated = new ArrayList<>();
        robot.interact(() -> view.onEventActivatedProperty().set(activated::add));
        robot.clickOn(view).type(KeyCode.HOME).type(KeyCode.ENTER);
        assertThat(activated).hasSize(1);
    }

    @Test
    void plusAndMinusZoomTheWindow(FxRobot robot) {
        double before = view.getVisibleWindow().length();
        robot.clickOn(view).type(KeyCode.ADD);
        double zoomedIn = view.getVisibleWindow().length();
        assertThat(zoomedIn).isLessThan(before);
        robot.type(KeyCode.SUBTRACT).type(KeyCode.SUBTRACT);
        assertThat(view.getVisibleWindow().length()).isGreaterThan(zoomedIn);
    }

    @Test
    void laneModeChangeRelayoutsTheLanes(FxRobot robot) {
        assertThat(layout().lanes()).extracting(l -> l.lane().key()).allMatch(k -> k.startsWith("type:"));
        robot.interact(() -> view.setLaneMode(LaneMode.COUNTRY));
        TimelineLayout layout = layout();
        assertThat(layout.lanes()).extracting(l -> l.lane().key())
                .containsExactly("country:RU", "country:CN", "country:FR");
        // the trade agreement involves China and France, so it is drawn in both lanes
        assertThat(layout.items()).filteredOn(i -> i.event().id().equals("e05")).hasSize(2);
        snapshot(view, "timeline-country-lanes");
    }

    @Test
    void clickingALaneHeaderCollapsesIt(FxRobot robot) {
        PlacedItem item = itemTitled("Summit on regional security");
        double y = layout().lanes().get(item.lane()).y() + 8;
        robot.clickOn(screen(20, y));
        assertThat(view.getCollapsedLanes()).hasSize(1);
    }

    @Test
    void draggingTheOverviewMovesTheMainWindow(FxRobot robot) {
        robot.interact(() -> view.setVisibleWindow(new TimeWindow(LocalDate.of(2019, 5, 20).toEpochDay(),
                LocalDate.of(2019, 6, 10).toEpochDay())));
        WaitForAsyncUtils.waitForFxEvents();
        Node band = view.lookup(".overview-band");
        assertThat(band).isNotNull();
        TimeWindow before = view.getVisibleWindow();
        var b = band.localToScreen(band.getBoundsInLocal());
        // grab the window rectangle's middle in the band and drag it to the right
        double x = TimelineTestAccess.overviewX(view, (before.start() + before.end()) / 2);
        Point2D from = new Point2D(b.getMinX() + x, b.getMinY() + b.getHeight() / 2);
        robot.drag(from, MouseButton.PRIMARY).moveBy(120, 0).drop();
        TimeWindow after = view.getVisibleWindow();
        assertThat(after.start()).isGreaterThan(before.start() + 5);
        assertThat(after.length()).isCloseTo(before.length(), org.assertj.core.data.Offset.offset(1e-6));
        snapshot(view, "timeline-overview-dragged");
    }

    @Test
    void altArrowsReorderLanes(FxRobot robot) {
        robot.interact(() -> view.setLaneMode(LaneMode.COUNTRY));
        robot.clickOn(view).type(KeyCode.HOME);
        String firstLane = layout().lanes().get(0).lane().key();
        robot.interact(() -> TimelineTestAccess.focusLane(view, 0));
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        assertThat(layout().lanes().get(1).lane().key()).isEqualTo(firstLane);
        assertThat(view.getLaneOrder()).hasSize(3);
    }

    @Test
    void clickingAClusterZoomsIntoIt(FxRobot robot) {
        robot.interact(() -> {
            view.getEvents().setAll(SampleEvents.synthetic(6000, 8, 5));
            view.setVisibleWindow(null);
            view.fitAll();
        });
        TimelineLayout layout = layout();
        assertThat(layout.clusters()).isNotEmpty();
        snapshot(view, "timeline-clusters");
        var cluster = layout.clusters().get(layout.clusters().size() / 2);
        double before = view.getVisibleWindow().length();
        robot.clickOn(screen((cluster.x0() + cluster.x1()) / 2, cluster.y() + cluster.height() / 2));
        assertThat(view.getVisibleWindow().length()).isLessThan(before / 4);
        snapshot(view, "timeline-cluster-zoomed");
    }

    @Test
    void hoveringAnInferredEventShowsDateBasisAndReason(FxRobot robot) {
        PlacedItem item = itemTitled("Joint statement on the peninsula");
        robot.moveTo(screen(item.anchor(), item.y() + item.height() / 2));
        robot.moveBy(1, 0);
        WaitForAsyncUtils.waitForFxEvents();
        String tip = TimelineTestAccess.tooltip(view);
        assertThat(tip).isNotNull()
                .contains("Joint statement on the peninsula", "2019-06-20 (day, inferred)", "Why: ");
    }

    @Test
    void visibleCountFollowsTheWindow(FxRobot robot) {
        assertThat(view.getVisibleCount()).isEqualTo(8);
        robot.interact(() -> view.setVisibleWindow(new TimeWindow(LocalDate.of(2019, 5, 12).toEpochDay(),
                LocalDate.of(2019, 5, 15).toEpochDay())));
        // the Sochi talks and the year-long anniversary meet those days
        assertThat(view.getVisibleCount()).isEqualTo(2);
    }
}
