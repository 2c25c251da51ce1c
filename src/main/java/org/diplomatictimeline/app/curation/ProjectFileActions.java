package org.diplomatictimeline.app.curation;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.diplomatictimeline.app.MainWindow;
import org.diplomatictimeline.app.Theme;
import org.diplomatictimeline.io.project.Autosave;
import org.diplomatictimeline.io.project.Project;
import org.diplomatictimeline.io.project.RecentProjects;
import org.diplomatictimeline.io.project.RecoveryFile;
import org.diplomatictimeline.io.project.SourceFileCheck;
import org.diplomatictimeline.io.project.SourceFileStatus;
import org.diplomatictimeline.io.project.ViewSettings;
import org.diplomatictimeline.timeline.LaneMode;

/**
 * The File menu's project actions with their dialogs: open (checking the source files), open recent, save, save
 * as, the unsaved-changes question on quit, and the recovery offer at start.
 */
final class ProjectFileActions {

    private static final Logger LOG = Logger.getLogger(ProjectFileActions.class.getName());
    private static final String EXTENSION = "*.dtproj";

    private final MainWindow window;
    private final Stage stage;
    private final ProjectDocument doc;
    private final RecentProjects recent;
    private final RecoveryFile recovery;
    private final Autosave autosave;

    ProjectFileActions(MainWindow window, Stage stage, ProjectDocument doc, RecentProjects recent,
                       RecoveryFile recovery, Autosave autosave) {
        this.window = window;
        this.stage = stage;
        this.doc = doc;
        this.recent = recent;
        this.recovery = recovery;
        this.autosave = autosave;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Diplomatic Timeline project", EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Path f = doc.fileProperty().get();
        if (f != null && f.getParent() != null && Files.isDirectory(f.getParent())) {
            chooser.setInitialDirectory(f.getParent().toFile());
        }
        return chooser;
    }

    void openProjectChooser() {
        File f = chooser("Open project").showOpenDialog(stage);
        if (f != null) {
            openProject(f.toPath());
        }
    }

    /** Opens a project file (asking first about unsaved changes), checks its sources, and loads its corpus. */
    void openProject(Path path) {
        if (!askAboutUnsaved()) {
            return;
        }
        try {
            Project p = doc.open(path);
            afterOpen(p);
        } catch (IOException e) {
            error(stage, "Could not open the project", e.getMessage());
        }
    }

    private void afterOpen(Project p) {
        applyView(p.view());
        List<SourceFileStatus> statuses = new SourceFileCheck().check(p.sources());
        List<SourceFileStatus> problems = statuses.stream().filter(SourceFileStatus::isProblem)
                .filter(s -> isFile(s.source().path()) || !s.source().hasCopy()).toList();
        if (!problems.isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.WARNING);
            alert.initOwner(stage);
            alert.setTitle("Source files changed");
            alert.setHeaderText(problems.size() + " source file(s) changed or missing");
            alert.setContentText(problems.stream().map(SourceFileStatus::message).collect(Collectors.joining("\n"))
                    + "\n\nDecisions on their evidence are kept; those that no longer fit are listed under "
                    + "Conflicts.");
            alert.show();
        }
        List<Path> files = p.sources().stream().filter(s -> isFile(s.path())).map(s -> Path.of(s.path())).toList();
        // A project of the bundled seeds has no files of its own: the seeds are read again.
        window.open(files);
    }

    private static boolean isFile(String path) {
        try {
            return Files.isRegularFile(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Saves, asking for a file if the project has none; false when the user cancelled or saving failed. */
    boolean save() {
        try {
            return doc.save() || saveAs();
        } catch (IOException e) {
            error(stage, "Could not save the project", e.getMessage());
            return false;
        }
    }

    boolean saveAs() {
        FileChooser chooser = chooser("Save project as");
        chooser.setInitialFileName(doc.nameProperty().get() + ".dtproj");
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return false;
        }
        try {
            doc.saveAs(f.toPath());
            return true;
        } catch (IOException e) {
            error(stage, "Could not save the project", e.getMessage());
            return false;
        }
    }

    /** True when it is fine to drop the current work (saved, or the user said so). */
    private boolean askAboutUnsaved() {
        if (!doc.isModified()) {
            return true;
        }
        return switch (UnsavedChangesPrompt.ask(stage, doc.nameProperty().get())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** The quit and close-window guard: asks about unsaved work, then closes autosave cleanly. */
    boolean confirmClose() {
        if (!askAboutUnsaved()) {
            return false;
        }
        try {
            autosave.closeCleanly();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove the recovery file", e);
        }
        return true;
    }

    void offerRecovery() {
        Optional<RecoveryFile.Snapshot> found;
        try {
            found = recovery.detect();
        } catch (IOException e) {
            error(stage, "The autosaved work could not be read", e.getMessage()
                    + "\nIt was left where it is; you may delete it: " + recovery.file());
            try {
                recovery.setAside();
            } catch (IOException ignored) {
                LOG.log(Level.WARNING, "Could not set the damaged recovery file aside", ignored);
            }
            return;
        }
        if (found.isEmpty()) {
            return;
        }
        RecoveryFile.Snapshot snapshot = found.get();
        try {
            switch (RecoveryPrompt.ask(stage, snapshot)) {
                case RECOVER -> {
                    Project p = doc.recover(snapshot);
                    recovery.setAside();
                    afterOpen(p);
                }
                case DISCARD -> recovery.discard();
                case LATER -> recovery.setAside().ifPresent(kept ->
                        LOG.info(() -> "Autosaved work kept at " + kept));
            }
        } catch (IOException e) {
            error(stage, "The autosaved work could not be moved", e.getMessage());
        }
    }

    void refreshRecent(Menu recentMenu) {
        recentMenu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> openProject(p));
            recentMenu.getItems().add(i);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void applyView(ViewSettings view) {
        for (LaneMode m : LaneMode.values()) {
            if (m.name().equals(view.laneMode())) {
                window.setLaneMode(m);
            }
        }
        for (Theme t : Theme.values()) {
            if (t.name().equalsIgnoreCase(view.theme())) {
                window.setTheme(t);
            }
        }
    }

    static void error(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Diplomatic Timeline");
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.show();
    }

}
