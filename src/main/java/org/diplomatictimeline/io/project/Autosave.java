package org.diplomatictimeline.io.project;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Saves unsaved work to the {@link RecoveryFile} every period (a minute in the app) and on close; a clean close
 * removes it, a crash leaves it for the next start.
 *
 * <p>The work is read through a supplier that must be safe to call from the scheduler's thread: the app hands
 * over the immutable {@link Project} it keeps current, not live UI state.
 */
public final class Autosave {

    /** The autosave period the app uses. */
    public static final Duration DEFAULT_PERIOD = Duration.ofMinutes(1);

    /** What to autosave: the current project, where it lives (null if never saved), and whether it is unsaved. */
    public record Work(Project project, Path file, boolean modified) {
        public Work {
            Objects.requireNonNull(project, "project");
        }
    }

    /** Runs a task periodically; tests run ticks by hand. */
    @FunctionalInterface
    public interface Scheduler {
        /** Starts running {@code task} every {@code period}; the returned action stops it. */
        Runnable every(Duration period, Runnable task);
    }

    private final RecoveryFile recovery;
    private final Supplier<Work> work;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Duration period;
    private final Consumer<IOException> onError;
    private Runnable stop;
    private Project lastWritten;
    private IOException lastError;

    public Autosave(RecoveryFile recovery, Supplier<Work> work, Clock clock, Scheduler scheduler, Duration period,
                    Consumer<IOException> onError) {
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.work = Objects.requireNonNull(work, "work");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.period = Objects.requireNonNull(period, "period");
        this.onError = Objects.requireNonNull(onError, "onError");
    }

    /** A scheduler on one daemon thread, so it never keeps the app alive. */
    public static Scheduler daemonScheduler() {
        return (period, task) -> {
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "autosave");
                t.setDaemon(true);
                return t;
            });
            ScheduledFuture<?> future = executor.scheduleAtFixedRate(task, period.toMillis(), period.toMillis(),
                    TimeUnit.MILLISECONDS);
            return () -> {
                future.cancel(false);
                executor.shutdown();
            };
        };
    }

    public synchronized void start() {
        if (stop == null) {
            stop = scheduler.every(period, this::tick);
        }
    }

    /**
     * One autosave: writes unsaved work if it changed since the last write; once the work is saved by the user,
     * removes the recovery file, which is then older than the project file.
     */
    public synchronized void tick() {
        try {
            Work now = work.get();
            if (!now.modified()) {
                if (lastWritten != null) {
                    recovery.discard();
                    lastWritten = null;
                }
                return;
            }
            if (now.project().equals(lastWritten)) {
                return;
            }
            recovery.write(new RecoveryFile.Snapshot(clock.instant(),
                    now.file() == null ? null : now.file().toString(), now.project()));
            lastWritten = now.project();
            lastError = null;
        } catch (IOException e) {
            lastError = e;
            onError.accept(e);
        } catch (RuntimeException e) {
            lastError = new IOException("autosave failed: " + e, e);
            onError.accept(lastError);
        }
    }

    /** The user saved or chose to discard: stop and remove the recovery file. */
    public synchronized void closeCleanly() throws IOException {
        halt();
        recovery.discard();
        lastWritten = null;
    }

    /** Closing without a clean answer (shutdown, an error on quit): save what is unsaved one last time, keep it. */
    public synchronized void closeKeepingWork() {
        tick();
        halt();
    }

    /** The last autosave failure, cleared by the next success. */
    public synchronized Optional<IOException> lastError() {
        return Optional.ofNullable(lastError);
    }

    private void halt() {
        if (stop != null) {
            stop.run();
            stop = null;
        }
    }
}
