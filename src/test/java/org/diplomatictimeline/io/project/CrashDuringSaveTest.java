package org.diplomatictimeline.io.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save killed half-way (a real process kill, not a simulated exception) leaves the previous file intact. */
class CrashDuringSaveTest {

    @TempDir
    Path dir;

    @Test
    void killingTheProcessMidSaveLeavesThePreviousProjectIntact() throws Exception {
        // given a saved project
        ProjectStore store = new ProjectStore();
        Path file = dir.resolve("briefing.dtproj");
        Project previous = SampleProjects.full();
        store.save(previous, file);
        byte[] before = Files.readAllBytes(file);

        // when another JVM starts saving a 16 MB project over it, slowly, and is killed once it is writing
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                SlowSaveChild.class.getName(), file.toString()))
                .redirectErrorStream(true)
                .start();
        String line;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            line = reader.readLine();
            while (line != null && !line.equals("WRITING")) {
                line = reader.readLine(); // skip any JVM chatter
            }
            List<Path> temporaries = temporaries();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            // then the child really was mid-write: its temporary exists and holds part of the new project
            assertThat(line).as("child announced writing").isEqualTo("WRITING");
            assertThat(temporaries).hasSize(1);
        }

        // and the half-written temporary is not a project and never replaced it
        Path partial = temporaries().get(0);
        assertThat(Files.size(partial)).isGreaterThanOrEqualTo(64 * 1024).isLessThan(16L * 1024 * 1024);
        // and the project file is byte for byte the previous one, and loads
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(store.load(file)).isEqualTo(previous);

        // and the next save still works, and no temporary is left behind
        store.save(previous.withName("after the crash"), file);
        assertThat(store.load(file).name()).isEqualTo("after the crash");
        assertThat(temporaries()).isEmpty();
    }

    private List<Path> temporaries() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".saving")).toList();
        }
    }
}
