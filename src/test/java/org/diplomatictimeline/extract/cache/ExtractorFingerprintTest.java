package org.diplomatictimeline.extract.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change to extraction code or its data (a language folder, a gazetteer) changes the fingerprint by itself, so
 * nobody has to remember to invalidate the cache; a change elsewhere (the window, seeds) keeps it.
 */
class ExtractorFingerprintTest {

    @TempDir
    Path dir;

    private static Map<String, String> build() {
        Map<String, String> files = new TreeMap<>();
        files.put("org/diplomatictimeline/extract/EventExtractor.class", "extractor code");
        files.put("org/diplomatictimeline/lang/fr/triggers.tsv", "rencontre\tmeeting");
        files.put("org/diplomatictimeline/extract/mention/countries.tsv", "FR\tFrance");
        files.put("org/diplomatictimeline/app/MainWindow.class", "window code");
        files.put("org/diplomatictimeline/seeds/a.txt", "a seed");
        return files;
    }

    private Path folder(String name, Map<String, String> files) throws IOException {
        Path root = dir.resolve(name);
        for (var f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return root;
    }

    private Path jar(String name, Map<String, String> files) throws IOException {
        Path jar = dir.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static Map<String, String> with(String file, String content) {
        Map<String, String> files = build();
        files.put(file, content);
        return files;
    }

    @Test
    void extractionDataOrCodeChangesTheFingerprintOfAFolderAndOfAJar() throws IOException {
        String folder = ExtractorFingerprint.ofFolder(folder("base", build()));
        String jar = ExtractorFingerprint.ofJar(jar("base", build()));
        int n = 0;
        for (String changed : new String[] {"org/diplomatictimeline/lang/fr/triggers.tsv",
                "org/diplomatictimeline/extract/mention/countries.tsv",
                "org/diplomatictimeline/extract/EventExtractor.class",
                "org/diplomatictimeline/lang/de/new-file.tsv"}) {
            Map<String, String> files = with(changed, "changed " + n++);
            assertThat(ExtractorFingerprint.ofFolder(folder("f" + n, files))).as(changed).isNotEqualTo(folder);
            assertThat(ExtractorFingerprint.ofJar(jar("j" + n, files))).as(changed).isNotEqualTo(jar);
        }
    }

    @Test
    void changesOutsideExtractionKeepTheFingerprint() throws IOException {
        String folder = ExtractorFingerprint.ofFolder(folder("base", build()));
        String jar = ExtractorFingerprint.ofJar(jar("base", build()));
        Map<String, String> files = with("org/diplomatictimeline/app/MainWindow.class", "other window code");
        files.put("org/diplomatictimeline/seeds/b.txt", "another seed");

        assertThat(ExtractorFingerprint.ofFolder(folder("other", files))).isEqualTo(folder);
        assertThat(ExtractorFingerprint.ofJar(jar("other", files))).isEqualTo(jar);
    }

    @Test
    void theRunningBuildHasAFingerprint() throws IOException {
        assertThat(ExtractorFingerprint.ofRunningBuild()).matches("[0-9a-f]{64}");
    }

    @Test
    void codeWithoutAnyExtractionClassesHasNone() throws IOException {
        Path empty = folder("empty", Map.of("org/diplomatictimeline/app/X.class", "x"));

        assertThatThrownBy(() -> ExtractorFingerprint.ofFolder(empty)).isInstanceOf(IOException.class);
    }
}
