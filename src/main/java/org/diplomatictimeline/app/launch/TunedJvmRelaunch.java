package org.diplomatictimeline.app.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringTokenizer;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.diplomatictimeline.app.StartupTimings;
import org.diplomatictimeline.extract.cache.CacheFolder;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Reruns a plain {@code java -jar diplomatic-timeline.jar [PATH...]} window start in a child JVM started with the
 * desktop start-up options and the user's class-data (AppCDS) archive, which a jar's manifest cannot ask for.
 *
 * <p>Why a child: a jar cannot carry JVM options, and on a desktop start the JIT's C2 compiler threads and G1's
 * sizing compete with class loading for the cores; with C1 only, the serial collector and the app's classes mapped
 * from an archive, the window and the seed events come at about half the CPU time (docs/BENCHMARKS.md, issue 11).
 * The archive is made by the first tuned run ({@code -XX:ArchiveClassesAtExit}, JDK 17 has no auto-created archive)
 * in the user's cache folder, named by a hash of the JVM and the jars, so a new build or JDK makes a new one.
 * Any launch with JVM options of its own ({@code java -Xmx2g -jar …}), the packaged app (its launcher passes the
 * options itself), the module path ({@code ./mvnw javafx:run}) and {@value #OPT_OUT_VARIABLE}=1 stay in the same JVM;
 * see docs/decisions/0009-tuned-child-jvm-for-java-jar.md.
 */
public final class TunedJvmRelaunch {

    /** Set in the child: the epoch millisecond the user's command started, so --timings count from there. */
    static final String LAUNCH_STARTED_PROPERTY = StartupTimings.LAUNCH_STARTED_PROPERTY;

    /** An environment variable that keeps the window in the JVM the user started. */
    static final String OPT_OUT_VARIABLE = "DIPLOMATIC_TIMELINE_SAME_JVM";

    /**
     * The child's JVM options. C1 only and the serial collector: a desktop session is short and mostly idle, its
     * start is CPU-bound class loading and interpretation. A heap that starts at 64 MB and is kept within 10–30 %
     * free (the default starts at 1/64 of the RAM, and its young generation alone is touched in full before the first
     * collection) keeps a 400-article folder under 300 MB; it still grows as far as the default maximum. 64 MB, not
     * less: a 400-article folder lives in ~40 MB, and a heap grown from 16 MB in 10 % steps took 8–10 full
     * collections on the way there (seconds of pauses on a busy machine, docs/BENCHMARKS.md). Warnings
     * go to stderr, never stdout; the archive's own notes (a class it could not keep while recording) are silent, as
     * nothing the user can act on.
     */
    static final List<String> START_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms64m", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30", "-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr",
            "-Xlog:cds*=off:stderr");

    /** How long a closing parent waits for the window's JVM, which writes its archive as it exits (a few seconds). */
    private static final int CHILD_EXIT_WAIT_SECONDS = 30;

    private TunedJvmRelaunch() {
    }

    /**
     * Runs the window in a tuned child JVM when this JVM was started as a plain {@code java -jar JAR ARGS} and
     * returns the child's exit status; empty when the window should start here (any other launch, or no child).
     */
    public static OptionalInt runIfPlainJarLaunch(String[] args) {
        if (System.getProperty(LAUNCH_STARTED_PROPERTY) != null || System.getProperty("jpackage.app-path") != null
                || TunedJvmRelaunch.class.getModule().isNamed() || "1".equals(System.getenv(OPT_OUT_VARIABLE))) {
            return OptionalInt.empty();
        }
        // This JVM runs with no options of ours (JIT, class-data archive): everything up to the child's start is
        // written without lambdas, streams, regular expressions or a security provider, each of which costs this
        // JVM tens of milliseconds of class loading and linking the first time (docs/BENCHMARKS.md).
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String[]> own = self.arguments();
        Optional<Path> jar = plainJarOf(own.isPresent() ? Arrays.asList(own.get()) : List.of(), Arrays.asList(args));
        if (jar.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<Instant> started = self.startInstant();
        try {
            return OptionalInt.of(runChild(jar.get().toAbsolutePath(), args,
                    started.isPresent() ? started.get().toEpochMilli() : System.currentTimeMillis()));
        } catch (IOException | UncheckedIOException e) {
            // No child (no java binary, no cache folder): the window starts here, only slower.
            return OptionalInt.empty();
        }
    }

    /**
     * The jar when the JVM's own arguments are exactly {@code -jar JAR} followed by the program's arguments: no JVM
     * option the user chose would be lost in the child.
     */
    static Optional<Path> plainJarOf(List<String> jvmArguments, List<String> programArguments) {
        if (jvmArguments.size() != programArguments.size() + 2 || !jvmArguments.get(0).equals("-jar")
                || !jvmArguments.subList(2, jvmArguments.size()).equals(programArguments)) {
            return Optional.empty();
        }
        return Optional.of(Path.of(jvmArguments.get(1)));
    }

    private static int runChild(Path jar, String[] args, long launchStarted) throws IOException {
        Path folder = CacheFolder.forCurrentUser().resolve("class-data");
        Files.createDirectories(folder);
        Path archive = folder.resolve("startup-" + archiveKey(jar) + ".jsa");
        Path recording = Files.isRegularFile(archive) ? null
                : folder.resolve("recording-" + ProcessHandle.current().pid() + ".jsa");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(command(java, jar, archive, recording, launchStarted, List.of(args)))
                .inheritIO().start();
        // Ctrl+C and a polite kill of the parent close the window as its own Quit does (status 0, see StopSignals)
        // and the parent then ends with the window's status; any other end of the parent closes the window too.
        SignalHandler closeWindow = new SignalHandler() {
            @Override
            public void handle(Signal signal) {
                child.destroy();
            }
        };
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), closeWindow);
            } catch (IllegalArgumentException unsupported) {
                // no such signal here: the shutdown hook below still closes the window
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread("close-window-jvm") {
            @Override
            public void run() {
                child.destroy();
                try {
                    child.waitFor(CHILD_EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                keepRecording(recording, archive, child);
            }
        });
        int status = waitFor(child);
        keepRecording(recording, archive, child);
        return status;
    }

    /** The child's command line: the same jar and arguments, with the start-up options and the archive. */
    static List<String> command(Path java, Path jar, Path archive, Path recording, long launchStarted,
            List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(START_OPTIONS);
        command.add(recording == null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + recording);
        command.add("-D" + LAUNCH_STARTED_PROPERTY + "=" + launchStarted);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return command;
    }

    /**
     * A hash of what an archive is valid for: the JVM and every jar on the class path (path, size, time). JDK 17
     * silently ignores an archive that does not match, so a changed build must get a new name rather than reuse it.
     */
    static String archiveKey(Path jar) throws IOException {
        StringBuilder identity = new StringBuilder(System.getProperty("java.home")).append('\n')
                .append(System.getProperty("java.vm.version")).append('\n');
        List<Path> jars = new ArrayList<>(List.of(jar));
        try (JarFile file = new JarFile(jar.toFile())) {
            String classPath = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue("Class-Path");
            if (classPath != null) {
                StringTokenizer entries = new StringTokenizer(classPath);
                while (entries.hasMoreTokens()) {
                    jars.add(jar.resolveSibling(entries.nextToken()));
                }
            }
        }
        for (Path p : jars) {
            identity.append(p).append(' ');
            if (Files.isRegularFile(p)) {
                identity.append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis());
            }
            identity.append('\n');
        }
        return hex(fnv1a(identity));
    }

    /**
     * A 64-bit FNV-1a hash: enough to tell builds apart (a collision would only hand the JVM an archive it then
     * ignores), and unlike a message digest it needs no security provider in a JVM that starts without an archive.
     */
    static long fnv1a(CharSequence text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Sixteen lower-case hex digits. */
    static String hex(long value) {
        char[] digits = new char[16];
        for (int i = 15; i >= 0; i--) {
            digits[i] = Character.forDigit((int) (value & 0xf), 16);
            value >>>= 4;
        }
        return new String(digits);
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // The window is still open: keep waiting, its status is the command's.
                Thread.interrupted();
            }
        }
    }

    /**
     * Publishes the recording of a window that ended normally as the archive (whole or not at all) and drops
     * archives of older builds; a window that could not open (no display) would record too few classes to keep.
     */
    private static synchronized void keepRecording(Path recording, Path archive, Process child) {
        if (recording == null) {
            return;
        }
        try {
            boolean endedNormally = !child.isAlive() && child.exitValue() == 0;
            if (endedNormally && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                try (Stream<Path> old = Files.list(archive.getParent())) {
                    for (Path p : old.filter(p -> p.toString().endsWith(".jsa") && !p.equals(archive)
                            && p.getFileName().toString().startsWith("startup-")).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            } else {
                Files.deleteIfExists(recording);
            }
        } catch (IOException e) {
            // Only the next start is slower; it records again.
        }
    }
}
