package org.diplomatictimeline.app.curation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.diplomatictimeline.app.ExtensionPoints;
import org.diplomatictimeline.app.MainWindow;
import org.diplomatictimeline.app.Theme;
import org.diplomatictimeline.app.WorkspaceViewModel;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.ReviewState;
import org.diplomatictimeline.io.project.Autosave;
import org.diplomatictimeline.io.project.ProjectStore;
import org.diplomatictimeline.io.project.RecentProjects;
import org.diplomatictimeline.io.project.RecoveryFile;
import org.diplomatictimeline.io.project.ViewFilters;
import org.diplomatictimeline.io.project.ViewSettings;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.TimeWindow;
import org.diplomatictimeline.timeline.TimelineView;

/**
 * Installs curation and projects into the main window through its registration points: curation as the stage
 * between loading and showing, the Review, Edit and Conflicts tabs, the Edit menu and File's project items, a
 * Review column, the Review facet and timeline marks, the A and R keys, the window title, autosave, recovery and
 * the unsaved-changes prompt.
 */
public final class CurationIntegration {

    private static final Logger LOG = Logger.getLogger(CurationIntegration.class.getName());

    private final MainWindow window;
    private final WorkspaceViewModel viewModel;
    private final ExtensionPoints points;
    private final Stage stage;
    private final ProjectDocument doc;
    private final Autosave autosave;
    private final CurationStage curationStage;
    private final BooleanProperty showRejected = new SimpleBooleanProperty(this, "showRejected", false);
    private final Tab reviewTab = new Tab("Review");
    private final Tab editTab = new Tab("Edit");
    private final Tab conflictsTab = new Tab("Conflicts");
    // A session's views are built when their tab is first opened, not with every load (DeferredTabContent).
    private final DeferredTabContent reviewContent = new DeferredTabContent(reviewTab);
    private final DeferredTabContent editContent = new DeferredTabContent(editTab);
    private final DeferredTabContent conflictsContent = new DeferredTabContent(conflictsTab);
    private final Menu recentMenu = new Menu("Open _recent");
    private final ProjectFileActions files;
    private EventEditorModel editorModel;

    private CurationIntegration(MainWindow window, Stage stage, Path dataFolder) {
        this.window = window;
        this.viewModel = window.viewModel();
        this.points = window.extensionPoints();
        this.stage = stage;
        ProjectStore store = new ProjectStore();
        RecentProjects recent = new RecentProjects(dataFolder);
        RecoveryFile recovery = new RecoveryFile(dataFolder, store);
        this.doc = new ProjectDocument(store, recent);
        doc.setViewSource(this::currentView);
        this.curationStage = new CurationStage(doc);
        this.autosave = new Autosave(recovery, doc::autosaveWork, Clock.systemUTC(), Autosave.daemonScheduler(),
                Autosave.DEFAULT_PERIOD, e -> LOG.log(Level.WARNING, "Autosave failed", e));
        this.files = new ProjectFileActions(window, stage, doc, recent, recovery, autosave);
    }

    /**
     * Installs everything into a main window shown in {@code stage}, before its first load; {@code dataFolder}
     * holds the recovery file and the recent-projects list. Offers recovery of a crashed session once the window
     * is up.
     */
    public static CurationIntegration install(MainWindow window, Stage stage, Path dataFolder) {
        CurationIntegration c = new CurationIntegration(window, stage, dataFolder);
        c.wire();
        Platform.runLater(c.files::offerRecovery);
        c.autosave.start();
        return c;
    }

    public ProjectDocument document() {
        return doc;
    }

    /** Opens a project file, asking first about unsaved changes (File > Open project, Open recent). */
    public void openProject(Path path) {
        files.openProject(path);
    }

