package org.diplomatictimeline.app.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.diplomatictimeline.app.AppDirectories;
import org.diplomatictimeline.app.AppLogging;
import org.diplomatictimeline.app.BackgroundLoader;
import org.diplomatictimeline.app.ExtractionPipeline;
import org.diplomatictimeline.app.MainWindow;
import org.diplomatictimeline.app.ScreenFit;
import org.diplomatictimeline.app.StartupTimings;
import org.diplomatictimeline.app.WorkspaceViewModel;
import org.diplomatictimeline.app.curation.CurationIntegration;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.EventExtractor;
import org.diplomatictimeline.extract.ExtractionProgress;
import org.diplomatictimeline.model.EventModel;

/**
 * The JavaFX application and the composition root: builds the loader and the main window, installs curation
 * through the window's registration points, shows the window at once and, once its first frame is drawn, loads the
 * corpus in the background.
 *
 * <p>It lives apart from {@code app} and {@code app.curation} so that both point one way: curation uses the
 * window, the window never knows curation, and only this class knows both.
 */
public final class DiplomaticTimelineApp extends Application {

    private static final Logger LOG = Logger.getLogger(DiplomaticTimelineApp.class.getName());

    /** Set when the class loads, just after the JVM starts: the reference for the start-up times in the log. */
    private static final long LOADED_AT = System.nanoTime();

    private ExecutorService worker;
    private ExecutorService analysis;

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "Uncaught on " + t.getName(), e));
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus-loader");
            t.setDaemon(true);
            return t;
        });
        // Articles are analysed on all cores; the loader thread only waits for them and merges.
        int cores = Runtime.getRuntime().availableProcessors();
        analysis = Executors.newFixedThreadPool(cores, new ThreadFactory() {
            private final AtomicInteger count = new AtomicInteger();

            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "article-analysis-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            }
        });
        // Even the log file is opened off the FX thread; it is the worker's first job, before any load.
        worker.execute(() -> AppLogging.install(AppDirectories.forCurrentUser()));
        WorkspaceViewModel viewModel = new WorkspaceViewModel();
        // The loader thread must not read a JavaFX property: it sees the user's choice through this mirror.
        AtomicBoolean skipDuplicates = new AtomicBoolean(viewModel.skipDuplicatesProperty().get());
        viewModel.skipDuplicatesProperty().addListener((obs, old, now) -> skipDuplicates.set(now));
        // Files are read (and hashed, which a cached reopening is mostly made of) on the same cores before the
        // extraction starts; a few files ahead per core keep a core busy while another file waits for the disk. The
        // reader is made by the first load of files, on the loader thread, not here before the first frame.
        // Reopening an unchanged folder reads its duplicate groups and merged model back from the user's cache.
        UserCache cache = new UserCache(analysis);
        LazyExtractor extractor = new LazyExtractor(analysis, cache);
        BackgroundLoader loader = new BackgroundLoader(worker, Platform::runLater, new ExtractionPipeline(
                skipDuplicates::get, () -> new CorpusReader(analysis, 4 * cores), extractor,
                docs -> cache.duplicates(docs, extractor::prepare)));
        MainWindow window = new MainWindow(viewModel, loader);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight()));
        // The title belongs to the project (name, unsaved mark): CurationIntegration binds it below.
        stage.setTitle("Diplomatic Timeline");
        ScreenFit.installForAllWindows();
        stage.setScene(scene);
        Runnable savePaneSizes = window.rememberPaneSizes(
                AppDirectories.forCurrentUser().dataHome().resolve("window").resolve("pane-sizes.properties"));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> savePaneSizes.run());
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        StartupTimings timings = StartupTimings.of(getParameters().getRaw(), GuiLauncher.standardOutput());
        if (timings.enabled()) {
            ScenePulses.afterNextLayout(scene, timings::windowShown);
            // Events count as shown once the first complete workspace has been laid out on screen. They count as set
            // when the extraction is set, before the shown workspace's listeners (the views) start their work.
            viewModel.extractionProperty().addListener((obs, old, now) -> {
                if (!viewModel.isPartial()) {
                    timings.eventsSet(now.model().events().size());
                    ScenePulses.afterNextLayout(scene, () -> timings.eventsShown(viewModel.visibleEvents().size()));
                }
            });
        }
        stage.show();
        window.focusTimeline();
        LOG.info(() -> "Window shown " + (System.nanoTime() - LOADED_AT) / 1_000_000 + " ms after start");
        CurationIntegration.install(window, stage, AppDirectories.forCurrentUser().dataHome());
        // No file is touched before the window's first frame is drawn: reading and extraction (off the FX thread, but
        // on both cores of a small machine) would otherwise delay that frame by seconds (docs/BENCHMARKS.md).
        List<Path> paths = StartupTimings.withoutFlag(getParameters().getRaw()).stream().map(Path::of).toList();
        ScenePulses.afterFirstFrame(scene, () -> {
            timings.loadStarted();
            window.open(paths);
        });
    }

    /** Builds the extractor (gazetteers and all) on the loader thread at first use, not during start-up. */
    private static final class LazyExtractor implements BiFunction<Corpus, ExtractionProgress, EventModel> {
        private final Executor analysis;
        private final UserCache cache;
        private EventExtractor extractor;

        LazyExtractor(Executor analysis, UserCache cache) {
            this.analysis = analysis;
            this.cache = cache;
        }

        @Override
        public EventModel apply(Corpus corpus, ExtractionProgress progress) {
            return extractor().extract(corpus, progress);
        }

        /** Lets the extractor build its analyser beside the duplicate check when an article is not cached. */
        void prepare(List<Document> docs) {
            extractor().prepare(docs);
        }

        private synchronized EventExtractor extractor() {
            if (extractor == null) {
                // Unchanged articles are read back from the user's cache folder instead of analysed again.
                extractor = new EventExtractor(analysis, cache.get());
            }
            return extractor;
        }
    }

    @Override
    public void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
        if (analysis != null) {
            analysis.shutdownNow();
        }
    }
}
