package org.diplomatictimeline.app.curation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.diplomatictimeline.curation.Curation;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.DocumentHashes;
import org.diplomatictimeline.curation.UndoHistory;
import org.diplomatictimeline.io.project.Autosave;
import org.diplomatictimeline.io.project.Project;
import org.diplomatictimeline.io.project.ProjectFileException;
import org.diplomatictimeline.io.project.ProjectStore;
import org.diplomatictimeline.io.project.RecentProjects;
import org.diplomatictimeline.io.project.RecoveryFile;
import org.diplomatictimeline.io.project.SourceRef;
import org.diplomatictimeline.io.project.ViewSettings;
import org.diplomatictimeline.model.EventModel;

/**
 * The open project as the main window sees it: its file, name, sources and view, the curation session over the
 * current extraction, whether it is saved, and the window title. Save, Save As, Open and Recover go through here.
 *
 * <p>FX thread only, except {@link #autosaveWork()}, which the autosave thread may call.
 */
public final class ProjectDocument {

    private final ProjectStore store;
    private final RecentProjects recent;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "Untitled");
    private final ReadOnlyObjectWrapper<CurationSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<UndoHistory> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", WindowTitle.of(null, false));
    private final AtomicReference<Autosave.Work> work = new AtomicReference<>();
    private Supplier<ViewSettings> viewSource = () -> ViewSettings.DEFAULT;
    private ViewSettings loadedView = ViewSettings.DEFAULT;
    private List<SourceRef> sources = List.of();
    private Curation pending = Curation.empty();
    /** Changes outside the undo history (new sources, a recovered state) that still need saving. */
    private boolean dirtyOutsideHistory;

    public ProjectDocument(ProjectStore store, RecentProjects recent) {
        this.store = Objects.requireNonNull(store, "store");
        this.recent = Objects.requireNonNull(recent, "recent");
        name.addListener((obs, old, now) -> update());
        // Ready before the first change, so the autosave thread never has to build one (touching the view).
        work.set(new Autosave.Work(Project.of(name.get(), sources, pending, loadedView), null, false));
    }

    /** Where the current view settings come from when saving (the main window's timeline and filters). */
    public void setViewSource(Supplier<ViewSettings> source) {
        this.viewSource = Objects.requireNonNull(source, "source");
    }

    /** The view settings of the project as opened, for the window to restore. */
    public ViewSettings loadedView() {
        return loadedView;
    }

    /** The source files of the opened project, for the window to read the corpus from. */
    public List<SourceRef> sources() {
        return sources;
    }

    /**
     * Puts an extraction under the decisions: the first one after opening a project starts its session (with the
     * project's decisions); later ones (reload, added documents) keep the decisions, which re-attach.
     */
    public void setExtraction(EventModel model, DocumentHashes hashes, List<SourceRef> newSources) {
        if (!newSources.equals(sources)) {
            if (session.get() != null || !sources.isEmpty()) {
                dirtyOutsideHistory = true;
            }
            sources = List.copyOf(newSources);
        }
        CurationSession s = session.get();
        if (s == null) {
            s = new CurationSession(model, hashes, pending);
            s.addListener(this::update);
            session.set(s);
            history.set(s.history());
        } else {
            s.replaceExtraction(model, hashes);
        }
        update();
    }

    /** Opens a project file: its decisions wait for the extraction of its sources ({@link #setExtraction}). */
    public Project open(Path path) throws ProjectFileException {
        Project p = store.load(path);
        begin(p, path, false);
        try {
            recent.add(path);
        } catch (IOException e) {
            // The recent list is a convenience; failing to update it must not fail the open.
        }
        return p;
    }

    /** Takes over autosaved work: like opening its original file, but unsaved. */
    public Project recover(RecoveryFile.Snapshot snapshot) {
        begin(snapshot.project(), snapshot.originalPath() == null ? null : Path.of(snapshot.originalPath()), true);
        return snapshot.project();
    }

    /** Starts afresh: no file, no decisions; the next extraction starts a new session. */
    public void startNew() {
        begin(Project.of("Untitled", List.of(), Curation.empty(), ViewSettings.DEFAULT), null, false);
    }

    /** Saves to the project's file; false when it has none yet (then ask for one and call {@link #saveAs}). */
    public boolean save() throws IOException {
        Path f = file.get();
        if (f == null) {
            return false;
        }
        store.save(snapshot(), f);
        saved(f);
        return true;
    }

    /** Saves to a file the user chose; it becomes the project's file and names the project if still untitled. */
    public void saveAs(Path target) throws IOException {
        if (file.get() == null && "Untitled".equals(name.get())) {
            name.set(baseName(target));
        }
        store.saveAs(snapshot(), target);
        file.set(target);
        saved(target);
    }

    /** The project as it would be saved now. */
    public Project snapshot() {
        return Project.of(name.get(), sources, currentCuration(), viewSource.get());
    }

    /** What autosave should write; safe to call from any thread. */
    public Autosave.Work autosaveWork() {
        return work.get();
    }

    public ReadOnlyObjectProperty<CurationSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public CurationSession getSession() {
        return session.get();
    }

    /** The current undo history, changing when another project is opened. */
    public ObservableValue<UndoHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    /** "Project — Diplomatic Timeline", with "•" when unsaved; bind the stage's title to it. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    private void begin(Project p, Path path, boolean unsaved) {
        pending = p.curation();
        sources = p.sources();
        loadedView = p.view();
        file.set(path);
        name.set(p.name());
        dirtyOutsideHistory = unsaved;
        session.set(null);
        history.set(null);
        update();
    }

    private Curation currentCuration() {
        CurationSession s = session.get();
        return s == null ? pending : s.curation();
    }

    private void saved(Path f) {
        dirtyOutsideHistory = false;
        CurationSession s = session.get();
        if (s != null) {
            s.history().markSaved();
        }
        try {
            recent.add(f);
        } catch (IOException e) {
            // See open(): a convenience only.
        }
        update();
    }

    private void update() {
        CurationSession s = session.get();
        boolean m = dirtyOutsideHistory || s != null && s.history().isModified();
        modified.set(m);
        title.set(WindowTitle.of(name.get(), m));
        work.set(new Autosave.Work(Project.of(name.get(), sources, currentCuration(), viewSource.get()), file.get(),
                m));
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
