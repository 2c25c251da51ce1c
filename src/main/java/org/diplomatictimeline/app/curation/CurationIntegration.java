package org.diplomatictimeline.app.curation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.diplomatictimeline.app.MainWindow;
import org.diplomatictimeline.app.Theme;
import org.diplomatictimeline.app.Workspace;
import org.diplomatictimeline.curation.CuratedModel;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.DocumentHashes;
import org.diplomatictimeline.curation.ReviewState;
import org.diplomatictimeline.io.project.Autosave;
import org.diplomatictimeline.io.project.ProjectStore;
import org.diplomatictimeline.io.project.RecentProjects;
import org.diplomatictimeline.io.project.RecoveryFile;
import org.diplomatictimeline.io.project.SourceRef;
import org.diplomatictimeline.io.project.SourceRefs;
import org.diplomatictimeline.io.project.ViewFilters;
import org.diplomatictimeline.io.project.ViewSettings;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.source.SourceView;
import org.diplomatictimeline.timeline.TimeWindow;
import org.diplomatictimeline.timeline.TimelineView;

/**
 * Wires curation and projects into the main window: Review, Edit and Conflicts tabs, the Edit menu (undo, redo,
 * accept, reject, merge, split, note), File > project items, the window title, autosave, recovery and the
 * unsaved-changes prompt. The window shows the curated model; extraction results pass through the decisions.
 */
public final class CurationIntegration {

    private static final Logger LOG = Logger.getLogger(CurationIntegration.class.getName());

    private final MainWindow window;
    private final Stage stage;
    private final ProjectDocument doc;
    private final RecentProjects recent;
    private final RecoveryFile recovery;
    private final Autosave autosave;
    private final BooleanProperty showRejected = new SimpleBooleanProperty(this, "showRejected", false);
    private final Tab reviewTab = new Tab("Review");
    private final Tab editTab = new Tab("Edit");
    private final Tab conflictsTab = new Tab("Conflicts");
    private final Menu recentMenu = new Menu("Open _recent");
    private final ProjectFileActions files;
    private Workspace extraction;
    private Workspace shown;
    private EventEditorModel editorModel;
    private SelectionActions selectionActions;

    private CurationIntegration(MainWindow window, Stage stage, Path dataFolder) {
        this.window = window;
        this.stage = stage;
        ProjectStore store = new ProjectStore();
        this.recent = new RecentProjects(dataFolder);
        this.recovery = new RecoveryFile(dataFolder, store);
        this.doc = new ProjectDocument(store, recent);
        doc.setViewSource(this::currentView);
        this.autosave = new Autosave(recovery, doc::autosaveWork, Clock.systemUTC(), Autosave.daemonScheduler(),
                Autosave.DEFAULT_PERIOD, e -> LOG.log(Level.WARNING, "Autosave failed", e));
        this.files = new ProjectFileActions(window, stage, doc, recent, recovery, autosave);
    }

