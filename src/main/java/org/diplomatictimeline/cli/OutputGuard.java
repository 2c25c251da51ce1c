package org.diplomatictimeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an output path would write over something the user gave us to read: an input file, a file inside
 * an input folder, or a link to either. Paths are compared after resolving links, so no spelling slips past.
 */
final class OutputGuard {

    private OutputGuard() {
    }

    /**
     * The input that writing {@code target} would overwrite, if any. A file that does not exist yet may be created
     * inside an input folder; an existing one there may not (it is, or may become, an article).
     */
    static Optional<Path> inputUnder(Path target, List<Path> inputs) {
        boolean exists = Files.exists(lexical(target), LinkOption.NOFOLLOW_LINKS);
        Path resolved = resolve(target);
        for (Path input : inputs) {
            Path in = resolve(input);
            if (resolved.equals(in) || exists && sameFile(target, input)) {
                return Optional.of(input);
            }
            if (exists && Files.isDirectory(in) && (resolved.startsWith(in) || lexical(target).startsWith(in)
                    || lexical(target).startsWith(lexical(input)))) {
                return Optional.of(input);
            }
        }
        return Optional.empty();
    }

    /** The real path; for a file not there yet, its folder's real path and its name. */
    private static Path resolve(Path p) {
        Path absolute = lexical(p);
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            if (parent == null || absolute.getFileName() == null) {
                return absolute;
            }
            return resolve(parent).resolve(absolute.getFileName());
        }
    }

    private static Path lexical(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
