package org.diplomatictimeline.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.diplomatictimeline.app.present.Presentation;
import org.diplomatictimeline.timeline.LaneMode;

/**
 * The main window's content: menus and filters on top, the timeline, and below it the event list, the details and
 * the source view, with a status line at the bottom. It wires the parts to one view model and runs loads.
 */
public final class MainWindow extends BorderPane implements AppActions {

    private final WorkspaceViewModel viewModel;
    private final BackgroundLoader loader;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final FilterBar filterBar;
    private final TimelinePane timelinePane;
    private final EventTable table;
    private final EventDetailsPane details;
    private final SourcePane sourcePane;
    private final StatusLine statusLine;
    private final FileDropHandler dropHandler;
    private final TabPane sideTabs; // curation adds its tabs beside Details
    private final SplitPane centre;
    private final SplitPane lower;
    /** The timeline's least height: the axis, three lanes and the overview band. */
    static final double TIMELINE_MIN_HEIGHT = 230;
    private final ExtensionPoints extensionPoints;
    private Presentation presentation;
    private final WorkspaceLoads loads;
    private final ChronologyOutputs outputs;
    private Alert problemsAlert;
    private Dialog<Void> helpDialog;

    public MainWindow(WorkspaceViewModel viewModel, BackgroundLoader loader) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.loader = Objects.requireNonNull(loader, "loader");
        getStyleClass().add("main-window");
        filterBar = new FilterBar(viewModel.filterProperty());
        viewModel.reviewStates().addListener((ListChangeListener<String>) c ->
                filterBar.setReviewChoices(List.copyOf(viewModel.reviewStates())));
        timelinePane = new TimelinePane(viewModel, this::showEvidence);
        table = new EventTable(viewModel);
        details = new EventDetailsPane(viewModel);
        sourcePane = new SourcePane(viewModel);
        statusLine = new StatusLine(viewModel, loader, this::showProblems);
        statusLine.bindInView(timelinePane.timeline().visibleCountProperty());
        filterBar.getChildren().add(new KeyEventsBar(viewModel, timelinePane.timeline(), table));
        loads = new WorkspaceLoads(viewModel, loader, filterBar, timelinePane.timeline(), this::showProblems,
                this::window);
        outputs = new ChronologyOutputs(viewModel, loader, timelinePane.timeline(), this::window);
        dropHandler = new FileDropHandler(this::open);
        dropHandler.install(this);

        AppMenuBar menu = new AppMenuBar(this, timelinePane.timeline().laneModeProperty(), theme,
                viewModel.skipDuplicatesProperty());
        setTop(new VBox(menu, filterBar));

