package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.diplomatictimeline.corpus.LoadProblem;
import org.junit.jupiter.api.Test;

class BackgroundLoaderTest {

    private final AppFixtures fx = new AppFixtures();
    private final Queue<Runnable> workerQueue = new ArrayDeque<>();
    private final List<Workspace> loaded = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final List<List<Path>> cancelled = new ArrayList<>();

    private final BackgroundLoader.Listener listener = new BackgroundLoader.Listener() {
        @Override
        public void loaded(Workspace workspace) {
            loaded.add(workspace);
        }

        @Override
        public void failed(List<Path> paths, Throwable error) {
            failures.add(error);
        }

        @Override
        public void cancelled(List<Path> paths) {
            cancelled.add(paths);
        }
    };

    @Test
    void theResultOfAnOutdatedRequestIsDiscarded() {
        BackgroundLoader loader = new BackgroundLoader(workerQueue::add, Runnable::run,
                (paths, progress) -> fx.workspace(paths, List.of()));

        loader.load(List.of(Path.of("old")), listener);
        loader.load(List.of(Path.of("new")), listener);
        workerQueue.forEach(Runnable::run);

        assertThat(loaded).extracting(Workspace::paths).containsExactly(List.of(Path.of("new")));
        assertThat(loader.runningProperty().get()).isFalse();
    }

    @Test
    void aFailingPipelineIsReportedNotThrown() {
        BackgroundLoader loader = new BackgroundLoader(Runnable::run, Runnable::run, (paths, progress) -> {
            throw new IOException("disk gone: /articles");
        });

        loader.load(List.of(Path.of("/articles")), listener);

        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("disk gone: /articles");
        assertThat(loaded).isEmpty();
        assertThat(loader.messageProperty().get()).isEqualTo("Loading failed");
    }

    @Test
    void cancellingDropsTheResultAndTellsThePipeline() {
        List<Boolean> sawCancel = new ArrayList<>();
        BackgroundLoader loader = new BackgroundLoader(workerQueue::add, Runnable::run, (paths, progress) -> {
            sawCancel.add(progress.isCancelled());
            return fx.workspace(paths, List.of());
        });

        loader.load(List.of(Path.of("a")), listener);
        loader.cancel();
        workerQueue.forEach(Runnable::run);

        assertThat(sawCancel).containsExactly(true);
        assertThat(loaded).isEmpty();
        assertThat(cancelled).containsExactly(List.of(Path.of("a")));
    }

    @Test
    void progressReachesTheUiAndProblemsTravelWithTheResult() {
        LoadProblem bad = new LoadProblem("/a/bad.txt", "empty file", true);
        BackgroundLoader loader = new BackgroundLoader(Runnable::run, Runnable::run, (paths, progress) -> {
            progress.update("Reading bad.txt", 0.5);
            return fx.workspace(paths, List.of(bad));
        });
        List<Double> fractions = new ArrayList<>();
        loader.progressProperty().addListener((o, a, b) -> fractions.add(b.doubleValue()));

        loader.load(List.of(), listener);

        assertThat(fractions).contains(0.5);
        assertThat(loaded).singleElement().satisfies(w -> assertThat(w.corpus().problems()).containsExactly(bad));
    }

    /** A listener that shows partial workspaces, recording them beside the complete ones. */
    private final List<Workspace> partials = new ArrayList<>();
    private final BackgroundLoader.Listener showingPartials = new BackgroundLoader.Listener() {
        @Override
        public void loaded(Workspace workspace) {
            loaded.add(workspace);
        }

        @Override
        public void failed(List<Path> paths, Throwable error) {
            failures.add(error);
        }

        @Override
        public boolean wantsPartial() {
            return true;
        }

        @Override
        public void partial(Workspace soFar) {
            partials.add(soFar);
        }
    };

    /** A pipeline that sends one partial workspace (when asked for them) before its result. */
    private LoadPipeline sendingAPartial(Workspace partial) {
        return (paths, progress) -> {
            if (progress.wantsPartial()) {
                progress.partial(partial);
            }
            return fx.workspace(paths, List.of());
        };
    }

    @Test
    void partialWorkspacesReachAListenerThatShowsThemBeforeTheResult() {
        Workspace soFar = Workspace.empty();
        BackgroundLoader loader = new BackgroundLoader(Runnable::run, Runnable::run, sendingAPartial(soFar));

        loader.load(List.of(Path.of("folder")), showingPartials);

        assertThat(partials).containsExactly(soFar);
        assertThat(loaded).hasSize(1);
    }

    @Test
    void aListenerThatDoesNotShowPartialWorkspacesIsNotSentAny() {
        BackgroundLoader loader = new BackgroundLoader(Runnable::run, Runnable::run,
                sendingAPartial(Workspace.empty()));

        loader.load(List.of(Path.of("folder")), listener);

        assertThat(partials).isEmpty();
        assertThat(loaded).hasSize(1);
    }

    @Test
    void aPartialWorkspaceOfASupersededLoadIsDropped() {
        Queue<Runnable> fxQueue = new ArrayDeque<>();
        BackgroundLoader loader = new BackgroundLoader(Runnable::run, fxQueue::add,
                sendingAPartial(Workspace.empty()));

        loader.load(List.of(Path.of("old")), showingPartials);
        loader.cancel();
        fxQueue.forEach(Runnable::run);

        assertThat(partials).isEmpty();
    }
}
