package org.diplomatictimeline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs a {@link LoadPipeline} on an injected executor and hands the result back on the FX thread.
 *
 * <p>Each request gets a generation number; a result (or failure) of a request that is no longer the latest is
 * dropped, so a slow old load can never overwrite a newer one. Tests inject same-thread executors for both sides.
 */
public final class BackgroundLoader {

    private static final Logger LOG = Logger.getLogger(BackgroundLoader.class.getName());

    private final Executor worker;
    private final Executor fxThread;
    private final LoadPipeline pipeline;
    private final AtomicLong generation = new AtomicLong();
    private volatile AtomicBoolean currentCancel = new AtomicBoolean();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * @param worker   where the pipeline runs (a background thread in the app)
     * @param fxThread where results are delivered ({@code Platform::runLater} in the app)
     */
    public BackgroundLoader(Executor worker, Executor fxThread, LoadPipeline pipeline) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /** Where other background work of the window runs (exports), so tests keep it on their thread. */
    Executor worker() {
        return worker;
    }

    /** Where results of background work are delivered. */
    Executor fxThread() {
        return fxThread;
    }

    /** What the user sees of a finished, failed or cancelled load. */
    public interface Listener {
        void loaded(Workspace workspace);

        void failed(List<Path> paths, Throwable error);

        default void cancelled(List<Path> paths) {
        }

        /**
         * The events found so far by a load still running (a few times during a long one, never after
         * {@link #loaded}); listeners that do not override this see only the complete workspace.
         */
        default void partial(Workspace soFar) {
        }

        /** True when this listener shows partial workspaces; only then does the load make them. */
        default boolean wantsPartial() {
            return false;
        }
    }

    /** Starts loading {@code paths} (empty: the seed corpus), superseding any load still running. */
    public void load(List<Path> paths, Listener listener) {
        List<Path> request = List.copyOf(paths);
        long id = generation.incrementAndGet();
        currentCancel.set(true);
        AtomicBoolean cancel = new AtomicBoolean();
        currentCancel = cancel;
        running.set(true);
        progress.set(-1);
        message.set(request.isEmpty() ? "Loading the seed corpus…" : "Loading " + describe(request) + "…");
        LoadProgress sink = new LoadProgress() {
            @Override
            public void update(String text, double fraction) {
                fxThread.execute(() -> {
                    if (generation.get() == id) {
                        message.set(text);
                        progress.set(fraction);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }

            @Override
            public boolean wantsPartial() {
                return listener.wantsPartial();
            }

            @Override
            public void partial(Workspace soFar) {
                fxThread.execute(() -> {
                    // A partial result may still be queued when the load ends or is superseded: drop it then.
                    if (generation.get() == id && running.get() && !cancel.get()) {
                        listener.partial(soFar);
                    }
                });
            }
        };
        worker.execute(() -> {
            Workspace result = null;
            Throwable error = null;
            try {
                result = pipeline.load(request, sink);
            } catch (Throwable e) {
                // Even an OutOfMemoryError on a huge file must reach the user rather than end the thread silently.
                error = e;
                LOG.log(Level.WARNING, "Loading " + request + " failed", e);
            }
            Workspace done = result;
            Throwable failure = error;
            fxThread.execute(() -> deliver(id, cancel, request, done, failure, listener));
        });
    }

    private void deliver(long id, AtomicBoolean cancel, List<Path> request, Workspace result, Throwable error,
                         Listener listener) {
        if (generation.get() != id) {
            LOG.fine(() -> "Dropped the outdated result of loading " + request);
            return;
        }
        running.set(false);
        progress.set(0);
        if (cancel.get()) {
            message.set("Loading cancelled");
            listener.cancelled(request);
        } else if (error != null) {
            message.set("Loading failed");
            listener.failed(request, error);
        } else {
            message.set("");
            listener.loaded(result);
        }
    }

    /** Asks the running load to stop; its result will be discarded. */
    public void cancel() {
        currentCancel.set(true);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done in [0, 1], or negative while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private static String describe(List<Path> paths) {
        if (paths.size() == 1) {
            Path name = paths.get(0).getFileName();
            return name == null ? paths.get(0).toString() : name.toString();
        }
        return paths.size() + " files and folders";
    }
}