        sideTabs = new TabPane(new Tab("Details", details));
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        extensionPoints = new ExtensionPoints(menu, menu.fileMenu(), sideTabs, table, timelinePane.timeline(),
                sourcePane.sourceView());
        // The choices follow the workspace shown, so an analyst's edit (a new type, a participant) can be filtered.
        viewModel.workspaceProperty().addListener((obs, old, now) -> filterBar.setChoices(now));
        lower = new SplitPane(table, sideTabs, sourcePane);
        lower.setDividerPositions(0.40, 0.62);
        centre = new SplitPane(timelinePane, lower);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.38);
        // A small window shares out what room there is instead of laying out at its parts' minimum and cutting off
        // the right and bottom; only the timeline insists on a height that still shows a few lanes.
        filterBar.setMinWidth(0);
        table.setMinWidth(140);
        sideTabs.setMinWidth(160);
        sourcePane.setMinWidth(180);
        lower.setMinSize(0, 140);
        timelinePane.setMinHeight(TIMELINE_MIN_HEIGHT);
        setCenter(centre);
        setBottom(statusLine);

        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showEvidence();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            // Double-click in the list does what it does in the timeline: zoom to the event.
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                timelinePane.timeline().zoomTo(table.getSelectionModel().getSelectedItem());
            }
        });
        // A and R review the selected event wherever focus is (timeline, list, details), not only in the Review tab
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (extensionPoints.reviewKeys().handle(e, viewModel.selection().getSelected())) {
                e.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !ReviewKeys.typesText(e.getTarget())) {
                showHelp();
                e.consume();
            }
        });
        theme.addListener((obs, old, now) -> applyTheme());
        sceneProperty().addListener((obs, old, now) -> applyTheme());
    }

    /** Loads files and folders (empty: the seed corpus) in the background; the current corpus stays until done. */
    public void open(List<Path> requested) {
        List<Path> paths = requested;
        // A project file given on the command line or dropped on the window opens as a project, never as an article.
        List<Path> projects = paths.stream().filter(MainWindow::isProjectFile).toList();
        if (!projects.isEmpty()) {
            extensionPoints.openProject(projects.get(0));
            List<Path> articles = paths.stream().filter(p -> !isProjectFile(p)).toList();
            if (articles.isEmpty()) {
                return;
            }
            paths = articles;
        }
        loads.load(paths);
    }

    static boolean isProjectFile(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".dtproj");
    }

    /** Where features the window does not know (curation) add menus, tabs, columns and timeline marks. */
    public ExtensionPoints extensionPoints() {
        return extensionPoints;
    }

    /** Restores the divider positions saved last time; the returned action saves the current ones (at quit). */
    public Runnable rememberPaneSizes(Path file) {
        PaneSizes sizes = new PaneSizes(file);
        sizes.restore("centre", centre);
        sizes.restore("lower", lower);
        return () -> {
            sizes.write("centre", centre.getDividerPositions());
            sizes.write("lower", lower.getDividerPositions());
        };
    }

    /** Puts keyboard focus on the timeline, where arrow keys move between events. */
    public void focusTimeline() {
        timelinePane.timeline().requestFocus();
    }

    public WorkspaceViewModel viewModel() {
        return viewModel;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    FilterBar filterBar() {
        return filterBar;
    }

    TimelinePane timelinePane() {
        return timelinePane;
    }

    EventTable table() {
        return table;
    }

    EventDetailsPane details() {
        return details;
    }

    SourcePane sourcePane() {
        return sourcePane;
    }

    StatusLine statusLine() {
        return statusLine;
    }

    FileDropHandler dropHandler() {
        return dropHandler;
    }

    /** The dialog of the last load that failed as a whole, or null. */
    Alert failureAlert() {
        return loads.failureAlert();
    }

    /** The problems dialog last shown, or null. */
    Alert problemsAlert() {
        return problemsAlert;
    }

    @Override
    public void openFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles", "*.txt", "*.md", "*.html", "*.htm", "*.pdf", "*.docx"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null && !files.isEmpty()) {
            open(files.stream().map(File::toPath).toList());
        }
    }

    @Override
    public void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of articles");
        File dir = chooser.showDialog(window());
        if (dir != null) {
            open(List.of(dir.toPath()));
        }
    }

    @Override
    public void reload() {
        open(loads.currentPaths());
    }

    @Override
    public void exportChronology() {
        outputs.export();
    }

    @Override
    public void print() {
        outputs.print();
    }

    @Override
    public void present() {
        presentation = PresentationLauncher.open(viewModel, extensionPoints.eventNotes(), theme.get() == Theme.DARK,
                window());
    }

    /** The presentation last opened, or null. */
    Presentation presentation() {
        return presentation;
    }

    /** The tabs beside the event list (Details first); features add theirs through {@link #extensionPoints()}. */
    TabPane sideTabs() {
        return sideTabs;
    }

    @Override
    public void quit() {
        if (!extensionPoints.mayQuit()) {
            return;
        }
        loader.cancel();
        Window w = window();
        if (w != null) {
            w.hide();
        }
        Platform.exit();
    }

    @Override
    public void setLaneMode(LaneMode mode) {
        timelinePane.timeline().laneModeProperty().set(mode);
    }

    @Override
    public void zoomIn() {
        timelinePane.zoomIn();
    }

    @Override
    public void zoomOut() {
        timelinePane.zoomOut();
    }

    @Override
    public void fitAll() {
        timelinePane.fitAll();
    }

    @Override
    public void setTheme(Theme t) {
        theme.set(t);
    }

    /** Base text size in px; the default reads on a laptop, a projector may want a step or two more. */
    static final int DEFAULT_TEXT_PX = 14;
    private int textPx = DEFAULT_TEXT_PX;

    @Override
    public void textSize(int steps) {
        textPx = steps == 0 ? DEFAULT_TEXT_PX : Math.max(10, Math.min(28, textPx + 2 * steps));
        setStyle("-fx-font-size: " + textPx + "px;");
        // the canvas draws its own text: it follows the same scale
        timelinePane.timeline().textScaleProperty().set(textPx / (double) DEFAULT_TEXT_PX);
    }

    int textPx() {
        return textPx;
    }

    @Override
    public void focusSearch() {
        filterBar.focusSearch();
    }

    @Override
    public void clearFilters() {
        filterBar.clearAll();
    }

    @Override
    public void nextEvent() {
        viewModel.selection().step(table.getItems(), 1);
    }

    @Override
    public void previousEvent() {
        viewModel.selection().step(table.getItems(), -1);
    }

    @Override
    public void showEvidence() {
        details.focusEvidence();
    }

    @Override
    public void showProblems() {
        if (problemsAlert != null) {
            problemsAlert.close();
        }
        problemsAlert = ProblemsDialog.forProblems(window(), viewModel.problems(),
                viewModel.getWorkspace().corpus().documents().size());
        problemsAlert.show();
    }

    @Override
    public void showHelp() {
        if (helpDialog != null && helpDialog.isShowing()) {
            helpDialog.close();
        }
        helpDialog = HelpOverlay.show(window(), AppDirectories.forCurrentUser());
    }

    /** The help overlay last shown, or null. */
    Dialog<Void> helpDialog() {
        return helpDialog;
    }

    @Override
    public void about() {
        AboutBox.show(window());
    }

    private void applyTheme() {
        timelinePane.timeline().darkThemeProperty().set(theme.get() == Theme.DARK);
        if (getScene() != null) {
            theme.get().applyTo(getScene());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
