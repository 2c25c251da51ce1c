package org.diplomatictimeline.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.diplomatictimeline.app.MainWindow;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.source.SourceView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Events and evidence made from the text selected in the source view, through the Edit menu, and undone. */
@ExtendWith(ApplicationExtension.class)
class SelectionCurationTest {

    private MainWindow window;
    private CurationIntegration curation;

    @Start
    void start(Stage stage) throws IOException {
        UiFixtures.CuratedWindow shown = UiFixtures.curatedWindow(stage, "selection-it");
        window = shown.window();
        curation = shown.curation();
    }

    private MenuItem editItem(String text) {
        MenuBar bar = (MenuBar) ((VBox) window.getTop()).getChildren().get(0);
        Menu edit = bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals("Edit")).findFirst()
                .orElseThrow();
        return edit.getItems().stream().filter(i -> i.getText() != null && i.getText().replace("_", "").equals(text))
                .findFirst().orElseThrow();
    }

    private SourceView source(FxRobot robot) {
        return robot.lookup(".source-view").queryAs(SourceView.class);
    }

    private void selectText(FxRobot robot, String phrase) {
        int start = UiFixtures.TEXT.indexOf(phrase);
        robot.interact(() -> source(robot).select(start, start + phrase.length()));
    }

    private void selectEvent(FxRobot robot, String id) {
        Event e = window.viewModel().visibleEvents().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        robot.interact(() -> window.viewModel().selection().select(e));
    }

    private CurationSession session() {
        return curation.document().getSession();
    }

    @Test
    void newEventFromSelectionUsesTheExactOffsetsAndUndoes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // given "prisoner exchange" selected in the source view
        selectText(robot, "prisoner exchange");
        int before = session().curated().model().events().size();

        // when Edit > New event from selection is chosen
        robot.interact(() -> editItem("New event from selection").fire());

        // then a new event holds exactly that evidence and is selected
        List<Event> events = session().curated().model().events();
        assertThat(events).hasSize(before + 1);
        Event created = window.viewModel().selection().getSelected();
        assertThat(created.title()).isEqualTo("prisoner exchange");
        assertThat(created.evidence()).containsExactly(UiFixtures.ev("prisoner exchange"));
        robot.interact(() -> UiFixtures.snapshot(window, "main-window-event-from-selection"));

        // and undo takes it away again
        robot.interact(() -> session().undo());
        assertThat(session().curated().model().events()).hasSize(before);
    }

    @Test
    void selectionIsAddedToAndRemovedFromTheSelectedEvent(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // given e1 selected and "planned for autumn" selected in the text
        selectEvent(robot, "e1");
        selectText(robot, "planned for autumn");

        // when it is added as evidence
        robot.interact(() -> editItem("Add selection as evidence").fire());

        // then e1 has it as a second excerpt
        Evidence added = UiFixtures.ev("planned for autumn");
        assertThat(session().curated().model().event("e1").orElseThrow().evidence()).contains(added);

        // and selecting part of that excerpt and choosing Remove evidence takes it out again
        selectEvent(robot, "e1");
        selectText(robot, "autumn");
        robot.interact(() -> editItem("Remove evidence").fire());
        assertThat(session().curated().model().event("e1").orElseThrow().evidence())
                .containsExactly(UiFixtures.ev("The envoys met in Geneva on 3 June."));

        // and both changes are in the undo history
        robot.interact(() -> session().undo());
        assertThat(session().curated().model().event("e1").orElseThrow().evidence()).contains(added);
    }

    @Test
    void theSourceViewOffersTheActionsInAContextMenu(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        selectEvent(robot, "e2");
        selectText(robot, "The talks");

        // Monocle's robot does not mark presses as popup triggers, so the request is fired as the platform would.
        robot.interact(() -> {
            SourceView view = source(robot);
            var b = view.localToScreen(view.getBoundsInLocal());
            view.fireEvent(new ContextMenuEvent(
                    ContextMenuEvent.CONTEXT_MENU_REQUESTED, 50, 50, b.getMinX() + 50,
                    b.getMinY() + 50, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();

        var menu = Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).findFirst().orElseThrow();
        assertThat(menu.getItems()).extracting(MenuItem::getText).contains("New event from selection",
                "Add selection as evidence");
        assertThat(menu.getItems()).allMatch(i -> !i.isDisable());
        assertThat(source(robot).getSelectedText()).isEqualTo("The talks");
        robot.interact(() -> UiFixtures.snapshot(menu.getScene().getRoot(), "source-context-menu"));
        robot.interact(menu::hide);
    }
}
