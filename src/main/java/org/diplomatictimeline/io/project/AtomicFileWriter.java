package org.diplomatictimeline.io.project;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * Replaces a file all at once: the new content goes to a temporary file beside it, is forced to disk, and is then
 * renamed over the old file, so a crash at any moment leaves either the old file or the new one, never a mix.
 */
public final class AtomicFileWriter {

    /** What writes the content; it must not close the stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final UnaryOperator<OutputStream> decorator;

    public AtomicFileWriter() {
        this(UnaryOperator.identity());
    }

    /** A writer whose output passes through {@code decorator} first (tests slow it down or make it fail). */
    public AtomicFileWriter(UnaryOperator<OutputStream> decorator) {
        this.decorator = decorator;
    }

    /** Writes {@code target} atomically; on any failure the old file is untouched and the temporary removed. */
    public void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        // Same directory, so the rename stays on one file system and can be atomic.
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".saving");
        boolean moved = false;
        try {
            copyPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = decorator.apply(new BufferedOutputStream(Channels.newOutputStream(channel),
                        1 << 16));
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not POSIX, or not ours to read: the temporary keeps the default permissions.
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory, which is fine. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open directories; its rename is already durable enough for us.
        }
    }
}
