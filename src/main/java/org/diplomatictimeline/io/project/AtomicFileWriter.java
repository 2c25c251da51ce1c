package org.diplomatictimeline.io.project;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
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

    private static final String SUFFIX = ".saving";

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

    /**
     * Writes {@code target} atomically; on any failure the old file is untouched and the temporary removed. Through
     * a link, the file the link names is written and the link stays. Temporaries that killed saves left beside the
     * file are removed first.
     */
    public void write(Path target, Body body) throws IOException {
        Path absolute = followLinks(target.toAbsolutePath());
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        removeStaleTemporaries(absolute);
        // Same directory, so the rename stays on one file system and can be atomic.
        Path temp = Files.createTempFile(dir, prefix(absolute), SUFFIX);
        boolean moved = false;
        try {
            copyPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                // Held while writing: a later save knows a temporary nobody holds is a killed save's leftover.
                channel.lock();
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

    /**
     * Deletes the temporaries a killed save of {@code target} left beside it; a temporary another live save is
     * still writing is locked, and kept.
     */
    public static void removeStaleTemporaries(Path target) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || absolute.getFileName() == null || !Files.isDirectory(dir)) {
            return;
        }
        String prefix = prefix(absolute);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(SUFFIX);
        })) {
            for (Path leftover : leftovers) {
                deleteIfUnlocked(leftover);
            }
        } catch (IOException e) {
            // Cannot list the folder: the leftovers cost disk space, not data; the save itself goes on.
        }
    }

    private static void deleteIfUnlocked(Path leftover) {
        boolean free;
        try (FileChannel channel = FileChannel.open(leftover, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            free = lock != null;
            if (lock != null) {
                lock.release();
            }
        } catch (OverlappingFileLockException e) {
            free = false; // a save in this very process is writing it
        } catch (IOException e) {
            return;
        }
        if (free) {
            try {
                Files.deleteIfExists(leftover);
            } catch (IOException e) {
                // still there next time; nothing is lost by keeping it
            }
        }
    }

    /** The file a chain of links ends at (the link's own path when it dangles); the path itself otherwise. */
    static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops > 40) {
                throw new IOException(path + ": too many levels of links");
            }
            Path next = Files.readSymbolicLink(p);
            p = (p.getParent() == null ? next : p.getParent().resolve(next)).toAbsolutePath().normalize();
        }
        return p;
    }

    private static String prefix(Path absolute) {
        return "." + absolute.getFileName() + ".";
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
