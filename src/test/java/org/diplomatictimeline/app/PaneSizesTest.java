package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Divider positions saved at quit come back at the next start; anything odd in the file means the defaults. */
class PaneSizesTest {

    @Test
    void savedPositionsComeBackForEachPane(@TempDir Path dir) {
        PaneSizes sizes = new PaneSizes(dir.resolve("ui").resolve("panes.properties"));

        sizes.write("centre", new double[] {0.52});
        sizes.write("lower", new double[] {0.3, 0.7});

        PaneSizes next = new PaneSizes(dir.resolve("ui").resolve("panes.properties"));
        assertThat(next.read("centre", 1)).containsExactly(0.52);
        assertThat(next.read("lower", 2)).containsExactly(0.3, 0.7);
    }

    @Test
    void aMissingDamagedOrMismatchedEntryMeansTheDefaults(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("panes.properties"), "centre=abc\nlower=0.3\nwide=1.5\n");
        PaneSizes sizes = new PaneSizes(file);

        assertThat(sizes.read("centre", 1)).isEmpty();
        assertThat(sizes.read("lower", 2)).as("one position for two dividers").isEmpty();
        assertThat(sizes.read("wide", 1)).isEmpty();
        assertThat(sizes.read("absent", 1)).isEmpty();
    }
}
