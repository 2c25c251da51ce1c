package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A feature the window does not know adds its menus, File items, tabs, columns and marks where they belong. */
@ExtendWith(ApplicationExtension.class)
class ExtensionPointsTest {

    private final AppFixtures fx = new AppFixtures();
    private MainWindow window;
    private ExtensionPoints points;

    @Start
    void start(Stage stage) {
        LoadPipeline pipeline = (paths, progress) -> fx.workspace(paths, List.of());
        window = new MainWindow(new WorkspaceViewModel(), new BackgroundLoader(Runnable::run, Runnable::run, pipeline));
        points = window.extensionPoints();
        stage.setScene(new Scene(window, 1260, 780));
        stage.show();
        window.open(List.of());
    }

    private MenuBar menuBar() {
        return (MenuBar) ((VBox) window.getTop()).getChildren().get(0);
    }

    private static List<String> texts(List<? extends MenuItem> items) {
        return items.stream().map(i -> i instanceof SeparatorMenuItem ? "—" : i.getText().replace("_", "")).toList();
    }

    @Test
    void addedMenusFollowFileInTheOrderAddedAheadOfTheWindowsOwn(FxRobot robot) {
        // when two menus are added
        robot.interact(() -> {
            points.addMenu(new Menu("_Edit"));
            points.addMenu(new Menu("_Tools"));
        });

        // then they sit after File and before View, Go and Help
        assertThat(texts(menuBar().getMenus())).containsExactly("File", "Edit", "Tools", "View", "Go", "Help");
    }

    @Test
    void fileItemsGoOnTopOfFileWithOneSeparatorBeforeTheWindowsOwn(FxRobot robot) {
        List<String> runs = new ArrayList<>();
        // when two features add File items, and one asks to hear when File opens
        robot.interact(() -> {
            points.addFileItems(List.of(new MenuItem("Open project…"), new MenuItem("Save project")));
            points.addFileItems(List.of(new MenuItem("Share…")));
            points.onFileMenuShowing(() -> runs.add("showing"));
        });

        // then the items come first, in order, then one separator, then Open files…
        Menu file = menuBar().getMenus().get(0);
        assertThat(texts(file.getItems()).subList(0, 5))
                .containsExactly("Open project…", "Save project", "Share…", "—", "Open files…");
        robot.interact(() -> javafx.event.Event.fireEvent(file, new javafx.event.Event(Menu.ON_SHOWING)));
        assertThat(runs).containsExactly("showing");
    }

    @Test
    void sideTabsFollowDetailsAndCannotBeClosed(FxRobot robot) {
        Tab review = new Tab("Review", new Label("queue"));
        robot.interact(() -> {
            points.addSideTab(review);
            points.showSideTab(review);
        });

        assertThat(window.sideTabs().getTabs()).extracting(Tab::getText).containsExactly("Details", "Review");
        assertThat(review.isClosable()).isFalse();
        assertThat(window.sideTabs().getSelectionModel().getSelectedItem()).isSameAs(review);
    }

    @Test
    void anEventColumnGoesWhereAskedAndShowsEachRowsValue(FxRobot robot) {
        TableColumn<Event, String> column = new TableColumn<>("Review");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id().toUpperCase()));
        robot.interact(() -> points.addEventColumn(column, 2));

        assertThat(window.table().getColumns().get(2)).isSameAs(column);
        assertThat(column.getCellData(0)).isEqualTo(window.table().getItems().get(0).id().toUpperCase());
        // and an index past the end adds at the end
        TableColumn<Event, String> last = new TableColumn<>("Last");
        robot.interact(() -> points.addEventColumn(last, 99));
        assertThat(window.table().getColumns()).last().isSameAs(last);
    }

    @Test
    void timelineMarksReachTheTimeline(FxRobot robot) {
        robot.interact(() -> points.setTimelineMarks(e -> e.equals(fx.talks)
                ? TimelineView.ItemMark.CONFIRMED : TimelineView.ItemMark.NONE));

        TimelineView timeline = window.timelinePane().timeline();
        assertThat(points.timeline()).isSameAs(timeline);
        assertThat(timeline.itemMarksProperty().get().apply(fx.talks)).isEqualTo(TimelineView.ItemMark.CONFIRMED);
        assertThat(timeline.itemMarksProperty().get().apply(fx.sanctions)).isEqualTo(TimelineView.ItemMark.NONE);
    }

    @Test
    void theSourceContextMenuIsTheOneRegistered(FxRobot robot) {
        ContextMenu menu = new ContextMenu(new MenuItem("New event from selection"));
        robot.interact(() -> points.setSourceContextMenu(menu));

        assertThat(points.source()).isSameAs(window.sourcePane().sourceView());
        assertThat(points.source().getOnContextMenuRequested()).isNotNull();
    }

    @Test
    void aQuitGuardThatSaysNoKeepsTheWindowOpen(FxRobot robot) {
        List<String> asked = new ArrayList<>();
        robot.interact(() -> points.setQuitGuard(() -> {
            asked.add("asked");
            return false;
        }));

        robot.interact(window::quit);

        assertThat(asked).containsExactly("asked");
        assertThat(window.getScene().getWindow().isShowing()).isTrue();
    }

    @Test
    void aProjectFileOpensThroughTheRegisteredOpenerAndNotesReachPresentation(FxRobot robot) {
        List<Path> opened = new ArrayList<>();
        robot.interact(() -> {
            points.setProjectOpener(opened::add);
            points.setEventNotes(id -> List.of("note on " + id));
            window.open(List.of(Path.of("work.dtproj")));
        });

        assertThat(opened).containsExactly(Path.of("work.dtproj"));
        assertThat(points.eventNotes().apply("talks")).containsExactly("note on talks");
    }
}
