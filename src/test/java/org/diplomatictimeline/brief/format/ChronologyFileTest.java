package org.diplomatictimeline.brief.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.diplomatictimeline.brief.BriefFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChronologyFileTest {

    @Test
    void replacesTheFileWholeAndLeavesNoTemporaryFileBehind(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("c.md");
        Files.writeString(target, "old");

        ChronologyFile.write(new MarkdownChronologyWriter(), BriefFixtures.chronology(), target);

        assertThat(Files.readString(target)).startsWith("# Chronology");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aSavedExportIsReadableByOthersLikeAnyDocument(@TempDir Path dir) throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path target = dir.resolve("c.csv");

        ChronologyFile.write(new CsvChronologyWriter(), BriefFixtures.chronology(), target);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }
}
