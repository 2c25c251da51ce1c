package org.diplomatictimeline.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TunedJvmRelaunchTest {

    static Stream<Arguments> launches() {
        return Stream.of(
                Arguments.of(List.of("-jar", "app.jar"), List.of(), Optional.of(Path.of("app.jar"))),
                Arguments.of(List.of("-jar", "t/app.jar", "--timings", "news/"), List.of("--timings", "news/"),
                        Optional.of(Path.of("t/app.jar"))),
                // the user's own JVM options would be lost in a child: stay in this JVM
                Arguments.of(List.of("-Xmx2g", "-jar", "app.jar"), List.of(), Optional.empty()),
                Arguments.of(List.of("-jar", "app.jar", "-Dx=1", "a"), List.of("a"), Optional.empty()),
                // a class-path launch (the benchmarks, an IDE) is no jar launch
                Arguments.of(List.of("-cp", "classes", "org.diplomatictimeline.cli.Main"), List.of(),
                        Optional.empty()),
                Arguments.of(List.of(), List.of(), Optional.empty()));
    }

    @ParameterizedTest
    @MethodSource("launches")
    void onlyAPlainJarLaunchIsHandedToAChild(List<String> jvmArguments, List<String> programArguments,
            Optional<Path> jar) {
        assertEquals(jar, TunedJvmRelaunch.plainJarOf(jvmArguments, programArguments));
    }

    @Test
    void childRecordsAnArchiveWhenThereIsNoneAndMapsItOtherwise() {
        Path java = Path.of("/jdk/bin/java");
        Path jar = Path.of("/app/app.jar");
        Path archive = Path.of("/cache/startup-1.jsa");
        List<String> recording = TunedJvmRelaunch.command(java, jar, archive, Path.of("/cache/recording-7.jsa"), 42,
                List.of("--timings", "news/"));
        List<String> mapping = TunedJvmRelaunch.command(java, jar, archive, null, 42, List.of());

        assertTrue(recording.contains("-XX:ArchiveClassesAtExit=/cache/recording-7.jsa"), recording::toString);
        assertTrue(mapping.contains("-XX:SharedArchiveFile=/cache/startup-1.jsa"), mapping::toString);
        assertEquals(List.of("-jar", "/app/app.jar", "--timings", "news/"),
                recording.subList(recording.size() - 4, recording.size()));
        assertTrue(mapping.contains("-Ddiplomatictimeline.launchStarted=42"), mapping::toString);
        assertTrue(mapping.containsAll(TunedJvmRelaunch.START_OPTIONS));
    }

    @Test
    void archiveNameChangesWhenALibraryOnTheManifestClassPathChanges(@TempDir Path dir) throws IOException {
        Path lib = Files.writeString(Files.createDirectories(dir.resolve("lib")).resolve("a.jar"), "one");
        Path jar = jarWithClassPath(dir, "lib/a.jar");
        String before = TunedJvmRelaunch.archiveKey(jar);
        assertEquals(before, TunedJvmRelaunch.archiveKey(jar));

        rebuild(lib);

        assertNotEquals(before, TunedJvmRelaunch.archiveKey(jar));
    }

    @Test
    void archiveNameIsSixteenHexDigitsAndCoversEveryLibraryOfTheClassPath(@TempDir Path dir) throws IOException {
        Path libs = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(libs.resolve("a.jar"), "one");
        Path second = Files.writeString(libs.resolve("b.jar"), "two");
        Path jar = jarWithClassPath(dir, "lib/a.jar   lib/b.jar");
        String before = TunedJvmRelaunch.archiveKey(jar);
        assertTrue(before.matches("[0-9a-f]{16}"), before);

        rebuild(second);

        assertNotEquals(before, TunedJvmRelaunch.archiveKey(jar));
    }

    /** An empty application jar whose manifest names {@code classPath}, as the build writes it. */
    private static Path jarWithClassPath(Path dir, String classPath) throws IOException {
        Path jar = dir.resolve("app.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        return jar;
    }

    /** A library replaced by a newer build: other bytes, a later time. */
    private static void rebuild(Path lib) throws IOException {
        Files.writeString(lib, "a newer build");
        Files.setLastModifiedTime(lib, FileTime.fromMillis(Files.getLastModifiedTime(lib).toMillis() + 2000));
    }
}