    /**
     * Installs everything into a main window shown in {@code stage}; {@code dataFolder} holds the recovery file and
     * the recent-projects list. Offers recovery of a crashed session once the window is up.
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
        window.setQuitGuard(files::confirmClose);
        window.setEventNotes(id -> doc.getSession() == null ? List.of() : doc.getSession().curated().notesOf(id));
        window.viewModel().workspaceProperty().addListener((obs, old, now) -> onWorkspace(now));
        doc.sessionProperty().addListener((obs, old, now) -> onSession(now));
        showRejected.addListener((obs, old, now) -> pushCurated());
        window.viewModel().selection().selectedProperty().addListener((obs, old, now) -> loadEditor(now));
        TabPane tabs = window.sideTabs();
        reviewTab.setClosable(false);
        editTab.setClosable(false);
        conflictsTab.setClosable(false);
        tabs.getTabs().addAll(reviewTab, editTab, conflictsTab);
        onSession(null);
        SourceView source = find(window, SourceView.class);
        selectionActions = new SelectionActions(source, doc::getSession, window.viewModel().selection(), stage);
        ContextMenu menu = selectionActions.contextMenu(this::createFromText, () -> onSelected(this::addEvidence),
                () -> onSelected(this::removeEvidence));
        source.setOnContextMenuRequested(e -> menu.show(source, e.getScreenX(), e.getScreenY()));
        installMenus();
        installReviewColumn();
        installReviewFilter();
    }

    /** A "Review" column in the window's event table, so review states show beside the other fields. */
    @SuppressWarnings("unchecked")
    private void installReviewColumn() {
        javafx.scene.control.TableView<?> table = find(window, javafx.scene.control.TableView.class);
        if (table == null) {
            return;
        }
        javafx.scene.control.TableColumn<Event, String> column = new javafx.scene.control.TableColumn<>("Review");
        column.setId("review-state");
        column.setPrefWidth(80);
        column.setCellValueFactory(c -> {
            CurationSession s = doc.getSession();
            ReviewState state = s == null ? ReviewState.PROPOSED : s.curated().state(c.getValue().id());
            return new javafx.beans.property.ReadOnlyStringWrapper(label(state));
        });
        ((javafx.scene.control.TableView<Event>) table).getColumns().add(Math.min(2, table.getColumns().size()),
                column);
    }

    /**
     * Tells the window's Review facet the states and how to read them, and the timeline how to mark them; checking "rejected" there shows rejected
     * events even while Edit > Show rejected events is off, since asking for them means wanting to see them.
     */
    private void installReviewFilter() {
        window.viewModel().reviewStateProperty().set(e -> {
            CurationSession s = doc.getSession();
            return label(s == null ? ReviewState.PROPOSED : s.curated().state(e.id()));
        });
        TimelineView timeline = find(window, TimelineView.class);
        if (timeline != null) {
            timeline.itemMarksProperty().set(e -> {
                CurationSession s = doc.getSession();
                return switch (s == null ? ReviewState.PROPOSED : s.curated().state(e.id())) {
                    case PROPOSED -> TimelineView.ItemMark.NONE;
                    case ACCEPTED -> TimelineView.ItemMark.CONFIRMED;
                    case EDITED -> TimelineView.ItemMark.CHANGED;
                    case REJECTED -> TimelineView.ItemMark.FADED;
                };
            });
        }
        window.viewModel().reviewStates().setAll(java.util.Arrays.stream(ReviewState.values())
                .map(CurationIntegration::label).toList());
        window.viewModel().filterProperty().addListener((obs, old, now) -> {
            if (wantsRejected(old) != wantsRejected(now)) {
                pushCurated();
            }
        });
    }

    private static boolean wantsRejected(org.diplomatictimeline.app.EventFilter f) {
        return f != null && f.reviews().contains(label(ReviewState.REJECTED));
    }

    static String label(ReviewState state) {
        return switch (state) {
            case PROPOSED -> "proposed";
            case ACCEPTED -> "accepted";
            case REJECTED -> "rejected";
            case EDITED -> "edited";
        };
    }

    // ---- extraction and curated model ----

    private void onWorkspace(Workspace ws) {
        if (ws == shown || ws == null || window.viewModel().isPartial()) {
            return; // our own curated workspace coming back, or a load still running: wait for its end
        }
        extraction = ws;
        List<SourceRef> refs;
        try {
            refs = keepMissing(SourceRefs.of(ws.corpus(), false), doc.sources());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not hash the corpus files", e);
            refs = doc.sources();
        }
        List<SourceRef> sources = refs;
        // After the window has finished showing the raw extraction, show it with the decisions applied.
        Platform.runLater(() -> {
            if (extraction == ws) {
                doc.setExtraction(ws.model(), DocumentHashes.of(ws.corpus()), sources);
                pushCurated();
            }
        });
    }

    /** References of documents that did not load this time stay in the project: their decisions still point there. */
    private static List<SourceRef> keepMissing(List<SourceRef> loaded, List<SourceRef> before) {
        Set<String> ids = loaded.stream().map(SourceRef::documentId).collect(Collectors.toSet());
        List<SourceRef> all = new ArrayList<>(loaded);
        before.stream().filter(r -> !ids.contains(r.documentId())).forEach(all::add);
        return all;
    }

