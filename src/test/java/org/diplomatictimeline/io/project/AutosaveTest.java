package org.diplomatictimeline.io.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave writes unsaved work to the recovery file on a schedule and on close; a clean close removes it. */
class AutosaveTest {

    @TempDir
    Path dataFolder;

    private final ProjectStore store = new ProjectStore();
    private final Instant now = Instant.parse("2026-01-02T03:04:05Z");
    private final AtomicReference<Autosave.Work> work = new AtomicReference<>();
    private final List<IOException> errors = new ArrayList<>();
    private RecoveryFile recovery;
    private ManualScheduler scheduler;
    private Autosave autosave;

    /** Collects the scheduled task so the test fires it. */
    private static final class ManualScheduler implements Autosave.Scheduler {
        Runnable task;
        Duration period;
        boolean stopped;

        @Override
        public Runnable every(Duration p, Runnable t) {
            this.period = p;
            this.task = t;
            return () -> stopped = true;
        }

        void fire() {
            task.run();
        }
    }

    @BeforeEach
    void setUp() {
        recovery = new RecoveryFile(dataFolder, store);
        scheduler = new ManualScheduler();
        autosave = new Autosave(recovery, work::get, Clock.fixed(now, ZoneOffset.UTC), scheduler,
                Autosave.DEFAULT_PERIOD, errors::add);
    }

    @Test
    void unsavedWorkIsWrittenEachMinuteAndACrashLeavesItForTheNextStart() throws IOException {
        // given an autosave every minute and unsaved work on a saved project
        autosave.start();
        assertThat(scheduler.period).isEqualTo(Duration.ofMinutes(1));
        Project p = SampleProjects.full();
        work.set(new Autosave.Work(p, Path.of("/projects/vietnam.dtproj"), true));

        // when a minute passes and then the app "crashes" (nothing else is called)
        scheduler.fire();

        // then the next start finds the work, with where it belongs and when it was saved
        RecoveryFile.Snapshot found = new RecoveryFile(dataFolder, new ProjectStore()).detect().orElseThrow();
        assertThat(found.project()).isEqualTo(p);
        assertThat(found.originalPath()).isEqualTo(Path.of("/projects/vietnam.dtproj").toString());
        assertThat(found.savedAt()).isEqualTo(now);
        assertThat(errors).isEmpty();
    }

    @Test
    void nothingIsWrittenWhileThereIsNothingUnsaved() throws IOException {
        autosave.start();
        work.set(new Autosave.Work(SampleProjects.full(), null, false));
        scheduler.fire();
        assertThat(recovery.exists()).isFalse();
        assertThat(recovery.detect()).isEmpty();
    }

    @Test
    void theRecoveryFileFollowsTheLatestWorkAndGoesOnceTheUserSaves() throws IOException {
        // given work autosaved twice, changed in between
        autosave.start();
        work.set(new Autosave.Work(SampleProjects.full(), null, true));
        scheduler.fire();
        Project renamed = SampleProjects.full().withName("Renamed");
        work.set(new Autosave.Work(renamed, null, true));
        scheduler.fire();
        assertThat(recovery.detect().orElseThrow().project().name()).isEqualTo("Renamed");
        assertThat(recovery.detect().orElseThrow().originalPath()).isNull();

        // when the user saves and the next minute passes
        work.set(new Autosave.Work(renamed, Path.of("/p.dtproj"), false));
        scheduler.fire();

        // then the recovery file is gone
        assertThat(recovery.exists()).isFalse();
    }

    @Test
    void closingWithUnsavedWorkSavesItOnceMoreAndACleanCloseRemovesIt() throws IOException {
        autosave.start();
        work.set(new Autosave.Work(SampleProjects.full(), null, true));

        autosave.closeKeepingWork();
        assertThat(scheduler.stopped).isTrue();
        assertThat(recovery.exists()).isTrue();

        autosave.closeCleanly();
        assertThat(recovery.exists()).isFalse();
    }

    @Test
    void aFailingAutosaveIsReportedNotThrown() throws IOException {
        // given a data folder that is a file, so nothing can be written into it
        Path notAFolder = Files.writeString(dataFolder.resolve("blocked"), "x");
        Autosave blocked = new Autosave(new RecoveryFile(notAFolder, store), work::get, Clock.systemUTC(), scheduler,
                Autosave.DEFAULT_PERIOD, errors::add);
        work.set(new Autosave.Work(SampleProjects.full(), null, true));

        blocked.tick();

        assertThat(errors).hasSize(1);
        assertThat(blocked.lastError()).isPresent();
    }

    @Test
    void recoveryPutAsideIsKeptAndNoLongerOffered() throws IOException {
        work.set(new Autosave.Work(SampleProjects.full(), null, true));
        autosave.tick();
        Path kept = recovery.setAside().orElseThrow();
        assertThat(recovery.exists()).isFalse();
        assertThat(kept.getFileName().toString()).startsWith("kept-").endsWith(".dtproj-recovery");
        assertThat(Files.size(kept)).isPositive();
        assertThat(recovery.setAside()).isEmpty();
    }

    @Test
    void aDamagedRecoveryFileIsReportedAndLeftInPlace() throws IOException {
        Files.createDirectories(recovery.file().getParent());
        Files.writeString(recovery.file(), "{ half a file");
        assertThatThrownBy(() -> recovery.detect()).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining(recovery.file().toString());
        assertThat(Files.readString(recovery.file())).isEqualTo("{ half a file");
    }
}
