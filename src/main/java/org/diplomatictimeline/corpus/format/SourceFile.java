package org.diplomatictimeline.corpus.format;

import java.util.Objects;

/**
 * The bytes of one file and the name they came under, as handed to a {@link DocumentFormatReader}.
 *
 * @param source   the path or resource name, used in messages
 * @param fileName the bare file name, used for its extension
 * @param bytes    the whole content (the reader does no I/O of its own)
 */
public record SourceFile(String source, String fileName, byte[] bytes) {

    public SourceFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The lowercase extension without the dot, or "" when the name has none. */
    public String extension() {
        return FormatSniffer.extension(fileName);
    }
}