    private void onSession(CurationSession session) {
        if (session == null) {
            Label waiting = new Label("Open articles or a project to start reviewing.");
            reviewTab.setContent(waiting);
            editTab.setContent(new Label("Select an event to edit it."));
            conflictsTab.setContent(new Label("No decisions yet."));
            editorModel = null;
            return;
        }
        session.addListener(this::pushCurated);
        ReviewQueuePane review = new ReviewQueuePane(new ReviewQueueModel(session));
        review.model().currentProperty().addListener((obs, old, now) -> select(now));
        review.setOnShowEvidence(ev -> {
            Event current = review.model().getCurrent();
            if (current != null) {
                window.viewModel().selection().show(current, ev);
            }
        });
        reviewTab.setContent(review);
        editorModel = new EventEditorModel(session);
        editTab.setContent(new EventEditor(editorModel));
        loadEditor(window.viewModel().selection().getSelected());
        conflictsTab.setContent(new ConflictsPane(session));
        updateConflictsTab();
    }

    private void pushCurated() {
        CurationSession session = doc.getSession();
        if (session == null || extraction == null) {
            return;
        }
        CuratedModel curated = session.curated();
        EventModel model = curated.model();
        if (!showRejected.get() && !wantsRejected(window.viewModel().filterProperty().get())) {
            model = new EventModel(model.documents(), model.events().stream()
                    .filter(e -> curated.state(e.id()) != ReviewState.REJECTED).toList());
        }
        shown = new Workspace(extraction.paths(), extraction.corpus(), model);
        window.viewModel().setWorkspace(shown);
        updateConflictsTab();
    }

    private void updateConflictsTab() {
        CurationSession s = doc.getSession();
        int n = s == null ? 0 : s.curated().conflicts().size();
        conflictsTab.setText(n == 0 ? "Conflicts" : "Conflicts (" + n + ")");
    }

    private void select(Event event) {
        if (event != null) {
            window.viewModel().selection().select(event);
        }
    }

    private void loadEditor(Event selected) {
        if (editorModel == null) {
            return;
        }
        CurationSession s = doc.getSession();
        editorModel.load(selected == null || s == null ? null : s.curated().model().event(selected.id()).orElse(null));
    }

    // ---- menus ----

