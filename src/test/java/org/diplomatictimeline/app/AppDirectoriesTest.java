package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppDirectoriesTest {

    private final Path home = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(AppDirectories.resolveDataHome(Map.of("XDG_DATA_HOME", "/data/ana"), "Linux", home))
                .isEqualTo(Path.of("/data/ana/diplomatic-timeline"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
        Path expected = Path.of("/home/ana/.local/share/diplomatic-timeline");
        assertThat(AppDirectories.resolveDataHome(Map.of(), "Linux", home)).isEqualTo(expected);
        assertThat(AppDirectories.resolveDataHome(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", home))
                .isEqualTo(expected);
    }

    @Test
    void macAndWindowsUseTheirConventions() {
        assertThat(AppDirectories.resolveDataHome(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Diplomatic Timeline"));
        assertThat(AppDirectories.resolveDataHome(Map.of("APPDATA", "/appdata"), "Windows 11", home))
                .isEqualTo(Path.of("/appdata/Diplomatic Timeline"));
    }

    @Test
    void logFolderIsCreatedOnlyWhenAskedFor(@TempDir Path tmp) throws Exception {
        AppDirectories dirs = new AppDirectories(tmp.resolve("dt"));
        assertThat(tmp.resolve("dt")).doesNotExist();

        Path logs = dirs.logs();

        assertThat(logs).isDirectory().isEqualTo(tmp.resolve("dt").resolve("logs"));
        assertThat(Files.isWritable(logs)).isTrue();
    }
}
