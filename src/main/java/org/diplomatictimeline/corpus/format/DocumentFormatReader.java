package org.diplomatictimeline.corpus.format;

import java.util.function.BooleanSupplier;

/** Gets the text out of the bytes of one kind of file; implementations are stateless and thread-safe. */
public interface DocumentFormatReader {

    /** The kind of file this reader understands. */
    DocumentFormat format();

    /**
     * Extracts the text.
     *
     * @throws DocumentReadException when the file is corrupt, encrypted, binary or otherwise not readable as a
     *                               document; the message names the problem, not the file (the caller adds it)
     */
    ExtractedText read(SourceFile file, ReadLimits limits) throws DocumentReadException;

    /**
     * Extracts the text, giving up once {@code cancelled} says so: a reader whose format comes in parts (the pages
     * of a PDF, the paragraphs of a Word file, the blocks of a web page) asks between parts, so Cancel stops a huge file too; one that decodes in a single pass ignores it.
     *
     * @throws DocumentReadException also when cancelled, with {@link #CANCELLED} as its message
     */
    default ExtractedText read(SourceFile file, ReadLimits limits, BooleanSupplier cancelled)
            throws DocumentReadException {
        return read(file, limits);
    }

    /** The problem of a file whose reading was cancelled part-way. */
    String CANCELLED = "cancelled while it was being read: not loaded";
}
