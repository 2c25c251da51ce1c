package org.diplomatictimeline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.source.SourceView;
import org.diplomatictimeline.timeline.TimelineView;

/**
 * The main window's registration points: where a feature that the window does not know (curation) adds menus,
 * File items, side tabs, event-list columns, timeline marks and a source-view context menu, and answers the
 * window's questions (may it quit, how to open a project, what A and R do, an event's notes).
 *
 * <p>The window hands its parts over here, so a feature never searches the scene graph or a menu by its text; the
 * data side (the stage between loading and showing, the Review facet) registers on {@link WorkspaceViewModel}.
 */
public final class ExtensionPoints {

    private static final Logger LOG = Logger.getLogger(ExtensionPoints.class.getName());

    private final MenuBar menuBar;
    private final Menu fileMenu;
    private final TabPane sideTabs;
    private final TableView<Event> eventTable;
    private final TimelineView timeline;
    private final SourceView source;
    private int addedMenus;
    private int addedFileItems;
    private BooleanSupplier quitGuard = () -> true;
    private Consumer<Path> projectOpener = p -> LOG.warning(() -> "No project support to open " + p);
    private ReviewKeys reviewKeys = ReviewKeys.NONE;
    private Function<String, List<String>> eventNotes = id -> List.of();

    ExtensionPoints(MenuBar menuBar, Menu fileMenu, TabPane sideTabs, TableView<Event> eventTable,
                    TimelineView timeline, SourceView source) {
        this.menuBar = Objects.requireNonNull(menuBar, "menuBar");
        this.fileMenu = Objects.requireNonNull(fileMenu, "fileMenu");
        this.sideTabs = Objects.requireNonNull(sideTabs, "sideTabs");
        this.eventTable = Objects.requireNonNull(eventTable, "eventTable");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Adds a menu after File and the menus added before it, ahead of the window's own View, Go and Help. */
    public void addMenu(Menu menu) {
        menuBar.getMenus().add(1 + addedMenus++, Objects.requireNonNull(menu, "menu"));
    }

    /** Adds items at the top of File, after those added before, with a separator before the window's own. */
    public void addFileItems(List<? extends MenuItem> items) {
        if (items.isEmpty()) {
            return;
        }
        if (addedFileItems == 0) {
            fileMenu.getItems().add(0, new SeparatorMenuItem());
        }
        fileMenu.getItems().addAll(addedFileItems, items);
        addedFileItems += items.size();
    }

    /** Runs {@code action} each time File opens, so added items can reflect the moment (the recent projects). */
    public void onFileMenuShowing(Runnable action) {
        Objects.requireNonNull(action, "action");
        fileMenu.addEventHandler(Menu.ON_SHOWING, e -> action.run());
    }

    /** Adds a tab beside Details, after the tabs added before; the user cannot close it. */
    public void addSideTab(Tab tab) {
        tab.setClosable(false);
        sideTabs.getTabs().add(tab);
    }

    /** Brings a side tab to the front. */
    public void showSideTab(Tab tab) {
        sideTabs.getSelectionModel().select(tab);
    }

    /** Adds a column to the event list at {@code index} (clamped to the columns there are). */
    public void addEventColumn(TableColumn<Event, ?> column, int index) {
        eventTable.getColumns().add(Math.max(0, Math.min(index, eventTable.getColumns().size())), column);
    }

    /** How the timeline marks each event (confirmed, changed, faded); null for no marks. */
    public void setTimelineMarks(Function<Event, TimelineView.ItemMark> marks) {
        timeline.itemMarksProperty().set(marks);
    }

    /** The menu the source view shows on a right click. */
    public void setSourceContextMenu(ContextMenu menu) {
        Objects.requireNonNull(menu, "menu");
        source.setOnContextMenuRequested(e -> menu.show(source, e.getScreenX(), e.getScreenY()));
    }

    /** The source view, whose selected text a feature may turn into evidence. */
    public SourceView source() {
        return source;
    }

    /** The timeline, whose lanes and visible window a feature may save and restore. */
    public TimelineView timeline() {
        return timeline;
    }

    /** Asked before quitting (e.g. about unsaved work); quitting goes ahead only if it answers true. */
    public void setQuitGuard(BooleanSupplier guard) {
        this.quitGuard = Objects.requireNonNull(guard, "guard");
    }

    /** Opens a project file given on the command line or dropped on the window. */
    public void setProjectOpener(Consumer<Path> opener) {
        this.projectOpener = Objects.requireNonNull(opener, "opener");
    }

    /** What the A and R keys do to the selected event, wherever focus is. */
    public void setReviewActions(Consumer<Event> accept, Consumer<Event> reject) {
        this.reviewKeys = new ReviewKeys(accept, reject);
    }

    /** Where presentation mode finds an event's notes (by event id) for the speaker. */
    public void setEventNotes(Function<String, List<String>> notes) {
        this.eventNotes = Objects.requireNonNull(notes, "notes");
    }

    boolean mayQuit() {
        return quitGuard.getAsBoolean();
    }

    void openProject(Path file) {
        projectOpener.accept(file);
    }

    ReviewKeys reviewKeys() {
        return reviewKeys;
    }

    Function<String, List<String>> eventNotes() {
        return eventNotes;
    }
}
