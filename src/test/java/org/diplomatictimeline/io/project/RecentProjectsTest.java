package org.diplomatictimeline.io.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent-projects list: newest first, no repeats, bounded, persisted. */
class RecentProjectsTest {

    @TempDir
    Path dataFolder;

    @Test
    void newestFirstWithoutRepeatsAndBoundedAcrossInstances() throws IOException {
        RecentProjects recent = new RecentProjects(dataFolder, 3);
        Path a = dataFolder.resolve("a.dtproj");
        Path b = dataFolder.resolve("b.dtproj");
        Path c = dataFolder.resolve("c.dtproj");
        Path d = dataFolder.resolve("d.dtproj");
        recent.add(a);
        recent.add(b);
        recent.add(a);
        recent.add(c);
        recent.add(d);
        assertThat(new RecentProjects(dataFolder, 3).list()).containsExactly(d, c, a);
        recent.remove(c);
        assertThat(new RecentProjects(dataFolder, 3).list()).containsExactly(d, a);
    }

    @Test
    void aDamagedListReadsAsEmptyAndIsRepairedByTheNextAdd() throws IOException {
        Files.writeString(dataFolder.resolve("recent-projects.json"), "garbage");
        RecentProjects recent = new RecentProjects(dataFolder);
        assertThat(recent.list()).isEmpty();
        Path a = dataFolder.resolve("a.dtproj");
        recent.add(a);
        assertThat(recent.list()).containsExactly(a);
    }
}
