package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.source.Snapshots;
import org.diplomatictimeline.source.SourceView;
import org.diplomatictimeline.timeline.LaneMode;
import org.diplomatictimeline.timeline.TimeWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window's linking, filtering and loading flows on a hand-built corpus. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final AppFixtures fx = new AppFixtures();
    private final List<List<Path>> requests = new ArrayList<>();
    private List<LoadProblem> problems = List.of();
    private RuntimeException failure;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        LoadPipeline pipeline = (paths, progress) -> {
            requests.add(paths);
            if (failure != null) {
                throw failure;
            }
            return fx.workspace(paths, problems);
        };
        window = new MainWindow(new WorkspaceViewModel(), new BackgroundLoader(Runnable::run, Runnable::run, pipeline));
        stage.setScene(new Scene(window, 1260, 780));
        stage.show();
        window.open(List.of());
    }

    @AfterEach
    void snapshotAndCloseDialogs(FxRobot robot, TestInfo test) {
        robot.interact(() -> {
            Snapshots.write(window, "main-window-" + test.getTestMethod().orElseThrow().getName());
            if (window.problemsAlert() != null) {
                window.problemsAlert().close();
            }
            if (window.failureAlert() != null) {
                window.failureAlert().close();
            }
        });
    }

    private SourceView source() {
        return window.sourcePane().sourceView();
    }

    private static boolean strong(Node n) {
        return n.getStyleClass().contains("evidence-selected");
    }

    @Test
    void selectingAnEventInTheListHighlightsItsExcerptsAndSwitchesDocument(FxRobot robot) {
        robot.clickOn(robot.lookup(".table-cell").lookup((Node n) -> n instanceof Labeled l
                && "Ruiz state visit to Oslo".equals(l.getText())).<Node>query());

        assertThat(window.viewModel().selection().getSelected()).isEqualTo(fx.stateVisit);
        assertThat(source().getDocument().id()).isEqualTo("visit");
        assertThat(source().excerptNodes(fx.stateVisit)).isNotEmpty().allMatch(MainWindowTest::strong);
        assertThat(window.timelinePane().timeline().getSelectedEvent()).isEqualTo(fx.stateVisit);

        robot.interact(() -> window.table().getSelectionModel().select(fx.sanctions));

        assertThat(source().getDocument().id()).isEqualTo("harbour");
        Node excerpt = source().excerptNodes(fx.sanctions).get(0);
        assertThat(strong(excerpt)).isTrue();
        assertThat(source().localToScreen(source().getBoundsInLocal())
                .contains(excerpt.localToScreen(excerpt.getBoundsInLocal()))).as("scrolled into view").isTrue();
        robot.interact(() -> Snapshots.write(window, "main-window-list-selection"));
    }

    @Test
    void doubleClickInTheListZoomsTheTimelineToTheEvent(FxRobot robot) {
        robot.interact(() -> window.timelinePane().timeline().animatedProperty().set(false));
        double before = window.timelinePane().timeline().getVisibleWindow().length();

        Node cell = robot.lookup(".table-cell").lookup((Node n) -> n instanceof Labeled l
                && "Ruiz state visit to Oslo".equals(l.getText())).<Node>query();
        robot.clickOn(cell);
        // The second click is fired with its click count: whether two robot clicks count as a double-click depends
        // on the wall time between them, which a loaded machine stretches past the platform's interval.
        robot.interact(() -> javafx.event.Event.fireEvent(cell, secondClickOf(cell)));

        TimeWindow after = window.timelinePane().timeline().getVisibleWindow();
        double day = LocalDate.parse("2021-03-05").toEpochDay();
        assertThat(after.start()).isLessThanOrEqualTo(day);
        assertThat(after.end()).isGreaterThan(day);
        assertThat(after.length()).isNotEqualTo(before);
    }

    private static MouseEvent secondClickOf(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Point2D screen = node.localToScreen(b.getWidth() / 2, b.getHeight() / 2);
        return new MouseEvent(MouseEvent.MOUSE_CLICKED,
                b.getCenterX(), b.getCenterY(), screen.getX(), screen.getY(), MouseButton.PRIMARY,
                2, false, false, false, false, false, false, false, true, false, true, null);
    }

    @Test
    void selectingInTheTimelineSelectsEverywhere(FxRobot robot) {
        robot.interact(() -> window.timelinePane().timeline().setSelectedEvent(fx.stateVisit));

        assertThat(window.table().getSelectionModel().getSelectedItem()).isEqualTo(fx.stateVisit);
        assertThat(source().getDocument().id()).isEqualTo("visit");
        assertThat(source().highlightedEventProperty().get()).isEqualTo(fx.stateVisit);
    }

    @Test
    void clickingAHighlightedExcerptSelectsItsEvent(FxRobot robot) {
        robot.interact(() -> window.viewModel().selection().select(fx.stateVisit));
        Node talksExcerpt = source().excerptNodes(fx.talks).get(0);
        robot.interact(() -> source().scrollToOffset(fx.visit.text().indexOf("The talks in Geneva")));

        double yBefore = talksExcerpt.localToScene(talksExcerpt.getBoundsInLocal()).getMinY();
        robot.clickOn(talksExcerpt);

        assertThat(talksExcerpt.localToScene(talksExcerpt.getBoundsInLocal()).getMinY())
                .as("the clicked text stays where it was").isEqualTo(yBefore);
        assertThat(window.viewModel().selection().getSelected()).isEqualTo(fx.talks);
        assertThat(window.table().getSelectionModel().getSelectedItem()).isEqualTo(fx.talks);
        assertThat(window.timelinePane().timeline().getSelectedEvent()).isEqualTo(fx.talks);
        assertThat(source().getDocument().id()).as("stays in the clicked document").isEqualTo("visit");
        assertThat(source().excerptNodes(fx.talks)).allMatch(MainWindowTest::strong);
        robot.interact(() -> Snapshots.write(window, "main-window-excerpt-click"));
    }

    @Test
    void detailsSayWhatAnEventWeighsAndWhy(FxRobot robot) {
        robot.interact(() -> window.viewModel().selection().select(fx.talks));

        assertThat(robot.lookup(".details-reason").queryAllAs(Label.class))
                .anyMatch(l -> l.getText().matches("Weight \\d+\\.\\d: reported by 2 articles .*"));
    }

    @Test
    void evidenceLinkInTheDetailsShowsThatExcerptsDocument(FxRobot robot) {
        robot.interact(() -> window.viewModel().selection().select(fx.talks));
        assertThat(source().getDocument().id()).isEqualTo("harbour");

        robot.interact(() -> window.details().setVvalue(1));
        robot.clickOn(window.details().evidenceLinks().get(1));

        assertThat(source().getDocument().id()).isEqualTo("visit");
        assertThat(window.viewModel().selection().getSelected()).isEqualTo(fx.talks);
    }

    @Test
    void filteringByTypeNarrowsListTimelineAndSourceAndUpdatesTheCount(FxRobot robot) {
        assertThat(window.statusLine().visibleLabel().getText()).isEqualTo("3 visible");

        robot.interact(() -> window.filterBar().typeBox().getCheckModel().check(EventType.VISIT));

        assertThat(window.table().getItems()).containsExactly(fx.stateVisit);
        assertThat(window.timelinePane().timeline().getEvents()).containsExactly(fx.stateVisit);
        assertThat(window.statusLine().visibleLabel().getText()).isEqualTo("1 visible");
        robot.interact(() -> window.sourcePane().chooser().setValue(fx.harbour));
        assertThat(source().allExcerptNodes()).as("no visible event has evidence here").isEmpty();
        robot.interact(() -> Snapshots.write(window, "main-window-filtered"));
    }

    @Test
    void freeTextSearchNarrowsTheList(FxRobot robot) {
        robot.clickOn(window.filterBar().searchField()).write("shipping");

        assertThat(window.table().getItems()).containsExactly(fx.sanctions);
        assertThat(window.statusLine().visibleLabel().getText()).isEqualTo("1 visible");

        robot.type(KeyCode.ESCAPE);

        assertThat(window.table().getItems()).hasSize(3);
    }

    @Test
    void aLoadWithOnlyWarningsDoesNotInterrupt(FxRobot robot) {
        problems = List.of(new LoadProblem("/articles/old.txt", "encoding guessed as windows-1252", false));

        robot.interact(window::reload);

        assertThat(window.problemsAlert()).isNull();
        assertThat(window.statusLine().problemsLink().getText()).isEqualTo("1 load problem");
        robot.clickOn(window.statusLine().problemsLink());
        assertThat(window.problemsAlert().isShowing()).isTrue();
        assertThat(window.problemsAlert().getHeaderText()).contains("1 file loaded with a warning").doesNotContain("skipped");
    }

    @Test
    void keyboardMovesToTheNextEvent(FxRobot robot) {
        robot.interact(() -> window.viewModel().selection().select(fx.talks));
        robot.clickOn(window.table());
        robot.interact(() -> window.viewModel().selection().select(fx.talks));

        robot.press(KeyCode.CONTROL, KeyCode.PERIOD).release(KeyCode.PERIOD, KeyCode.CONTROL);

        assertThat(window.viewModel().selection().getSelected()).isEqualTo(fx.sanctions);
    }

    @Test
    void enterInTheListMovesFocusToTheEvidence(FxRobot robot) {
        robot.interact(() -> window.viewModel().selection().select(fx.talks));
        robot.clickOn(robot.lookup(".table-cell").lookup((Node n) -> n instanceof Labeled l
                && "Norway–Chile talks in Geneva".equals(l.getText())).<Node>query());

        robot.type(KeyCode.ENTER);

        assertThat(window.details().evidenceLinks().get(0).isFocused()).isTrue();
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);
        assertThat(source().getDocument().id()).as("second link opens the other document").isEqualTo("visit");
    }

    @Test
    void arrowKeysInTheTimelineMoveTheSelectionEverywhereAndEnterOpensTheEvidence(FxRobot robot) {
        robot.interact(() -> {
            window.timelinePane().timeline().animatedProperty().set(false);
            window.viewModel().selection().select(fx.talks);
            window.timelinePane().timeline().requestFocus();
        });

        robot.type(KeyCode.DOWN);
        Event moved = window.viewModel().selection().getSelected();
        robot.type(KeyCode.ENTER);

        assertThat(moved).isNotNull().isNotEqualTo(fx.talks);
        assertThat(window.table().getSelectionModel().getSelectedItem()).isEqualTo(moved);
        assertThat(source().highlightedEventProperty().get()).isEqualTo(moved);
        assertThat(window.details().evidenceLinks().get(0).isFocused()).as("Enter leads to the evidence").isTrue();
    }

    @Test
    void everyMenuActionHasAShortcut(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> missing = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collectWithoutAccelerator(menu, missing);
        }

        assertThat(missing).containsExactly("Show load _problems");
    }

    private static void collectWithoutAccelerator(Menu menu, List<String> missing) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collectWithoutAccelerator(sub, missing);
            } else if (!(item instanceof SeparatorMenuItem) && item.getAccelerator() == null) {
                missing.add(item.getText());
            }
        }
    }

    @Test
    void aLoadWithABadFileNamesItAndStillShowsTheRest(FxRobot robot) {
        problems = List.of(new LoadProblem("/articles/broken.bin", "not a text file (binary content)", true));

        robot.interact(window::reload);

        assertThat(window.table().getItems()).hasSize(3);
        assertThat(window.statusLine().problemsLink().isVisible()).isTrue();
        assertThat(window.statusLine().problemsLink().getText()).isEqualTo("1 load problem");
        assertThat(window.problemsAlert().isShowing()).isTrue();
        assertThat(window.problemsAlert().getHeaderText()).contains("1 file was skipped", "2 documents loaded");
        assertThat(((TextArea) window.problemsAlert().getDialogPane().getContent()).getText())
                .contains("/articles/broken.bin", "binary");
        robot.interact(() -> Snapshots.write(window.problemsAlert().getDialogPane(), "main-window-load-problems"));
    }

    @Test
    void textGrowsForAProjectorAndReturnsToNormal(FxRobot robot) {
        double before = window.statusLine().visibleLabel().getFont().getSize();

        robot.interact(() -> {
            window.textSize(1);
            window.textSize(1);
            window.applyCss();
        });

        assertThat(window.textPx()).isEqualTo(MainWindow.DEFAULT_TEXT_PX + 4);
        assertThat(window.statusLine().visibleLabel().getFont().getSize()).isGreaterThan(before);
        robot.interact(() -> Snapshots.write(window, "main-window-large-text"));
        robot.interact(() -> window.textSize(0));
        assertThat(window.textPx()).isEqualTo(MainWindow.DEFAULT_TEXT_PX);
    }

    @Test
    void laneModeFromTheViewMenuReachesTheTimeline(FxRobot robot) {
        robot.interact(() -> window.setLaneMode(LaneMode.COUNTRY));

        assertThat(window.timelinePane().timeline().laneModeProperty().get())
                .isEqualTo(LaneMode.COUNTRY);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu lanes = (Menu) bar.getMenus().get(1).getItems().get(0);
        assertThat(lanes.getItems()).filteredOn(i -> ((RadioMenuItem) i).isSelected())
                .extracting(MenuItem::getText)
                .containsExactly(LaneMode.COUNTRY.label());
    }

    @Test
    void aFailedLoadIsShownAndKeepsWhatWasOpen(FxRobot robot) {
        failure = new IllegalStateException("out of memory while reading /articles/huge");

        robot.interact(() -> window.open(List.of(Path.of("/articles"))));

        assertThat(window.failureAlert().isShowing()).isTrue();
        assertThat(window.failureAlert().getHeaderText()).contains("/articles", "still open");
        assertThat(((TextArea) window.failureAlert().getDialogPane().getContent()).getText())
                .contains("out of memory while reading /articles/huge");
        assertThat(window.table().getItems()).hasSize(3);
        robot.interact(() -> Snapshots.write(window.failureAlert().getDialogPane(), "main-window-load-failure"));
    }

    @Test
    void droppedFilesAreLoaded(FxRobot robot) {
        File dropped = new File("/tmp/dropped-articles");

        robot.interact(() -> assertThat(window.dropHandler().drop(List.of(dropped))).isTrue());

        assertThat(requests).last().isEqualTo(List.of(dropped.toPath()));
    }

    @Test
    void darkThemeKeepsTheExcerptsReadable(FxRobot robot) {
        robot.interact(() -> window.setTheme(Theme.DARK));
        robot.interact(() -> window.viewModel().selection().select(fx.talks));

        assertThat(Theme.of(window.getScene())).isEqualTo(Theme.DARK);
        robot.interact(() -> Snapshots.write(window, "main-window-dark"));
    }

    @Test
    void selectedEventStaysSelectedWhenStillVisibleAfterFiltering(FxRobot robot) {
        robot.interact(() -> window.viewModel().selection().select(fx.talks));

        robot.interact(() -> window.filterBar().typeBox().getCheckModel().check(EventType.TALKS));
        Event kept = window.viewModel().selection().getSelected();
        robot.interact(() -> window.filterBar().typeBox().getCheckModel().clearChecks());
        robot.interact(() -> window.filterBar().typeBox().getCheckModel().check(EventType.VISIT));

        assertThat(kept).isEqualTo(fx.talks);
        assertThat(window.viewModel().selection().getSelected()).isNull();
        assertThat(source().highlightedEventProperty().get()).isNull();
    }
}
