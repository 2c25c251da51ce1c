package org.diplomatictimeline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.diplomatictimeline.corpus.format.DocumentReadException;
import org.diplomatictimeline.corpus.format.FormatSniffer;
import org.diplomatictimeline.corpus.format.ReadLimits;
import org.diplomatictimeline.corpus.format.SourceFile;

/**
 * Reads a file's bytes, refusing empty files and files over the size limit before reading them (and never reading
 * more than the limit, even from a file that grows while it is read). Opens files for reading only.
 */
final class FileLoader {

    private static final int HEAD = 8192;

    private final ReadLimits limits;
    private final FormatSniffer sniffer = new FormatSniffer();

    FileLoader(ReadLimits limits) {
        this.limits = limits;
    }

    SourceFile load(Path file) throws DocumentReadException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            // A pipe waits for a writer forever and a device never ends: only plain files are read.
            throw new DocumentReadException(Files.exists(file) ? "not a regular file (a folder, device or pipe)"
                    : Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    ? "a link to a file that does not exist" : "not found");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new DocumentReadException(FileCollector.describe(e), e);
        }
        if (size == 0) {
            throw new DocumentReadException("empty file (0 bytes)");
        }
        var format = sniffer.byExtension(name);
        if (format == null) {
            // Unknown extension: the first bytes tell the format, and so the limit, before the rest is read.
            format = sniffer.detect(name, head(file));
        }
        long limit = limits.maxFileBytes(format);
        if (size > limit) {
            throw new DocumentReadException(ReadLimits.tooLarge(size, limit));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new DocumentReadException(FileCollector.describe(e), e);
        }
        if (bytes.length > limit) {
            throw new DocumentReadException("too large (over " + ReadLimits.describe(limit) + ", and growing); limit "
                    + ReadLimits.describe(limit));
        }
        if (bytes.length == 0) {
            throw new DocumentReadException("empty file (0 bytes)");
        }
        return new SourceFile(file.toString(), name, bytes);
    }

    private static byte[] head(Path file) throws DocumentReadException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new DocumentReadException(FileCollector.describe(e), e);
        }
    }
}
