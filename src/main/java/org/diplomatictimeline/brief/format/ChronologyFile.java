package org.diplomatictimeline.brief.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.diplomatictimeline.brief.Chronology;

/**
 * Writes a chronology to a file all at once: into a temporary file beside it, then moved into place, so a failure
 * never leaves half a file; the file is readable by others like any document the user saves.
 */
public final class ChronologyFile {

    private ChronologyFile() {
    }

    public static void write(ChronologyWriter writer, Chronology chronology, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), ".chronology-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(chronology, out);
            }
            // Temporary files are private (rw-------); a saved export is not.
            PosixFileAttributeView posix = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
