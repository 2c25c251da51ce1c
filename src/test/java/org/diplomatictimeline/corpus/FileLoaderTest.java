package org.diplomatictimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomatictimeline.corpus.format.DocumentReadException;
import org.diplomatictimeline.corpus.format.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes are read only within the limits, and failures of the file system say what happened. */
class FileLoaderTest {

    @TempDir
    Path dir;

    private final ReadLimits small = new ReadLimits(1024, 4096, 1024);

    @Test
    void fileJustOverTheLimitNamesExactSizes() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.write(file, new byte[1025]);

        assertThatThrownBy(() -> new FileLoader(small).load(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("too large (1025 bytes); limit 1024 bytes");
    }

    @Test
    void unknownExtensionGetsTheLimitOfItsSniffedFormat() throws IOException {
        // 2 KB of text without an extension: over the text limit, under the PDF one, so refused as text.
        Path file = dir.resolve("notes");
        Files.writeString(file, "The talks went on. ".repeat(110));

        assertThatThrownBy(() -> new FileLoader(small).load(file)).hasMessageStartingWith("too large (2 KB)");
    }

    @Test
    void sparseHugePdfIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024);
        }

        assertThatThrownBy(() -> new FileLoader(ReadLimits.DEFAULT).load(file))
                .hasMessage("too large (300 MB); limit 100 MB");
    }

    @Test
    void vanishedFileIsNamedAsSuch() {
        assertThatThrownBy(() -> new FileLoader(small).load(dir.resolve("gone.txt")))
                .hasMessageStartingWith("not found");
    }

    @Test
    void permissionProblemsAreWordedForUsers() {
        assertThat(FileCollector.describe(new AccessDeniedException("/x/a.txt")))
                .isEqualTo("cannot be read: permission denied");
    }
}