    private void wire() {
        stage.titleProperty().bind(doc.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!files.confirmClose()) {
                e.consume();
            }
        });
        viewModel.setStage(curationStage);
        points.setQuitGuard(files::confirmClose);
        points.setProjectOpener(this::openProject);
        points.setEventNotes(id -> doc.getSession() == null ? List.of() : doc.getSession().curated().notesOf(id));
        points.setReviewActions(e -> review(e, true), e -> review(e, false));
        doc.sessionProperty().addListener((obs, old, now) -> onSession(now));
        viewModel.selection().selectedProperty().addListener((obs, old, now) -> loadEditor(now));
        points.addSideTab(reviewTab);
        points.addSideTab(editTab);
        points.addSideTab(conflictsTab);
        onSession(null);
        SelectionActions fromText = new SelectionActions(points.source(), doc::getSession, viewModel.selection(),
                stage);
        EditMenu edit = new EditMenu(doc::getSession, viewModel.selection(),
                () -> curationStage.extraction() == null ? null : curationStage.extraction().corpus(), fromText, stage);
        points.setSourceContextMenu(edit.sourceMenu());
        points.addFileItems(List.of(
                EditMenu.item("Open _project…", "Shortcut+Shift+P", files::openProjectChooser),
                recentMenu,
                EditMenu.item("_Save project", "Shortcut+S", files::save),
                EditMenu.item("Save project _as…", "Shortcut+Shift+S", files::saveAs)));
        // The list is read each time File opens, so a project saved since (or in another window) shows up.
        points.onFileMenuShowing(() -> files.refreshRecent(recentMenu));
        files.refreshRecent(recentMenu);
        points.addMenu(edit.menu(doc.historyProperty(), showRejected, () -> points.showSideTab(reviewTab)));
        points.addEventColumn(reviewColumn(), 2);
        installReviewFacet();
    }

    /** Records the analyst's accept or reject of an event (the A and R keys, wherever focus is). */
    private void review(Event event, boolean accept) {
        CurationSession session = doc.getSession();
        if (session == null || session.curated().model().event(event.id()).isEmpty()) {
            return;
        }
        if (accept) {
            session.accept(event.id());
        } else {
            session.reject(event.id());
        }
    }

    /** A "Review" column in the event list, so review states show beside the other fields. */
    private TableColumn<Event, String> reviewColumn() {
        TableColumn<Event, String> column = new TableColumn<>("Review");
        column.setId("review-state");
        column.setPrefWidth(80);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(label(state(c.getValue()))));
        return column;
    }

    /**
     * Tells the view model the review states, how to read them and that rejected events stay hidden unless Edit >
     * Show rejected events is on or the Review facet asks for them; tells the timeline how to mark each state.
     */
    private void installReviewFacet() {
        viewModel.reviewStateProperty().set(e -> label(state(e)));
        viewModel.reviewStates().setAll(Arrays.stream(ReviewState.values()).map(CurationIntegration::label).toList());
        hideRejected(true);
        showRejected.addListener((obs, old, now) -> hideRejected(!now));
        points.setTimelineMarks(e -> switch (state(e)) {
            case PROPOSED -> TimelineView.ItemMark.NONE;
            case ACCEPTED -> TimelineView.ItemMark.CONFIRMED;
            case EDITED -> TimelineView.ItemMark.CHANGED;
            case REJECTED -> TimelineView.ItemMark.FADED;
        });
    }

    private void hideRejected(boolean hide) {
        String rejected = label(ReviewState.REJECTED);
        if (hide) {
            viewModel.hiddenReviewStates().add(rejected);
        } else {
            viewModel.hiddenReviewStates().remove(rejected);
        }
    }

    private ReviewState state(Event e) {
        CurationSession s = doc.getSession();
        return s == null ? ReviewState.PROPOSED : s.curated().state(e.id());
    }

    static String label(ReviewState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private void onSession(CurationSession session) {
        if (session == null) {
            reviewContent.set(() -> new Label("Open articles or a project to start reviewing."));
            editContent.set(() -> new Label("Select an event to edit it."));
            conflictsContent.set(() -> new Label("No decisions yet."));
            editorModel = null;
            return;
        }
        session.addListener(this::curatedChanged);
        // The models follow the session from now on; only the views wait for their tabs.
        ReviewQueueModel queue = new ReviewQueueModel(session);
        queue.currentProperty().addListener((obs, old, now) -> select(now));
        reviewContent.set(() -> {
            ReviewQueuePane review = new ReviewQueuePane(queue);
            review.setOnShowEvidence(ev -> {
                Event current = queue.getCurrent();
                if (current != null) {
                    viewModel.selection().show(current, ev);
                }
            });
            return review;
        });
        EventEditorModel editor = new EventEditorModel(session);
        editorModel = editor;
        editContent.set(() -> new EventEditor(editor));
        loadEditor(viewModel.selection().getSelected());
        conflictsContent.set(() -> new ConflictsPane(session));
        updateConflictsTab();
    }

    /** A decision changed the curated model: the window shows it once, through the stage. */
    private void curatedChanged() {
        if (curationStage.onChange()) {
            viewModel.restage();
        }
        updateConflictsTab();
    }

    private void updateConflictsTab() {
        CurationSession s = doc.getSession();
        int n = s == null ? 0 : s.curated().conflicts().size();
        conflictsTab.setText(n == 0 ? "Conflicts" : "Conflicts (" + n + ")");
    }

    private void select(Event event) {
        if (event != null) {
            viewModel.selection().select(event);
        }
    }

    private void loadEditor(Event selected) {
        if (editorModel == null) {
            return;
        }
        CurationSession s = doc.getSession();
        editorModel.load(selected == null || s == null ? null : s.curated().model().event(selected.id()).orElse(null));
    }

    private ViewSettings currentView() {
        TimelineView timeline = points.timeline();
        String lanes = timeline.getLaneMode() == null ? "NONE" : timeline.getLaneMode().name();
        TimeWindow w = timeline.getVisibleWindow();
        Theme theme = window.themeProperty().get();
        return new ViewSettings(lanes, w == null ? null : w.start(), w == null ? null : w.end(), ViewFilters.NONE,
                theme == null ? "light" : theme.name().toLowerCase(Locale.ROOT));
    }
}
