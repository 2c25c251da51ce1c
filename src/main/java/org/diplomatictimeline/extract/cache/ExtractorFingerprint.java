package org.diplomatictimeline.extract.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A hash of everything that decides what extraction makes of an article: the version constant below, and the bytes
 * of the classes and bundled data (language folders, gazetteers, lexicons, time data) of the layers that read and
 * analyse articles. A cache entry made by another build of any of them has another key, so nobody has to remember
 * to invalidate the cache when changing extraction: rebuilding is enough.
 *
 * <p>Read from wherever the classes were loaded: a jar (the CRC-32 its directory keeps for each entry, nothing is
 * inflated), a folder of classes ({@code javafx:run}, tests) or a linked runtime image.
 */
public final class ExtractorFingerprint {

    /**
     * Bumped by hand only for a change the bytes above cannot show (a dependency's behaviour, say); changes to our
     * own extraction code or data change the fingerprint by themselves.
     */
    public static final int EXTRACTOR_VERSION = 1;

    /** The parts of the module that make an article's analysis, as resource-name prefixes. */
    static final List<String> PARTS = List.of("org/diplomatictimeline/corpus/", "org/diplomatictimeline/time/",
            "org/diplomatictimeline/extract/", "org/diplomatictimeline/lang/", "org/diplomatictimeline/model/");

    private ExtractorFingerprint() {
    }

    /**
     * The fingerprint of the running build as hex.
     *
     * @throws IOException when the running code cannot be read (the cache then stays off)
     */
    public static String ofRunningBuild() throws IOException {
        CodeSource source = ExtractorFingerprint.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IOException("the location of the running code is unknown");
        }
        return of(source.getLocation());
    }

    static String of(URL location) throws IOException {
        URI uri;
        try {
            uri = location.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("cannot read " + location, e);
        }
        if ("jrt".equals(uri.getScheme())) {
            Path modules;
            try {
                modules = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules" + uri.getPath());
            } catch (FileSystemNotFoundException e) {
                throw new IOException("no runtime image to read " + uri, e);
            }
            return ofFolder(modules);
        }
        Path path = Path.of(uri);
        return Files.isDirectory(path) ? ofFolder(path) : ofJar(path);
    }

    /** Entry names with their size and CRC-32 from a jar's central directory. */
    static String ofJar(Path jar) throws IOException {
        TreeMap<String, String> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().filter(e -> !e.isDirectory() && inParts(e.getName()))
                    .forEach(e -> parts.put(e.getName(), e.getSize() + ":" + crc(e)));
        }
        return digest(parts);
    }

    /** Files under a folder of classes (or a module in a runtime image), each with a hash of its bytes. */
    static String ofFolder(Path root) throws IOException {
        TreeMap<String, String> parts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (inParts(name)) {
                    try {
                        parts.put(name, HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(f))));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return digest(parts);
    }

    private static boolean inParts(String name) {
        return PARTS.stream().anyMatch(name::startsWith);
    }

    private static String crc(ZipEntry e) {
        return Long.toHexString(e.getCrc());
    }

    private static String digest(TreeMap<String, String> parts) throws IOException {
        if (parts.isEmpty()) {
            throw new IOException("none of the extraction classes were found");
        }
        MessageDigest md = sha256();
        md.update(("extractor-version " + EXTRACTOR_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
        parts.forEach((name, hash) -> md.update((name + " " + hash + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
    }
}
