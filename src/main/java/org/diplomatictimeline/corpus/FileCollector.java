package org.diplomatictimeline.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Expands the files and folders a user picked into the list of files to read: folders recursively in a stable
 * sorted order, each file once, without hidden files, our own project files or the images and scripts a browser
 * saves beside a page; never follows a link loop.
 */
final class FileCollector {

    /** Our own files and the temporary files of editors and downloads: never articles. */
    private static final Set<String> OWN_AND_TEMPORARY = Set.of(
            "dtimeline", "dtproj", "dtproj-recovery", "dtl", "json", "saving", "tmp", "temp", "bak", "swp", "part",
            "crdownload", "lock");
    /** Files a folder of saved web pages is full of, that cannot be articles. */
    private static final Set<String> NOT_DOCUMENTS = Set.of(
            "css", "js", "mjs", "map", "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff",
            "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "m4a", "wav", "ogg", "webm", "avi", "mov",
            "exe", "dll", "so", "class", "jar");
    private static final Set<String> SYSTEM_NAMES = Set.of("thumbs.db", "desktop.ini");

    /**
     * What was found.
     *
     * @param files    the files to read, in reading order
     * @param problems paths that could not be used, and notes on what was skipped
     */
    record Collected(List<Path> files, List<LoadProblem> problems) {

        Collected {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    Collected collect(List<Path> paths) {
        return collect(paths, () -> false);
    }

    /** Collects, giving up (with what was found so far) as soon as {@code cancelled} says so. */
    Collected collect(List<Path> paths, BooleanSupplier cancelled) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path given : paths) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            Path path = given.toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                walk(path, seen, files, problems, cancelled);
            } else if (Files.isRegularFile(path)) {
                // A file the user named is read even if hidden or of an odd type: they asked for it.
                add(path, seen, files);
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
                problems.add(new LoadProblem(path.toString(), "a link to a file that does not exist", true));
            } else if (Files.exists(path)) {
                problems.add(new LoadProblem(path.toString(), "not a regular file", true));
            } else {
                problems.add(new LoadProblem(path.toString(), "not found (moved or deleted?)", true));
            }
        }
        return new Collected(files, problems);
    }

    private static void walk(Path root, Set<Path> seen, List<Path> files, List<LoadProblem> problems,
                             BooleanSupplier cancelled) {
        List<Path> found = new ArrayList<>();
        int[] skipped = {0};
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            // A dropped home folder takes long to list: let the user stop it.
                            if (cancelled.getAsBoolean()) {
                                return FileVisitResult.TERMINATE;
                            }
                            if (!dir.equals(root) && (isHidden(dir) || isSavedPageAssets(dir))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (isHidden(file) || isOwnOrTemporary(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isSymbolicLink()) {
                                problems.add(new LoadProblem(file.toString(),
                                        "a link to a file that does not exist", true));
                            } else if (!attrs.isRegularFile()) {
                                return FileVisitResult.CONTINUE;
                            } else if (isNotDocument(file)) {
                                skipped[0]++;
                            } else {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                problems.add(new LoadProblem(file.toString(),
                                        "folder link loops back to a folder already read; skipped", false));
                            } else if (!isHidden(file)) {
                                problems.add(new LoadProblem(file.toString(), describe(e), true));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new LoadProblem(root.toString(), describe(e), true));
        }
        for (Path file : sortedByNameWithin(root, found)) {
            add(file, seen, files);
        }
        if (skipped[0] > 0) {
            problems.add(new LoadProblem(root.toString(), "skipped " + skipped[0]
                    + (skipped[0] == 1 ? " file that is" : " files that are")
                    + " not documents (images, styles, scripts, media)", false));
        }
    }

    private static void add(Path file, Set<Path> seen, List<Path> files) {
        Path key;
        try {
            key = file.toRealPath();
        } catch (IOException e) {
            key = file;
        }
        if (seen.add(key)) {
            files.add(file);
        }
    }

    /**
     * Folder by folder, names compared as people read them (case-insensitively), ties broken exactly. Each path's
     * names below the root are taken apart once, not at every comparison (a 400-file folder's sort spent more on
     * {@code relativize} than on comparing: docs/BENCHMARKS.md, branch {@code startup}, stop 20).
     */
    static List<Path> sortedByNameWithin(Path root, List<Path> files) {
        List<Named> named = new ArrayList<>(files.size());
        for (Path file : files) {
            Path relative = root.relativize(file);
            String[] names = new String[relative.getNameCount()];
            for (int i = 0; i < names.length; i++) {
                names[i] = relative.getName(i).toString();
            }
            named.add(new Named(file, names));
        }
        named.sort(Named::compareTo);
        List<Path> sorted = new ArrayList<>(named.size());
        for (Named n : named) {
            sorted.add(n.file());
        }
        return sorted;
    }

    /** A file and its names below the root folder, in the order they are compared. */
    private record Named(Path file, String[] names) implements Comparable<Named> {
        @Override
        public int compareTo(Named other) {
            int n = Math.min(names.length, other.names.length);
            for (int i = 0; i < n; i++) {
                String x = names[i];
                String y = other.names[i];
                int c = String.CASE_INSENSITIVE_ORDER.compare(x, y);
                if (c == 0) {
                    c = x.compareTo(y);
                }
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(names.length, other.names.length);
        }
    }

    static boolean isHidden(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        if (name.toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(path);
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isOwnOrTemporary(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith("~") || SYSTEM_NAMES.contains(name) || OWN_AND_TEMPORARY.contains(extension(name));
    }

    private static boolean isNotDocument(Path file) {
        return NOT_DOCUMENTS.contains(extension(file.getFileName().toString().toLowerCase(Locale.ROOT)));
    }

    /** The "Page_files" folder a browser writes beside "Page.html": its pictures and scripts. */
    private static boolean isSavedPageAssets(Path dir) {
        String name = dir.getFileName().toString();
        if (!name.endsWith("_files")) {
            return false;
        }
        String page = name.substring(0, name.length() - "_files".length());
        Path parent = dir.getParent();
        return Files.exists(parent.resolve(page + ".html")) || Files.exists(parent.resolve(page + ".htm"));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "not found (moved or deleted while reading?)";
        }
        return "cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
