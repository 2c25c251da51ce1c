package org.diplomatictimeline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.model.EventModel;

/** The JavaFX application: shows the main window at once, then loads the corpus in the background. */
public final class DiplomaticTimelineApp extends Application {

    private static final Logger LOG = Logger.getLogger(DiplomaticTimelineApp.class.getName());

    private ExecutorService worker;

    @Override
    public void start(Stage stage) {
        AppLogging.install(AppDirectories.forCurrentUser());
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "Uncaught on " + t.getName(), e));
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus-loader");
            t.setDaemon(true);
            return t;
        });
        BackgroundLoader loader = new BackgroundLoader(worker, Platform::runLater, new ExtractionPipeline(new CorpusReader(), corpus -> EventModel.empty()));
        MainWindow window = new MainWindow(new WorkspaceViewModel(), loader);
        Scene scene = new Scene(window, 1400, 900);
        stage.setTitle("Diplomatic Timeline");
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.show();
        // The window is up before any file is touched: reading and extraction start only now, off the FX thread.
        List<Path> paths = getParameters().getRaw().stream().map(Path::of).toList();
        window.open(paths);
    }

    @Override
    public void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
