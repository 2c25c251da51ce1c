package org.diplomatictimeline.app;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.TimelineView;

/**
 * The main window's loads: runs one in the background and shows what it brings, partial events as they come, then
 * the finished workspace opened on its best-supported event, its skipped files, or why it failed as a whole.
 */
final class WorkspaceLoads {

    private static final Logger LOG = Logger.getLogger(WorkspaceLoads.class.getName());

    private final WorkspaceViewModel viewModel;
    private final BackgroundLoader loader;
    private final FilterBar filterBar;
    private final TimelineView timeline;
    private final Runnable showProblems;
    private final Supplier<Window> window;
    private List<Path> currentPaths = List.of();
    private Alert failureAlert;

    /**
     * @param showProblems shows the problems dialog (skipped files interrupt; mere warnings wait behind a link)
     * @param window       the window dialogs belong to, or null before it is shown
     */
    WorkspaceLoads(WorkspaceViewModel viewModel, BackgroundLoader loader, FilterBar filterBar, TimelineView timeline,
                   Runnable showProblems, Supplier<Window> window) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.filterBar = Objects.requireNonNull(filterBar, "filterBar");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.showProblems = Objects.requireNonNull(showProblems, "showProblems");
        this.window = Objects.requireNonNull(window, "window");
    }

    /** Loads articles (empty: the seed corpus); what is shown stays until the load is done. */
    void load(List<Path> paths) {
        long started = System.nanoTime();
        currentPaths = List.copyOf(paths);
        List<Path> loading = currentPaths;
        LOG.info(() -> "Loading " + (loading.isEmpty() ? "the seed corpus" : loading));
        // Partial events of a load that then fails or is cancelled give way to what was shown before it.
        Workspace before = viewModel.isPartial() ? Workspace.empty() : viewModel.getWorkspace();
        loader.load(currentPaths, new BackgroundLoader.Listener() {
            @Override
            public void loaded(Workspace workspace) {
                show(workspace);
                LOG.info(() -> "Load finished in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }

            @Override
            public boolean wantsPartial() {
                return true;
            }

            @Override
            public void partial(Workspace soFar) {
                boolean first = !viewModel.isPartial();
                viewModel.showPartial(soFar);
                filterBar.setChoices(soFar);
                if (first) {
                    timeline.fitMost(0.8);
                }
            }

            @Override
            public void cancelled(List<Path> request) {
                if (viewModel.isPartial()) {
                    viewModel.setWorkspace(before);
                }
            }

            @Override
            public void failed(List<Path> request, Throwable error) {
                cancelled(request);
                failureAlert = ProblemsDialog.forFailure(window.get(), request, error);
                failureAlert.show();
            }
        });
    }

    /** The articles of the last load asked for (empty: the seeds), to load again. */
    List<Path> currentPaths() {
        return currentPaths;
    }

    /** The dialog of the last load that failed as a whole, or null. */
    Alert failureAlert() {
        return failureAlert;
    }

    private void show(Workspace extraction) {
        viewModel.setWorkspace(extraction);
        Workspace workspace = viewModel.getWorkspace();
        // Open on where most of the events are; View › Fit all (Ctrl+0) still shows everything.
        timeline.fitMost(0.8);
        if (viewModel.selection().getSelected() == null) {
            // Open on the best-supported event, so the first view already shows linked excerpts.
            viewModel.visibleEvents().stream()
                    .max(Comparator.comparingInt((Event e) -> e.documentIds().size())
                            .thenComparingInt(e -> e.evidence().size()))
                    .ifPresent(viewModel.selection()::select);
        }
        LOG.info(() -> "Loaded " + workspace.corpus().documents().size() + " documents, "
                + workspace.model().events().size() + " events, " + workspace.corpus().problems().size() + " problems");
        // Skipped files interrupt; mere warnings (a guessed encoding) wait behind the status-bar link.
        if (workspace.corpus().problems().stream().anyMatch(LoadProblem::fatal)) {
            showProblems.run();
        }
    }
}
