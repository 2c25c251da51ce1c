package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.diplomatictimeline.model.EventModel;

/**
 * Sends the events of the articles finished so far while the others are still being analysed, so a window can show
 * events as they come.
 *
 * <p>Each partial model is a full merge of the finished articles, so they are sent at doubling intervals: a load of
 * any length costs a handful of merges (logarithmic in its duration), never one per article, and the view rebuilds
 * as rarely. An extraction that ends before the first interval sends none, and none is sent once three quarters of
 * the articles are done: the complete model is then near, and a partial one would have the loader merge and the
 * window lay out most of the events twice, on the cores the last articles need (docs/BENCHMARKS.md, branch
 * {@code startup}, stop 20).
 */
final class PartialModels<T> {

    /** Long enough that a cached or small corpus goes straight to its complete model. */
    static final long FIRST_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(700);

    private final ExtractionProgress progress;
    private final Function<List<T>, EventModel> merge;
    private final long firstInterval;

    PartialModels(ExtractionProgress progress, Function<List<T>, EventModel> merge) {
        this(progress, merge, FIRST_INTERVAL_NANOS);
    }

    /** @param firstIntervalNanos the wait before the first partial model; each later one waits twice as long */
    PartialModels(ExtractionProgress progress, Function<List<T>, EventModel> merge, long firstIntervalNanos) {
        this.progress = progress;
        this.merge = merge;
        this.firstInterval = firstIntervalNanos;
    }

    /** Waits until every future is done, sending partial models on the way; failures are left to the caller. */
    void sendWhileWaiting(List<CompletableFuture<T>> pending) {
        long interval = firstInterval;
        long next = System.nanoTime() + interval;
        int sent = 0;
        for (CompletableFuture<T> future : pending) {
            while (!future.isDone() && !progress.isCancelled()) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    await(future, wait);
                    continue;
                }
                List<T> done = finished(pending);
                if (done.size() > sent && !nearlyAll(done.size(), pending.size())) {
                    progress.partialModel(merge.apply(done), done.size(), pending.size());
                    sent = done.size();
                }
                interval *= 2;
                next = System.nanoTime() + interval;
            }
        }
    }

    /** True from three quarters of the articles on (and so when all are done). */
    static boolean nearlyAll(int done, int total) {
        return 4L * done >= 3L * total;
    }

    /** The results finished so far, in corpus order (the merge is the same for any order; ids stay stable). */
    private static <T> List<T> finished(List<CompletableFuture<T>> pending) {
        List<T> done = new ArrayList<>();
        for (CompletableFuture<T> f : pending) {
            if (f.isDone() && !f.isCompletedExceptionally()) {
                done.add(f.join());
            }
        }
        return done;
    }

    private static void await(CompletableFuture<?> future, long nanos) {
        try {
            future.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException | CancellationException e) {
            // a timeout is the moment to send; a failure is rethrown when the caller joins the future
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("extraction interrupted");
        }
    }
}