    private void installMenus() {
        MenuBar bar = find(window, MenuBar.class);
        if (bar == null) {
            LOG.warning("No menu bar found; curation menus not installed");
            return;
        }
        Menu file = bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals("File")).findFirst()
                .orElse(null);
        if (file != null) {
            file.setOnShowing(e -> files.refreshRecent(recentMenu));
            file.getItems().addAll(0, List.of(
                    item("Open _project…", "Shortcut+Shift+P", files::openProjectChooser),
                    recentMenu,
                    item("_Save project", "Shortcut+S", files::save),
                    item("Save project _as…", "Shortcut+Shift+S", files::saveAs),
                    new SeparatorMenuItem()));
            files.refreshRecent(recentMenu);
        }
        UndoRedoActions undoRedo = new UndoRedoActions(doc.historyProperty());
        CheckMenuItem rejected = new CheckMenuItem("Show re_jected events");
        rejected.selectedProperty().bindBidirectional(showRejected);
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(undoRedo.items());
        edit.getItems().addAll(new SeparatorMenuItem(),
                item("_Accept event", "Shortcut+Shift+A", () -> onSelected((s, e) -> s.accept(e.id()))),
                item("Re_ject event", "Shortcut+Shift+R", () -> onSelected((s, e) -> s.reject(e.id()))),
                item("_Merge with…", "Shortcut+Shift+M", () -> onSelected((s, e) ->
                        CurationDialogs.merge(stage, s, e))),
                item("_Split…", null, () -> onSelected((s, e) -> CurationDialogs.split(stage, s, e))),
                item("Add _note…", "Shortcut+Shift+N", () -> onSelected(this::note)),
                new SeparatorMenuItem(),
                item("New _event from selection", "Shortcut+Shift+E", () -> selectionActions.newEvent(
                        this::createFromText)),
                item("Add selection as e_vidence", "Shortcut+Shift+V", () -> selectionActions.addEvidence(
                        () -> onSelected(this::addEvidence))),
                item("Remove evi_dence", null, () -> selectionActions.removeEvidence(
                        () -> onSelected(this::removeEvidence))),
                new SeparatorMenuItem(),
                item("_Review queue", "Shortcut+R", () -> window.sideTabs().getSelectionModel().select(reviewTab)),
                rejected);
        bar.getMenus().add(Math.min(1, bar.getMenus().size()), edit);
    }

    private interface EventAction {
        void run(CurationSession session, Event event);
    }

    private void onSelected(EventAction action) {
        CurationSession s = doc.getSession();
        Event selected = window.viewModel().selection().getSelected();
        if (s == null || selected == null) {
            return;
        }
        s.curated().model().event(selected.id()).ifPresent(e -> {
            try {
                action.run(s, e);
            } catch (IllegalArgumentException ex) {
                ProjectFileActions.error(stage, "That change is not possible", ex.getMessage());
            }
        });
    }

    private void note(CurationSession s, Event e) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle("Note");
        dialog.setHeaderText("A note on \"" + e.title() + "\"");
        dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty()).ifPresent(t -> s.note(e.id(), t));
    }

    private Document preferredDocument(Event e) {
        if (e == null || e.evidence().isEmpty() || extraction == null) {
            return null;
        }
        return extraction.corpus().document(e.evidence().get(0).documentId()).orElse(null);
    }

    private void createFromText() {
        CurationSession s = doc.getSession();
        if (s == null || extraction == null) {
            return;
        }
        ExcerptDialog.dialog(stage, extraction.corpus().documents(),
                preferredDocument(window.viewModel().selection().getSelected()), true)
                .showAndWait().ifPresent(r -> s.createEvent(r.evidence(), r.title(), r.type(),
                        org.diplomatictimeline.model.EventStatus.HAPPENED,
                        org.diplomatictimeline.model.EventDate.unknown("set by the analyst")));
    }

    private void addEvidence(CurationSession s, Event e) {
        if (extraction == null) {
            return;
        }
        ExcerptDialog.dialog(stage, extraction.corpus().documents(), preferredDocument(e), false)
                .showAndWait().ifPresent(r -> s.addEvidence(e.id(), r.evidence()));
    }

    private void removeEvidence(CurationSession s, Event e) {
        if (e.evidence().size() < 2) {
            ProjectFileActions.error(stage, "That change is not possible", "\"" + e.title() + "\" has only one excerpt; reject the event instead.");
            return;
        }
        java.util.Map<String, Evidence> byLabel = new java.util.LinkedHashMap<>();
        for (Evidence ev : e.evidence()) {
            byLabel.put("[" + ev.documentId() + " @" + ev.start() + "] " + ev.text(), ev);
        }
        List<String> labels = List.copyOf(byLabel.keySet());
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(labels.get(0), labels);
        dialog.initOwner(stage);
        dialog.setTitle("Remove evidence");
        dialog.setHeaderText("Which excerpt does not support \"" + e.title() + "\"?");
        dialog.showAndWait().map(byLabel::get).ifPresent(ev -> s.removeEvidence(e.id(), ev));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    // ---- view settings ----

    private ViewSettings currentView() {
        TimelineView timeline = find(window, TimelineView.class);
        String lanes = timeline == null || timeline.getLaneMode() == null ? "NONE" : timeline.getLaneMode().name();
        TimeWindow w = timeline == null ? null : timeline.getVisibleWindow();
        Theme theme = window.themeProperty().get();
        return new ViewSettings(lanes, w == null ? null : w.start(), w == null ? null : w.end(), ViewFilters.NONE,
                theme == null ? "light" : theme.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static <T> T find(Node node, Class<T> type) {
        if (type.isInstance(node)) {
            return type.cast(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
